import { randomUUID } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../server/src/kernel/errors.ts';
import { signedIn } from '../support/api-client.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { rawSocket, type SocketMessage } from '../support/raw-socket.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * Hostile requests, over HTTP and WebSocket. Each must be answered with a documented
 * `extensions.code` (never INTERNAL_SERVER_ERROR), or one of the documented plain HTTP statuses
 * (400, 401, 413) or WebSocket close codes; leak no stack trace, SQL or path; change nothing in
 * the database; and leave the server answering a health query.
 *
 * Memory: tests/support/server.ts runs the server inside this test process, so this process's
 * RSS is the server's plus this file's clients (the corpus's own large strings are garbage once
 * sent, and collected before each measurement); a separate process would need its own database
 * and start-up for the same figure.
 */

let server: TestServer;
let db: pg.Client;
let managerToken: string;
let evaluatorToken: string;
let adminToken: string;
let otherEvaluatorToken: string;
let queueId: string;
let heldCaseId: string;

const documentedCodes = new Set<string>(Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR));
/** HTTP statuses the README documents: 405 is BAD_REQUEST's for a GET mutation or another method. */
const documentedStatuses = new Set([200, 400, 401, 405, 413]);
/** graphql-ws close codes the README lists: bad frame, unauthenticated, duplicate id, second init, wrong subprotocol. */
const documentedCloseCodes = new Set([4400, 4401, 4406, 4409, 4429]);
/** What must never reach a client: stack frames, source paths, SQL, driver errors. */
const leak = /\bat [\w.<>]+ \(|\.(ts|js|mjs):\d+|\/(work|home|usr|tmp|node_modules)\/|node_modules|stacktrace|\bselect\b[^"]*\bfrom\b|\binsert into\b|\bupdate \w+ set\b|sqlstate|pg_|violates|relation "|column "/i;

beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  const manager = await signedIn(server.url, 'manager@vigil.example');
  managerToken = manager.token;
  const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
  evaluatorToken = evaluator.token;
  adminToken = (await signedIn(server.url, 'admin@vigil.example')).token;
  otherEvaluatorToken = (await signedIn(server.url, 'evaluator2@vigil.example')).token;
  const queue = await createTestQueue(server.app.orm.em.fork());
  queueId = queue.id;
  await manager.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted } }', {
    input: { cases: [queryReport(queueId, `corpus-${randomUUID()}`), queryReport(queueId, `corpus-${randomUUID()}`)] },
  });
  heldCaseId = (await evaluator.data('mutation ($q: ID!) { claimNextCase(queueId: $q) { case { id } } }', { q: queueId })).claimNextCase.case.id;
});
afterAll(async () => {
  await db.end();
  await server.stop();
});

/** Everything a refused mutation could have touched, as one row. */
async function snapshot(): Promise<unknown> {
  const { rows } = await db.query(`select
    (select count(*) from review_case) as cases, (select count(*) from decision) as decisions,
    (select count(*) from audit_event) as audit, (select count(*) from api_token) as tokens,
    (select count(*) from subject) as subjects, (select md5(string_agg(display_name || email, ',' order by id)) from app_user) as people,
    (select md5(string_agg(status || coalesce(assignee_id::text, ''), ',' order by id)) from review_case) as states`);
  return rows[0];
}

async function healthy(): Promise<void> {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
  expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
}

interface HttpCase {
  name: string;
  body?: unknown;
  raw?: string | Buffer;
  method?: string;
  query?: string;
  headers?: Record<string, string>;
  /** Who sends it: a manager by default; 'none' for an anonymous caller. */
  as?: 'manager' | 'evaluator' | 'admin' | 'none';
  /** The code the first error must have, when one particular code is right. */
  code?: string;
  status?: number;
}

const op = (query: string, variables?: unknown, extra: Record<string, unknown> = {}) => ({ query, variables, ...extra });
const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const nested = (depth: number, inner: string) => Array.from({ length: depth }).reduce<string>((selection) => `team { members(first: 1) { edges { node { ${selection} } } } }`, inner);
const decideInput = (overrides: Record<string, unknown>) => ({
  input: { caseId: heldCaseId, verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'x', handleTimeMs: 1, idempotencyKey: `corpus-${randomUUID()}`, ...overrides },
});
const decide = 'mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } } }';
const profile = 'mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { user { id } } }';
const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted failed } }';

