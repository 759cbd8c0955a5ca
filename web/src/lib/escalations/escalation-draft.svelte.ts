import type { EscalateCaseInput, EscalationReason } from '$lib/graphql/generated/graphql';

export interface EscalationProblem {
  /** The input field at fault, as the server's `extensions.field` names it. */
  field?: string;
  message: string;
}

/**
 * The escalation being written for the held case. A new draft per opening of the form, so a
 * reason chosen for one case never carries over to the next.
 */
export class EscalationDraft {
  reason = $state<EscalationReason | ''>('');
  tierCode = $state('');
  note = $state('');
  /** A named specialist, or '' for anyone in the tier. */
  specialistId = $state('');

  constructor(reason: EscalationReason | null, tierCode: string | null) {
    this.reason = reason ?? '';
    this.tierCode = tierCode ?? '';
  }

  /** The first thing keeping the draft from being sent, checked as the server would. */
  problem(): EscalationProblem | null {
    if (!this.reason) return { field: 'reason', message: 'Choose why the case needs a specialist.' };
    if (!this.tierCode) return { field: 'tierCode', message: 'Choose the tier to send it to.' };
    if (!this.note.trim()) return { field: 'note', message: 'Write a note for the specialist.' };
    return null;
  }

  input(caseId: string): EscalateCaseInput {
    if (!this.reason) throw new Error('EscalationDraft.input() needs a reason; check problem() first');
    return { caseId, reason: this.reason, tierCode: this.tierCode, note: this.note.trim(), specialistId: this.specialistId || null };
  }
}
