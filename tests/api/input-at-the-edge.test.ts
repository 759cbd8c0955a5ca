import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/api-client.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { firstAnswer, rawSocket } from '../support/raw-socket.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let db: pg.Client;
let manager: ApiClient & { token: string };
beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  manager = await signedIn(server.url, 'manager@vigil.example');
});
afterAll(async () => {
  await db.end();
  await server.stop();
});

const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted failed results { index status caseId error { code field } } } }';
const claim = 'mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id } } }';
const decide = 'mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id verdict } } }';
const updateProfile = 'mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { user { displayName } } }';
const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('text the database cannot store', () => {
  it('refuses a NUL byte in a display name with BAD_USER_INPUT naming the field, and changes nothing', async () => {
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const before = await db.query("select display_name from app_user where email = 'evaluator@vigil.example'");
    const response = await evaluator.request(updateProfile, { input: { displayName: 'Eve\u0000lyn' } });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'displayName' });
    const after = await db.query("select display_name from app_user where email = 'evaluator@vigil.example'");
    expect(after.rows).toEqual(before.rows);
  });

  it('refuses a lone UTF-16 surrogate, sent in a variable or written inline', async () => {
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    // JSON.stringify escapes a lone surrogate as \ud800, so it reaches the server as sent.
    expect((await evaluator.request(updateProfile, { input: { displayName: 'x\ud800y' } })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'displayName' });
    expect((await evaluator.request(updateProfile, { input: { displayName: '\udc00' } })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'displayName' });
    const inline = await evaluator.request('mutation { updateMyProfile(input: { displayName: "a\\u0000b" }) { user { id } } }');
    expect(inline.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'displayName' });
    // A well-formed pair (an emoji) is text like any other.
    expect((await evaluator.request(updateProfile, { input: { displayName: 'Evaluator 🦊' } })).errors).toBeUndefined();
  });

  it('refuses a NUL in a search and in an id argument, naming the argument', async () => {
    const search = await manager.request('query ($filter: UserFilterInput) { users(filter: $filter) { edges { node { id } } } }', { filter: { search: 'a\u0000' } });
    expect(search.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
    const id = await manager.request('query ($id: ID!) { queue(id: $id) { id } }', { id: '\u0000' });
    expect(id.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    const inFragment = await manager.request('query { ...q } fragment q on Query { queue(id: "\\u0000") { id } }');
    expect(inFragment.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('fails only the ingested report whose text holds a NUL or breaks a length limit, and keeps the good ones', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    const { ingestCases } = await manager.data(ingest, {
      input: {
        cases: [
          queryReport(queue.id, `good-${randomUUID()}`),
          queryReport(queue.id, `bad-\u0000-${randomUUID()}`),
          { ...queryReport(queue.id, `odd-${randomUUID()}`), reasons: ['lone \ud83d'] },
          queryReport(queue.id, `good-${randomUUID()}`),
          queryReport(queue.id, `long-${'x'.repeat(600)}`),
        ],
      },
    });
    expect(ingestCases.results.map((result: any) => result.status)).toEqual(['CREATED', 'FAILED', 'FAILED', 'CREATED', 'FAILED']);
    expect(ingestCases.results[1].error).toEqual({ code: 'BAD_USER_INPUT', field: 'subject.searchQuery.text' });
    expect(ingestCases.results[2].error).toEqual({ code: 'BAD_USER_INPUT', field: 'reasons' });
    expect(ingestCases.results[4].error).toEqual({ code: 'BAD_USER_INPUT', field: 'subject.searchQuery.text' });
    const { rows } = await db.query('select count(*)::int as n from review_case where queue_id = $1', [queue.id]);
    expect(rows[0].n).toBe(2);
  });

  it('refuses the same text over the WebSocket with the same code and field', async () => {
    const socket = await rawSocket(server.url, { authorization: `Bearer ${manager.token}` });
    const answer = await firstAnswer(socket, '1', { query: 'query ($id: ID!) { queue(id: $id) { id } }', variables: { id: 'q\u0000' } });
    expect(answer.type).toBe('error');
    expect(answer.payload[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    await socket.close();
  });
});

describe('cursors', () => {
  it('answers a cursor that does not decode to the list’s keys with BAD_USER_INPUT on after', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    const cases = 'query ($after: String, $queueId: ID!) { cases(filter: { queueId: $queueId }, after: $after) { edges { node { id } } } }';
    const users = 'query ($after: String) { users(after: $after) { edges { node { id } } } }';
    for (const after of [cursor([{ a: 1 }, 'x']), cursor(['Someone', 'x']), cursor(['Someone']), cursor('x'), cursor([1, 2]), 'not base64 json', cursor(['a\u0000', randomUUID()])]) {
      expect((await manager.request(users, { after })).errors?.[0]?.extensions, after).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    for (const after of [cursor(['yesterday', 'x']), cursor(['2026-01-01T00:00:00.000Z', 'x']), cursor([null, randomUUID()]), cursor([true, randomUUID()])]) {
      expect((await manager.request(cases, { after, queueId: queue.id })).errors?.[0]?.extensions, after).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('still pages with the cursors it hands out, on every kind of key', async () => {
    const first = await manager.data('{ users(first: 2) { pageInfo { endCursor } } }');
    expect((await manager.request('query ($after: String) { users(first: 2, after: $after) { edges { node { id } } } }', { after: first.users.pageInfo.endCursor })).errors).toBeUndefined();
    const admin = await signedIn(server.url, 'admin@vigil.example');
    const events = await admin.data('{ auditEvents(first: 1) { pageInfo { endCursor } } }');
    expect((await admin.request('query ($after: String) { auditEvents(first: 1, after: $after) { edges { node { id } } } }', { after: events.auditEvents.pageInfo.endCursor })).errors).toBeUndefined();
    const queue = await createTestQueue(server.app.orm.em.fork());
    await manager.data(ingest, { input: { cases: [queryReport(queue.id, `page-${randomUUID()}`), queryReport(queue.id, `page-${randomUUID()}`)] } });
    const cases = 'query ($after: String, $queueId: ID!) { cases(first: 1, filter: { queueId: $queueId }, after: $after) { edges { node { id } } pageInfo { endCursor } } }';
    const page = await manager.data(cases, { queueId: queue.id });
    const next = await manager.data(cases, { queueId: queue.id, after: page.cases.pageInfo.endCursor });
    expect(next.cases.edges).toHaveLength(1);
  });
});

describe('transports', () => {
  it('answers a subscription sent over HTTP with BAD_REQUEST, pointing at the WebSocket', async () => {
    const response = await manager.request('subscription { auditEventAppended { auditEventId } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(response.errors?.[0]?.message).toMatch(/WebSocket/);
  });

  it('answers WebSocket parse, validation and variable errors with the codes HTTP uses', async () => {
    const socket = await rawSocket(server.url, { authorization: `Bearer ${manager.token}` });
    const parse = await firstAnswer(socket, 'p', { query: 'subscription { queueUpdated(' });
    expect(parse.payload[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await manager.request('{ me(')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const invalid = await firstAnswer(socket, 'v', { query: 'subscription { queueUpdated(queueId: 1) { nope } }' });
    expect(invalid.payload[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const coercion = await firstAnswer(socket, 'c', { query: 'subscription ($q: ID!) { queueUpdated(queueId: $q) { queueId } }', variables: { q: { not: 'an id' } } });
    expect(coercion.type).toBe('error');
    expect(coercion.payload[0].extensions.code).toBe('BAD_USER_INPUT');
    const unnamed = await firstAnswer(socket, 'o', { query: 'query a { me { id } } query b { me { id } }' });
    expect(unnamed.payload[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(socket.messages.flatMap((message) => message.payload ?? []).map((error: any) => error?.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
    await socket.close();
  });

  it('sends nothing for a subscription after the client’s complete', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    const socket = await rawSocket(server.url, { authorization: `Bearer ${manager.token}` });
    const query = `subscription { queueUpdated(queueId: "${queue.id}") { queueId counts { open } } }`;
    // Complete while the first value (a count from the database) is still being computed.
    socket.send({ id: 'early', type: 'subscribe', payload: { query } });
    socket.send({ id: 'early', type: 'complete' });
    // A second subscription on the same socket sees the start and a later change; by then the
    // first one's count has long been read.
    await firstAnswer(socket, 'late', { query });
    await manager.data(ingest, { input: { cases: [queryReport(queue.id, `after-complete-${randomUUID()}`)] } });
    await socket.waitFor((message) => message.id === 'late' && message.type === 'next' && message.payload.data.queueUpdated.counts.open === 1);
    expect(socket.messages.filter((message) => message.id === 'early')).toEqual([]);
    await socket.close();
  });
});

describe('idempotency keys', () => {
  it('refuses a key reused with other parameters with CONFLICT, and still answers the same retry with the first decision', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    await manager.data(ingest, { input: { cases: [queryReport(queue.id, `retry-${randomUUID()}`)] } });
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const caseId = (await evaluator.data(claim, { queueId: queue.id })).claimNextCase.case.id;
    const key = `key-${randomUUID()}`;
    const input = { caseId, verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'benign', handleTimeMs: 1200, idempotencyKey: key };
    const first = await evaluator.data(decide, { input });
    for (const changed of [{ verdict: 'NEEDS_CONTEXT' }, { rationale: 'something else' }, { handleTimeMs: 1 }, { verdict: 'VIOLATING', policyCodes: ['SPAM_FAKE_ENGAGEMENT'], action: { type: 'DEMOTE_RESULTS' } }]) {
      const refused = await evaluator.request(decide, { input: { ...input, ...changed } });
      expect(refused.errors?.[0]?.extensions, JSON.stringify(changed)).toEqual({ code: 'CONFLICT', field: 'idempotencyKey', idempotencyKey: key });
    }
    const again = await evaluator.data(decide, { input: { ...input, rationale: '  benign ' } });
    expect(again.decideCase.decision).toEqual(first.decideCase.decision);
    const { rows } = await db.query('select count(*)::int as n from decision where case_id = $1', [caseId]);
    expect(rows[0].n).toBe(1);
  });
});

describe('query limits', () => {
  it('counts __typename aliases towards the alias limit', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `t${i}: __typename`).join(' ');
    const response = await new ApiClient(server.url).request(`{ ${aliases} }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((await new ApiClient(server.url).request('{ a: __typename b: __typename }')).data).toEqual({ a: 'Query', b: 'Query' });
  });
});

describe('introspection', () => {
  const introspect = '{ __schema { queryType { name } } }';

  it('is refused to anonymous callers outside development', async () => {
    const anonymous = new ApiClient(server.url);
    const response = await anonymous.request(introspect);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const hidden = await anonymous.request('query { ...t } fragment t on Query { __type(name: "User") { name } }');
    expect(hidden.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await anonymous.request('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('is open to signed-in people and API tokens, over HTTP and WebSocket', async () => {
    expect((await manager.data(introspect)).__schema.queryType.name).toBe('Query');
    const admin = await signedIn(server.url, 'admin@vigil.example');
    const created = await admin.data('mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }', {
      input: { name: `introspection ${randomUUID().slice(0, 6)}`, scopes: ['CASES_WRITE'] },
    });
    expect((await new ApiClient(server.url, created.createApiToken.secret).data(introspect)).__schema.queryType.name).toBe('Query');
    const socket = await rawSocket(server.url, { authorization: `Bearer ${manager.token}` });
    expect((await firstAnswer(socket, 'i', { query: introspect })).payload.data.__schema.queryType.name).toBe('Query');
    await socket.close();
  });
});
