import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../kernel/errors.ts';
import { isUuid } from '../kernel/ids.ts';
import type { Domain } from '../policies/severity.ts';
import type { SubjectKind } from '../subjects/subject-kind.ts';
import type { EnforcementAction } from './actions.ts';
import type { Verdict } from './decision.entity.ts';
import { feedPage, heldBehindHorizon, subjectOutcomes } from './decision-feed.sql.ts';
import { cursorOf, positionOf } from './feed-position.ts';

export enum DecisionEventKind {
  PRIMARY = 'PRIMARY',
  QA_OVERRIDE = 'QA_OVERRIDE',
  ADJUDICATION = 'ADJUDICATION',
  ESCALATION_RESOLUTION = 'ESCALATION_RESOLUTION',
  APPEAL_OUTCOME = 'APPEAL_OUTCOME',
  VARIANT_MATCH = 'VARIANT_MATCH',
  NETWORK_ACTION = 'NETWORK_ACTION',
}

/** One outcome on the feed: what to enforce on a subject, and which earlier outcome it replaces. */
export interface DecisionEvent {
  cursor: string;
  decisionId: string;
  caseId: string;
  queueId: string;
  domain: Domain;
  subject: { kind: SubjectKind; key: string; locale: string };
  kind: DecisionEventKind;
  verdict: Verdict;
  policyCodes: string[];
  action: EnforcementAction;
  actionParams: Record<string, unknown>;
  supersedesDecisionId: string | null;
  decidedAt: Date;
}

export interface DecisionEventFilter {
  domains?: Domain[] | null;
  queueIds?: string[] | null;
  actions?: EnforcementAction[] | null;
}

export interface DecisionEventPage {
  events: DecisionEvent[];
  /** Where to resume: the last event's cursor, or the cursor asked with when there was none. */
  endCursor: string | null;
  /** More events are ready past this page. */
  hasMore: boolean;
}

export const maxFeedPage = 1000;
const maxFilterValues = 100;

interface EventRow {
  position: string;
  tx: string;
  decision_id: string;
  case_id: string;
  queue_id: string;
  domain: Domain;
  subject_kind: SubjectKind;
  subject_key: string;
  subject_locale: string;
  kind: DecisionEventKind;
  verdict: Verdict;
  policy_codes: string[];
  action: EnforcementAction;
  action_params: Record<string, unknown>;
  supersedes_decision_id: string | null;
  decided_at: Date;
}

function eventOf(row: EventRow): DecisionEvent {
  return {
    cursor: cursorOf(row),
    decisionId: row.decision_id,
    caseId: row.case_id,
    queueId: row.queue_id,
    domain: row.domain,
    subject: { kind: row.subject_kind, key: row.subject_key, locale: row.subject_locale },
    kind: row.kind,
    verdict: row.verdict,
    policyCodes: row.policy_codes,
    action: row.action,
    actionParams: row.action_params,
    supersedesDecisionId: row.supersedes_decision_id,
    decidedAt: new Date(row.decided_at),
  };
}

/** The filter's bindings: each list as JSON, or null for "any". */
function filterBindings(filter: DecisionEventFilter): (string | null)[] {
  const lists = { domains: filter.domains, queueIds: filter.queueIds, actions: filter.actions };
  for (const [field, values] of Object.entries(lists)) {
    if (values && values.length > maxFilterValues) throw new BadUserInputError(`Name at most ${maxFilterValues} values.`, `filter.${field}`);
  }
  if (filter.queueIds?.some((id) => !isUuid(id))) throw new BadUserInputError('queueIds are queue ids.', 'filter.queueIds');
  return Object.values(lists).flatMap((values) => {
    const json = values ? JSON.stringify(values) : null;
    return [json, json];
  });
}

/**
 * The decision feed (see Migration20261203090000DecisionFeed for what appends and in which
 * order): pages from a cursor, and a live follower that reads on from its cursor whenever an
 * outcome may have been recorded.
 */
export class DecisionFeedService {
  constructor(private readonly em: EntityManager) {}

  async page(after: string | null | undefined, first: number, filter: DecisionEventFilter = {}): Promise<DecisionEventPage> {
    if (!Number.isInteger(first) || first < 1 || first > maxFeedPage) throw new BadUserInputError(`first must be between 1 and ${maxFeedPage}.`, 'first');
    const from = positionOf(after, 'after');
    const rows = await this.em.execute<EventRow[]>(feedPage, [from.tx, from.position, ...filterBindings(filter), first + 1]);
    const events = rows.slice(0, first).map(eventOf);
    return { events, endCursor: events.at(-1)?.cursor ?? after ?? null, hasMore: rows.length > first };
  }

  /** A subject's outcomes, newest first (at most `first`, up to 100): for an account, its history of actions. */
  async ofSubject(subjectId: string, first: number): Promise<DecisionEvent[]> {
    const rows = await this.em.execute<EventRow[]>(subjectOutcomes, [subjectId, Math.max(1, Math.min(first, 100))]);
    return rows.map(eventOf);
  }

  /**
   * Every event after `after`, in feed order, then each new one as it becomes readable. Reads
   * again on each wake-up (an outcome may have been recorded); when committed events wait behind
   * an older transaction still running, it looks again after `heldRetryMs` without one. Bad
   * arguments are refused here, before anything is read.
   */
  follow(after: string | null | undefined, filter: DecisionEventFilter, wakeUps: AsyncIterable<unknown>, heldRetryMs = 200): AsyncGenerator<DecisionEvent> {
    positionOf(after, 'after');
    filterBindings(filter);
    return this.following(after ?? null, filter, wakeUps, heldRetryMs);
  }

  private async *following(after: string | null, filter: DecisionEventFilter, wakeUps: AsyncIterable<unknown>, heldRetryMs: number): AsyncGenerator<DecisionEvent> {
    const wakeUp = wakeUps[Symbol.asyncIterator]();
    let cursor = after;
    let pending: Promise<IteratorResult<unknown>> | null = null;
    try {
      for (;;) {
        const page = await this.page(cursor, 100, filter);
        for (const event of page.events) yield event;
        cursor = page.endCursor;
        if (page.hasMore) continue;
        const from = positionOf(cursor, 'after');
        const [{ held }] = (await this.em.execute<{ held: boolean }[]>(heldBehindHorizon, [from.tx, from.position])) as [{ held: boolean }];
        pending ??= wakeUp.next();
        let retry: NodeJS.Timeout | undefined;
        const retried = held ? [new Promise<false>((resolve) => (retry = setTimeout(() => resolve(false), heldRetryMs)))] : [];
        const woke = await Promise.race([pending.then(() => true), ...retried]);
        clearTimeout(retry);
        if (!woke) continue;
        const result = await pending;
        pending = null;
        if (result.done) return;
      }
    } finally {
      void wakeUp.return?.();
    }
  }
}
