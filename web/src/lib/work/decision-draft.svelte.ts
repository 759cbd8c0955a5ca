import type {
  DecideCaseInput,
  Domain,
  EnforcementAction,
  ProfileField,
  RestrictableFeature,
  Verdict,
  VerificationKind,
} from '$lib/graphql/generated/graphql';
import { actionInput, actionProblem, actionsFor, type ActionParameters } from './actions';

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
