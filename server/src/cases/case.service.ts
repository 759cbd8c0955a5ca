import { randomUUID } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { validateSync } from 'class-validator';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, type AuditedChange } from '../audit/audit.service.ts';
import { isUuid } from '../kernel/ids.ts';
import { type Page, type PageResult, findPage } from '../kernel/pagination.ts';
import { unstorableTextError, unstorableTextIn } from '../kernel/text-input.ts';
import { withPrepared } from '../kernel/prepared.ts';
import { AppError, BadUserInputError, ErrorCode, firstViolation, ForbiddenError, NotFoundError } from '../kernel/errors.ts';
import { executeBatch } from '../kernel/bulk.ts';
import { type Event, event, publish } from '../kernel/pubsub.ts';
import { assertHolds, extendLease, type LeaseWords, lockLeased } from '../kernel/lease.ts';
import type { Actor } from '../kernel/viewer.ts';
import { PolicyService } from '../policies/policy.service.ts';
import { moreSevere, Severity } from '../policies/severity.ts';
import { Queue, VariantPolicy } from '../queues/queue.entity.ts';
import { accountSignals, type AccountSignal } from '../networks/account-signals.ts';
import { recordAccountSignals } from '../networks/network.sql.ts';
import { domainOfKind, SubjectKind } from '../subjects/subject-kind.ts';
import { wellnessBreak } from '../wellness/wellness.service.ts';
import { familyOf, identifySubject, type SubjectData } from '../subjects/subject.keys.ts';
import { type FamilyKey, familyKey, familyStandings } from '../subjects/query-family.sql.ts';
import { CaseStatus } from './case-status.ts';
import { ReviewCase } from './case.entity.ts';
import { claimNextCase } from './case.sql.ts';
import { type CaseView, caseViewOf } from './case.view.ts';
import { nextStatus } from './case.transitions.ts';

export interface CaseReport {
  queueId?: string | null;
  externalId?: string | null;
  source: string;
  policyCode?: string | null;
  severity?: Severity | null;
  reasons: string[];
  subject: SubjectData;
}

/** The claim statement's row: the gate's answer and, when claimed, the case's columns. */
type ClaimRow = Record<string, unknown> & {
  id: string | null;
  severe_cap: number;
  break_until: string | null;
  certified: boolean;
  required_certification: string | null;
  audit_event_id: string | null;
};

export type IngestOutcome =
  | { index: number; status: 'CREATED' | 'MERGED'; caseId: string }
  | { index: number; status: 'MATCHED'; caseId: string; decisionId: string }
  | { index: number; status: 'FAILED'; error: { code: string; message: string; field?: string } };

/** Reports per transaction: big enough to amortise the commit, small enough to keep locks short. */
export const ingestChunkSize = 500;
export const maxIngestBatch = 5000;

interface ValidReport {
  index: number;
  report: CaseReport;
  queue: Queue;
  key: string;
  locale: string;
  details: Record<string, unknown>;
  severity: Severity;
  /** Kind, locale and normal form, for the query kinds (subjects/query-family.sql.ts). */
  family: FamilyKey | null;
  /** What links the account to others, for accounts (networks/account-signals.ts). */
  signals: AccountSignal[] | null;
}

/** A case an ingest chunk opens, as its insert takes it. */
interface NewCaseRow {
  id: string;
  queue_id: string;
  subject_id: string;
  severity: Severity;
  policy_code: string | null;
  sources: string[];
  reasons: string[];
  report_count: number;
  external_id: string | null;
  sla_due_at: string;
  /** A variant of a family whose outcome is enforced, opened for confirmation (VariantPolicy.CONFIRM). */
  variant_of_decision_id: string | null;
  family_key: string | null;
}

export class CaseService {
  constructor(
    private readonly em: EntityManager,
    /** Draws whether a claim serves a golden case; injectable so tests can force either branch. */
    private readonly random: () => number = Math.random,
  ) {}