function httpCorpus(): HttpCase[] {
  const cases: HttpCase[] = [];
  const add = (name: string, body: unknown, extra: Partial<HttpCase> = {}) => cases.push({ name, body, ...extra });

  // Wrong types, in variables and inline.
  add('object for an ID', op('query ($id: ID!) { queue(id: $id) { id } }', { id: { $ne: null } }), { code: 'BAD_USER_INPUT' });
  add('array for an ID', op('query ($id: ID!) { queue(id: $id) { id } }', { id: ['a', 'b'] }), { code: 'BAD_USER_INPUT' });
  add('null for a non-null ID', op('query ($id: ID!) { queue(id: $id) { id } }', { id: null }), { code: 'BAD_USER_INPUT' });
  add('missing variable', op('query ($id: ID!) { queue(id: $id) { id } }', {}), { code: 'BAD_USER_INPUT' });
  add('float for an ID', op('query ($id: ID!) { queue(id: $id) { id } }', { id: 1.5 }), { code: 'BAD_USER_INPUT' });
  add('string for an Int', op('query ($n: Int) { users(first: $n) { edges { cursor } } }', { n: '10' }), { code: 'BAD_USER_INPUT' });
  add('Int beyond 32 bits', op('query ($n: Int) { users(first: $n) { edges { cursor } } }', { n: 2 ** 40 }), { code: 'BAD_USER_INPUT' });
  add('float for an Int', op('query ($n: Int) { users(first: $n) { edges { cursor } } }', { n: 1.5 }), { code: 'BAD_USER_INPUT' });
  add('negative page size', op('{ users(first: -1) { edges { cursor } } }'), { code: 'BAD_USER_INPUT' });
  add('page size over 100', op('{ users(first: 101) { edges { cursor } } }'), { code: 'BAD_USER_INPUT' });
  add('zero page size', op('{ users(first: 0) { edges { cursor } } }'), { code: 'BAD_USER_INPUT' });
  add('unknown enum value', op('query ($f: UserFilterInput) { users(filter: $f) { edges { cursor } } }', { f: { role: 'GOD' } }), { code: 'BAD_USER_INPUT' });
  add('unknown input field', op('query ($f: UserFilterInput) { users(filter: $f) { edges { cursor } } }', { f: { isAdmin: true } }), { code: 'BAD_USER_INPUT' });
  add('string for an input object', op(decide, { input: 'decide it' }), { code: 'BAD_USER_INPUT' });
  add('array for an input object', op(decide, { input: [1, 2, 3] }), { code: 'BAD_USER_INPUT' });
  add('inline wrong literal type', op('{ queue(id: 12.5) { id } }'), { code: 'GRAPHQL_VALIDATION_FAILED' });
  add('inline object for a string', op('{ users(filter: { search: { a: 1 } }) { edges { cursor } } }'), { code: 'GRAPHQL_VALIDATION_FAILED' });
  add('variables not an object', op('{ me { id } }', 'not an object'), { code: 'BAD_REQUEST' });
  add('query not a string', { query: 42 }, { code: 'BAD_REQUEST' });
  add('no query at all', {}, { code: 'BAD_REQUEST' });
  add('null query', { query: null }, { code: 'BAD_REQUEST' });
  add('operationName not a string', op('{ me { id } }', undefined, { operationName: 5 }), { code: 'BAD_REQUEST' });
  add('unknown operationName', op('query a { me { id } }', undefined, { operationName: 'b' }), { code: 'OPERATION_RESOLUTION_FAILURE' });
  add('several operations, none named', op('query a { me { id } } query b { me { id } }'), { code: 'OPERATION_RESOLUTION_FAILURE' });
  add('wrong verdict type in decide', op(decide, decideInput({ verdict: 7 })), { code: 'BAD_USER_INPUT' });
  add('negative handle time in decide', op(decide, decideInput({ handleTimeMs: -5 })), { code: 'BAD_USER_INPUT' });
  add('short idempotency key', op(decide, decideInput({ idempotencyKey: 'k' })), { code: 'BAD_USER_INPUT' });
  add('suspension on a search case', op(decide, decideInput({ verdict: 'VIOLATING', policyCodes: ['NO_SUCH'], action: { type: 'SUSPEND', suspensionDays: 10 } })), { code: 'BAD_USER_INPUT', as: 'evaluator' });

  // Huge and odd strings.
  add('a 1 MB display name', op(profile, { input: { displayName: 'x'.repeat(1024 * 1024) } }), { code: 'BAD_USER_INPUT' });
  add('an empty display name', op(profile, { input: { displayName: '' } }), { code: 'BAD_USER_INPUT' });
  add('NUL in a display name', op(profile, { input: { displayName: 'a\u0000b' } }), { code: 'BAD_USER_INPUT' });
  add('lone high surrogate in a display name', op(profile, { input: { displayName: '\ud800' } }), { code: 'BAD_USER_INPUT' });
  add('lone low surrogate in a display name', op(profile, { input: { displayName: 'x\udfff' } }), { code: 'BAD_USER_INPUT' });
  add('reversed surrogate pair', op(profile, { input: { displayName: '\udc00\ud800' } }), { code: 'BAD_USER_INPUT' });
  add('NUL in a search', op('query ($f: UserFilterInput) { users(filter: $f) { edges { cursor } } }', { f: { search: '\u0000' } }), { code: 'BAD_USER_INPUT' });
  add('NUL written inline', op('{ users(filter: { search: "\\u0000" }) { edges { cursor } } }'), { code: 'BAD_USER_INPUT' });
  add('a 200 kB search', op('query ($f: UserFilterInput) { users(filter: $f) { edges { cursor } } }', { f: { search: '%_'.repeat(100_000) } }), { code: 'BAD_USER_INPUT' });
  add('NUL in a decide rationale', op(decide, decideInput({ rationale: 'ok\u0000' })), { code: 'BAD_USER_INPUT', as: 'evaluator' });
  add('NUL in an idempotency key', op(decide, decideInput({ idempotencyKey: 'key-\u0000-0000' })), { code: 'BAD_USER_INPUT', as: 'evaluator' });
  add('a 100 kB rationale', op(decide, decideInput({ rationale: 'r'.repeat(100_000) })), { code: 'BAD_USER_INPUT', as: 'evaluator' });
  add('an ingest batch of only bad text', op(ingest, { input: { cases: [queryReport(randomUUID(), 'a\u0000')] } }), {});
  add('an empty ingest batch', op(ingest, { input: { cases: [] } }), { code: 'BAD_USER_INPUT' });
  add('an ingest batch over the limit', op(ingest, { input: { cases: Array.from({ length: 5001 }, () => ({})) } }), { code: 'BAD_USER_INPUT' });
  add('bidi controls and zero-width in an id', op('query ($id: ID!) { queue(id: $id) { id } }', { id: '\u202e\u200b\ufeff' }), { code: 'NOT_FOUND' });
  add('emoji id', op('query ($id: ID!) { queue(id: $id) { id } }', { id: '🦊' }), { code: 'NOT_FOUND' });
  add('SQL in an id', op('query ($id: ID!) { queue(id: $id) { id } }', { id: "' or 1=1 --" }), { code: 'NOT_FOUND' });
  add('a 100 kB id', op('query ($id: ID!) { queue(id: $id) { id } }', { id: 'i'.repeat(100_000) }), { code: 'NOT_FOUND' });
  add('a uuid of nothing', op('query ($id: ID!) { queue(id: $id) { id } }', { id: randomUUID() }), { code: 'NOT_FOUND' });
  add('a case id of nothing', op('query ($id: ID!) { case(id: $id) { id } }', { id: randomUUID() }), {});

  // Garbage cursors.
  for (const [label, after] of [
    ['not base64', '!!!'],
    ['base64 of garbage', Buffer.from('garbage').toString('base64url')],
    ['an object', cursor({ a: 1 })],
    ['a string', cursor('x')],
    ['too few values', cursor(['only'])],
    ['too many values', cursor(['a', randomUUID(), 'c'])],
    ['objects', cursor([{ a: 1 }, 'x'])],
    ['a non-uuid id', cursor(['Name', 'x'])],
    ['numbers', cursor([1, 2])],
    ['nulls', cursor([null, null])],
    ['NUL inside', cursor(['\u0000', randomUUID()])],
    ['a huge cursor', 'A'.repeat(100_000)],
  ] as const) {
    add(`users cursor: ${label}`, op('query ($after: String) { users(after: $after) { edges { cursor } } }', { after }), { code: 'BAD_USER_INPUT' });
  }
  for (const [label, after] of [
    ['a word for a date', cursor(['yesterday', 'x'])],
    ['a date and a non-uuid', cursor(['2026-01-01T00:00:00.000Z', 'x'])],
    ['a number for a date', cursor([1, randomUUID()])],
    ['an impossible date', cursor(['2026-13-45T99:99:99.999Z', randomUUID()])],
  ] as const) {
    add(`cases cursor: ${label}`, op('query ($after: String, $q: ID!) { cases(filter: { queueId: $q }, after: $after) { edges { cursor } } }', { after, q: queueId }), { code: 'BAD_USER_INPUT' });
  }
  add('audit cursor: a word for a bigint', op('query ($after: String) { auditEvents(after: $after) { edges { cursor } } }', { after: cursor(['x']) }), { code: 'BAD_USER_INPUT', as: 'admin' });

  // Deep and wide documents.
  add('depth over the limit', op(`{ me { ${nested(6, 'id')} } }`), { code: 'QUERY_TOO_COMPLEX' });
  add('deep inline fragments', op(`{ me { ${Array.from({ length: 12 }).reduce<string>((s) => `... on User { team { members(first: 1) { edges { node { ${s} } } } } }`, 'id')} } }`), { code: 'QUERY_TOO_COMPLEX' });
  add('deeply nested list literal', op(`{ users(filter: { search: ${'['.repeat(1100)}"x"${']'.repeat(1100)} }) { edges { cursor } } }`), { code: 'GRAPHQL_PARSE_FAILED' });
  add('2,500 fields', op(`{ me { ${'id '.repeat(2500)} } }`), { code: 'GRAPHQL_PARSE_FAILED' });
  add('1,000 root fields', op(`{ ${'__typename '.repeat(1000)} }`), {});
  add('costly pages', op('{ teams(first: 100) { edges { node { members(first: 100) { edges { node { id email } } } } } } }'), { code: 'QUERY_TOO_COMPLEX' });
  add('an unterminated document', op('{ me { id '), { code: 'GRAPHQL_PARSE_FAILED' });
  add('an empty document', op(''), { code: 'BAD_REQUEST' });
  add('a document of comments', op('# nothing\n# here'), { code: 'GRAPHQL_PARSE_FAILED' });
  add('binary in the document', op('{ me \u0001 { id } }'), { code: 'GRAPHQL_PARSE_FAILED' });
  add('an unknown directive', op('{ me @sql(run: "drop table") { id } }'), { code: 'GRAPHQL_VALIDATION_FAILED' });
  add('too many directives', op(`{ me ${'@include(if: true) '.repeat(25)} { id } }`), {});

  // Alias and fragment abuse.
  add('16 aliases', op(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`), { code: 'QUERY_TOO_COMPLEX' });
  add('16 __typename aliases', op(`{ ${Array.from({ length: 16 }, (_, i) => `t${i}: __typename`).join(' ')} }`), { code: 'QUERY_TOO_COMPLEX' });
  add('aliases multiplied by fragments', op(`{ me { ...f ...g } } fragment f on User { ${Array.from({ length: 8 }, (_, i) => `f${i}: id`).join(' ')} } fragment g on User { ${Array.from({ length: 8 }, (_, i) => `g${i}: id`).join(' ')} }`), { code: 'QUERY_TOO_COMPLEX' });
  add('a fragment cycle', op('{ me { ...a } } fragment a on User { team { members { edges { node { ...b } } } } } fragment b on User { ...a }'), { code: 'GRAPHQL_VALIDATION_FAILED' });
  add('a fragment spreading itself', op('{ me { ...a } } fragment a on User { id ...a }'), { code: 'GRAPHQL_VALIDATION_FAILED' });
  add('an unknown fragment', op('{ me { ...nope } }'), { code: 'GRAPHQL_VALIDATION_FAILED' });
  add('an unused fragment', op('{ me { id } } fragment unused on User { id }'), { code: 'GRAPHQL_VALIDATION_FAILED' });
  add('a fragment on the wrong type', op('{ me { ...q } } fragment q on Queue { id }'), { code: 'GRAPHQL_VALIDATION_FAILED' });
  add('conflicting aliases', op('{ x: me { id } x: queues { edges { cursor } } }'), { code: 'GRAPHQL_VALIDATION_FAILED' });
  add('an unknown field', op('{ me { password } }'), { code: 'GRAPHQL_VALIDATION_FAILED' });
  add('a private field by alias', op('{ me { passwordHash: id secret: email } }'), {});

  // Batching.
  add('an array of two operations', [op('{ me { id } }'), op('{ me { id } }')], { code: 'BAD_REQUEST' });
  add('an empty array', [], { code: 'BAD_REQUEST' });
  add('an array of 100 mutations', Array.from({ length: 100 }, () => op(profile, { input: { displayName: 'batched' } })), { code: 'BAD_REQUEST' });

  // Subscriptions and introspection over HTTP.
  add('a subscription by POST', op('subscription { auditEventAppended { auditEventId } }'), { code: 'BAD_REQUEST', status: 400 });
  add('a subscription of another case by POST', op(`subscription { caseUpdated(caseId: "${randomUUID()}") { status } }`), { code: 'BAD_REQUEST', status: 400 });
  add('anonymous introspection', op('{ __schema { types { name } } }'), { code: 'UNAUTHENTICATED', status: 401, as: 'none' });
  add('anonymous __type', op('{ __type(name: "Mutation") { fields { name } } }'), { code: 'UNAUTHENTICATED', status: 401, as: 'none' });

  // Anonymous callers get nothing but signIn.
  add('anonymous mutation', op(profile, { input: { displayName: 'anon' } }), { code: 'UNAUTHENTICATED', as: 'none' });
  add('sign-in with a wrong password', op('mutation { signIn(input: { email: "admin@vigil.example", password: "wrong-password" }) { token } }'), { code: 'UNAUTHENTICATED', as: 'none' });
  add('sign-in with a 1 MB password', op('mutation ($p: String!) { signIn(input: { email: "admin@vigil.example", password: $p }) { token } }', { p: 'p'.repeat(1024 * 1024) }), { code: 'BAD_USER_INPUT', as: 'none' });
  add('sign-in with NUL in the email', op('mutation { signIn(input: { email: "admin\\u0000@vigil.example", password: "x" }) { token } }'), { code: 'BAD_USER_INPUT', as: 'none' });

  // CSRF shapes.
  const text = (name: string, contentType: string, extra: Partial<HttpCase> = {}) =>
    cases.push({ name, raw: JSON.stringify(op(profile, { input: { displayName: 'csrf' } })), headers: { 'content-type': contentType }, ...extra });
  text('a text/plain POST', 'text/plain');
  text('a form-encoded POST', 'application/x-www-form-urlencoded');
  text('a multipart POST', 'multipart/form-data; boundary=x');
  text('a POST with no content type', '');
  cases.push({ name: 'a GET query without preflight header', method: 'GET', query: `?query=${encodeURIComponent('{ me { id } }')}`, code: 'BAD_REQUEST' });
  cases.push({ name: 'a GET mutation', method: 'GET', query: `?query=${encodeURIComponent('mutation { releaseCase(caseId: "x") { case { id } } }')}`, headers: { 'apollo-require-preflight': 'true' } });
  cases.push({ name: 'a PUT', method: 'PUT', raw: JSON.stringify(op('{ me { id } }')), headers: { 'content-type': 'application/json' } });

  // Malformed bodies.
  cases.push({ name: 'truncated JSON', raw: '{"query": "{ me', headers: { 'content-type': 'application/json' }, status: 400 });
  cases.push({ name: 'JSON with a BOM and garbage', raw: '\ufeff{{', headers: { 'content-type': 'application/json' }, status: 400 });
  cases.push({ name: 'a JSON string', raw: '"{ me { id } }"', headers: { 'content-type': 'application/json' }, code: 'BAD_REQUEST' });
  cases.push({ name: 'a JSON number', raw: '42', headers: { 'content-type': 'application/json' }, code: 'BAD_REQUEST' });
  cases.push({ name: 'JSON null', raw: 'null', headers: { 'content-type': 'application/json' } });
  cases.push({ name: 'invalid UTF-8 bytes', raw: Buffer.from([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), headers: { 'content-type': 'application/json' } });
  cases.push({ name: 'a 3 MB body', raw: JSON.stringify(op('{ me { id } }', { pad: 'x'.repeat(3 * 1024 * 1024) })), headers: { 'content-type': 'application/json' }, status: 413 });
  add('a persisted query hash only', { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }, { code: 'PERSISTED_QUERY_NOT_FOUND' });
  add('a persisted query with the wrong hash', { query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } }, { code: 'BAD_REQUEST' });

  // Garbage credentials.
  const withAuth = (name: string, headers: Record<string, string>, extra: Partial<HttpCase> = {}) => cases.push({ name, body: op('{ me { id } }'), headers, as: 'none', ...extra });
  withAuth('a bad Bearer token', { authorization: 'Bearer not-a-token' }, { code: 'UNAUTHENTICATED', status: 401 });
  withAuth('a 10 kB Bearer token', { authorization: `Bearer ${'t'.repeat(10_000)}` }, { code: 'UNAUTHENTICATED', status: 401 });
  withAuth('a Bearer token of a uuid', { authorization: `Bearer ${randomUUID()}` }, { code: 'UNAUTHENTICATED', status: 401 });
  withAuth('a Bearer with no token', { authorization: 'Bearer ' }, { code: 'UNAUTHENTICATED' });
  withAuth('Basic credentials', { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` }, { code: 'UNAUTHENTICATED' });
  withAuth('a garbage session cookie', { cookie: 'vigil_session=garbage' }, { code: 'UNAUTHENTICATED' });
  withAuth('a huge session cookie', { cookie: `vigil_session=${'c'.repeat(6000)}` }, { code: 'UNAUTHENTICATED' });
  withAuth('a malformed cookie header', { cookie: '=;;=;vigil_session' }, { code: 'UNAUTHENTICATED' });
  withAuth('a percent-garbage cookie', { cookie: 'vigil_session=%E0%A4%A' }, { code: 'UNAUTHENTICATED' });
  withAuth('two session cookies', { cookie: 'vigil_session=a; vigil_session=b' }, { code: 'UNAUTHENTICATED' });
  withAuth('a bad Bearer with a good cookie', { authorization: 'Bearer nope', cookie: 'vigil_session=nope' }, { code: 'UNAUTHENTICATED', status: 401 });
  return cases;
}

