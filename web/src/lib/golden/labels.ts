import type { GoldenCaseRowFragment } from '$lib/graphql/generated/graphql';
import { formatShare } from '$lib/calibration/labels';

/** How evaluators did on it: "2 answered · 50%", or that nobody has met it yet. */
export function scoreLabel(score: GoldenCaseRowFragment['score']): string {
  return score.answered === 0 ? 'no answers yet' : `${score.answered} answered · ${formatShare(score.accuracy)}`;
}
