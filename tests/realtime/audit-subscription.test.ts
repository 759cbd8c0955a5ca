import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, signedIn, socketClient } from '../support/api-client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let second: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // A second instance on the same database, as behind a load balancer.
  second = await startTestServer({ databaseUrl: server.databaseUrl });
});
afterAll(async () => {
  await second.app.stop();
  await server.stop();
});

const appended = 'subscription { auditEventAppended { auditEventId action entityType } }';

interface Appended {
  auditEventAppended: { auditEventId: string; action: string; entityType: string };
}

/** Resolves with the close event of a socket the server refuses. */
function closeOf(client: ReturnType<typeof socketClient>): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    client.on('closed', (event) => resolve(event as { code: number; reason: string }));
    client.subscribe({ query: appended }, { next: () => undefined, error: () => undefined, complete: () => undefined });
  });
}

describe('auditEventAppended', () => {
  it('delivers each committed change to an admin subscribed with a Bearer token in connection_init', async () => {
    const admin = await signedIn(server.url, 'admin@vigil.example');
    const socket = socketClient(server.url, { authorization: `Bearer ${admin.token}` });
    const events = collect<Appended>(socket, appended);
    await events.ready;
    await new Promise((resolve) => setTimeout(resolve, 250));

    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const sessionEvent = await events.next();
    expect(sessionEvent.auditEventAppended).toMatchObject({ action: 'session.signed_in', entityType: 'Session' });

    await evaluator.data('mutation { updateMyProfile(input: { displayName: "Eve Live" }) { user { id } } }');
    const profileEvent = await events.next();
    expect(profileEvent.auditEventAppended).toMatchObject({ action: 'user.profile_updated', entityType: 'User' });
    const { auditEvent } = await admin.data('query ($id: ID!) { auditEvent(id: $id) { action entityId after } }', {
      id: profileEvent.auditEventAppended.auditEventId,
    });
    expect(auditEvent).toEqual({ action: 'user.profile_updated', entityId: evaluator.userId, after: { displayName: 'Eve Live' } });
    events.stop();
    await socket.dispose();
  });

  it('authenticates a socket with the session cookie of the upgrade request', async () => {
    const admin = await signedIn(server.url, 'admin@vigil.example');
    const socket = socketClient(server.url, undefined, { cookie: admin.cookie! });
    const events = collect<Appended>(socket, appended);
    await events.ready;
    await new Promise((resolve) => setTimeout(resolve, 250));
    await signedIn(server.url, 'qa@vigil.example');
    expect((await events.next()).auditEventAppended.action).toBe('session.signed_in');
    events.stop();
    await socket.dispose();
  });

  it('reaches subscribers of every instance sharing the database', async () => {
    const admin = await signedIn(second.url, 'admin@vigil.example');
    const socket = socketClient(second.url, { authorization: `Bearer ${admin.token}` });
    const events = collect<Appended>(socket, appended);
    await events.ready;
    await new Promise((resolve) => setTimeout(resolve, 250));
    // The change happens on the first instance; the subscriber is on the second.
    const manager = await signedIn(server.url, 'manager@vigil.example');
    await manager.data('mutation { updateMyProfile(input: { displayName: "Morgan M." }) { user { id } } }');
    const received = [await events.next(), await events.next()].map((event) => event.auditEventAppended.action);
    expect(received).toEqual(['session.signed_in', 'user.profile_updated']);
    events.stop();
    await socket.dispose();
  });

  it('closes an unauthenticated socket with 4401 and a reason', async () => {
    const close = await closeOf(socketClient(server.url));
    expect(close.code).toBe(4401);
    expect(close.reason).toMatch(/^Unauthorized: sign in/);
  });

  it('closes a socket with a bad token with 4401', async () => {
    const close = await closeOf(socketClient(server.url, { authorization: 'Bearer vgt_forged' }));
    expect(close.code).toBe(4401);
    expect(close.reason).toMatch(/unknown, expired or revoked/);
  });

  it('refuses the subscription to a signed-in non-admin with FORBIDDEN', async () => {
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const socket = socketClient(server.url, { authorization: `Bearer ${evaluator.token}` });
    const errors = await new Promise<any[]>((resolve) => {
      socket.subscribe({ query: appended }, { next: (result: any) => resolve(result.errors ?? []), error: (error) => resolve(error as any[]), complete: () => undefined });
    });
    expect(errors[0]?.extensions?.code).toBe('FORBIDDEN');
    await socket.dispose();
  });
});
