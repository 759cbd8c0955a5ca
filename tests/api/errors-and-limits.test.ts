import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatError, NotFoundError } from '../../server/src/kernel/errors.ts';
import { ApiClient, signedIn, socketClient } from '../support/api-client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('request limits', () => {
  it('answers a body that is not JSON with 400, and one over 2 MB with 413, and keeps serving', async () => {
    const post = (body: string) => fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const malformed = await post('{"query": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toMatch(/not valid JSON/);
    const huge = await post(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(3 * 1024 * 1024) } }));
    expect(huge.status).toBe(413);
    const fine = await post(JSON.stringify({ query: '{ __typename }' }));
    expect(await fine.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a query nested deeper than the limit with QUERY_TOO_COMPLEX', async () => {
    const admin = await signedIn(server.url, 'admin@vigil.example');
    let selection = 'id';
    for (let i = 0; i < 6; i++) selection = `team { members(first: 1) { edges { node { ${selection} } } } }`;
    const response = await admin.request(`{ me { ${selection} } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.map((error) => error.message)).toContainEqual(expect.stringMatching(/depth limit/i));
  });

  it('prices each page by its size, even when the size comes in a variable', async () => {
    const admin = await signedIn(server.url, 'admin@vigil.example');
    const nested = 'query ($teams: Int!, $members: Int!) { teams(first: $teams) { edges { node { members(first: $members) { edges { node { id email displayName } } } } } } }';
    const refused = await admin.request(nested, { teams: 100, members: 100 });
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(refused.errors?.[0]?.message).toMatch(/complexity \d+ exceeds the limit of 10000/);
    const small = await admin.request(nested, { teams: 10, members: 20 });
    expect(small.errors).toBeUndefined();
    // One ordinary screen's page of 100 fits.
    expect((await admin.request('{ users(first: 100) { edges { cursor node { id email displayName roles team { id name site { name } } } } pageInfo { hasNextPage endCursor } } }')).errors).toBeUndefined();
  });

  it('applies the same limits to WebSocket operations', async () => {
    const admin = await signedIn(server.url, 'admin@vigil.example');
    const socket = socketClient(server.url, { authorization: `Bearer ${admin.token}` });
    const errorsOf = (query: string) =>
      new Promise<any[]>((resolve) => {
        socket.subscribe({ query }, { next: () => resolve([]), error: (error) => resolve(error as any[]), complete: () => undefined });
      });
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: auditEventId`).join(' ');
    expect((await errorsOf(`subscription { auditEventAppended { ${aliases} } }`))[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((await errorsOf('subscription { noSuchTopic }'))[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await socket.dispose();
  });

  it('refuses too many aliases with QUERY_TOO_COMPLEX', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ');
    const response = await new ApiClient(server.url).request(`{ ${aliases} }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses an oversized document before parsing it whole', async () => {
    const fields = Array.from({ length: 2500 }, () => 'id').join(' ');
    const response = await new ApiClient(server.url).request(`{ me { ${fields} } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/2000 tokens/);
  });

  it('keeps CSRF prevention on: a simple GET request is refused', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/Cross-Site Request Forgery/);
  });

  it('serves no CDN-loaded landing page', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/cdn|apollographql\.com|embeddable-sandbox/i);
  });

  it('reports an unknown field as GRAPHQL_VALIDATION_FAILED without suggesting field names', async () => {
    const response = await new ApiClient(server.url).request('{ mee { id } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('formatError', () => {
  it('masks an unexpected error as INTERNAL_SERVER_ERROR with no message or stack', () => {
    const logged: unknown[] = [];
    const secret = new Error('connection to 10.0.0.5 failed: password authentication failed');
    const error = new GraphQLError(secret.message, { originalError: secret });
    const formatted = formatError(error.toJSON(), error, (e) => logged.push(e));
    expect(formatted).toEqual({ message: 'Internal server error.', locations: undefined, path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toEqual([secret]);
  });

  it('keeps the code and message of an AppError', () => {
    const error = new GraphQLError('ignored', { originalError: new NotFoundError('Team') });
    expect(formatError(error.toJSON(), error).extensions).toEqual({ code: 'NOT_FOUND' });
    expect(formatError(error.toJSON(), error).message).toBe('Team was not found.');
  });
});
