import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/api-client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const me = '{ me { id email displayName roles team { name site { name timeZone } } } }';

describe('signing in', () => {
  it('refuses a wrong password with UNAUTHENTICATED and sets no cookie', async () => {
    const client = new ApiClient(server.url);
    const response = await client.request('mutation { signIn(input: { email: "admin@vigil.example", password: "not-the-password" }) { token } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toBe('Wrong email or password.');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const response = await new ApiClient(server.url).request(
      'mutation { signIn(input: { email: "nobody@vigil.example", password: "whatever-password" }) { token } }',
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toBe('Wrong email or password.');
  });

  it('rejects a malformed email as BAD_USER_INPUT naming the field', async () => {
    const response = await new ApiClient(server.url).request('mutation { signIn(input: { email: "not-an-email", password: "x" }) { token } }');
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('sets an HttpOnly SameSite session cookie that authenticates later requests', async () => {
    const client = new ApiClient(server.url);
    const response = await client.request('mutation { signIn(input: { email: "Manager@Vigil.example", password: "vigil-demo-2026" }) { user { email } } }');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^vigil_session=vgs_/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const data = await client.data(me);
    expect(data.me).toMatchObject({ email: 'manager@vigil.example', roles: ['MANAGER'], team: { name: 'Search Safety EMEA', site: { name: 'Dublin', timeZone: 'Europe/Dublin' } } });
  });

  it('returns a session token that works as a Bearer token for API clients', async () => {
    const { token } = await new ApiClient(server.url).signIn('qa@vigil.example');
    const data = await new ApiClient(server.url, token).data(me);
    expect(data.me.email).toBe('qa@vigil.example');
  });

  it('asks anonymous callers to sign in', async () => {
    const response = await new ApiClient(server.url).request(me);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown Bearer token outright with HTTP 401', async () => {
    const response = await new ApiClient(server.url, 'vgs_forged').request(me);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ignores a stale session cookie so the browser can sign in again', async () => {
    const client = new ApiClient(server.url);
    client.cookie = 'vigil_session=vgs_stale';
    const response = await client.request('mutation { signIn(input: { email: "qa@vigil.example", password: "vigil-demo-2026" }) { user { email } } }');
    expect(response.data?.signIn.user.email).toBe('qa@vigil.example');
  });

  it('ends the session on sign-out', async () => {
    const client = await signedIn(server.url, 'evaluator@vigil.example');
    const token = client.token;
    expect((await client.data('mutation { signOut { signedOut } }')).signOut.signedOut).toBe(true);
    const afterwards = await new ApiClient(server.url, token).request(me);
    expect(afterwards.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
