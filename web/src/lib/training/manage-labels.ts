import type { Role, TrainingStatus } from '$lib/graphql/generated/graphql';

/** Who writes, assigns and follows training, and sets queue certifications (the server's `trainers`). */
export const trainerRoles: readonly Role[] = ['MANAGER', 'ADMIN'];

/** A Record over the generated union, so a status added to the schema fails the type check here. */
const statusBadges: Record<TrainingStatus, { label: string; tone: '' | 'ok' | 'warn' | 'off' }> = {
  NOT_STARTED: { label: 'Not started', tone: '' },
  IN_PROGRESS: { label: 'In progress', tone: 'warn' },
  PASSED: { label: 'Passed', tone: 'ok' },
  FAILED: { label: 'Failed', tone: 'off' },
  OVERDUE: { label: 'Overdue', tone: 'off' },
};

export function statusBadge(status: TrainingStatus): { label: string; tone: string } {
  return statusBadges[status];
}

/** The API's certification code rule, so a typo is caught before the round trip. */
export const certificationCodePattern = /^[A-Z][A-Z0-9_]{2,63}$/;
