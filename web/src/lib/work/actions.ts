import type {
  ActionInput,
  Domain,
  EnforcementAction,
  ProfileField,
  RestrictableFeature,
  Verdict,
  VerificationKind,
} from '$lib/graphql/generated/graphql';

/**
 * What an evaluator may decide, in one place: the verdicts, each domain's actions and the one
 * parameter an action needs. The server holds the same table (`server/src/decisions/actions.ts`)
 * and refuses anything else; this copy only keeps the form from offering it.
 */

export interface VerdictChoice {
  value: Verdict;
  label: string;
  /** The workbench key that picks it. */
  key: string;
}

export const verdicts: VerdictChoice[] = [
  { value: 'VIOLATING', label: 'Violating', key: '1' },
  { value: 'NOT_VIOLATING', label: 'Not violating', key: '2' },
  { value: 'NEEDS_CONTEXT', label: 'Needs context', key: '3' },
];

export const actionsByDomain: Record<Domain, EnforcementAction[]> = {
  SEARCH: [
    'NO_ACTION',
    'WARNING_INTERSTITIAL',
    'STOP_SUGGESTING',
    'DEMOTE_RESULTS',
    'BLOCK_RESULTS',
    'REMOVE_SUGGESTION',
    'REMOVE_RESULT',
  ],
  ACCOUNT: ['NO_ACTION', 'WARN', 'RESTRICT_FEATURES', 'SUSPEND', 'BAN', 'REQUIRE_VERIFICATION', 'RESET_PROFILE_FIELDS'],
};

/** A Record over the generated union, so an action added to the schema fails the type check here. */
const actionLabels: Record<EnforcementAction, string> = {
  NO_ACTION: 'No action',
  WARNING_INTERSTITIAL: 'Warning interstitial',
  STOP_SUGGESTING: 'Stop suggesting the query',
  DEMOTE_RESULTS: 'Demote results',
  BLOCK_RESULTS: 'Block results',
  REMOVE_SUGGESTION: 'Remove the suggestion',
  REMOVE_RESULT: 'Remove the result',
  WARN: 'Warn',
  RESTRICT_FEATURES: 'Restrict features',
  SUSPEND: 'Suspend',
  BAN: 'Ban permanently',
  REQUIRE_VERIFICATION: 'Require verification',
  RESET_PROFILE_FIELDS: 'Reset profile fields',
};

export function actionLabel(action: EnforcementAction): string {
  return actionLabels[action];
}

/** Only a violation is acted on: every other verdict takes NO_ACTION. */
export function actionsFor(domain: Domain, verdict: Verdict | null): EnforcementAction[] {
  return verdict === 'VIOLATING' ? actionsByDomain[domain] : ['NO_ACTION'];
}

export type ActionParameter = 'suspensionDays' | 'restrictedFeatures' | 'verification' | 'profileFields';

/** The one parameter an action needs; every other action takes none (the server refuses extras). */
export const actionParameter: Partial<Record<EnforcementAction, ActionParameter>> = {
  SUSPEND: 'suspensionDays',
  RESTRICT_FEATURES: 'restrictedFeatures',
  REQUIRE_VERIFICATION: 'verification',
  RESET_PROFILE_FIELDS: 'profileFields',
};

export const suspensionDaysRange = { min: 1, max: 365 } as const;

export const restrictableFeatures: { value: RestrictableFeature; label: string }[] = [
  { value: 'POSTING', label: 'Posting' },
  { value: 'COMMENTING', label: 'Commenting' },
  { value: 'MESSAGING', label: 'Messaging' },
  { value: 'LIVE_STREAMING', label: 'Live streaming' },
  { value: 'MONETISATION', label: 'Monetisation' },
];

export const verificationKinds: { value: VerificationKind; label: string }[] = [
  { value: 'AGE', label: 'Age' },
  { value: 'IDENTITY', label: 'Identity' },
];

export const profileFields: { value: ProfileField; label: string }[] = [
  { value: 'HANDLE', label: 'Handle' },
  { value: 'DISPLAY_NAME', label: 'Display name' },
  { value: 'BIO', label: 'Bio' },
  { value: 'AVATAR', label: 'Avatar' },
];

export interface ActionParameters {
  /** Undefined while the number field is empty. */
  suspensionDays: number | null | undefined;
  restrictedFeatures: RestrictableFeature[];
  verification: VerificationKind | null;
  profileFields: ProfileField[];
}

/** The `ActionInput` for an action: its type and exactly the parameter it needs. */
export function actionInput(type: EnforcementAction, parameters: ActionParameters): ActionInput {
  const parameter = actionParameter[type];
  return parameter ? { type, [parameter]: parameters[parameter] } : { type };
}

/** Why the action cannot be sent as it is, with the input field the server would blame. */
export function actionProblem(type: EnforcementAction, parameters: ActionParameters): { field: string; message: string } | null {
  switch (actionParameter[type]) {
    case 'suspensionDays': {
      const days = parameters.suspensionDays;
      if (days == null || !Number.isInteger(days) || days < suspensionDaysRange.min || days > suspensionDaysRange.max) {
        return { field: 'action.suspensionDays', message: 'A suspension lasts 1 to 365 days.' };
      }
      return null;
    }
    case 'restrictedFeatures':
      return parameters.restrictedFeatures.length ? null : { field: 'action.restrictedFeatures', message: 'Choose the features to restrict.' };
    case 'verification':
      return parameters.verification ? null : { field: 'action.verification', message: 'Choose age or identity verification.' };
    case 'profileFields':
      return parameters.profileFields.length ? null : { field: 'action.profileFields', message: 'Choose the profile fields to reset.' };
    default:
      return null;
  }
}

const parameterLabels = new Map<string, string>([...restrictableFeatures, ...verificationKinds, ...profileFields].map((choice) => [choice.value, choice.label]));

/** An action with its one parameter, as the server stored it: "Suspend for 7 days". */
export function knownActionLabel(action: EnforcementAction, params: Record<string, unknown>): string {
  const parameter = actionParameter[action];
  const value = parameter ? params[parameter] : undefined;
  if (value === undefined || value === null) return actionLabel(action);
  if (parameter === 'suspensionDays') return `${actionLabel(action)} for ${String(value)} days`;
  const values = Array.isArray(value) ? value : [value];
  return `${actionLabel(action)}: ${values.map((item) => parameterLabels.get(String(item)) ?? String(item)).join(', ')}`;
}
