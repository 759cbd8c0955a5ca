import type {
  DecideCaseInput,
  Domain,
  EnforcementAction,
  LadderRungFieldsFragment,
  PolicyStandingFieldsFragment,
  ProfileField,
  RestrictableFeature,
  Verdict,
  VerificationKind,
} from '$lib/graphql/generated/graphql';
import { ladderActionLabel } from '$lib/strikes/labels';
import { type LadderProposal, sameRung } from '$lib/strikes/ladder-proposal';
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

/** What the strike ladders propose for the finding as drafted, from the account's standing in its areas. */
export interface LadderReading {
  /** Null while the standing is read, when it could not be, or when no area named applies to accounts. */
  proposal: LadderProposal<PolicyStandingFieldsFragment> | null;
  loading: boolean;
  failed: boolean;
}

/**
 * The decision being written for one case. The workbench makes a new draft for every case, so
 * nothing typed for one case can leak into the next.
 *
 * On an account case the workbench also says what the strike ladders propose (`ladder`): until
 * the evaluator chooses an action, a violation takes the proposal, parameters and all; once the
 * chosen action differs from it, the draft wants the reason the server asks for.
 */
export class DecisionDraft {
  verdict = $state<Verdict | null>(null);
  policyCodes = $state<string[]>([]);
  rationale = $state('');
  /** Why the action is not the ladder's; sent only while it differs (or the proposal is unknown). */
  ladderDeviationReason = $state('');

  #action = $state<EnforcementAction>('NO_ACTION');
  #suspensionDays = $state<number | null | undefined>(7);
  #restrictedFeatures = $state<RestrictableFeature[]>([]);
  #verification = $state<VerificationKind | null>(null);
  #profileFields = $state<ProfileField[]>([]);
  /** The evaluator (or a filled-in decision) chose the action: the ladder's proposal no longer fills it. */
  #chosen = $state(false);

  readonly domain: Domain;
  readonly #ladder: (() => LadderReading | null) | null;

  /** `ladder` reads the proposal for the draft's policies as it changes; search cases and other forms have none. */
  constructor(domain: Domain, ladder?: () => LadderReading | null) {
    this.domain = domain;
    this.#ladder = ladder ?? null;
  }

  /** The ladder's word on this finding: only a violation naming policies has one. */
  get ladder(): LadderReading | null {
    if (!this.#ladder || this.verdict !== 'VIOLATING' || this.policyCodes.length === 0) return null;
    return this.#ladder();
  }

  /** The action the ladders propose, once known. */
  get proposal(): LadderRungFieldsFragment | null {
    return this.ladder?.proposal?.rung ?? null;
  }

  /** The proposal while the evaluator has not chosen an action: the form shows it as the action. */
  get #followed(): LadderRungFieldsFragment | null {
    return this.#chosen ? null : this.proposal;
  }

  get action(): EnforcementAction {
    return this.#followed?.type ?? this.#action;
  }
  set action(value: EnforcementAction) {
    this.#choose();
    this.#action = value;
  }

  get suspensionDays(): number | null | undefined {
    return this.#followed?.suspensionDays ?? this.#suspensionDays;
  }
  set suspensionDays(value: number | null | undefined) {
    this.#choose();
    this.#suspensionDays = value;
  }

  get restrictedFeatures(): RestrictableFeature[] {
    return this.#followed?.restrictedFeatures ?? this.#restrictedFeatures;
  }
  set restrictedFeatures(value: RestrictableFeature[]) {
    this.#choose();
    this.#restrictedFeatures = value;
  }

  get verification(): VerificationKind | null {
    return this.#followed?.verification ?? this.#verification;
  }
  set verification(value: VerificationKind | null) {
    this.#choose();
    this.#verification = value;
  }

  get profileFields(): ProfileField[] {
    return this.#followed?.profileFields ?? this.#profileFields;
  }
  set profileFields(value: ProfileField[]) {
    this.#choose();
    this.#profileFields = value;
  }

  /** A change to the action or a parameter starts from what the form showed, the proposal included. */
  #choose(): void {
    const followed = this.#followed;
    if (followed) this.#take(followed);
    this.#chosen = true;
  }

  #take(rung: LadderRungFieldsFragment): void {
    this.#action = rung.type;
    if (rung.suspensionDays != null) this.#suspensionDays = rung.suspensionDays;
    if (rung.restrictedFeatures) this.#restrictedFeatures = [...rung.restrictedFeatures];
    if (rung.verification) this.#verification = rung.verification;
    if (rung.profileFields) this.#profileFields = [...rung.profileFields];
  }

  /** "Use the proposal": the ladder's action and parameters, as chosen. */
  useProposal(): void {
    const rung = this.proposal;
    if (!rung) return;
    this.#take(rung);
    this.#chosen = true;
  }

  /** The action as drafted differs from the ladder's known proposal. */
  get deviatesFromLadder(): boolean {
    const rung = this.proposal;
    return rung !== null && !sameRung(rung, actionInput(this.action, this.parameters));
  }

  /**
   * The form asks why the action is not the ladder's: it differs from the proposal, or the
   * standing could not be read (the server still checks, and says so).
   */
  get asksLadderReason(): boolean {
    return this.deviatesFromLadder || Boolean(this.ladder?.failed);
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
      this.#action = 'NO_ACTION';
      // Back to a violation, the action starts from the ladder's proposal again.
      this.#chosen = false;
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
    const actionFault = actionProblem(this.action, this.parameters);
    if (actionFault) return actionFault;
    const rung = this.proposal;
    if (rung && this.deviatesFromLadder && !this.ladderDeviationReason.trim()) {
      return {
        field: 'ladderDeviationReason',
        message: `The strike ladder proposes ${ladderActionLabel(rung.type, rung)} for this account: say why you decide otherwise, or use the proposal.`,
      };
    }
    return null;
  }

  /** The reason goes with a violation on a ladder while the action differs from the proposal, or the proposal is unknown. */
  get #sendsLadderReason(): boolean {
    return Boolean(this.#ladder) && this.verdict === 'VIOLATING' && (this.proposal === null || this.deviatesFromLadder);
  }

  body(caseId: string): DecisionBody {
    if (!this.verdict) throw new Error('DecisionDraft.body() needs a verdict; check problem() first');
    const reason = this.ladderDeviationReason.trim();
    return {
      caseId,
      verdict: this.verdict,
      policyCodes: this.verdict === 'VIOLATING' ? [...this.policyCodes] : [],
      action: actionInput(this.action, this.parameters),
      rationale: this.rationale.trim(),
      // Only the workbench's account drafts have a ladder: other forms' inputs take no such field.
      ...(reason && this.#sendsLadderReason ? { ladderDeviationReason: reason } : {}),
    };
  }
}
