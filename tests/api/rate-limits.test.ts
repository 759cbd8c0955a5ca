import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/api-client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/** Per-token rate limits, counted in Postgres so that every instance holds a token to one limit. */
const perMinute = 5;
let server: TestServer;
let second: TestServer;
let admin: ApiClient;

const cheap = '{ apiTokenScopes: __type(name: "Scope") { name } }';

async function token(): Promise<string> {
  const { createApiToken } = await admin.data('mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }', { input: { name: `limits ${randomUUID().slice(0, 6)}`, scopes: ['CASES_READ'] } });
  return createApiToken.secret;
}

beforeAll(async () => {
  server = await startTestServer({ tokenRequestsPerMinute: perMinute });
  second = await startTestServer({ databaseUrl: server.databaseUrl, tokenRequestsPerMinute: perMinute });
  admin = await signedIn(server.url, 'admin@vigil.example');
});
afterAll(async () => {
  await second?.app.stop();
  await server?.stop();
});

describe('rate limits per token', () => {
  it('answers a token over its limit with RATE_LIMITED, 429 and Retry-After, and leaves other tokens and people alone', async () => {
    const [limited, other] = [new ApiClient(server.url, await token()), new ApiClient(server.url, await token())];
    for (let i = 0; i < perMinute; i++) expect((await limited.request(cheap)).errors).toBeUndefined();
    const refused = await limited.request(cheap);
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBe(retryAfter);
    expect(refused.data ?? null).toBeNull();

    expect((await other.request(cheap)).errors).toBeUndefined();
    for (let i = 0; i < perMinute * 2; i++) expect((await admin.request(cheap)).errors).toBeUndefined();
  });

  it('counts a token’s requests across instances', async () => {
    const secret = await token();
    const [first, next] = [new ApiClient(server.url, secret), new ApiClient(second.url, secret)];
    for (let i = 0; i < perMinute; i++) expect((await (i % 2 ? next : first).request(cheap)).errors).toBeUndefined();
    expect((await next.request(cheap)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await first.request(cheap)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
