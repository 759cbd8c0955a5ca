import { EnforcementAction } from '../decisions/actions.ts';
import type { DecisionEventKind } from '../decisions/decision-feed.service.ts';
import type { Verdict } from '../decisions/decision.entity.ts';
import type { SubjectKind } from '../subjects/subject-kind.ts';

/**
 * A statement of reasons (DSA Art. 17) for one enforcing outcome, with the facts the
 * Commission's transparency database asks for. The mapping to its fields, in one place:
 * `restriction` is its decision_visibility / decision_account / decision_provision value,
 * `category` its statement category, `sourceType` its source_type, and the rest carry their names.
 */
export interface StatementOfReasons {
  decisionId: string;
  caseId: string;
  kind: DecisionEventKind;
  subject: { kind: SubjectKind; key: string; locale: string };
  action: EnforcementAction;
  actionParams: Record<string, unknown>;
  restriction: Restriction;
  decisionGround: 'INCOMPATIBLE_CONTENT';
  /** The community-guideline areas relied on, with the taxonomy version. */
  policies: { code: string; name: string; version: number }[];
  category: string;
  verdict: Verdict;
  factsReliedOn: string;
  sourceType: 'NOTICE' | 'TRUSTED_FLAGGER' | 'OWN_INITIATIVE';
  automatedDetection: boolean;
  automatedDecision: 'NOT_AUTOMATED';
  territorialScope: string[];
  applicationDate: Date;
  endDate: Date | null;
  redress: string[];
  /** Where an appeal of it stands, if one was made. */
  appealStatus: string | null;
}

export enum Restriction {
  CONTENT_DISABLED = 'CONTENT_DISABLED',
  CONTENT_REMOVED = 'CONTENT_REMOVED',
  CONTENT_DEMOTED = 'CONTENT_DEMOTED',
  CONTENT_LABELLED = 'CONTENT_LABELLED',
  ACCOUNT_SUSPENDED = 'ACCOUNT_SUSPENDED',
  ACCOUNT_TERMINATED = 'ACCOUNT_TERMINATED',
  SERVICE_PARTIALLY_SUSPENDED = 'SERVICE_PARTIALLY_SUSPENDED',
  WARNING = 'WARNING',
}

export const restrictionOfAction: Record<Exclude<EnforcementAction, EnforcementAction.NO_ACTION>, Restriction> = {
  [EnforcementAction.BLOCK_RESULTS]: Restriction.CONTENT_DISABLED,
  [EnforcementAction.REMOVE_SUGGESTION]: Restriction.CONTENT_REMOVED,
  [EnforcementAction.REMOVE_RESULT]: Restriction.CONTENT_REMOVED,
  [EnforcementAction.RESET_PROFILE_FIELDS]: Restriction.CONTENT_REMOVED,
  [EnforcementAction.DEMOTE_RESULTS]: Restriction.CONTENT_DEMOTED,
  [EnforcementAction.STOP_SUGGESTING]: Restriction.CONTENT_DEMOTED,
  [EnforcementAction.WARNING_INTERSTITIAL]: Restriction.CONTENT_LABELLED,
  [EnforcementAction.SUSPEND]: Restriction.ACCOUNT_SUSPENDED,
  [EnforcementAction.BAN]: Restriction.ACCOUNT_TERMINATED,
  [EnforcementAction.RESTRICT_FEATURES]: Restriction.SERVICE_PARTIALLY_SUSPENDED,
  [EnforcementAction.REQUIRE_VERIFICATION]: Restriction.SERVICE_PARTIALLY_SUSPENDED,
  [EnforcementAction.WARN]: Restriction.WARNING,
};

/** The transparency database's statement categories for Vigil's policy areas. */
const categoryOfPolicy: Record<string, string> = {
  CHILD_SAFETY: 'PROTECTION_OF_MINORS',
  MINIMUM_AGE: 'PROTECTION_OF_MINORS',
  VIOLENT_EXTREMISM: 'VIOLENCE',
  GRAPHIC_VIOLENCE: 'VIOLENCE',
  SELF_HARM: 'SELF_HARM',
  HATE_SPEECH: 'ILLEGAL_OR_HARMFUL_SPEECH',
  HARASSMENT_AND_BULLYING: 'ILLEGAL_OR_HARMFUL_SPEECH',
  DANGEROUS_ACTS: 'RISK_FOR_PUBLIC_SECURITY',
  ANIMAL_HARM: 'ANIMAL_WELFARE',
  ADULT_CONTENT: 'PORNOGRAPHY_OR_SEXUALIZED_CONTENT',
  SCAMS_AND_FRAUD: 'SCAMS_AND_FRAUD',
  IMPERSONATION: 'SCAMS_AND_FRAUD',
  SPAM_AND_FAKE_ENGAGEMENT: 'SCOPE_OF_PLATFORM_SERVICE',
  REGULATED_GOODS: 'UNSAFE_AND_ILLEGAL_PRODUCTS',
};

/** Enforcement is global: the statement covers every EEA state. */
export const eeaStates = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'];

/** How the owner can contest it: Vigil's appeals (`submitAppeal`), then outside bodies (Art. 21) and the courts. */
export const redress = ['INTERNAL_COMPLAINT_HANDLING', 'OUT_OF_COURT_DISPUTE_SETTLEMENT', 'JUDICIAL_REDRESS'];

/** A source is automated detection when no person raised it: a model's flag or another system's signal. */
export function isAutomatedSource(source: string): boolean {
  return source.startsWith('model') || source.startsWith('integration:') || source.includes('classifier');
}

export function sourceTypeOf(sources: string[]): StatementOfReasons['sourceType'] {
  if (sources.includes('trusted-flagger')) return 'TRUSTED_FLAGGER';
  if (sources.some((source) => !isAutomatedSource(source) && source !== 'appeal')) return 'NOTICE';
  return 'OWN_INITIATIVE';
}

export function categoryOf(policyCodes: string[]): string {
  return categoryOfPolicy[policyCodes[0] ?? ''] ?? 'SCOPE_OF_PLATFORM_SERVICE';
}

/** What the decision rested on, in words: the reports and the reviewer's rationale. */
export function factsReliedOn(facts: { reportCount: number; sources: string[]; reasons: string[]; rationale: string }): string {
  const reports = `${facts.reportCount} report${facts.reportCount === 1 ? '' : 's'} (${facts.sources.join(', ')})`;
  const reasons = facts.reasons.length > 0 ? `: ${facts.reasons.join('; ')}` : '';
  return `${reports}${reasons}. Reviewed by a person, who found: ${facts.rationale}`;
}
