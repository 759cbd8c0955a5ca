import type { DecideCaseInput } from '$lib/graphql/generated/graphql';
import type { DecisionBody } from './decision-draft.svelte';

/**
 * A fresh key per attempt. `crypto.randomUUID` exists only in secure contexts (https or
 * localhost); an evaluator on plain http inside a site network still needs a unique key.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface Attempt {
  /** The decision as the evaluator wrote it, to tell a retry from a changed decision. */
  signature: string;
  input: DecideCaseInput;
}

/**
 * The input to send. Sending the same decision again (after the answer was lost) reuses the
 * previous attempt whole, key and handle time included, so the server returns the first result
 * instead of deciding twice; a changed decision is a new attempt with a new key.
 */
export function nextAttempt(previous: Attempt | null, body: DecisionBody, handleTimeMs: number): Attempt {
  const signature = signatureOf(body);
  if (previous && previous.signature === signature) return previous;
  return { signature, input: { ...body, handleTimeMs: Math.max(0, Math.round(handleTimeMs)), idempotencyKey: newIdempotencyKey() } };
}

/** Equal for two drafts that would send the same decision. */
export function signatureOf(body: DecisionBody | null): string {
  return body ? JSON.stringify(body) : '';
}
