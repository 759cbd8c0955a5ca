import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/api-client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const create = 'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret token { id name prefix scopes createdBy { email } revokedAt } } }';
const readAudit = '{ auditEvents(first: 1) { edges { node { action } } } }';

describe('integrator API tokens', () => {
  it('are created by admins, shown once, and stored only as a hash', async () => {
    const admin = await signedIn(server.url, 'admin@vigil.example');
    const { createApiToken } = await admin.data(create, { input: { name: 'search-ranking ingest', scopes: ['CASES_WRITE', 'AUDIT_READ'] } });
    expect(createApiToken.secret).toMatch(/^vgt_[A-Za-z0-9_-]{43}$/);
    expect(createApiToken.token).toMatchObject({ name: 'search-ranking ingest', scopes: ['CASES_WRITE', 'AUDIT_READ'], createdBy: { email: 'admin@vigil.example' }, revokedAt: null });
    expect(createApiToken.secret.startsWith(createApiToken.token.prefix)).toBe(true);

    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    const { rows } = await db.query('select * from api_token where id = $1', [createApiToken.token.id]);
    await db.end();
    expect(JSON.stringify(rows[0])).not.toContain(createApiToken.secret);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);

    const { apiTokens } = await admin.data('{ apiTokens { edges { node { id name } } } }');
    expect(JSON.stringify(apiTokens)).not.toContain(createApiToken.secret);
  });

  it('authenticate as the token, within its scopes only', async () => {
    const admin = await signedIn(server.url, 'admin@vigil.example');
    const auditor = (await admin.data(create, { input: { name: 'compliance export', scopes: ['AUDIT_READ'] } })).createApiToken;
    const ingester = (await admin.data(create, { input: { name: 'ingest only', scopes: ['CASES_WRITE'] } })).createApiToken;

    const withAudit = new ApiClient(server.url, auditor.secret);
    expect((await withAudit.data(readAudit)).auditEvents.edges).toHaveLength(1);
    const withoutAudit = await new ApiClient(server.url, ingester.secret).request(readAudit);
    expect(withoutAudit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A token is not a person: person-only fields refuse it.
    expect((await withAudit.request('{ me { id } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('stop working the moment they are revoked, and revoking twice is a CONFLICT', async () => {
    const admin = await signedIn(server.url, 'admin@vigil.example');
    const token = (await admin.data(create, { input: { name: 'to revoke', scopes: ['AUDIT_READ'] } })).createApiToken;
    const client = new ApiClient(server.url, token.secret);
    expect((await client.request(readAudit)).errors).toBeUndefined();

    const revoke = 'mutation ($id: ID!) { revokeApiToken(id: $id) { token { id revokedAt } } }';
    const { revokeApiToken } = await admin.data(revoke, { id: token.token.id });
    expect(revokeApiToken.token.revokedAt).not.toBeNull();
    const refused = await client.request(readAudit);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await admin.request(revoke, { id: token.token.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuse expired tokens and reject an expiry in the past', async () => {
    const admin = await signedIn(server.url, 'admin@vigil.example');
    const past = await admin.request(create, { input: { name: 'old', scopes: ['AUDIT_READ'], expiresAt: '2020-01-01T00:00:00Z' } });
    expect(past.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'expiresAt' });
    const soon = (await admin.data(create, { input: { name: 'short-lived', scopes: ['AUDIT_READ'], expiresAt: new Date(Date.now() + 1500).toISOString() } })).createApiToken;
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect((await new ApiClient(server.url, soon.secret).request(readAudit)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('are managed by admins only, and every change is audited', async () => {
    const manager = await signedIn(server.url, 'manager@vigil.example');
    expect((await manager.request(create, { input: { name: 'x', scopes: ['AUDIT_READ'] } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await manager.request('{ apiTokens { edges { node { id } } } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await signedIn(server.url, 'admin@vigil.example');
    const missingScopes = await admin.request(create, { input: { name: 'x', scopes: [] } });
    expect(missingScopes.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'scopes' });
    const { auditEvents } = await admin.data('{ auditEvents(first: 50, filter: { entityType: "ApiToken" }) { edges { node { action after } } } }');
    const actions = auditEvents.edges.map((edge: any) => edge.node.action);
    expect(actions).toContain('api_token.created');
    expect(actions).toContain('api_token.revoked');
    expect(JSON.stringify(auditEvents)).not.toMatch(/vgt_[A-Za-z0-9_-]{43}/);
  });
});
