import type {
  DecideCaseInput,
  Domain,
  EnforcementAction,
  ProfileField,
  RestrictableFeature,
  Verdict,
  VerificationKind,
} from '$lib/graphql/generated/graphql';
import {
  actionInput,
  actionProblem,
  actionsFor,
  profileFields,
  restrictableFeatures,
  verificationKinds,
  type ActionParameters,
} from './actions';
import type { FindingDraft } from './family-decision';

export interface DecisionProblem {
  /** The input field at fault, as the server's `extensions.field` names it. */
  field?: string;
  message: string;
}

/** What the evaluator sends; the workbench adds the handle time and idempotency key per attempt. */
export type DecisionBody = Omit<DecideCaseInput, 'handleTimeMs' | 'idempotencyKey'>;

/**
 * The decision being written for one case. The workbench makes a new draft for every case, so
 * nothing typed for one case can leak into the next.
 */
export class DecisionDraft {
  verdict = $state<Verdict | null>(null);
  policyCodes = $state<string[]>([]);
  action = $state<EnforcementAction>('NO_ACTION');
  suspensionDays = $state<number | null | undefined>(7);
  restrictedFeatures = $state<RestrictableFeature[]>([]);
  verification = $state<VerificationKind | null>(null);
  profileFields = $state<ProfileField[]>([]);
  rationale = $state('');

  readonly domain: Domain;

  constructor(domain: Domain) {
    this.domain = domain;
  }

  /** The actions the verdict allows in the case's domain. */
  get actions(): EnforcementAction[] {
    return actionsFor(this.domain, this.verdict);
  }

  /** Only a violation names policies and takes an action: any other verdict clears both. */
  setVerdict(verdict: Verdict): void {
    this.verdict = verdict;
    if (verdict !== 'VIOLATING') {
      this.policyCodes = [];
      this.action = 'NO_ACTION';
    }
  }

  /**
   * Puts a decision already made in the form, e.g. a query family's on a new variant of it
   * (`draftFromDecision`): the evaluator checks it and submits as usual. Parameters the action
   * does not take keep what the form had; stored values Vigil does not offer are left out.
   */
  fill(from: FindingDraft<Verdict, EnforcementAction>): void {
    this.setVerdict(from.verdict);
    if (from.verdict === 'VIOLATING') {
      this.policyCodes = [...from.policyCodes];
      this.action = from.action;
    }
    const { suspensionDays, restrictedFeatures: features, verification, profileFields: fields } = from.parameters;
    if (suspensionDays !== undefined) this.suspensionDays = suspensionDays;
    if (features) this.restrictedFeatures = restrictableFeatures.filter((choice) => features.includes(choice.value)).map((choice) => choice.value);
    if (verification !== undefined) this.verification = verificationKinds.find((choice) => choice.value === verification)?.value ?? null;
    if (fields) this.profileFields = profileFields.filter((choice) => fields.includes(choice.value)).map((choice) => choice.value);
    this.rationale = from.rationale;
  }

  private get parameters(): ActionParameters {
    return {
      suspensionDays: this.suspensionDays,
      restrictedFeatures: this.restrictedFeatures,
      verification: this.verification,
      profileFields: this.profileFields,
    };
  }

  /** The first thing keeping the draft from being sent, checked as the server would. */
  problem(): DecisionProblem | null {
    if (!this.verdict) return { field: 'verdict', message: 'Choose a verdict: 1 violating, 2 not violating, 3 needs context.' };
    if (this.verdict === 'VIOLATING' && this.policyCodes.length === 0) {
      return { field: 'policyCodes', message: 'A violating verdict names the policies violated.' };
    }
    return actionProblem(this.action, this.parameters);
  }

  body(caseId: string): DecisionBody {
    if (!this.verdict) throw new Error('DecisionDraft.body() needs a verdict; check problem() first');
    return {
      caseId,
      verdict: this.verdict,
      policyCodes: this.verdict === 'VIOLATING' ? [...this.policyCodes] : [],
      action: actionInput(this.action, this.parameters),
      rationale: this.rationale.trim(),
    };
  }
}
