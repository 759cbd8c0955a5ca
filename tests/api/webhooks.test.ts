import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.ts';

/** Signed webhooks against a real receiver that verifies each delivery and answers as the test tells it. */
const retryBaseMs = 200;

let server: TestServer;
let db: pg.Client;
let admin: ApiClient;
let evaluator: ApiClient;
let receiver: WebhookReceiver;
let teamId: string;

const createEndpoint = 'mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id url eventTypes enabled secretPrefix team { id } } } }';
const deliveries = `query ($endpointId: ID!) { webhookDeliveries(endpointId: $endpointId, first: 20) { edges { node {
  id status attempts nextAttemptAt deliveredAt eventType payload attemptLog { attempt at statusCode latencyMs error }
} } } }`;

async function decideBlocked(queueId: string): Promise<string> {
  await admin.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted } }', {
    input: { cases: [queryReport(queueId, `prohibited-item-query-${randomUUID().slice(0, 8)}`)] },
  });
  const { claimNextCase } = await evaluator.data('mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id } } }', { queueId });
  await evaluator.data('mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } } }', {
    input: { caseId: claimNextCase.case.id, verdict: 'VIOLATING', policyCodes: ['SCAMS_AND_FRAUD'], action: { type: 'BLOCK_RESULTS' }, rationale: 'scam', handleTimeMs: 1000, idempotencyKey: randomUUID() },
  });
  return claimNextCase.case.id;
}

const arrivalsFor = (caseId: string) => receiver.received.filter((request) => request.body.data.caseId === caseId);

beforeAll(async () => {
  server = await startTestServer({ jobs: true, webhookRetryBaseMs: retryBaseMs });
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  [admin, evaluator] = await Promise.all([signedIn(server.url, 'admin@vigil.example'), signedIn(server.url, 'evaluator@vigil.example')]);
  receiver = await startWebhookReceiver();
  teamId = (await createTestQueue(server.app.orm.em.fork())).team.id;
});

afterAll(async () => {
  await receiver?.close();
  await db?.end();
  await server?.stop();
});

