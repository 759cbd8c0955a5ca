/**
 * What the strike ladders propose for an account violation, read from the account's standing in
 * the policy areas found violated: the firmest of the areas' proposals, by the server's rule
 * (`firmestRung` and `sameRung` in `server/src/strikes/ladder.ts`), so the form can tell before
 * sending whether the action follows the ladder. The server decides; this only keeps the form
 * from asking too late. No imports, so it is tested without a browser
 * (tests/unit/ladder-proposal.test.ts); the action and parameter unions are the caller's, from
 * the schema, passed through.
 */

/** An account action with its parameters, as `LadderRung` reads and `ActionInput` sends it. */
export interface Rung {
  type: string;
  suspensionDays?: number | null;
  restrictedFeatures?: readonly string[] | null;
  verification?: string | null;
  profileFields?: readonly string[] | null;
}

/** An account's standing in one policy area (`PolicyStanding`). */
export interface AreaStanding {
  policyCode: string;
  activeStrikes: number;
  points: number;
  proposed: Rung;
}

export interface LadderProposal<Area extends AreaStanding> {
  rung: Area['proposed'];
  /** The area whose ladder proposes it: of several as firm, the first in the server's order. */
  from: Area;
  /** Every area the finding names, as the server listed them. */
  areas: readonly Area[];
}

/** How firm an account action is: WARN < RESET_PROFILE_FIELDS < REQUIRE_VERIFICATION < RESTRICT_FEATURES < SUSPEND < BAN. */
const firmness: Readonly<Record<string, number>> = {
  WARN: 1,
  RESET_PROFILE_FIELDS: 2,
  REQUIRE_VERIFICATION: 3,
  RESTRICT_FEATURES: 4,
  SUSPEND: 5,
  BAN: 6,
};

/** Orders rungs as the server does: by action, then a longer suspension or more features restricted. */
function rank(rung: Rung): number {
  return (firmness[rung.type] ?? 0) * 1000 + (rung.suspensionDays ?? 0) + (rung.restrictedFeatures?.length ?? 0);
}

/**
 * The proposal for a violation of every area listed at once: the firmest of their proposals (the
 * first of equals); null when no area applies (the server lists only areas accounts can break).
 */
export function ladderProposal<Area extends AreaStanding>(areas: readonly Area[]): LadderProposal<Area> | null {
  const from = areas.reduce<Area | null>((firmest, area) => (firmest === null || rank(area.proposed) > rank(firmest.proposed) ? area : firmest), null);
  return from ? { rung: from.proposed, from, areas } : null;
}

/** Whether a chosen action is the rung: the same action with the same parameters, in any order. */
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

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The standing behind a proposal: "1 active strike in Spam (1 point); no active strikes in Scams". */
export function standingSummary(areas: readonly AreaStanding[], areaName: (policyCode: string) => string): string {
  return areas
    .map((area) =>
      area.activeStrikes === 0
        ? `no active strikes in ${areaName(area.policyCode)}`
        : `${plural(area.activeStrikes, 'active strike', 'active strikes')} in ${areaName(area.policyCode)} (${plural(area.points, 'point', 'points')})`,
    )
    .join('; ');
}

/** The decisions a later outcome in the history replaced (a QA override, an appeal): marked as superseded. */
export function supersededDecisions(outcomes: readonly { supersedesDecisionId?: string | null }[]): Set<string> {
  return new Set(outcomes.flatMap((outcome) => (outcome.supersedesDecisionId ? [outcome.supersedesDecisionId] : [])));
}
