import { registerEnumType } from 'type-graphql';
import { Domain } from '../policies/severity.ts';

export enum SubjectKind {
  SEARCH_QUERY = 'SEARCH_QUERY',
  TYPEAHEAD_SUGGESTION = 'TYPEAHEAD_SUGGESTION',
  SEARCH_RESULT = 'SEARCH_RESULT',
  ACCOUNT = 'ACCOUNT',
}

registerEnumType(SubjectKind, {
  name: 'SubjectKind',
  description: 'What a case is about.',
  valuesConfig: {
    SEARCH_QUERY: { description: 'A search query, with its volume, trend and top results.' },
    TYPEAHEAD_SUGGESTION: { description: 'A typeahead suggestion offered for a prefix.' },
    SEARCH_RESULT: { description: 'One result shown for a query.' },
    ACCOUNT: { description: 'An account: profile, reports, risk scores, linked accounts.' },
  },
});

export const domainOfKind: Record<SubjectKind, Domain> = {
  SEARCH_QUERY: Domain.SEARCH,
  TYPEAHEAD_SUGGESTION: Domain.SEARCH,
  SEARCH_RESULT: Domain.SEARCH,
  ACCOUNT: Domain.ACCOUNT,
};