describe('signed webhooks', () => {
  let endpointId: string;
  let firstSecret: string;
  let deliveredCase: string;

  it('delivers a team’s decision to its endpoint, signed, retrying with growing delays until it is accepted', async () => {
    const { createWebhookEndpoint } = await admin.data(createEndpoint, { input: { teamId, url: receiver.url, description: 'search enforcement', eventTypes: ['DECISION_EVENT'] } });
    expect(createWebhookEndpoint.endpoint).toMatchObject({ url: receiver.url, eventTypes: ['DECISION_EVENT'], enabled: true, team: { id: teamId } });
    expect(createWebhookEndpoint.secret).toMatch(/^whsec_/);
    expect(createWebhookEndpoint.secret.startsWith(createWebhookEndpoint.endpoint.secretPrefix)).toBe(true);
    endpointId = createWebhookEndpoint.endpoint.id;
    firstSecret = createWebhookEndpoint.secret;
    receiver.secrets = [firstSecret];
    receiver.answers = [503, 500];

    deliveredCase = await decideBlocked((await createTestQueue(server.app.orm.em.fork())).id);
    await expect.poll(() => arrivalsFor(deliveredCase).length, { timeout: 20_000 }).toBe(3);
    const arrivals = arrivalsFor(deliveredCase);
    expect(new Set(arrivals.map((arrival) => arrival.id)).size).toBe(1);
    expect(arrivals.every((arrival) => arrival.verifiedWith.length === 1)).toBe(true);
    expect(arrivals[0]!.body).toMatchObject({ type: 'decision_event.appended', data: { caseId: deliveredCase, kind: 'PRIMARY', action: 'BLOCK_RESULTS', policyCodes: ['SCAMS_AND_FRAUD'] } });
    // Each retry waits twice as long as the one before.
    expect(arrivals[1]!.at - arrivals[0]!.at).toBeGreaterThanOrEqual(retryBaseMs);
    expect(arrivals[2]!.at - arrivals[1]!.at).toBeGreaterThanOrEqual(2 * retryBaseMs);

    await expect.poll(async () => (await admin.data(deliveries, { endpointId })).webhookDeliveries.edges[0]?.node.status, { timeout: 10_000 }).toBe('DELIVERED');
    const [delivery] = (await admin.data(deliveries, { endpointId })).webhookDeliveries.edges.map((edge: any) => edge.node);
    expect(delivery).toMatchObject({ id: arrivals[0]!.id, status: 'DELIVERED', attempts: 3, nextAttemptAt: null, eventType: 'DECISION_EVENT' });
    expect(delivery.attemptLog.map((attempt: any) => [attempt.attempt, attempt.statusCode])).toEqual([
      [1, 503],
      [2, 500],
      [3, 200],
    ]);
    expect(delivery.attemptLog.every((attempt: any) => Number.isInteger(attempt.latencyMs) && attempt.latencyMs >= 0)).toBe(true);
    expect(delivery.attemptLog[0].error).toBe('The endpoint answered 503.');
    const { rows } = await db.query("select action from audit_event where entity_type = 'WebhookDelivery' and entity_id = $1", [delivery.id]);
    expect(rows.map((row) => row.action)).toEqual(['webhook_delivery.delivered']);
  });

  it('replays a delivery with the same id, and signs with both secrets for a day after a rotation', async () => {
    const [delivery] = (await admin.data(deliveries, { endpointId })).webhookDeliveries.edges.map((edge: any) => edge.node);
    const { replayWebhookDelivery } = await admin.data('mutation ($id: ID!) { replayWebhookDelivery(id: $id) { delivery { id status } } }', { id: delivery.id });
    expect(replayWebhookDelivery.delivery).toEqual({ id: delivery.id, status: 'PENDING' });
    await expect.poll(() => arrivalsFor(deliveredCase).length, { timeout: 10_000 }).toBe(4);
    expect(arrivalsFor(deliveredCase)[3]!.id).toBe(delivery.id);
    await expect.poll(async () => (await admin.data(deliveries, { endpointId })).webhookDeliveries.edges[0].node.attempts, { timeout: 10_000 }).toBe(4);

    const { rotateWebhookSecret } = await admin.data('mutation ($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { secretPrefix previousSecretExpiresAt } } }', { id: endpointId });
    expect(rotateWebhookSecret.secret).not.toBe(firstSecret);
    expect(Date.parse(rotateWebhookSecret.endpoint.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(23 * 3600_000);
    receiver.secrets = [firstSecret, rotateWebhookSecret.secret];
    const rotatedCase = await decideBlocked((await createTestQueue(server.app.orm.em.fork())).id);
    await expect.poll(() => arrivalsFor(rotatedCase).length, { timeout: 10_000 }).toBe(1);
    expect(arrivalsFor(rotatedCase)[0]).toMatchObject({ signatures: 2, verifiedWith: receiver.secrets });
  });

  it('records an endpoint that does not answer, without holding up the others or the decision', async () => {
    const closed = createServer();
    const deadUrl = await new Promise<string>((resolve) => closed.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(closed.address() as AddressInfo).port}/gone`)));
    closed.close();
    const { createWebhookEndpoint } = await admin.data(createEndpoint, { input: { teamId, url: deadUrl, eventTypes: ['DECISION_EVENT'] } });
    const deadId = createWebhookEndpoint.endpoint.id;
    const caseId = await decideBlocked((await createTestQueue(server.app.orm.em.fork())).id);
    await expect.poll(() => arrivalsFor(caseId).length, { timeout: 10_000 }).toBe(1);
    await expect.poll(async () => (await admin.data(deliveries, { endpointId: deadId })).webhookDeliveries.edges[0]?.node.attempts ?? 0, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    const [failing] = (await admin.data(deliveries, { endpointId: deadId })).webhookDeliveries.edges.map((edge: any) => edge.node);
    expect(failing.status).toBe('PENDING');
    expect(failing.attemptLog[0]).toMatchObject({ statusCode: null, error: expect.stringMatching(/^Could not reach the endpoint/) });
    expect(Date.parse(failing.nextAttemptAt)).toBeGreaterThan(Date.parse(failing.attemptLog.at(-1).at));

    // Disabled, it is sent nothing more: its pending delivery gives up at its next attempt.
    await admin.data('mutation ($id: ID!) { setWebhookEndpointEnabled(id: $id, enabled: false) { endpoint { enabled } } }', { id: deadId });
    await expect.poll(async () => (await admin.data(deliveries, { endpointId: deadId })).webhookDeliveries.edges[0].node.status, { timeout: 10_000 }).toBe('FAILED');
    const refused = await admin.request('mutation ($id: ID!) { replayWebhookDelivery(id: $id) { delivery { id } } }', { id: failing.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses endpoints it cannot send to, and deliveries it does not have', async () => {
    for (const [input, code, field] of [
      [{ teamId, url: 'ftp://example.test/hooks', eventTypes: ['DECISION_EVENT'] }, 'BAD_USER_INPUT', 'url'],
      [{ teamId, url: 'https://user:secret@example.test/hooks', eventTypes: ['DECISION_EVENT'] }, 'BAD_USER_INPUT', 'url'],
      [{ teamId, url: 'not a url', eventTypes: ['DECISION_EVENT'] }, 'BAD_USER_INPUT', 'url'],
      [{ teamId: '00000000-0000-4000-8000-000000000000', url: receiver.url, eventTypes: ['DECISION_EVENT'] }, 'NOT_FOUND', undefined],
    ] as const) {
      const response = await admin.request(createEndpoint, { input });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code, ...(field ? { field } : {}) });
    }
    const empty = await admin.request(createEndpoint, { input: { teamId, url: receiver.url, eventTypes: [] } });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await admin.request('mutation { replayWebhookDelivery(id: "msg_none") { delivery { id } } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
