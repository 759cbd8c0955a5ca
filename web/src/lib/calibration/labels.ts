import type { Role } from '$lib/graphql/generated/graphql';

/** Who may start a calibration session (the server's `createCalibrationSession` rule). */
export const calibrationCreatorRoles: readonly Role[] = ['QA_ANALYST', 'MANAGER', 'ADMIN'];

/** Who may label in a session (the server's participant rule). */
export const participantRoles: readonly Role[] = ['EVALUATOR', 'QA_ANALYST', 'SPECIALIST'];

/** κ to two decimals, or a dash when the API says it is undefined. */
export function formatKappa(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(2);
}

/** A 0–1 share as a whole percentage, or a dash. */
export function formatShare(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`;
}

/** Ids pasted one per line, or separated by commas or spaces, without repeats. */
export function parseIds(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).map((part) => part.trim()).filter(Boolean))];
}
