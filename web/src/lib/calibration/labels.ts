import type { CalibrationPeopleSearchQuery, CaseStatus, Role } from '$lib/graphql/generated/graphql';

/** Who may start a calibration session (the server's `createCalibrationSession` rule). */
export const calibrationCreatorRoles: readonly Role[] = ['QA_ANALYST', 'MANAGER', 'ADMIN'];

/** Who may label in a session (the server's participant rule). */
export const participantRoles: readonly Role[] = ['EVALUATOR', 'QA_ANALYST', 'SPECIALIST'];

/** A person found by the participant search. */
export type CalibrationPerson = CalibrationPeopleSearchQuery['users']['edges'][number]['node'];

/** Whether the server would take them as a participant: active, with a labelling role. */
export function mayTakePart(person: CalibrationPerson): boolean {
  return person.active && person.roles.some((role) => participantRoles.includes(role));
}

/** Who reads any queue's cases; a manager reads only their own team's queues (the server's `assertOverseesQueue`). */
export const anyQueueReaderRoles: readonly Role[] = ['ADMIN', 'QA_ANALYST', 'SPECIALIST'];

/** The picker's status filter; Resolved first, as calibration usually replays cases already decided. */
export const caseStatusFilters = [
  { value: 'RESOLVED', label: 'Resolved', statuses: ['RESOLVED'] },
  { value: 'OPEN', label: 'Open', statuses: ['OPEN'] },
  { value: 'ANY', label: 'Any status', statuses: null },
] as const satisfies readonly { value: string; label: string; statuses: readonly CaseStatus[] | null }[];

export type CaseStatusFilter = (typeof caseStatusFilters)[number]['value'];

/** A Record over the generated union, so a status added to the schema fails the type check here. */
const caseStatusLabels: Record<CaseStatus, string> = {
  OPEN: 'Open',
  IN_REVIEW: 'In review',
  AWAITING_SECOND_REVIEW: 'Awaiting second review',
  IN_ADJUDICATION: 'In adjudication',
  ESCALATED: 'Escalated',
  RESOLVED: 'Resolved',
};

export function caseStatusLabel(status: CaseStatus): string {
  return caseStatusLabels[status];
}

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
