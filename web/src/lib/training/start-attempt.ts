import type { Client } from '@urql/core';
import { errorCode, errorMessage } from '$lib/graphql/client';
import { StartTrainingAttemptDocument } from '$lib/graphql/generated/graphql';

export type StartOutcome = { attemptId: string } | { problem: string; limitReached: boolean };

/** Starts an attempt at a program's assessment, or finds the one already open. */
export async function startAttempt(client: Client, programId: string): Promise<StartOutcome> {
  const result = await client.mutation(StartTrainingAttemptDocument, { programId }).toPromise();
  if (result.data) return { attemptId: result.data.startTrainingAttempt.id };
  const code = errorCode(result.error);
  const explained = code === 'ATTEMPT_LIMIT_REACHED' || code === 'CONFLICT';
  return {
    problem: explained ? (errorMessage(result.error) ?? 'No attempt can be started.') : 'Vigil did not answer. Try again.',
    limitReached: code === 'ATTEMPT_LIMIT_REACHED',
  };
}
