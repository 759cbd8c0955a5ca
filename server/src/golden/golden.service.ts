import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service.ts';
import { ReviewCase } from '../cases/case.entity.ts';
import { isUuid } from '../kernel/ids.ts';
import { type Page, type PageResult, findPage } from '../kernel/pagination.ts';
import { type ActionChoice, validateAction } from '../decisions/actions.ts';
import type { Verdict } from '../decisions/decision.entity.ts';
import { assertFindingConsistent, assertPoliciesApply, sameFinding } from '../decisions/decision.service.ts';
import { BadUserInputError, ConflictError, NotFoundError } from '../kernel/errors.ts';
import type { Actor } from '../kernel/viewer.ts';
import { PolicyService } from '../policies/policy.service.ts';
import { Severity } from '../policies/severity.ts';
import { GoldenCase } from './golden-case.entity.ts';

export interface GoldenAnswer {
  caseId: string;
  verdict: Verdict;
  policyCodes: string[];
  action: ActionChoice;
  /** Why this is the answer. */
  rationale: string;
}

export interface GoldenFilter {
  queueId?: string | null;
  includeRetired?: boolean | null;
  /** Only golden cases of this team's queues (null: every team's). */
  teamId?: string | null;
}

/** How evaluators did on one golden case. */
export interface GoldenScore {
  answered: number;
  correct: number;
}

/**
 * Golden cases: a manager or QA analyst marks a case with its known answer, and the claim mixes
 * copies of it into the queue (case.sql.ts). Answers on copies are scored here and by the
 * metrics service; they never reach the real case.
 */
export class GoldenService {
  constructor(private readonly em: EntityManager) {}

  async find(id: string): Promise<GoldenCase> {
    const found = isUuid(id) ? await this.em.findOne(GoldenCase, { id }) : null;
    if (!found) throw new NotFoundError('Golden case');
    return found;
  }

  /** Newest first. */
  async list(filter: GoldenFilter, page: Page): Promise<PageResult<GoldenCase>> {
    const where = {
      ...(filter.queueId && isUuid(filter.queueId) ? { queue: filter.queueId } : {}),
      ...(filter.includeRetired ? {} : { retiredAt: null }),
      ...(filter.teamId ? { queue: { ...(filter.queueId && isUuid(filter.queueId) ? { id: filter.queueId } : {}), team: filter.teamId } } : {}),
    };
    return findPage(this.em, GoldenCase, where, { createdAt: 'desc', id: 'desc' }, page);
  }

  /**
   * Marks the case with its known answer. The case's content is copied, so reports merged into
   * it later do not change the test. S0 cases always go to a specialist, so they cannot be golden.
   */
  async mark(actor: Actor & { type: 'USER' }, answer: GoldenAnswer): Promise<GoldenCase> {
    const policyCodes = assertFindingConsistent(answer);
    if (!answer.rationale.trim()) throw new BadUserInputError('Explain the answer: evaluators learn from it.', 'rationale');
    const source = isUuid(answer.caseId) ? await this.em.findOne(ReviewCase, { id: answer.caseId }, { populate: ['subject'] }) : null;
    if (!source) throw new NotFoundError('Case');
    if (source.goldenCase) throw new BadUserInputError('This is a copy of a golden case; mark the original.', 'caseId');
    if (source.severity === Severity.S0) throw new BadUserInputError('S0 cases always go to a specialist, so they cannot be golden.', 'caseId');
    const taxonomy = await new PolicyService(this.em).cachedCurrent();
    assertPoliciesApply(taxonomy.policies, policyCodes, source.subject.domain);
    const actionParams = validateAction(source.subject.domain, answer.action);
    try {
      return await this.em.transactional(async (tx) => {
        const golden = tx.create(GoldenCase, {
          sourceCase: source.id,
          queue: source.queue.id,
          subject: source.subject.id,
          severity: source.severity,
          policyCode: source.policyCode ?? null,
          sources: source.sources,
          reasons: source.reasons,
          reportCount: source.reportCount,
          verdict: answer.verdict,
          policyCodes,
          action: answer.action.type,
          actionParams,
          explanation: answer.rationale.trim(),
          policyVersion: taxonomy.version,
          createdBy: actor.id,
        });
        await tx.flush();
        await new AuditService(tx).record(actor, {
          action: 'golden_case.marked',
          entityType: 'GoldenCase',
          entityId: golden.id,
          after: { sourceCaseId: source.id, queueId: source.queue.id, verdict: golden.verdict, action: golden.action, policyCodes },
        });
        return golden;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError('This case is already golden; retire it first to change the answer.', 'caseId');
      throw error;
    }
  }

  /** Stops mixing it into its queue; its scores are kept. */
  async retire(actor: Actor & { type: 'USER' }, id: string): Promise<GoldenCase> {
    return this.em.transactional(async (tx) => {
      const golden = await new GoldenService(tx).find(id);
      if (golden.retiredAt) throw new ConflictError('This golden case is already retired.');
      golden.retiredAt = new Date();
      await new AuditService(tx).record(actor, { action: 'golden_case.retired', entityType: 'GoldenCase', entityId: golden.id, before: { retiredAt: null }, after: { retiredAt: golden.retiredAt } });
      return golden;
    });
  }

  /** For each golden case, how many answers its copies got and how many matched. */
  async scores(goldenIds: readonly string[]): Promise<Map<string, GoldenScore>> {
    const rows = await this.em.execute<{ golden_id: string; verdict: Verdict; action: string; policy_codes: string[]; g_verdict: Verdict; g_action: string; g_policy_codes: string[] }[]>(
      `select g.id as golden_id, d.verdict, d.action, d.policy_codes, g.verdict as g_verdict, g.action as g_action, g.policy_codes as g_policy_codes
       from golden_case g
       join review_case copy on copy.golden_case_id = g.id
       join decision d on d.case_id = copy.id and d.kind = 'PRIMARY'
       where g.id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
      [JSON.stringify(goldenIds)],
    );
    const scores = new Map(goldenIds.map((id) => [id, { answered: 0, correct: 0 }]));
    for (const row of rows) {
      const score = scores.get(row.golden_id)!;
      score.answered += 1;
      const expected = { verdict: row.g_verdict, action: row.g_action as never, policyCodes: row.g_policy_codes };
      if (sameFinding({ verdict: row.verdict, action: row.action as never, policyCodes: row.policy_codes }, expected)) score.correct += 1;
    }
    return scores;
  }
}
