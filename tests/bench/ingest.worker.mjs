// The ingest benchmark's integrator, on a thread of its own (as the evaluators are): building the
// batches and the HTTP client's work are the integrating system's, not the server's, so they stay
// off the server's event loop. Plain node:http with kept-alive sockets, as in evaluators.worker.mjs.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { url, secret, batches, senders } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: senders });
const query = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted failed } }';

function send(batch) {
  const body = JSON.stringify({ query, variables: { input: { cases: batch } } });
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}/graphql`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${secret}` },
    }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const answer = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (answer.errors || answer.data.ingestCases.accepted !== batch.length) reject(new Error(`ingest failed: ${JSON.stringify(answer).slice(0, 300)}`));
        else resolve();
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

let next = 0;
const started = performance.now();
await Promise.all(Array.from({ length: senders }, async () => {
  while (next < batches.length) await send(batches[next++]);
}));
const cases = batches.reduce((sum, batch) => sum + batch.length, 0);
parentPort.postMessage(cases / ((performance.now() - started) / 1000));
agent.destroy();
