// The GraphQL benchmark's evaluators, on a thread of their own: their HTTP client's work is
// the evaluators' browsers' work, not the server's, so it stays off the server's event loop.
// Plain node:http with kept-alive sockets: a lighter client than fetch, whose CPU would
// otherwise be taken from the server on the same two cores.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { url, queueId, tokens } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: tokens.length });

function call(token, query, variables) {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}/graphql`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
    }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const answer = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (answer.errors) reject(new Error(JSON.stringify(answer.errors)));
        else resolve(answer.data);
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
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
agent.destroy();
