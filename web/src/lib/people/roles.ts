import type { Role } from '$lib/graphql/generated/graphql';

/** A Record over the generated union, so a role added to the schema fails the type check here. */
const roleLabels: Record<Role, string> = {
  ADMIN: 'Admin',
  EVALUATOR: 'Evaluator',
  MANAGER: 'Manager',
  QA_ANALYST: 'QA analyst',
  SPECIALIST: 'Specialist',
};

export function roleLabel(role: Role): string {
  return roleLabels[role];
}
