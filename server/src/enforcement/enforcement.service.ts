import type { EntityManager } from '@mikro-orm/postgresql';
import type { EnforcementAction } from '../decisions/actions.ts';
import { cursorOf, positionOf } from '../decisions/feed-position.ts';
import type { DecisionEventKind } from '../decisions/decision-feed.service.ts';
import type { Verdict } from '../decisions/decision.entity.ts';
import { BadUserInputError, NotFoundError } from '../kernel/errors.ts';
import { isUuid } from '../kernel/ids.ts';
import type { Domain } from '../policies/severity.ts';
import type { SubjectKind } from '../subjects/subject-kind.ts';
import { entriesPage, statementOfDecision, statementsPage } from './enforcement.sql.ts';
import { categoryOf, eeaStates, factsReliedOn, isAutomatedSource, redress, restrictionOfAction, sourceTypeOf, type StatementOfReasons } from './statement-of-reasons.ts';

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

export interface StatementOfReasonsPage {
  statements: StatementOfReasons[];
  endCursor: string | null;
  hasMore: boolean;
}

export const maxEnforcementPage = 1000;
const maxStatementsPeriodMs = 366 * 86_400_000;

interface StatementRow {
  position: string;
  decided_at: Date;
  /** decided_at to the microsecond, as the cursor keeps it (a Date holds milliseconds). */
  decided_key: string;
  decision_id: string;
  case_id: string;
  kind: DecisionEventKind;
  subject_kind: SubjectKind;
  subject_key: string;
  subject_locale: string;
  verdict: Verdict;
  policy_codes: string[];
  action: EnforcementAction;
  action_params: Record<string, unknown>;
  sources: string[];
  reasons: string[];
  report_count: number;
  rationale: string;
  appeal_status: string | null;
  policies: { code: string; name: string; version: number }[];
}

function statementOf(row: StatementRow): StatementOfReasons {
  const decidedAt = new Date(row.decided_at);
  const days = row.action === 'SUSPEND' ? Number(row.action_params.suspensionDays) : null;
  return {
    decisionId: row.decision_id,
    caseId: row.case_id,
    kind: row.kind,
    subject: { kind: row.subject_kind, key: row.subject_key, locale: row.subject_locale },
    action: row.action,
    actionParams: row.action_params,
    restriction: restrictionOfAction[row.action as Exclude<EnforcementAction, EnforcementAction.NO_ACTION>],
    decisionGround: 'INCOMPATIBLE_CONTENT',
    policies: row.policies,
    category: categoryOf(row.policy_codes),
    verdict: row.verdict,
    factsReliedOn: factsReliedOn({ reportCount: row.report_count, sources: row.sources, reasons: row.reasons, rationale: row.rationale }),
    sourceType: sourceTypeOf(row.sources),
    automatedDetection: row.sources.some(isAutomatedSource),
    automatedDecision: 'NOT_AUTOMATED',
    territorialScope: eeaStates,
    applicationDate: decidedAt,
    endDate: days ? new Date(decidedAt.getTime() + days * 86_400_000) : null,
    redress,
    appealStatus: row.appeal_status,
  };
}

/** A statements page's cursor: the last statement's decision time and feed position. */
function statementCursor(row: StatementRow): string {
  return Buffer.from(`${row.decided_key}|${row.position}`).toString('base64url');
}

function statementPosition(cursor: string | null | undefined): { at: string; position: string } {
  if (!cursor) return { at: '-infinity', position: '0' };
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('latin1'));
  if (!match || Buffer.from(`${match[1]}|${match[2]}`).toString('base64url') !== cursor) throw new BadUserInputError('after is not a cursor this list gave out.', 'after');
  return { at: match[1]!, position: match[2]! };
}

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

  /** The statements of reasons of the enforcing outcomes decided in [from, to), oldest first. */
  async statements(from: Date, to: Date, after: string | null | undefined, first: number): Promise<StatementOfReasonsPage> {
    if (!Number.isInteger(first) || first < 1 || first > maxEnforcementPage) throw new BadUserInputError(`first must be between 1 and ${maxEnforcementPage}.`, 'first');
    if (!(from < to)) throw new BadUserInputError('from must be before to.', 'to');
    if (to.getTime() - from.getTime() > maxStatementsPeriodMs) throw new BadUserInputError('Ask for at most 366 days at a time.', 'to');
    const start = statementPosition(after);
    const rows = await this.em.execute<StatementRow[]>(statementsPage, [from, to, start.at, start.position, first + 1]);
    const page = rows.slice(0, first);
    return { statements: page.map(statementOf), endCursor: page.length ? statementCursor(page.at(-1)!) : (after ?? null), hasMore: rows.length > first };
  }

  /** One enforcing outcome's statement of reasons. */
  async statement(decisionId: string): Promise<StatementOfReasons> {
    if (!isUuid(decisionId)) throw new BadUserInputError('decisionId is a decision id.', 'decisionId');
    const [row] = await this.em.execute<StatementRow[]>(statementOfDecision, [decisionId, decisionId]);
    if (!row) throw new NotFoundError('An enforcing outcome with this decision');
    return statementOf(row);
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
