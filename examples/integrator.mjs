#!/usr/bin/env node
/**
 * An integrator's round trip against a running Vigil, as the search or account platform would
 * write it: create a token, register a webhook endpoint, push cases, verify the signed webhook of
 * a decision, consume the decision feed from a stored cursor, and appeal the outcome.
 *
 *   node examples/integrator.mjs [--url http://localhost:4000] [--team "Search Safety EMEA"] [--queue <queue id>] [--cursor-file .integrator-cursor]
 *
 * VIGIL_ADMIN_EMAIL and VIGIL_ADMIN_PASSWORD (the demo's admin by default) sign in once to create
 * the token and the endpoint; everything else uses the token. It waits (VIGIL_WAIT_SECONDS, 300)
 * for someone to decide one of the pushed cases as violating in the app, then prints one JSON line
 * per step and exits 0.
 */
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { Webhook } from 'standardwebhooks';

const { values: args } = parseArgs({ options: { url: { type: 'string', default: 'http://localhost:4000' }, team: { type: 'string', default: 'Search Safety EMEA' }, queue: { type: 'string' }, 'cursor-file': { type: 'string', default: '.integrator-cursor' } } });
const waitSeconds = Number(process.env.VIGIL_WAIT_SECONDS ?? 300);
const say = (step, details) => console.log(JSON.stringify({ step, ...details }));

/** One GraphQL call; throws on any error, with its code. */
async function graphql(credential, query, variables = {}) {
  const response = await fetch(`${args.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${credential}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`${body.errors[0].extensions?.code}: ${body.errors[0].message}`);
  return body.data;
}

// 1. A token with the scopes this integration needs (an admin does this once, in the app or so).
const signIn = await fetch(`${args.url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    query: 'mutation ($input: SignInInput!) { signIn(input: $input) { token } }',
    variables: { input: { email: process.env.VIGIL_ADMIN_EMAIL ?? 'admin@vigil.example', password: process.env.VIGIL_ADMIN_PASSWORD ?? 'vigil-demo-2026' } },
  }),
});
const admin = (await signIn.json()).data.signIn.token;
const { createApiToken } = await graphql(admin, 'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret token { id } } }', {
  input: { name: `example integrator ${randomUUID().slice(0, 8)}`, scopes: ['CASES_WRITE', 'DECISIONS_READ', 'APPEALS_WRITE'] },
});
const token = createApiToken.secret;
say('token', { tokenId: createApiToken.token.id });

// 2. A webhook endpoint: a receiver here, registered for the team whose queues' decisions it wants.
let secret = null;
const deliveries = [];
let delivered = null;
const receiver = createServer((req, res) => {
  let raw = '';
  req.on('data', (chunk) => (raw += chunk));
  req.on('end', () => {
    try {
      // Verify before trusting anything in it; a retry or replay carries the same webhook-id.
      const payload = new Webhook(secret).verify(raw, Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, String(value)])));
      if (!deliveries.includes(req.headers['webhook-id'])) deliveries.push(req.headers['webhook-id']);
      delivered?.(payload);
      res.writeHead(204).end();
    } catch {
      res.writeHead(401).end();
    }
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const { teams } = await graphql(admin, '{ teams(first: 100) { edges { node { id name } } } }');
const team = teams.edges.map((edge) => edge.node).find((candidate) => candidate.name === args.team);
if (!team) throw new Error(`No team is called ${args.team}`);
const { createWebhookEndpoint } = await graphql(admin, 'mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id } } }', {
  input: { teamId: team.id, url: `http://127.0.0.1:${receiver.address().port}/vigil`, description: 'example integrator', eventTypes: ['DECISION_EVENT'] },
});
secret = createWebhookEndpoint.secret;
say('webhook endpoint', { endpointId: createWebhookEndpoint.endpoint.id, team: team.name });

// 3. Push cases (routed by kind and locale unless a queue is named).
const run = randomUUID().slice(0, 8);
const { ingestCases } = await graphql(token, 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted results { status caseId } } }', {
  input: {
    cases: [1, 2, 3].map((n) => ({
      queueId: args.queue,
      source: 'integration:example',
      reasons: ['flagged by the example integration'],
      subject: { kind: 'SEARCH_QUERY', locale: 'en-GB', searchQuery: { text: `prohibited-item-query-${run}-${n}`, dailyVolume: 100, trend: 1, topResults: [] } },
    })),
  },
});
const pushed = ingestCases.results.map((result) => result.caseId);
say('pushed', { caseIds: pushed });

// 4. A signed webhook for one of our cases, once someone decides it as violating.
const event = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`no webhook for the pushed cases within ${waitSeconds} s: decide one of them in the app`)), waitSeconds * 1000);
  delivered = (payload) => {
    if (!pushed.includes(payload.data.caseId) || payload.data.action === 'NO_ACTION') return;
    clearTimeout(timer);
    resolve(payload.data);
  };
});
say('webhook verified', { webhookIds: deliveries, decisionId: event.decisionId, caseId: event.caseId, action: event.action });

// 5. The feed from the stored cursor: every event once, in order, across restarts of this script;
//    the webhook's decision is on it too (webhooks are the nudge, the feed the record).
let cursor = await readFile(args['cursor-file'], 'utf8').then((text) => text.trim() || null, () => null);
let read = 0;
let sawDecision = false;
for (;;) {
  const { decisionEvents } = await graphql(token, 'query ($after: String) { decisionEvents(after: $after, first: 500) { endCursor hasMore events { decisionId kind action } } }', { after: cursor });
  read += decisionEvents.events.length;
  sawDecision ||= decisionEvents.events.some((candidate) => candidate.decisionId === event.decisionId);
  cursor = decisionEvents.endCursor;
  if (!decisionEvents.hasMore) break;
}
if (cursor) await writeFile(args['cursor-file'], cursor);
say('feed', { eventsRead: read, sawDecision, cursor });

// 6. The subject's owner appeals; the outcome will come back on the feed and webhooks as APPEAL_OUTCOME.
const { submitAppeal } = await graphql(token, 'mutation ($input: SubmitAppealInput!) { submitAppeal(input: $input) { appeal { id status caseId } } }', {
  input: { decisionId: event.decisionId, statement: 'The query is about an ordinary product.', appellantRef: `example-user-${run}`, idempotencyKey: `appeal-${event.decisionId}` },
});
say('appeal submitted', { appealId: submitAppeal.appeal.id, status: submitAppeal.appeal.status });
receiver.close();
