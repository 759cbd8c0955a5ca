import type { EntityManager } from '@mikro-orm/postgresql';
import type { EnforcementAction } from '../decisions/actions.ts';
import { cursorOf, positionOf } from '../decisions/feed-position.ts';
import { BadUserInputError } from '../kernel/errors.ts';
import type { Domain } from '../policies/severity.ts';
import type { SubjectKind } from '../subjects/subject-kind.ts';
import { entriesPage } from './enforcement.sql.ts';

/** What a subject is under now, and the decision that put it there. */
export interface EnforcementEntry {
  subject: { kind: SubjectKind; key: string; locale: string };
  action: EnforcementAction;
  actionParams: Record<string, unknown>;
  policyCodes: string[];
  /** When a suspension ends; null for every other action. */
  until: Date | null;
  caseId: string;
  decisionId: string;
  decidedAt: Date;
}

export enum EnforcementChangeKind {
  ADD = 'ADD',
  REMOVE = 'REMOVE',
}

/** A subject's entry since a version: put in (or replaced), or taken out. */
export interface EnforcementChange {
  change: EnforcementChangeKind;
  subject: EnforcementEntry['subject'];
  /** The entry now; null when it was removed. */
  entry: EnforcementEntry | null;
  /** The decision that made the change, and when. */
  decisionId: string;
  decidedAt: Date;
}

export interface EnforcementListPage {
  entries: EnforcementEntry[];
  version: string | null;
  hasMore: boolean;
}

export interface EnforcementChangePage {
  changes: EnforcementChange[];
  version: string | null;
  hasMore: boolean;
}

export const maxEnforcementPage = 1000;

interface EntryRow {
  tx: string;
  position: string;
  subject_kind: SubjectKind;
  subject_key: string;
  subject_locale: string;
  active: boolean;
  action: EnforcementAction;
  action_params: Record<string, unknown>;
  policy_codes: string[];
  case_id: string;
  decision_id: string;
  decided_at: Date;
  until: Date | null;
}

function entryOf(row: EntryRow): EnforcementEntry {
  return {
    subject: { kind: row.subject_kind, key: row.subject_key, locale: row.subject_locale },
    action: row.action,
    actionParams: row.action_params,
    policyCodes: row.policy_codes,
    until: row.until === null ? null : new Date(row.until),
    caseId: row.case_id,
    decisionId: row.decision_id,
    decidedAt: new Date(row.decided_at),
  };
}

function changeOf(row: EntryRow): EnforcementChange {
  const entry = entryOf(row);
  return {
    change: row.active ? EnforcementChangeKind.ADD : EnforcementChangeKind.REMOVE,
    subject: entry.subject,
    entry: row.active ? entry : null,
    decisionId: entry.decisionId,
    decidedAt: entry.decidedAt,
  };
}

/**
 * The enforcement lists the search and account systems pull (see
 * Migration20261204090000EnforcementLists). A version is a place in the decision feed: the list
 * paged from no version, then the changes since the version it ended at, always add up to what
 * is enforced now, as one subject's entry is replaced by each later outcome.
 */
export class EnforcementService {
  constructor(private readonly em: EntityManager) {}

  /** The entries in force, a page at a time; page on with `after: version` while `hasMore`. */
  async list(domain: Domain, after: string | null | undefined, first: number): Promise<EnforcementListPage> {
    const { rows, version, hasMore } = await this.read(domain, after, 'after', first, false);
    return { entries: rows.map(entryOf), version, hasMore };
  }

  /** Each subject whose entry changed since `since`, once, as it stands now. */
  async changes(domain: Domain, since: string | null | undefined, first: number): Promise<EnforcementChangePage> {
    const { rows, version, hasMore } = await this.read(domain, since, 'since', first, true);
    return { changes: rows.map(changeOf), version, hasMore };
  }

  private async read(domain: Domain, from: string | null | undefined, field: string, first: number, withRemoved: boolean) {
    if (!Number.isInteger(first) || first < 1 || first > maxEnforcementPage) throw new BadUserInputError(`first must be between 1 and ${maxEnforcementPage}.`, 'first');
    const start = positionOf(from, field);
    const rows = await this.em.execute<EntryRow[]>(entriesPage, [domain, start.tx, start.position, withRemoved, first + 1]);
    const page = rows.slice(0, first);
    const last = page.at(-1);
    return { rows: page, version: last ? cursorOf(last) : (from ?? null), hasMore: rows.length > first };
  }
}