async function send(testCase: HttpCase): Promise<Response> {
  const headers: Record<string, string> = { ...(testCase.raw === undefined && testCase.body !== undefined ? { 'content-type': 'application/json' } : {}) };
  if (testCase.as !== 'none') headers.authorization = `Bearer ${testCase.as === 'evaluator' ? evaluatorToken : testCase.as === 'admin' ? adminToken : managerToken}`;
  Object.assign(headers, testCase.headers);
  if (headers['content-type'] === '') delete headers['content-type'];
  const method = testCase.method ?? 'POST';
  const raw = typeof testCase.raw === 'string' || testCase.raw === undefined ? testCase.raw : new Blob([new Uint8Array(testCase.raw)]);
  const body = method === 'GET' ? undefined : (raw ?? JSON.stringify(testCase.body));
  return fetch(`${server.url}/graphql${testCase.query ?? ''}`, { method, headers, body });
}

function assertNoLeak(text: string, name: string) {
  expect.soft(text, `${name} leaks internals`).not.toMatch(leak);
}

/** The codes of a GraphQL body, checked against the documented list. */
function assertDocumented(text: string, status: number, name: string, expected?: { code?: string; status?: number }) {
  expect.soft(documentedStatuses.has(status), `${name}: HTTP ${status}`).toBe(true);
  if (expected?.status) expect.soft(status, name).toBe(expected.status);
  let body: { errors?: { extensions?: { code?: string } }[]; data?: unknown };
  try {
    body = JSON.parse(text);
  } catch {
    // Plain text is only for the documented transport refusals.
    expect.soft([400, 413], `${name}: plain answer with HTTP ${status}: ${text}`).toContain(status);
    return;
  }
  const codes = (body.errors ?? []).map((error) => error.extensions?.code);
  for (const code of codes) expect.soft(documentedCodes.has(code ?? ''), `${name}: code ${code} in ${text.slice(0, 300)}`).toBe(true);
  if (expected?.code) expect.soft(codes[0], `${name}: ${text.slice(0, 300)}`).toBe(expected.code);
}