  async findCase(id: string): Promise<ReviewCase> {
    const found = isUuid(id) ? await this.em.findOne(ReviewCase, { id }, { populate: ['queue', 'subject'] }) : null;
    if (!found) throw new NotFoundError('Case');
    return found;
  }

  /** A queue's cases, newest first; golden copies are left out (they are not real work to pick). */
  async list(filter: { queueId: string; statuses?: CaseStatus[] | null }, page: Page): Promise<PageResult<ReviewCase>> {
    if (!isUuid(filter.queueId)) throw new NotFoundError('Queue');
    const where = { queue: filter.queueId, goldenCase: null, ...(filter.statuses?.length ? { status: { $in: filter.statuses } } : {}) };
    return findPage(this.em, ReviewCase, where, { arrivedAt: 'desc', id: 'desc' }, page);
  }

  /**
   * Takes a batch of reports. Each succeeds or fails on its own; the good ones are kept. A report
   * about a subject that already has an unresolved case merges into it: the report count and
   * reasons grow, and the severity (and with it the SLA) can only rise. `mayIngestInto` says
   * whether the caller may push into a queue of the given team (access.ts); a report routed to a
   * queue they may not push into fails alone with FORBIDDEN.
   */
  async ingest(actor: Actor, reports: CaseReport[], now = new Date(), mayIngestInto: (queueTeamId: string) => boolean = () => true): Promise<IngestOutcome[]> {
    if (reports.length > maxIngestBatch) throw new BadUserInputError(`Send at most ${maxIngestBatch} cases per call.`, 'cases');
    const outcomes: IngestOutcome[] = [];
    const queues = await this.em.find(Queue, {}, { orderBy: { name: 'asc' } });
    const policies = await new PolicyService(this.em).current();
    const valid: ValidReport[] = [];
    reports.forEach((report, index) => {
      try {
        valid.push(this.validate(report, index, queues, policies, mayIngestInto));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        outcomes.push({ index, status: 'FAILED', error: { code: error.code, message: error.message, field: error.field } });
      }
    });
    for (let start = 0; start < valid.length; start += ingestChunkSize) {
      const chunk = valid.slice(start, start + ingestChunkSize);
      outcomes.push(...(await this.ingestChunkWithRetry(actor, chunk, now)));
    }
    return outcomes.sort((a, b) => a.index - b.index);
  }

  private validate(
    report: CaseReport,
    index: number,
    queues: Queue[],
    policies: Map<string, { severity: Severity; domains: string[] }>,
    mayIngestInto: (queueTeamId: string) => boolean,
  ): ValidReport {
    // PostgreSQL refuses a NUL in text and jsonb, which failed the chunk's whole transaction.
    const unstorable = unstorableTextIn(report);
    if (unstorable !== null) throw unstorableTextError(unstorable);
    // The report's declared limits (lengths, ranges), checked here rather than for the whole
    // argument, so one report over a limit fails alone. Plain objects (seeds) have none.
    const violation = firstViolation(validateSync(report, { forbidUnknownValues: false }));
    if (violation) throw new BadUserInputError(`Invalid input: ${violation.message}.`, violation.field);
    const { key, locale, details } = identifySubject(report.subject);
    const domain = domainOfKind[report.subject.kind];
    let policySeverity: Severity | undefined;
    if (report.policyCode) {
      const policy = policies.get(report.policyCode);
      if (!policy) throw new BadUserInputError(`No current policy has the code ${report.policyCode}.`, 'policyCode');
      if (!policy.domains.includes(domain)) throw new BadUserInputError(`${report.policyCode} does not apply to ${domain.toLowerCase()} subjects.`, 'policyCode');
      policySeverity = policy.severity;
    }
    const severity = report.severity && policySeverity ? moreSevere(report.severity, policySeverity) : (report.severity ?? policySeverity ?? Severity.S3);
    const queue = report.queueId
      ? queues.find((candidate) => candidate.id === report.queueId)
      : queues.find((candidate) => candidate.domain === domain && candidate.subjectKinds.includes(report.subject.kind) && candidate.locales.includes(locale));
    if (!queue) {
      if (report.queueId) throw new BadUserInputError('No queue has this id.', 'queueId');
      throw new AppError(ErrorCode.BAD_USER_INPUT, `No queue takes ${report.subject.kind} subjects in ${locale}.`, 'subject.locale');
    }
    if (queue.domain !== domain || !queue.subjectKinds.includes(report.subject.kind)) {
      throw new BadUserInputError(`The queue ${queue.name} does not take ${report.subject.kind} subjects.`, 'queueId');
    }
    if (!mayIngestInto(queue.team.id)) throw new ForbiddenError(`The queue ${queue.name} belongs to another team.`);
    const signals = report.subject.kind === SubjectKind.ACCOUNT ? accountSignals(report.subject.account!) : null;
    return { index, report, queue, key, locale, details, severity, family: familyOf(report.subject, locale), signals };
  }

