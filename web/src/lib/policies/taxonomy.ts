import type { Domain, PolicyAreaFieldsFragment, PolicyInput, Role } from '$lib/graphql/generated/graphql';

/** Who publishes a new taxonomy version (the server's `publishPolicyVersion` rule). */
export const publisherRoles: readonly Role[] = ['MANAGER', 'ADMIN'];

export const domains: readonly Domain[] = ['SEARCH', 'ACCOUNT'];

/** The server's rule for codes (`PolicyInput.code`), checked here only to answer sooner. */
export const codePattern = /^[A-Z][A-Z0-9_]{1,63}$/;

export function toInput(area: PolicyAreaFieldsFragment): PolicyInput {
  return { code: area.code, name: area.name, severity: area.severity, domains: [...area.domains], description: area.description };
}

/** What a draft area lacks; the server's own messages for these only say "Invalid input". */
export function problemsOf(area: PolicyInput): Partial<Record<'name' | 'domains', string>> {
  return {
    ...(area.name.trim() ? {} : { name: 'Give the area a name.' }),
    ...(area.domains.length > 0 ? {} : { domains: 'Choose at least one domain.' }),
  };
}

export interface Changes {
  added: string[];
  changed: string[];
  removed: string[];
}

/** How a draft differs from the version in force, by code, for the confirmation. */
export function changesFrom(current: readonly PolicyAreaFieldsFragment[], draft: readonly PolicyInput[]): Changes {
  const before = new Map(current.map((area) => [area.code, toInput(area)]));
  const after = new Set(draft.map((area) => area.code));
  const same = (a: PolicyInput, b: PolicyInput) =>
    a.name === b.name &&
    a.severity === b.severity &&
    a.description === b.description &&
    domains.every((domain) => a.domains.includes(domain) === b.domains.includes(domain));
  return {
    added: draft.filter((area) => !before.has(area.code)).map((area) => area.code),
    changed: draft.filter((area) => before.has(area.code) && !same(before.get(area.code)!, area)).map((area) => area.code),
    removed: current.filter((area) => !after.has(area.code)).map((area) => area.code),
  };
}