/** Collects garbage now, so RSS shows what is still held rather than what is merely not collected yet. */
function collectGarbage(): void {
  setFlagsFromString('--expose_gc');
  (runInNewContext('gc') as () => void)();
}

/** Sends the whole corpus once, asserting on every answer; returns how many requests it sent. */
async function runCorpus(before: unknown): Promise<number> {
  let sent = 0;
  for (const testCase of httpCorpus()) {
    const response = await send(testCase);
    const text = await response.text();
    assertNoLeak(text, testCase.name);
    assertDocumented(text, response.status, testCase.name, testCase);
    expect.soft(await snapshot(), `${testCase.name} changed the database`).toEqual(before);
    await healthy();
    sent++;
  }
  for (const socketCase of socketCorpus()) {
    const outcome = await socketCase.run();
    for (const message of outcome.messages) {
      assertNoLeak(JSON.stringify(message), socketCase.name);
      if (message.type === 'error' || (message.type === 'next' && message.payload?.errors)) {
        const errors = message.type === 'error' ? message.payload : message.payload.errors;
        for (const error of errors) expect.soft(documentedCodes.has(error?.extensions?.code), `${socketCase.name}: ${JSON.stringify(error)}`).toBe(true);
      }
    }
    if (outcome.close) {
      expect.soft(documentedCloseCodes.has(outcome.close.code), `${socketCase.name}: closed ${outcome.close.code} ${outcome.close.reason}`).toBe(true);
      assertNoLeak(outcome.close.reason, socketCase.name);
    }
    socketCase.expect?.(outcome);
    expect.soft(await snapshot(), `${socketCase.name} changed the database`).toEqual(before);
    await healthy();
    sent++;
  }
  return sent;
}

