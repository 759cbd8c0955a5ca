import type { EnforcementAction, GoldenCaseRowFragment } from '$lib/graphql/generated/graphql';
import { formatShare } from '$lib/calibration/labels';
import { actionLabel, actionParameter, profileFields, restrictableFeatures, verificationKinds } from '$lib/work/actions';

const parameterLabels = new Map<string, string>([...restrictableFeatures, ...verificationKinds, ...profileFields].map((choice) => [choice.value, choice.label]));

/** The known action with its one parameter, as the server stored it: "Suspend for 7 days". */
export function knownActionLabel(action: EnforcementAction, params: Record<string, unknown>): string {
  const parameter = actionParameter[action];
  const value = parameter ? params[parameter] : undefined;
  if (value === undefined || value === null) return actionLabel(action);
  if (parameter === 'suspensionDays') return `${actionLabel(action)} for ${String(value)} days`;
  const values = Array.isArray(value) ? value : [value];
  return `${actionLabel(action)}: ${values.map((item) => parameterLabels.get(String(item)) ?? String(item)).join(', ')}`;
}

/** How evaluators did on it: "2 answered · 50%", or that nobody has met it yet. */
export function scoreLabel(score: GoldenCaseRowFragment['score']): string {
  return score.answered === 0 ? 'no answers yet' : `${score.answered} answered · ${formatShare(score.accuracy)}`;
}
