import type { Scope } from '$lib/graphql/generated/graphql';

/**
 * Every scope with what it lets an integrator do. A Record over the generated union, so a
 * scope added to the schema fails the type check until it is described here.
 */
const scopeDescriptions: Record<Scope, string> = {
  APPEALS_WRITE: 'Submit appeals for subjects’ owners',
  AUDIT_READ: 'Read the audit log',
  CASES_READ: 'Read cases and their decisions',
  CASES_WRITE: 'Push cases in',
  DECISIONS_READ: 'Consume the decision feed and enforcement lists',
  PROJECTS_WRITE: 'Request evaluation projects, upload their populations and read their published results',
  REPORTS_READ: 'Read published reports',
};

export const scopes = Object.keys(scopeDescriptions) as Scope[];

export function scopeDescription(scope: Scope): string {
  return scopeDescriptions[scope];
}
