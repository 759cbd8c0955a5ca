import { BadUserInputError } from '../kernel/errors.ts';
import { normalForm } from './normal-form.ts';
import type { AccountSignalsSource } from '../networks/account-signals.ts';
import { SubjectKind } from './subject-kind.ts';

/** The plain shape of a subject as reported (the GraphQL input and the seed generator share it). */
export interface SubjectData {
  kind: SubjectKind;
  locale: string;
  searchQuery?: { text: string } | null;
  typeahead?: { prefix: string; suggestion: string } | null;
  searchResult?: { query: string; resultId: string } | null;
  account?: AccountSignalsSource | null;
}

const detailField = {
  SEARCH_QUERY: 'searchQuery',
  TYPEAHEAD_SUGGESTION: 'typeahead',
  SEARCH_RESULT: 'searchResult',
  ACCOUNT: 'account',
} as const satisfies Record<SubjectKind, keyof SubjectData>;

/** Case- and space-insensitive text, so "Cheap  Thing" and "cheap thing" are one subject. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function normaliseLocale(locale: string): string {
  const [language = '', ...rest] = locale.trim().replace('_', '-').split('-');
  return [language.toLowerCase(), ...rest.map((part) => part.toUpperCase())].join('-');
}

/**
 * The stable key and the details of a reported subject. Refuses a subject whose detail block is
 * missing or belongs to another kind.
 */
export function identifySubject(subject: SubjectData): { key: string; locale: string; details: Record<string, unknown> } {
  const field = detailField[subject.kind];
  for (const [kind, other] of Object.entries(detailField)) {
    if (kind !== subject.kind && subject[other]) throw new BadUserInputError(`A ${subject.kind} subject takes no ${other}.`, `subject.${other}`);
  }
  const details = subject[field];
  if (!details) throw new BadUserInputError(`A ${subject.kind} subject needs ${field}.`, `subject.${field}`);
  const locale = normaliseLocale(subject.locale);
  const key = (() => {
    switch (subject.kind) {
      case SubjectKind.SEARCH_QUERY:
        return `query:${locale}:${normaliseText(subject.searchQuery!.text)}`;
      case SubjectKind.TYPEAHEAD_SUGGESTION:
        return `typeahead:${locale}:${normaliseText(subject.typeahead!.prefix)}\u2192${normaliseText(subject.typeahead!.suggestion)}`;
      case SubjectKind.SEARCH_RESULT:
        return `result:${locale}:${normaliseText(subject.searchResult!.query)}:${subject.searchResult!.resultId}`;
      case SubjectKind.ACCOUNT:
        return `account:${subject.account!.accountId}`;
    }
  })();
  // Fingerprints link accounts (account_link) and are not shown: they stay out of the details.
  const { fingerprints: _linkedOnly, ...shown } = details as Record<string, unknown>;
  return { key, locale, details: shown };
}

/** The query family a subject belongs to: search queries by their text, suggestions by what was suggested; none for results and accounts. */
export function familyOf(subject: SubjectData, locale: string): { kind: SubjectKind; locale: string; normalForm: string } | null {
  const text = subject.kind === SubjectKind.SEARCH_QUERY ? subject.searchQuery?.text : subject.kind === SubjectKind.TYPEAHEAD_SUGGESTION ? subject.typeahead?.suggestion : null;
  if (!text) return null;
  const form = normalForm(text, locale);
  return form ? { kind: subject.kind, locale, normalForm: form } : null;
}