  /** Two batches racing to open a case for the same new subject: the loser retries and merges. */
  private async ingestChunkWithRetry(actor: Actor, chunk: ValidReport[], now: Date): Promise<IngestOutcome[]> {
    try {
      return await this.ingestChunk(actor, chunk, now);
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return this.ingestChunk(actor, chunk, now);
    }
  }

  private async ingestChunk(actor: Actor, chunk: ValidReport[], now: Date): Promise<IngestOutcome[]> {
    return this.em.transactional(async (tx) => {
      // What the chunk's query families have already (an open case, or an enforced outcome); then the
      // subjects, one multi-row upsert, the latest report's details winning. Two chunks opening a case
      // for one new family at once: the second insert fails on review_case_one_open_per_family and
      // the chunk is run again (ingestChunkWithRetry), when it finds the first one's case.
      const familyKeys = [...new Map(chunk.flatMap((item) => (item.family ? [[familyKey(item.family), item.family] as const] : []))).values()];
      const standings = await familyStandings(tx, familyKeys);
      const latestByKey = new Map(chunk.map((item) => [item.key, item]));
      const upserted = await executeBatch<{ id: string; key: string; inserted: boolean }>(
        tx,
        `insert into subject (id, kind, domain, key, locale, details, normal_form)
         select id, kind, domain, key, locale, details, normal_form
         from jsonb_to_recordset(?::jsonb) as s(id uuid, kind text, domain text, key text, locale text, details jsonb, normal_form text)
         on conflict (key) do update set details = excluded.details, normal_form = excluded.normal_form, updated_at = now()
         returning id, key, (xmax = 0) as inserted`,
        [
          JSON.stringify(
            [...latestByKey.values()].map((item) => ({
              id: randomUUID(),
              kind: item.report.subject.kind,
              domain: domainOfKind[item.report.subject.kind],
              key: item.key,
              locale: item.locale,
              details: item.details,
              normal_form: item.family?.normalForm ?? null,
            })),
          ),
        ],
      );
      const subjectIds = new Map(upserted.map((row) => [row.key, row.id]));
      await recordAccountSignals(tx, chunk.flatMap((item) => (item.signals ?? []).map((signal) => ({ subjectId: subjectIds.get(item.key)!, ...signal }))));
      const newSubjects = new Set(upserted.filter((row) => row.inserted).map((row) => row.id));

      // Unresolved cases of these subjects and of their families, locked: concurrent merges into one
      // case serialise. Golden copies share a subject with a real case but never take its reports.
      const familyCases = [...standings.values()].flatMap((standing) => (standing.openCaseId ? [standing.openCaseId] : []));
      const open = await tx.find(
        ReviewCase,
        { $or: [{ subject: { $in: [...subjectIds.values()] } }, ...(familyCases.length ? [{ id: { $in: familyCases } }] : [])], status: { $ne: CaseStatus.RESOLVED }, goldenCase: null },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      await tx.populate(open, ['queue']);
      const openBySubject = new Map(open.map((found) => [found.subject.id, found]));
      const openById = new Map(open.map((found) => [found.id, found]));
      /** A family's open case, and otherwise the outcome enforced on it: a new variant matches that decision. */
      const openOfFamily = (key: string) => {
        const id = standings.get(key)?.openCaseId;
        return id ? openById.get(id) : undefined;
      };
      /** Variants that took their family's decision (AUTO_APPLY), by the decided case: those new to the family move its entry. */
      const matched = new Map<string, { decisionId: string; reports: number; newVariants: string[] }>();
      /** Cases this chunk opens, inserted in one statement below: a later report of the chunk about the same subject merges into it. */
      const opened = new Map<string, NewCaseRow>();
      const mergedIntoOpened: AuditedChange[] = [];
      const outcomes: IngestOutcome[] = [];
      const audits: AuditedChange[] = [];
      const merged = new Set<ReviewCase>();
      const openedByFamily = new Map<string, NewCaseRow>();
      for (const item of chunk) {
        const subjectId = subjectIds.get(item.key)!;
        const family = item.family ? familyKey(item.family) : null;
        const existing = openBySubject.get(subjectId) ?? (family ? openOfFamily(family) : undefined);
        if (existing) {
          const before = { reportCount: existing.reportCount, severity: existing.severity, slaDueAt: existing.slaDueAt };
          existing.reportCount += 1;
          existing.reasons = [...new Set([...existing.reasons, ...item.report.reasons])];
          existing.sources = [...new Set([...existing.sources, item.report.source])];
          const severity = moreSevere(existing.severity, item.severity);
          if (severity !== existing.severity) {
            existing.severity = severity;
            const due = new Date(existing.arrivedAt.getTime() + existing.queue.slaTargetsMs[severity]);
            if (due < existing.slaDueAt) existing.slaDueAt = due;
          }
          audits.push({ action: 'case.report_merged', entityType: 'Case', entityId: existing.id, before, after: { reportCount: existing.reportCount, severity: existing.severity, slaDueAt: existing.slaDueAt } });
          merged.add(existing);
          outcomes.push({ index: item.index, status: 'MERGED', caseId: existing.id });
          continue;
        }
        const fresh = opened.get(subjectId) ?? (family ? openedByFamily.get(family) : undefined);
        const match = !fresh && family ? (standings.get(family)?.enforced ?? undefined) : undefined;
        if (match && item.queue.variantPolicy === VariantPolicy.AUTO_APPLY) {
          const taken = matched.get(match.caseId) ?? { decisionId: match.decisionId, reports: 0, newVariants: [] };
          taken.reports += 1;
          if (newSubjects.has(subjectId) && !taken.newVariants.includes(subjectId)) taken.newVariants.push(subjectId);
          matched.set(match.caseId, taken);
          outcomes.push({ index: item.index, status: 'MATCHED', caseId: match.caseId, decisionId: match.decisionId });
          continue;
        }
        if (fresh) {
          const before = { reportCount: fresh.report_count, severity: fresh.severity, slaDueAt: new Date(fresh.sla_due_at) };
          fresh.report_count += 1;
          fresh.reasons = [...new Set([...fresh.reasons, ...item.report.reasons])];
          fresh.sources = [...new Set([...fresh.sources, item.report.source])];
          const severity = moreSevere(fresh.severity, item.severity);
          if (severity !== fresh.severity) {
            fresh.severity = severity;
            fresh.sla_due_at = new Date(Math.min(new Date(fresh.sla_due_at).getTime(), now.getTime() + item.queue.slaTargetsMs[severity])).toISOString();
          }
          mergedIntoOpened.push({ action: 'case.report_merged', entityType: 'Case', entityId: fresh.id, before, after: { reportCount: fresh.report_count, severity: fresh.severity, slaDueAt: new Date(fresh.sla_due_at) } });
          outcomes.push({ index: item.index, status: 'MERGED', caseId: fresh.id });
          continue;
        }
        const created: NewCaseRow = {
          id: randomUUID(),
          queue_id: item.queue.id,
          subject_id: subjectId,
          severity: item.severity,
          policy_code: item.report.policyCode ?? null,
          sources: [item.report.source],
          reasons: [...new Set(item.report.reasons)],
          report_count: 1,
          external_id: item.report.externalId ?? null,
          sla_due_at: new Date(now.getTime() + item.queue.slaTargetsMs[item.severity]).toISOString(),
          variant_of_decision_id: match?.decisionId ?? null,
          family_key: family,
        };
        opened.set(subjectId, created);
        if (family) openedByFamily.set(family, created);
        outcomes.push({ index: item.index, status: 'CREATED', caseId: created.id });
      }
      if (opened.size > 0) {
        // One statement for the chunk's new cases: 500 entities through the unit of work were most of the batch's CPU (npm run bench, ingest row).
        await executeBatch(
          tx,
          `insert into review_case (id, queue_id, subject_id, severity, policy_code, sources, reasons, report_count, external_id, arrived_at, sla_due_at, variant_of_decision_id, family_key)
           select id, queue_id, subject_id, severity, policy_code, sources, reasons, report_count, external_id, ?::timestamptz, sla_due_at, variant_of_decision_id, family_key
           from jsonb_to_recordset(?::jsonb) as r(id uuid, queue_id uuid, subject_id uuid, severity text, policy_code text, sources text[], reasons text[], report_count int, external_id text, sla_due_at timestamptz, variant_of_decision_id uuid, family_key text)`,
          [now, JSON.stringify([...opened.values()])],
        );
        for (const row of opened.values()) {
          audits.push({ action: 'case.ingested', entityType: 'Case', entityId: row.id, after: { queueId: row.queue_id, subjectId: row.subject_id, severity: row.severity, source: row.sources[0], variantOfDecisionId: row.variant_of_decision_id } });
        }
      }
      for (const [caseId, taken] of matched) {
        await tx.execute('update review_case set report_count = report_count + ?, updated_at = now() where id = ?', [taken.reports, caseId]);
        // A new variant moves the family's entry to a new version, listing it (Migration20261205110000FamilyDecisions).
        if (taken.newVariants.length) await tx.execute('select decision_event_variant_match(?)', [caseId]);
        audits.push({ action: 'case.variant_matched', entityType: 'Case', entityId: caseId, after: { decisionId: taken.decisionId, reports: taken.reports, newVariantSubjectIds: taken.newVariants } });
      }
      audits.push(...mergedIntoOpened);
      await new AuditService(tx).record(actor, ...audits);
      await publish(
        tx,
        ...[...new Set(chunk.map((item) => item.queue.id))].map((queueId) => event('QUEUE_CHANGED', { queueId })),
        ...[...merged].map((changed) => event('CASE_CHANGED', { caseId: changed.id, queueId: changed.queue.id, status: changed.status })),
      );
      return outcomes;
    });
  }

  /**
   * Leases the best eligible case of the queue to the evaluator (or returns the one they still
   * hold there), or null when none is left; refused with WELLNESS_BREAK during an enforced break. Under heavy contention a claim can find its candidates all taken mid-flight (LIMIT with
   * SKIP LOCKED re-checks rows after locking), so an empty answer is retried a couple of times.
   */
  async claimNext(userId: string, queueId: string): Promise<CaseView | null> {
    if (!isUuid(queueId)) throw new NotFoundError('Queue');
    for (let attempt = 0; attempt < 3; attempt++) {
      const [row] = await withPrepared(this.em, (run) => run<ClaimRow>(claimNextCase, [queueId, userId, this.random()]));
      if (!row) throw new NotFoundError('Queue');
      if (!row.id && row.break_until) throw wellnessBreak(row.severe_cap, new Date(row.break_until));
      if (!row.id && !row.certified) {
        throw new AppError(ErrorCode.NOT_CERTIFIED, `This queue needs the ${row.required_certification} certification; pass its training program to work it.`, undefined, {
          certification: row.required_certification,
        });
      }
      if (!row.id) continue;
      const claimed = caseViewOf(row);
      if (!row.audit_event_id) return claimed; // already held: nothing changed
      await publish(
        this.em,
        ...caseChanged(claimed.id, queueId, claimed.status),
        event('AUDIT_EVENT_APPENDED', { auditEventId: String(row.audit_event_id), action: 'case.claimed', entityType: 'Case' }),
      );
      return claimed;
    }
    return null;
  }

  /** Extends the caller's lease by the queue's lease length. */
  async heartbeat(actor: Actor & { type: 'USER' }, caseId: string): Promise<ReviewCase> {
    return this.em.transactional(async (tx) => {
      const leased = await new CaseService(tx).lockLeasedBy(actor.id, caseId);
      extendLease(leased, leased.queue.leaseMs);
      await publish(tx, event('CASE_CHANGED', { caseId: leased.id, queueId: leased.queue.id, status: leased.status }));
      return leased;
    });
  }

  /** Gives the case back to the queue before the lease runs out. */
  async release(actor: Actor & { type: 'USER' }, caseId: string): Promise<ReviewCase> {
    return this.em.transactional(async (tx) => {
      const leased = await new CaseService(tx).lockLeasedBy(actor.id, caseId);
      const before = { status: leased.status, assigneeId: actor.id };
      leased.status = nextStatus(leased.status, { type: 'RELEASED' });
      leased.assignee = null;
      leased.leaseExpiresAt = null;
      await new AuditService(tx).record(actor, { action: 'case.released', entityType: 'Case', entityId: leased.id, before, after: { status: leased.status, assigneeId: null } });
      await publish(tx, ...caseChanged(leased.id, leased.queue.id, leased.status));
      return leased;
    });
  }

  /**
   * The case, row-locked until the transaction ends. Its queue and subject load separately: a
   * joined SELECT … FOR UPDATE would lock the queue row too, and every decision in the queue
   * would wait on every other (measured: about 40 cycles/s instead of hundreds).
   */
  async lock(caseId: string): Promise<ReviewCase> {
    const found = await lockLeased(this.em, ReviewCase, caseId, 'Case');
    await this.em.populate(found, ['queue', 'subject']);
    return found;
  }

  /**
   * The case, locked, when the user holds a live lease on it: FORBIDDEN when someone else holds
   * it (or nobody), LEASE_EXPIRED when the user's own lease has run out.
   */
  async lockLeasedBy(userId: string, caseId: string): Promise<ReviewCase> {
    const found = await this.lock(caseId);
    assertLeasedBy({ assigneeId: found.assignee?.id ?? null, leaseExpiresAt: found.leaseExpiresAt ?? null, status: found.status }, userId);
    return found;
  }
}

/** A case changed state: its watchers and its queue's board both hear of it. */
export function caseChanged(caseId: string, queueId: string, status: CaseStatus): Event[] {
  return [event('CASE_CHANGED', { caseId, queueId, status }), event('QUEUE_CHANGED', { queueId })];
}

const caseWords: LeaseWords = { noun: 'case', finished: 'resolved', returnsTo: 'the queue' };

/** The lease holder check for cases (the decision statement reads the same facts without locking). */
export function assertLeasedBy(found: { assigneeId: string | null; leaseExpiresAt: Date | null; status: CaseStatus }, userId: string): void {
  assertHolds({ holderId: found.assigneeId, expiresAt: found.leaseExpiresAt, finished: found.status === CaseStatus.RESOLVED }, userId, caseWords);
}
