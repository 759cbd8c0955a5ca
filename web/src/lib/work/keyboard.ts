import type { Verdict } from '$lib/graphql/generated/graphql';
import { verdicts } from './actions';

/**
 * The workbench's keyboard map, shown on screen as it is handled. Single keys never fire while
 * the evaluator is typing; Ctrl+Enter and Escape do, so a decision can be sent (or the case
 * given back) straight from the rationale.
 */
export interface Shortcut {
  /** Alternatives, each a key combination, e.g. `[['Esc'], ['S']]`. */
  keys: string[][];
  what: string;
}

export const shortcuts: Shortcut[] = [
  { keys: [['N'], ['Enter']], what: 'Claim the next case (when none is open)' },
  ...verdicts.map((choice) => ({ keys: [[choice.key]], what: `Verdict: ${choice.label.toLowerCase()}` })),
  { keys: [['P']], what: 'Go to the policy labels (Space ticks one)' },
  { keys: [['A']], what: 'Go to the action (arrow keys choose)' },
  { keys: [['C']], what: 'Write the rationale' },
  { keys: [['R']], what: 'Reveal the subject, or blur it again' },
  { keys: [['Enter']], what: 'Submit and claim the next (outside the rationale)' },
  { keys: [['Ctrl', 'Enter']], what: 'Submit and claim the next, from anywhere' },
  { keys: [['Esc'], ['S']], what: 'Skip: give the case back to its queue' },
  { keys: [['W']], what: "Step away from the case's policy area for today (asks first; Esc cancels)" },
  { keys: [['E']], what: 'Escalate to a specialist tier (Ctrl+Enter sends; Esc cancels)' },
  { keys: [['?']], what: 'Show or hide this list' },
];

export type Command =
  | { type: 'claim' }
  | { type: 'submit' }
  | { type: 'release' }
  | { type: 'reveal' }
  | { type: 'step-away' }
  | { type: 'cancel-step-away' }
  | { type: 'escalate' }
  | { type: 'submit-escalation' }
  | { type: 'cancel-escalation' }
  | { type: 'shortcuts' }
  | { type: 'verdict'; verdict: Verdict }
  | { type: 'focus'; target: 'policies' | 'action' | 'rationale' };

export interface KeyContext {
  /** A case is held and no request about it is out. */
  working: boolean;
  /** Nothing is held and a claim may start. */
  canClaim: boolean;
  /** The held case names a policy area the evaluator may step away from. */
  canStepAway: boolean;
  /** The step-away confirmation is open: it alone listens, so no key decides or skips behind it. */
  confirming: boolean;
  /** The escalate form is open: it takes Ctrl+Enter and Escape, and no key decides behind it. */
  escalating?: boolean;
}

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'repeat' | 'target'>;

const nonTextInputs = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/**
 * Whether a key press on this element is someone typing, not a command. A select is not: its
 * type-ahead would silently change the action when a command key lands on it.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !nonTextInputs.has(target.type);
}

/** Elements whose own Enter (a click) must win over the workbench's. */
function activatesOnEnter(target: EventTarget | null): boolean {
  return target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement;
}

const focusKeys: Record<string, 'policies' | 'action' | 'rationale'> = { p: 'policies', a: 'action', c: 'rationale' };

/** What a key press means on the workbench now, or null to leave it to the browser. */
export function commandFor(event: KeyPress, { working, canClaim, canStepAway, confirming, escalating = false }: KeyContext): Command | null {
  const { key } = event;
  // A held-down key would otherwise submit or claim over and over.
  const once = !event.repeat;

  // Enter on the focused confirm or cancel button is the browser's click.
  if (confirming) return key === 'Escape' ? { type: 'cancel-step-away' } : null;
  // The form's own selects and note take every other key, so a verdict key cannot land behind it.
  if (escalating) {
    if (key === 'Escape') return { type: 'cancel-escalation' };
    return key === 'Enter' && (event.ctrlKey || event.metaKey) && once ? { type: 'submit-escalation' } : null;
  }

  if (key === 'Enter' && (event.ctrlKey || event.metaKey)) return working && once ? { type: 'submit' } : null;
  if (key === 'Escape') return working ? { type: 'release' } : null;
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) {
    // Enter in a one-line field submits, as in any form; the rationale takes new lines.
    const inTextarea = event.target instanceof HTMLTextAreaElement;
    return key === 'Enter' && working && once && !inTextarea ? { type: 'submit' } : null;
  }
  if (key === 'Enter') {
    if (activatesOnEnter(event.target) || !once) return null;
    return canClaim ? { type: 'claim' } : working ? { type: 'submit' } : null;
  }

  const letter = key.toLowerCase();
  if (letter === '?') return { type: 'shortcuts' };
  if (letter === 'n') return canClaim && once ? { type: 'claim' } : null;
  if (!working) return null;
  if (letter === 'r') return { type: 'reveal' };
  if (letter === 's') return { type: 'release' };
  if (letter === 'w') return canStepAway && once ? { type: 'step-away' } : null;
  if (letter === 'e') return once ? { type: 'escalate' } : null;
  const target = focusKeys[letter];
  if (target) return { type: 'focus', target };
  const verdict = verdicts.find((choice) => choice.key === letter);
  return verdict ? { type: 'verdict', verdict: verdict.value } : null;
}
