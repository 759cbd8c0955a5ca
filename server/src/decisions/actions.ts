import { registerEnumType } from 'type-graphql';
import { BadUserInputError } from '../kernel/errors.ts';
import { Domain } from '../policies/severity.ts';

export enum EnforcementAction {
  NO_ACTION = 'NO_ACTION',
  WARNING_INTERSTITIAL = 'WARNING_INTERSTITIAL',
  STOP_SUGGESTING = 'STOP_SUGGESTING',
  DEMOTE_RESULTS = 'DEMOTE_RESULTS',
  BLOCK_RESULTS = 'BLOCK_RESULTS',
  REMOVE_SUGGESTION = 'REMOVE_SUGGESTION',
  REMOVE_RESULT = 'REMOVE_RESULT',
  WARN = 'WARN',
  RESTRICT_FEATURES = 'RESTRICT_FEATURES',
  SUSPEND = 'SUSPEND',
  BAN = 'BAN',
  REQUIRE_VERIFICATION = 'REQUIRE_VERIFICATION',
  RESET_PROFILE_FIELDS = 'RESET_PROFILE_FIELDS',
}

registerEnumType(EnforcementAction, {
  name: 'EnforcementAction',
  description: 'What happens to the subject. Each domain has its own actions; NO_ACTION fits both.',
  valuesConfig: {
    NO_ACTION: { description: 'Leave as is.' },
    WARNING_INTERSTITIAL: { description: 'Search: show a warning with help resources before results.' },
    STOP_SUGGESTING: { description: 'Search: never offer the query as a suggestion.' },
    DEMOTE_RESULTS: { description: 'Search: rank the results lower.' },
    BLOCK_RESULTS: { description: 'Search: show no results for the query.' },
    REMOVE_SUGGESTION: { description: 'Search: remove this typeahead suggestion.' },
    REMOVE_RESULT: { description: 'Search: remove this result.' },
    WARN: { description: 'Account: send a warning.' },
    RESTRICT_FEATURES: { description: 'Account: restrict features (`restrictedFeatures`).' },
    SUSPEND: { description: 'Account: suspend for `suspensionDays` days.' },
    BAN: { description: 'Account: ban permanently.' },
    REQUIRE_VERIFICATION: { description: 'Account: require age or identity verification (`verification`).' },
    RESET_PROFILE_FIELDS: { description: 'Account: reset offending profile fields (`profileFields`).' },
  },
});

export enum VerificationKind {
  AGE = 'AGE',
  IDENTITY = 'IDENTITY',
}
registerEnumType(VerificationKind, { name: 'VerificationKind', description: 'What an account must verify.' });

export enum ProfileField {
  HANDLE = 'HANDLE',
  DISPLAY_NAME = 'DISPLAY_NAME',
  BIO = 'BIO',
  AVATAR = 'AVATAR',
}
registerEnumType(ProfileField, { name: 'ProfileField', description: 'A resettable account profile field.' });

export enum RestrictableFeature {
  POSTING = 'POSTING',
  COMMENTING = 'COMMENTING',
  MESSAGING = 'MESSAGING',
  LIVE_STREAMING = 'LIVE_STREAMING',
  MONETISATION = 'MONETISATION',
}
registerEnumType(RestrictableFeature, { name: 'RestrictableFeature', description: 'An account feature that can be restricted.' });

export const actionsByDomain: Record<Domain, EnforcementAction[]> = {
  [Domain.SEARCH]: [
    EnforcementAction.NO_ACTION,
    EnforcementAction.WARNING_INTERSTITIAL,
    EnforcementAction.STOP_SUGGESTING,
    EnforcementAction.DEMOTE_RESULTS,
    EnforcementAction.BLOCK_RESULTS,
    EnforcementAction.REMOVE_SUGGESTION,
    EnforcementAction.REMOVE_RESULT,
  ],
  [Domain.ACCOUNT]: [
    EnforcementAction.NO_ACTION,
    EnforcementAction.WARN,
    EnforcementAction.RESTRICT_FEATURES,
    EnforcementAction.SUSPEND,
    EnforcementAction.BAN,
    EnforcementAction.REQUIRE_VERIFICATION,
    EnforcementAction.RESET_PROFILE_FIELDS,
  ],
};

export interface ActionChoice {
  type: EnforcementAction;
  suspensionDays?: number | null;
  restrictedFeatures?: RestrictableFeature[] | null;
  verification?: VerificationKind | null;
  profileFields?: ProfileField[] | null;
}

/** The parameters an action needs, normalised; refuses actions of another domain and stray parameters. */
export function validateAction(domain: Domain, choice: ActionChoice): Record<string, unknown> {
  if (!actionsByDomain[domain].includes(choice.type)) {
    throw new BadUserInputError(`${choice.type} is not an action for ${domain.toLowerCase()} cases.`, 'action.type');
  }
  const given = {
    suspensionDays: choice.suspensionDays ?? null,
    restrictedFeatures: choice.restrictedFeatures?.length ? choice.restrictedFeatures : null,
    verification: choice.verification ?? null,
    profileFields: choice.profileFields?.length ? choice.profileFields : null,
  };
  const needs: Partial<Record<EnforcementAction, keyof typeof given>> = {
    [EnforcementAction.SUSPEND]: 'suspensionDays',
    [EnforcementAction.RESTRICT_FEATURES]: 'restrictedFeatures',
    [EnforcementAction.REQUIRE_VERIFICATION]: 'verification',
    [EnforcementAction.RESET_PROFILE_FIELDS]: 'profileFields',
  };
  const needed = needs[choice.type];
  for (const [name, value] of Object.entries(given)) {
    if (name === needed && value === null) throw new BadUserInputError(`${choice.type} needs ${name}.`, `action.${name}`);
    if (name !== needed && value !== null) throw new BadUserInputError(`${choice.type} takes no ${name}.`, `action.${name}`);
  }
  if (needed === 'suspensionDays' && (!Number.isInteger(given.suspensionDays) || given.suspensionDays! < 1 || given.suspensionDays! > 365)) {
    throw new BadUserInputError('A suspension lasts 1 to 365 days.', 'action.suspensionDays');
  }
  return needed ? { [needed]: given[needed] } : {};
}
