import { dateOf } from '../cases/case.view.ts';
import type { Rung } from '../strikes/ladder.ts';
import type { EnforcementAction } from './actions.ts';
import type { DecisionKind, Verdict } from './decision.entity.ts';

/** What the GraphQL `Decision` type reads: an entity, or the row deciding wrote (see CaseView). */
export interface DecisionView {
  id: string;
  case: { id: string };
  kind: DecisionKind;
  decidedBy: { id: string };
  verdict: Verdict;
  policyCodes: string[];
  policyVersion: number;
  action: EnforcementAction;
  actionParams: Record<string, unknown>;
  rationale: string;
  handleTimeMs: number;
  serverHandleTimeMs?: number | null;
  ladderProposal?: Rung | null;
  ladderDeviationReason?: string | null;
  createdAt: Date;
}

/** A `decision` row as `to_jsonb` writes it. */
export function decisionViewOf(row: Record<string, unknown>): DecisionView {
  return {
    id: row.id as string,
    case: { id: row.case_id as string },
    kind: row.kind as DecisionKind,
    decidedBy: { id: row.decided_by_id as string },
    verdict: row.verdict as Verdict,
    policyCodes: row.policy_codes as string[],
    policyVersion: row.policy_version as number,
    action: row.action as EnforcementAction,
    actionParams: row.action_params as Record<string, unknown>,
    rationale: row.rationale as string,
    handleTimeMs: row.handle_time_ms as number,
    serverHandleTimeMs: (row.server_handle_time_ms as number | null | undefined) ?? null,
    ladderProposal: (row.ladder_proposal as Rung | null | undefined) ?? null,
    ladderDeviationReason: (row.ladder_deviation_reason as string | null | undefined) ?? null,
    createdAt: dateOf(row.created_at)!,
  };
}