describe('the bad-input corpus', () => {
  it('answers every hostile request over HTTP and WebSocket with a documented code, leaks nothing, changes nothing, and keeps serving', { timeout: 240_000 }, async () => {
    await healthy();
    const before = await snapshot();
    expect(await runCorpus(before)).toBeGreaterThanOrEqual(100);
  });

  it('holds no more memory after the corpus than before it, within 50 MB', { timeout: 240_000 }, async () => {
    // The first pass (the test above) filled the caches that are meant to fill (parsed
    // documents, compiled code); a leak grows with every pass, so this one is measured.
    collectGarbage();
    const rssBefore = process.memoryUsage().rss;
    await runCorpus(await snapshot());
    collectGarbage();
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(50 * 1024 * 1024);
  });
});

interface SocketOutcome {
  messages: SocketMessage[];
  close?: { code: number; reason: string };
}

interface SocketCase {
  name: string;
  run(): Promise<SocketOutcome>;
  expect?(outcome: SocketOutcome): void;
}

function socketCorpus(): SocketCase[] {
  const cases: SocketCase[] = [];
  /** A frame on a fresh socket (acknowledged unless `init` is false) that the server must close with a documented code. */
  const closing = (name: string, frames: (object | string | Buffer)[], options: { init?: boolean; code?: number; protocol?: string } = {}) =>
    cases.push({
      name,
      run: async () => {
        const socket = await rawSocket(server.url, options.init === false ? undefined : { authorization: `Bearer ${managerToken}` }, { protocol: options.protocol });
        for (const frame of frames) socket.send(frame);
        return { messages: socket.messages, close: await socket.closed };
      },
      expect: options.code ? (outcome) => expect.soft(outcome.close?.code, name).toBe(options.code) : undefined,
    });
  /** An operation on an acknowledged socket, answered (not closed) with a documented code. */
  const answered = (name: string, payload: Record<string, unknown>, code?: string, token = () => managerToken) =>
    cases.push({
      name,
      run: async () => {
        const socket = await rawSocket(server.url, { authorization: `Bearer ${token()}` });
        socket.send({ id: 'op', type: 'subscribe', payload });
        await Promise.race([socket.waitFor((message) => message.id === 'op' && (message.type === 'error' || message.type === 'next')), socket.closed]);
        const messages = [...socket.messages];
        await socket.close();
        return { messages };
      },
      expect: (outcome) => {
        const answer = outcome.messages.find((message) => message.id === 'op');
        const errors = answer?.type === 'error' ? answer.payload : answer?.payload?.errors;
        expect.soft(errors?.length, `${name}: ${JSON.stringify(outcome.messages)}`).toBeGreaterThan(0);
        if (code) expect.soft(errors[0].extensions.code, name).toBe(code);
      },
    });

  // Malformed frames.
  closing('text that is not JSON', ['{{{not json'], { code: 4400 });
  closing('a JSON array frame', ['[1,2,3]'], { code: 4400 });
  closing('a frame with no type', [{ id: '1' }], { code: 4400 });
  closing('an unknown message type', [{ type: 'hack' }], { code: 4400 });
  closing('a subscribe with no id', [{ type: 'subscribe', payload: { query: '{ me { id } }' } }], { code: 4400 });
  closing('a subscribe with no payload', [{ id: '1', type: 'subscribe' }], { code: 4400 });
  closing('a subscribe whose query is a number', [{ id: '1', type: 'subscribe', payload: { query: 5 } }], { code: 4400 });
  closing('a subscribe whose variables are a string', [{ id: '1', type: 'subscribe', payload: { query: '{ me { id } }', variables: 'x' } }], { code: 4400 });
  closing('a binary frame', [Buffer.from([0, 1, 2, 255])], { code: 4400 });
  closing('a second connection_init', [{ type: 'connection_init', payload: {} }], { code: 4429 });
  closing('a subscribe before connection_init', [{ id: '1', type: 'subscribe', payload: { query: '{ me { id } }' } }], { init: false, code: 4401 });
  closing('connection_init with a bad token', [{ type: 'connection_init', payload: { authorization: 'Bearer garbage' } }], { init: false, code: 4401 });
  closing('connection_init with no credentials', [{ type: 'connection_init' }], { init: false, code: 4401 });
  closing('connection_init with an object for a token', [{ type: 'connection_init', payload: { authorization: { $ne: 1 } } }], { init: false, code: 4401 });
  cases.push({
    name: 'a duplicate subscription id',
    run: async () => {
      const socket = await rawSocket(server.url, { authorization: `Bearer ${managerToken}` });
      const payload = { query: `subscription { queueUpdated(queueId: "${queueId}") { queueId } }` };
      socket.send({ id: 'same', type: 'subscribe', payload });
      await socket.waitFor((message) => message.id === 'same' && message.type === 'next');
      socket.send({ id: 'same', type: 'subscribe', payload });
      return { messages: socket.messages, close: await socket.closed };
    },
    expect: (outcome) => expect.soft(outcome.close?.code).toBe(4409),
  });
  cases.push({
    name: 'the wrong subprotocol',
    run: async () => {
      // The server picks no subprotocol for the legacy one, which the client refuses at once, or it closes with 4406.
      const refused = await rawSocket(server.url, undefined, { protocol: 'graphql-ws' }).then(
        async (socket) => ({ messages: socket.messages, close: await socket.closed }),
        (error: Error) => ({ messages: [], refusal: error.message }),
      );
      return refused;
    },
    expect: (outcome) => expect.soft('refusal' in outcome || outcome.close?.code === 4406, JSON.stringify(outcome)).toBe(true),
  });
  cases.push({
    name: 'complete and pong for unknown ids',
    run: async () => {
      const socket = await rawSocket(server.url, { authorization: `Bearer ${managerToken}` });
      socket.send({ id: 'never', type: 'complete' });
      socket.send({ type: 'pong' });
      socket.send({ type: 'ping' });
      await socket.waitFor((message) => message.type === 'pong');
      const messages = [...socket.messages];
      await socket.close();
      return { messages };
    },
  });

  // Operations that must be answered with a code.
  answered('a syntax error', { query: 'subscription { queueUpdated(' }, 'GRAPHQL_PARSE_FAILED');
  answered('an empty document', { query: '' }, 'GRAPHQL_PARSE_FAILED');
  answered('2,500 tokens', { query: `{ me { ${'id '.repeat(2500)} } }` }, 'GRAPHQL_PARSE_FAILED');
  answered('an unknown field', { query: 'subscription { nope }' }, 'GRAPHQL_VALIDATION_FAILED');
  answered('a fragment cycle', { query: 'subscription { auditEventAppended { ...a } } fragment a on AuditEventAppended { ...b } fragment b on AuditEventAppended { ...a }' }, 'GRAPHQL_VALIDATION_FAILED');
  answered('an object for an ID! variable', { query: 'subscription ($q: ID!) { queueUpdated(queueId: $q) { queueId } }', variables: { q: { a: 1 } } }, 'BAD_USER_INPUT');
  answered('a missing variable', { query: 'subscription ($q: ID!) { queueUpdated(queueId: $q) { queueId } }', variables: {} }, 'BAD_USER_INPUT');
  answered('a NUL in a variable', { query: 'subscription ($q: ID!) { queueUpdated(queueId: $q) { queueId } }', variables: { q: '\u0000' } }, 'BAD_USER_INPUT');
  answered('a lone surrogate in a mutation', { query: profile, variables: { input: { displayName: '\ud800' } } }, 'BAD_USER_INPUT');
  answered('16 __typename aliases', { query: `{ ${Array.from({ length: 16 }, (_, i) => `t${i}: __typename`).join(' ')} }` }, 'QUERY_TOO_COMPLEX');
  answered('depth over the limit', { query: `{ me { ${nested(6, 'id')} } }` }, 'QUERY_TOO_COMPLEX');
  answered('an unknown operation name', { query: 'query a { me { id } }', operationName: 'b' }, 'OPERATION_RESOLUTION_FAILURE');
  answered('a garbage cursor', { query: 'query ($after: String) { users(after: $after) { edges { cursor } } }', variables: { after: cursor([{ a: 1 }, 'x']) } }, 'BAD_USER_INPUT');
  answered('a queue that does not exist', { query: `subscription { queueUpdated(queueId: "${randomUUID()}") { queueId } }` }, 'NOT_FOUND');
  answered('a queue id that is not a uuid', { query: 'subscription { queueUpdated(queueId: "x") { queueId } }' }, 'NOT_FOUND');
  answered('another person’s case', { query: `subscription { caseUpdated(caseId: "${heldCaseId}") { status } }` }, 'FORBIDDEN', () => otherEvaluatorToken);
  answered('a bad decide over the socket', { query: decide, variables: decideInput({ handleTimeMs: -1 }) }, 'BAD_USER_INPUT');
  return cases;
}
