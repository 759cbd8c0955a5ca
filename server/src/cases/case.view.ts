import type { Severity } from '../policies/severity.ts';
import type { CaseStatus } from './case-status.ts';

/**
 * What the GraphQL `Case` type reads: a `ReviewCase` entity, or a row the claim and decide
 * statements return. Those two skip the ORM's hydration, which cost about 0.3 ms of Node CPU per
 * entity, a fifth of a claim and decide cycle over GraphQL (npm run bench).
 */
export interface CaseView {
  id: string;
  queue: { id: string };
  subject: { id: string };
  status: CaseStatus;
  severity: Severity;
  policyCode?: string | null;
  sources: string[];
  reasons: string[];
  reportCount: number;
  externalId?: string | null;
  arrivedAt: Date;
  slaDueAt: Date;
  assignee?: { id: string } | null;
  leaseExpiresAt?: Date | null;
  secondReviewRequired: boolean;
  resolvedAt?: Date | null;
  goldenCase?: { id: string } | null;
  variantOfDecision?: { id: string } | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A `review_case` row, as `pg` returns it or as `to_jsonb` writes it (timestamps as text). */
export type CaseRow = Record<string, unknown>;

export function caseViewOf(row: CaseRow): CaseView {
  return {
    id: row.id as string,
    queue: { id: row.queue_id as string },
    subject: { id: row.subject_id as string },
    status: row.status as CaseStatus,
    severity: row.severity as Severity,
    policyCode: row.policy_code as string | null,
    sources: row.sources as string[],
    reasons: row.reasons as string[],
    reportCount: row.report_count as number,
    externalId: row.external_id as string | null,
    arrivedAt: dateOf(row.arrived_at)!,
    slaDueAt: dateOf(row.sla_due_at)!,
    assignee: row.assignee_id ? { id: row.assignee_id as string } : null,
    leaseExpiresAt: dateOf(row.lease_expires_at),
    secondReviewRequired: row.second_review_required as boolean,
    resolvedAt: dateOf(row.resolved_at),
    goldenCase: row.golden_case_id ? { id: row.golden_case_id as string } : null,
    variantOfDecision: row.variant_of_decision_id ? { id: row.variant_of_decision_id as string } : null,
    createdAt: dateOf(row.created_at)!,
    updatedAt: dateOf(row.updated_at)!,
  };
}

export function dateOf(value: unknown): Date | null {
  return value === null || value === undefined ? null : new Date(value as string | Date);
}
