import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service.ts';
import { EnforcementAction, validateAction } from '../decisions/actions.ts';
import { BadUserInputError } from '../kernel/errors.ts';
import type { Actor } from '../kernel/viewer.ts';
import { PolicyService } from '../policies/policy.service.ts';
import { Domain } from '../policies/severity.ts';
import { defaultLadder, type Ladder, proposedRung, type Rung } from './ladder.ts';
import { historySql, standingSql } from './strike.sql.ts';

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

  /** Each policy area's ladder: the one set for it, or its severity's default. */
  async ladders(policyCodes?: readonly string[]): Promise<Map<string, Ladder>> {
    const policies = await new PolicyService(this.em).current();
    const set = await this.em.execute<{ policy_code: string; rungs: Rung[]; expiry_days: number }[]>('select policy_code, rungs, expiry_days from strike_ladder');
    const custom = new Map(set.map((row) => [row.policy_code, { rungs: row.rungs, expiryDays: row.expiry_days }]));
    const ladders = new Map<string, Ladder>();
    for (const [code, policy] of policies) {
      if (!policy.domains.includes(Domain.ACCOUNT) || (policyCodes && !policyCodes.includes(code))) continue;
      ladders.set(code, custom.get(code) ?? defaultLadder(policy.severity));
    }
    return ladders;
  }

  /** An account's standing in the areas asked for (or every area it has strikes in), with the next violation's proposed action. */
  async standing(subjectId: string, policyCodes?: readonly string[] | null): Promise<PolicyStanding[]> {
    const rows = await this.em.execute<{ policy_code: string; strikes: number; points: number }[]>(standingSql, [subjectId]);
    const active = new Map(rows.map((row) => [row.policy_code, row]));
    const codes = policyCodes?.length ? [...new Set(policyCodes)] : [...active.keys()];
    const ladders = await this.ladders(codes);
    return codes
      .filter((code) => ladders.has(code))
      .sort()
      .map((code) => {
        const ladder = ladders.get(code)!;
        const points = active.get(code)?.points ?? 0;
        return { policyCode: code, activeStrikes: active.get(code)?.strikes ?? 0, points, proposed: proposedRung(ladder, points), ladder };
      });
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
