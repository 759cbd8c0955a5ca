/**
 * "Apply the same decision" on a light case, opened for a new variant of a query family whose
 * outcome is enforced: the draft the family's decision makes, for the evaluator to check and
 * submit as usual. No imports, so it is tested without a browser
 * (tests/unit/family-decision.test.ts); the verdict and action unions are the caller's, from the
 * schema, passed through.
 */

/** The server's limit on a rationale (`DecideCaseInput.rationale`). */
export const rationaleMaxLength = 5000;

const variantNote = 'Variant of a decided query family';

/** A decision as the server reads it back (`Decision`). */
export interface DecidedFinding<Verdict extends string, Action extends string> {
  verdict: Verdict;
  policyCodes: readonly string[];
  action: Action;
  /** As stored, e.g. `{ "suspensionDays": 7 }`: untyped JSON. */
  actionParams: Record<string, unknown>;
  rationale: string;
}

/** The action's parameters as stored, those of the expected shape only; the draft keeps its own for the rest. */
export interface StoredParameters {
  suspensionDays?: number;
  restrictedFeatures?: string[];
  verification?: string;
  profileFields?: string[];
}

export interface FindingDraft<Verdict extends string, Action extends string> {
  verdict: Verdict;
  policyCodes: string[];
  action: Action;
  parameters: StoredParameters;
  rationale: string;
}

export function draftFromDecision<Verdict extends string, Action extends string>(decision: DecidedFinding<Verdict, Action>): FindingDraft<Verdict, Action> {
  return {
    verdict: decision.verdict,
    policyCodes: [...decision.policyCodes],
    action: decision.action,
    parameters: storedParameters(decision.actionParams),
    rationale: variantRationale(decision.rationale),
  };
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function storedParameters(params: Record<string, unknown>): StoredParameters {
  const { suspensionDays, restrictedFeatures, verification, profileFields } = params;
  return {
    ...(typeof suspensionDays === 'number' ? { suspensionDays } : {}),
    ...(isStrings(restrictedFeatures) ? { restrictedFeatures: [...restrictedFeatures] } : {}),
    ...(typeof verification === 'string' ? { verification } : {}),
    ...(isStrings(profileFields) ? { profileFields: [...profileFields] } : {}),
  };
}

/**
 * The rationale of the variant's decision: where it comes from, then the family's own words, cut
 * (with an ellipsis, never inside a surrogate pair) to what the server accepts.
 */
export function variantRationale(original: string): string {
  const reason = original.trim();
  if (!reason) return `${variantNote}.`;
  const text = `${variantNote}: ${reason}`;
  if (text.length <= rationaleMaxLength) return text;
  const cut = text.slice(0, rationaleMaxLength - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}
