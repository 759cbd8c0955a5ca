/**
 * A specialist's network action, from the accounts ticked in a cluster to the input the server
 * takes (`NetworkActionInput`). No imports, so it is tested without a browser
 * (tests/unit/network-action.test.ts): the action input and the check of its parameter are the
 * caller's, from `$lib/work/actions`, passed through.
 */

/** The most accounts one network action takes (`NetworkActionInput.subjectIds`). */
export const maxNetworkMembers = 500;

export interface NetworkProblem {
  /** The input field at fault, as the server's `extensions.field` names it. */
  field?: string;
  message: string;
}

/** What the specialist wrote: the one finding for every account ticked. */
export interface NetworkFinding<Action extends { type: string }> {
  policyCodes: readonly string[];
  /** The action with its one parameter (`actionInput`); null until one is chosen, as nothing is preselected for a whole network. */
  action: Action | null;
  /** Why the action's parameter cannot be sent (`actionProblem`), if it cannot. */
  actionProblem: NetworkProblem | null;
  rationale: string;
}

/** What the specialist sends, without the key each attempt adds. A network action decides violations. */
export interface NetworkActionBody<Action> {
  caseId: string;
  subjectIds: string[];
  verdict: 'VIOLATING';
  policyCodes: string[];
  action: Action;
  rationale: string;
}

export interface NetworkAttempt<Action> {
  /** The action as written, to tell a retry from a changed action. */
  signature: string;
  input: NetworkActionBody<Action> & { idempotencyKey: string };
}

/**
 * The ticked accounts that are still in the cluster, in the cluster's order: a refetch may have
 * dropped an account ticked before it, which must not be sent unseen.
 */
export function tickedMembers(memberIds: readonly string[], ticked: readonly string[]): string[] {
  const chosen = new Set(ticked);
  return memberIds.filter((id) => chosen.has(id));
}

/** The first thing keeping the action from being sent, checked as the server would. */
export function networkActionProblem<Action extends { type: string }>(subjectIds: readonly string[], finding: NetworkFinding<Action>): NetworkProblem | null {
  if (subjectIds.length === 0) return { field: 'subjectIds', message: 'Tick the accounts to act on.' };
  if (subjectIds.length > maxNetworkMembers) return { field: 'subjectIds', message: `A network action takes at most ${maxNetworkMembers} accounts.` };
  if (finding.policyCodes.length === 0) return { field: 'policyCodes', message: 'Name the policies the accounts violate.' };
  if (!finding.action) return { field: 'action.type', message: 'Choose the action to take on the accounts.' };
  if (finding.actionProblem) return finding.actionProblem;
  if (!finding.rationale.trim()) return { field: 'rationale', message: 'Say why these accounts are acted on together.' };
  return null;
}

/** The input for the accounts ticked, without its key; check `networkActionProblem` first. */
export function networkActionBody<Action extends { type: string }>(caseId: string, subjectIds: readonly string[], finding: NetworkFinding<Action>): NetworkActionBody<Action> {
  if (!finding.action) throw new Error('networkActionBody() needs an action; check networkActionProblem() first');
  return {
    caseId,
    subjectIds: [...subjectIds],
    verdict: 'VIOLATING',
    policyCodes: [...new Set(finding.policyCodes)],
    action: finding.action,
    rationale: finding.rationale.trim(),
  };
}

/**
 * The input to send. Sending the same action again (after a lost answer or a refusal) reuses the
 * previous attempt's key, so the server returns the decisions it already made instead of making
 * them twice; a changed action is a new attempt with a new key.
 */
export function nextNetworkAttempt<Action>(previous: NetworkAttempt<Action> | null, body: NetworkActionBody<Action>, newKey: () => string): NetworkAttempt<Action> {
  const signature = networkSignature(body);
  if (previous && previous.signature === signature) return previous;
  return { signature, input: { ...body, idempotencyKey: newKey() } };
}

/** Equal for two bodies that would send the same action. */
export function networkSignature<Action>(body: NetworkActionBody<Action>): string {
  return JSON.stringify(body);
}

/** The submit button: "Apply to 3 accounts". */
export function applyLabel(count: number): string {
  if (count === 0) return 'Apply to the ticked accounts';
  return count === 1 ? 'Apply to 1 account' : `Apply to ${count} accounts`;
}

/** The confirmation: "3 decisions made". */
export function decisionsMade(count: number): string {
  return count === 1 ? '1 decision made' : `${count} decisions made`;
}
