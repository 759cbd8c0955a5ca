import { Migration } from '@mikro-orm/migrations';

/**
 * Account networks (server/src/networks/): what links accounts, as the reports give it. Each row
 * ties an account subject to a signal it carries: its own id (`account:<id>`), an id it names as
 * linked (the same form, so the two meet on one signal), or an integrator's opaque device or
 * payment fingerprint. Accounts that share a signal are linked; a cluster is what links reach.
 * The graph is bipartite on purpose: a device shared by fifty accounts is fifty rows, not 1,225
 * pairs. `account_link_signal` serves the walk from a signal to its accounts, the primary key the
 * walk from an account to its signals.
 *
 * A network action (a specialist's one decision for the members of a cluster they tick) is a
 * decision of kind NETWORK_ACTION per member, each on the feed with the same kind.
 */
export class Migration20261206100000AccountNetworks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "account_link" (
      "subject_id" uuid not null, "signal" text not null,
      "kind" text check ("kind" in ('ACCOUNT_ID', 'LINKED_ACCOUNT', 'DEVICE', 'PAYMENT')) not null,
      "first_seen_at" timestamptz not null default now(),
      constraint "account_link_pkey" primary key ("subject_id", "signal"));`);
    this.addSql(`alter table "account_link" add constraint "account_link_subject_id_foreign" foreign key ("subject_id") references "subject" ("id") on update cascade;`);
    this.addSql(`create index "account_link_signal" on "account_link" ("signal", "subject_id");`);

    this.addSql(`alter table "decision" drop constraint if exists "decision_kind_check";`);
    this.addSql(`alter table "decision" add constraint "decision_kind_check" check("kind" in ('PRIMARY', 'SECOND_REVIEW', 'ESCALATION_RESOLUTION', 'QA_REVIEW', 'ADJUDICATION', 'NETWORK_ACTION'));`);
    this.addSql(`alter table "decision_event" drop constraint "decision_event_kind_check";`);
    this.addSql(`alter table "decision_event" add constraint "decision_event_kind_check" check ("kind" in ('PRIMARY', 'QA_OVERRIDE', 'ADJUDICATION', 'ESCALATION_RESOLUTION', 'APPEAL_OUTCOME', 'VARIANT_MATCH', 'NETWORK_ACTION'));`);
  }
}
