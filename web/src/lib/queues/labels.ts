import type { Domain, SubjectKind } from '$lib/graphql/generated/graphql';

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
