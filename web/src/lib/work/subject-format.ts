import type { WorkCaseFragment } from '$lib/graphql/generated/graphql';

export type SubjectDetails = WorkCaseFragment['subject']['details'];
export type DetailsOf<T extends SubjectDetails['__typename']> = Extract<SubjectDetails, { __typename: T }>;

/** Volume against the previous period: 1.8 reads "+80 %", 0.5 reads "−50 %". */
export function formatTrend(trend: number): string {
  const change = Math.round((trend - 1) * 100);
  if (change === 0) return 'flat';
  return change > 0 ? `+${change} %` : `−${Math.abs(change)} %`;
}

/** An account's age, as a person would say it. */
export function formatAccountAge(days: number): string {
  if (days < 1) return 'less than a day';
  if (days < 60) return days === 1 ? '1 day' : `${days} days`;
  if (days < 730) return `${Math.floor(days / 30.44)} months`;
  return `${Math.floor(days / 365.25)} years`;
}

/** A risk score from 0 to 1, as a share. */
export function formatScore(score: number): string {
  return `${Math.round(score * 100)} %`;
}

export function riskLevel(score: number): 'high' | 'medium' | 'low' {
  return score >= 0.8 ? 'high' : score >= 0.5 ? 'medium' : 'low';
}

/** The suggestion split at the typed prefix, so the completed part stands out. */
export function splitSuggestion(prefix: string, suggestion: string): { typed: string; completed: string } {
  return suggestion.toLowerCase().startsWith(prefix.toLowerCase())
    ? { typed: suggestion.slice(0, prefix.length), completed: suggestion.slice(prefix.length) }
    : { typed: '', completed: suggestion };
}
