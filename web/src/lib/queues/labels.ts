import type { Domain, SubjectKind, VariantPolicy } from '$lib/graphql/generated/graphql';

const domainLabels: Record<Domain, string> = {
  SEARCH: 'Search',
  ACCOUNT: 'Account',
};

export function domainLabel(domain: Domain): string {
  return domainLabels[domain];
}

const subjectKindLabels: Record<SubjectKind, string> = {
  SEARCH_QUERY: 'Search query',
  TYPEAHEAD_SUGGESTION: 'Typeahead suggestion',
  SEARCH_RESULT: 'Search result',
  ACCOUNT: 'Account',
};

export function subjectKindLabel(kind: SubjectKind): string {
  return subjectKindLabels[kind];
}

/** Only queries and suggestions have query families (and so variants to take a decision). */
export const familyKinds: readonly SubjectKind[] = ['SEARCH_QUERY', 'TYPEAHEAD_SUGGESTION'];

/** What a newly reported variant of a query family whose outcome is enforced does in a queue. */
const variantPolicyChoices: Record<VariantPolicy, { label: string; hint: string }> = {
  CONFIRM: { label: 'Confirm in a light case', hint: 'An evaluator sees the family’s decision, then applies it or decides otherwise.' },
  AUTO_APPLY: { label: 'Apply the decision by itself', hint: 'No case opens: the variant takes the family’s decision and joins its enforcement entry.' },
};

/** In the order offered; CONFIRM is every queue's default. */
export const variantPolicies: readonly VariantPolicy[] = ['CONFIRM', 'AUTO_APPLY'];

export function variantPolicyLabel(policy: VariantPolicy): string {
  return variantPolicyChoices[policy].label;
}

export function variantPolicyHint(policy: VariantPolicy): string {
  return variantPolicyChoices[policy].hint;
}
