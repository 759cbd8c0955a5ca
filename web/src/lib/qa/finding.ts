import type { Domain, EnforcementAction, QaDecisionFieldsFragment } from '$lib/graphql/generated/graphql';
import { actionParameter, profileFields, restrictableFeatures, verificationKinds } from '$lib/work/actions';
import { DecisionDraft } from '$lib/work/decision-draft.svelte';

type Params = QaDecisionFieldsFragment['actionParams'];

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function labelled(values: string[], choices: readonly { value: string; label: string }[]): string {
  return values.map((value) => choices.find((choice) => choice.value === value)?.label ?? value).join(', ');
}

/** The action's one parameter in words, e.g. "7 days" or "Posting, Messaging"; null when it takes none. */
export function actionParamsText(action: EnforcementAction, params: Params): string | null {
  switch (actionParameter[action]) {
    case 'suspensionDays':
      return typeof params.suspensionDays === 'number' ? `${params.suspensionDays} days` : null;
    case 'restrictedFeatures':
      return labelled(list(params.restrictedFeatures), restrictableFeatures) || null;
    case 'verification':
      return typeof params.verification === 'string' ? `${labelled([params.verification], verificationKinds)} verification` : null;
    case 'profileFields':
      return labelled(list(params.profileFields), profileFields) || null;
    default:
      return null;
  }
}

/**
 * A new draft holding a decision's finding whole (parameters and rationale included), so the
 * analyst can send it as it is or change only what they disagree with.
 */
export function draftFrom(domain: Domain, decision: QaDecisionFieldsFragment): DecisionDraft {
  const draft = new DecisionDraft(domain);
  const params = decision.actionParams;
  draft.setVerdict(decision.verdict);
  draft.policyCodes = [...decision.policyCodes];
  draft.action = decision.action;
  if (typeof params.suspensionDays === 'number') draft.suspensionDays = params.suspensionDays;
  draft.restrictedFeatures = list(params.restrictedFeatures) as DecisionDraft['restrictedFeatures'];
  if (typeof params.verification === 'string') draft.verification = params.verification as DecisionDraft['verification'];
  draft.profileFields = list(params.profileFields) as DecisionDraft['profileFields'];
  draft.rationale = decision.rationale;
  return draft;
}
