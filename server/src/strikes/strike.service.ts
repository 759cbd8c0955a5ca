import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service.ts';
import { EnforcementAction, validateAction } from '../decisions/actions.ts';
import { BadUserInputError } from '../kernel/errors.ts';
import type { Actor } from '../kernel/viewer.ts';
import type { Policy } from '../policies/policy.entity.ts';
import { PolicyService } from '../policies/policy.service.ts';
import { Domain } from '../policies/severity.ts';
import { defaultLadder, firmestRung, type Ladder, proposedRung, type Rung } from './ladder.ts';
import { historySql, standingsSql } from './strike.sql.ts';

export interface PolicyStanding {
  policyCode: string;
  activeStrikes: number;
  points: number;
  proposed: Rung;
  ladder: Ladder;
}

export type StrikeStatus = 'ACTIVE' | 'EXPIRED' | 'REMOVED';

export interface Strike {
  id: string;
  policyCode: string;
  weight: number;
  decisionId: string;
  caseId: string;
  createdAt: Date;
  expiresAt: Date;
  removedAt: Date | null;
  removedByDecisionId: string | null;
  status: StrikeStatus;
}

export class StrikeService {
  constructor(private readonly em: EntityManager) {}

  /**
   * An account's standing in the areas asked for (or every area it has strikes in), with the next
   * violation's proposed action. `policies` is the taxonomy to read severities from (deciding
   * passes the one it checked the finding against); areas that do not apply to accounts are left out.
   */
  async standing(subjectId: string, policyCodes?: readonly string[] | null, policies?: Map<string, Pick<Policy, 'severity' | 'domains'>>): Promise<PolicyStanding[]> {
    return (await this.standings([subjectId], policyCodes, policies)).get(subjectId) ?? [];
  }

  /** `standing` for several accounts in one statement (a cluster's members), by subject. */
  async standings(subjectIds: readonly string[], policyCodes?: readonly string[] | null, policies?: Map<string, Pick<Policy, 'severity' | 'domains'>>): Promise<Map<string, PolicyStanding[]>> {
    const codes = policyCodes?.length ? JSON.stringify([...new Set(policyCodes)]) : null;
    const rows = await this.em.execute<{ subject_id: string; policy_code: string; rungs: Rung[] | null; expiry_days: number | null; strikes: number; points: number }[]>(standingsSql, [JSON.stringify(subjectIds), codes, codes]);
    const taxonomy: Map<string, Pick<Policy, 'severity' | 'domains'>> = policies ?? (rows.length > 0 ? await new PolicyService(this.em).current() : new Map());
    const bySubject = new Map<string, PolicyStanding[]>(subjectIds.map((id) => [id, []]));
    for (const row of rows.sort((a, b) => (a.policy_code < b.policy_code ? -1 : 1))) {
      const policy = taxonomy.get(row.policy_code);
      if (!policy?.domains.includes(Domain.ACCOUNT)) continue;
      const ladder = row.rungs ? { rungs: row.rungs, expiryDays: row.expiry_days! } : defaultLadder(policy.severity);
      bySubject.get(row.subject_id)?.push({ policyCode: row.policy_code, activeStrikes: row.strikes, points: row.points, proposed: proposedRung(ladder, row.points), ladder });
    }
    return bySubject;
  }

  /** What the ladders propose for a violation of these areas now: the firmest of their rungs. */
  async proposal(subjectId: string, policyCodes: readonly string[], policies: Map<string, Pick<Policy, 'severity' | 'domains'>>): Promise<Rung | null> {
    return firmestRung((await this.standing(subjectId, policyCodes, policies)).map((area) => area.proposed));
  }

  async history(subjectId: string, limit = 100): Promise<Strike[]> {
    const rows = await this.em.execute<{ id: string; policy_code: string; weight: number; decision_id: string; case_id: string; created_at: Date; expires_at: Date; removed_at: Date | null; removed_by_decision_id: string | null }[]>(historySql, [subjectId, limit]);
    const now = Date.now();
    return rows.map((row) => ({
      id: row.id,
      policyCode: row.policy_code,
      weight: row.weight,
      decisionId: row.decision_id,
      caseId: row.case_id,
      createdAt: new Date(row.created_at),
      expiresAt: new Date(row.expires_at),
      removedAt: row.removed_at ? new Date(row.removed_at) : null,
      removedByDecisionId: row.removed_by_decision_id,
      status: row.removed_at ? 'REMOVED' : new Date(row.expires_at).getTime() <= now ? 'EXPIRED' : 'ACTIVE',
    }));
  }

  /** Sets a policy area's ladder: 1 to 8 account actions, lightest first, and how long a strike counts. */
  async setLadder(actor: Actor, policyCode: string, rungs: Rung[], expiryDays: number): Promise<Ladder> {
    const policy = (await new PolicyService(this.em).current()).get(policyCode);
    if (!policy) throw new BadUserInputError(`No current policy has the code ${policyCode}.`, 'policyCode');
    if (!policy.domains.includes(Domain.ACCOUNT)) throw new BadUserInputError(`${policyCode} does not apply to accounts.`, 'policyCode');
    if (rungs.length < 1 || rungs.length > 8) throw new BadUserInputError('A ladder has 1 to 8 rungs.', 'rungs');
    if (!Number.isInteger(expiryDays) || expiryDays < 1 || expiryDays > 3650) throw new BadUserInputError('A strike counts for 1 to 3,650 days.', 'expiryDays');
    const checked = rungs.map((rung, i) => {
      if (rung.type === EnforcementAction.NO_ACTION) throw new BadUserInputError(`Rung ${i + 1}: a rung acts.`, `rungs.${i}.type`);
      try {
        return { type: rung.type, ...validateAction(Domain.ACCOUNT, rung) } as Rung;
      } catch (error) {
        if (!(error instanceof BadUserInputError)) throw error;
        throw new BadUserInputError(`Rung ${i + 1}: ${error.message}`, `rungs.${i}.${(error.field ?? 'type').replace(/^action\./, '')}`);
      }
    });
    return this.em.transactional(async (tx) => {
      const [before] = await tx.execute<{ rungs: Rung[]; expiry_days: number }[]>('select rungs, expiry_days from strike_ladder where policy_code = ? for update', [policyCode]);
      await tx.execute(
        `insert into strike_ladder (policy_code, rungs, expiry_days) values (?, ?::jsonb, ?)
         on conflict (policy_code) do update set rungs = excluded.rungs, expiry_days = excluded.expiry_days, updated_at = now()`,
        [policyCode, JSON.stringify(checked), expiryDays],
      );
      await new AuditService(tx).record(actor, {
        action: 'strike_ladder.set',
        entityType: 'StrikeLadder',
        entityId: policyCode,
        before: before ? { rungs: before.rungs, expiryDays: before.expiry_days } : null,
        after: { rungs: checked, expiryDays },
      });
      return { rungs: checked, expiryDays };
    });
  }
}
