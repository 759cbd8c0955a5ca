// The GraphQL benchmark's evaluators, on a thread of their own: their HTTP client's work is
// the evaluators' browsers' work, not the server's, so it stays off the server's event loop.
import { parentPort, workerData } from 'node:worker_threads';

const { url, queueId, tokens } = workerData;

async function call(token, query, variables) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

let done = 0;
await Promise.all(
  tokens.map(async (token) => {
    for (;;) {
      const { claimNextCase } = await call(token, 'mutation ($q: ID!) { claimNextCase(queueId: $q) { case { id } } }', { q: queueId });
      if (!claimNextCase.case) return;
      const input = {
        caseId: claimNextCase.case.id,
        verdict: 'NOT_VIOLATING',
        policyCodes: [],
        action: { type: 'NO_ACTION' },
        rationale: 'benchmark',
        handleTimeMs: 1000,
        idempotencyKey: crypto.randomUUID(),
      };
      await call(token, 'mutation ($i: DecideCaseInput!) { decideCase(input: $i) { case { status } } }', { i: input });
      done++;
    }
  }),
);
parentPort.postMessage(done);
