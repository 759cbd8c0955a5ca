import type { Role } from '$lib/graphql/generated/graphql';

/** A Record over the generated union, so a role added to the schema fails the type check here. */
const roleLabels: Record<Role, string> = {
  ADMIN: 'Admin',
  EVALUATOR: 'Evaluator',
  MANAGER: 'Manager',
  QA_ANALYST: 'QA analyst',
  SPECIALIST: 'Specialist',
  STAKEHOLDER: 'Stakeholder',
};

export function roleLabel(role: Role): string {
  return roleLabels[role];
}

/**
 * Everyone whose own work Vigil trains, measures and reviews: every role but STAKEHOLDER, who
 * reads published reports and nothing else.
 */
export const staffRoles: readonly Role[] = ['EVALUATOR', 'QA_ANALYST', 'SPECIALIST', 'MANAGER', 'ADMIN'];

/** Who works live queues: claims cases and decides them (the server's `claimNextCase` rule). */
export const reviewerRoles: readonly Role[] = ['EVALUATOR', 'QA_ANALYST', 'SPECIALIST'];

/** Who reads reports (stakeholders: published ones only; the server's `reportReaders`). */
export const reportRoles: readonly Role[] = ['MANAGER', 'ADMIN', 'STAKEHOLDER'];

/** Who generates, edits and publishes reports (the server's `teamLeads`). */
export const reportWriterRoles: readonly Role[] = ['MANAGER', 'ADMIN'];

/** Who watches queue health on the board. */
export const boardRoles: readonly Role[] = ['MANAGER', 'ADMIN'];

/** Who works or oversees the specialists' escalation desk (the server's `escalations` rule). */
export const escalationRoles: readonly Role[] = ['SPECIALIST', 'QA_ANALYST', 'MANAGER', 'ADMIN'];

/** Who marks, lists and retires golden cases (the server's `goldenKeepers`). */
export const goldenRoles: readonly Role[] = ['MANAGER', 'QA_ANALYST', 'ADMIN'];

/** Who reads the QA workspace; only QA analysts claim and complete its tasks (the server's `qaReaders`). */
export const qaRoles: readonly Role[] = ['QA_ANALYST', 'MANAGER', 'ADMIN'];

/** Who reads the team dashboard: managers their team, admins every team (the server's `dashboard` rule). */
export const dashboardRoles: readonly Role[] = ['MANAGER', 'ADMIN'];

/** Who requests evaluation projects and reads their own; managers also run their team's (the server's `projectRequesters`). */
export const projectRoles: readonly Role[] = ['STAKEHOLDER', 'MANAGER', 'ADMIN'];
