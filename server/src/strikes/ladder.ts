import { type ActionChoice, EnforcementAction } from '../decisions/actions.ts';
import { Severity } from '../policies/severity.ts';

/**
 * Strike ladders: what the next violation in a policy area should bring, from the account's
 * standing there. Pure, tested without a database (tests/unit/ladder.test.ts).
 *
 * Standing is the sum of the weights of the account's active strikes in the area (severity S0 4,
 * S1 3, S2 2, S3 1; a strike expires after the ladder's expiry days, 90 by default). The proposal
 * is the rung at that sum, the last rung once past it: a first violation starts at the bottom, and
 * graver violations climb faster, since each weighs more.
 */

/** An account action with its parameters, as a decision takes it. */
export type Rung = ActionChoice;

export interface Ladder {
  rungs: Rung[];
  expiryDays: number;
}

export const defaultExpiryDays = 90;

/** The ladder of a policy area with none set, by its severity: the gravest start high. */
export function defaultLadder(severity: Severity): Ladder {
  const warn = { type: EnforcementAction.WARN };
  const suspend = (days: number) => ({ type: EnforcementAction.SUSPEND, suspensionDays: days });
  const ban = { type: EnforcementAction.BAN };
  const rungs = {
    [Severity.S0]: [ban],
    [Severity.S1]: [suspend(7), suspend(30), ban],
    [Severity.S2]: [warn, suspend(7), suspend(30), ban],
    [Severity.S3]: [warn, suspend(7), suspend(30), ban],
  }[severity];
  return { rungs, expiryDays: defaultExpiryDays };
}

export const strikeWeight: Record<Severity, number> = { [Severity.S0]: 4, [Severity.S1]: 3, [Severity.S2]: 2, [Severity.S3]: 1 };

/** The rung the next violation reaches from a standing of `points`. */
export function proposedRung(ladder: Ladder, points: number): Rung {
  return ladder.rungs[Math.min(Math.max(0, Math.floor(points)), ladder.rungs.length - 1)]!;
}

/** How firm an account action is, for picking the firmest of several areas' proposals. */
const firmness: Partial<Record<EnforcementAction, number>> = {
  [EnforcementAction.WARN]: 1,
  [EnforcementAction.RESET_PROFILE_FIELDS]: 2,
  [EnforcementAction.REQUIRE_VERIFICATION]: 3,
  [EnforcementAction.RESTRICT_FEATURES]: 4,
  [EnforcementAction.SUSPEND]: 5,
  [EnforcementAction.BAN]: 6,
};

/**
 * What a violation of several areas at once should bring: the firmest of their proposals (a longer
 * suspension over a shorter one); null for none.
 */
export function firmestRung(rungs: readonly Rung[]): Rung | null {
  const rank = (rung: Rung) => (firmness[rung.type] ?? 0) * 1000 + (rung.suspensionDays ?? 0) + (rung.restrictedFeatures?.length ?? 0);
  return rungs.reduce<Rung | null>((firmest, rung) => (firmest === null || rank(rung) > rank(firmest) ? rung : firmest), null);
}

/** Whether a chosen action is the rung (same action, same parameters). */
export function sameRung(rung: Rung, chosen: Rung): boolean {
  const set = (values?: readonly string[] | null) => [...(values ?? [])].sort().join();
  return (
    rung.type === chosen.type &&
    (rung.suspensionDays ?? null) === (chosen.suspensionDays ?? null) &&
    (rung.verification ?? null) === (chosen.verification ?? null) &&
    set(rung.restrictedFeatures) === set(chosen.restrictedFeatures) &&
    set(rung.profileFields) === set(chosen.profileFields)
  );
}

/** A rung in words, for messages: "SUSPEND (7 days)", "RESTRICT_FEATURES (MESSAGING, POSTING)", "REQUIRE_VERIFICATION (AGE)". */
export function describeRung(rung: Rung): string {
  if (rung.suspensionDays) return `${rung.type} (${rung.suspensionDays} days)`;
  const features = rung.restrictedFeatures ?? rung.profileFields;
  if (features?.length) return `${rung.type} (${[...features].sort().join(', ')})`;
  if (rung.verification) return `${rung.type} (${rung.verification})`;
  return rung.type;
}
