import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../server/src/audit/audit.service.ts';
import { systemActor } from '../../server/src/kernel/viewer.ts';
import { ApiClient, signedIn } from '../support/api-client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let db: pg.Client;
beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db.end();
  await server.stop();
});

const latest = '{ auditEvents(first: 1) { edges { node { id action entityType entityId actorType actorId actorName before after at } } } }';

describe('the audit log', () => {
  it('records a profile change with who, what, before and after', async () => {
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    await evaluator.data('mutation { updateMyProfile(input: { displayName: "Eve E." }) { user { displayName } } }');
    const admin = await signedIn(server.url, 'admin@vigil.example');
    // The admin's own sign-in is newer, so filter by entity.
    const { auditEvents } = await admin.data(
      'query ($id: ID!) { auditEvents(first: 1, filter: { entityType: "User", entityId: $id }) { edges { node { action actorType actorId actorName before after } } } }',
      { id: evaluator.userId },
    );
    expect(auditEvents.edges[0].node).toEqual({
      action: 'user.profile_updated',
      actorType: 'USER',
      actorId: evaluator.userId,
      actorName: 'Eve E.',
      before: { displayName: 'Eve Evaluator' },
      after: { displayName: 'Eve E.' },
    });
  });

  it('writes nothing when nothing changed', async () => {
    const qa = await signedIn(server.url, 'qa@vigil.example');
    const before = (await db.query('select count(*)::int as n from audit_event')).rows[0].n;
    await qa.data('mutation { updateMyProfile(input: { displayName: "Quinn Analyst" }) { user { id } } }');
    expect((await db.query('select count(*)::int as n from audit_event')).rows[0].n).toBe(before);
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    const { rows } = await db.query('select id from audit_event order by id limit 1');
    const id = rows[0].id;
    await expect(db.query("update audit_event set action = 'rewritten' where id = $1", [id])).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(db.query('delete from audit_event where id = $1', [id])).rejects.toThrow(/append-only: DELETE refused/);
    await expect(db.query('truncate audit_event')).rejects.toThrow(/append-only: TRUNCATE refused/);
    expect((await db.query('select action from audit_event where id = $1', [id])).rows[0].action).not.toBe('rewritten');
  });

  it('cannot be written outside the transaction of a change', async () => {
    const em = server.app.orm.em.fork();
    await expect(new AuditService(em).record(systemActor, { action: 'x.y', entityType: 'X', entityId: '1' })).rejects.toThrow(/inside the transaction/);
  });

  it('rolls back with the change it belongs to', async () => {
    const em = server.app.orm.em.fork();
    const before = (await db.query('select count(*)::int as n from audit_event')).rows[0].n;
    await expect(
      em.transactional(async (tx) => {
        await new AuditService(tx).record(systemActor, { action: 'test.rolled_back', entityType: 'Test', entityId: '1' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await db.query('select count(*)::int as n from audit_event')).rows[0].n).toBe(before);
  });

  it('is readable by admins only', async () => {
    const manager = await signedIn(server.url, 'manager@vigil.example');
    expect((await manager.request(latest)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await new ApiClient(server.url).request(latest)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const admin = await signedIn(server.url, 'admin@vigil.example');
    const { auditEvents } = await admin.data(latest);
    expect(auditEvents.edges[0].node).toMatchObject({ action: 'session.signed_in', actorId: admin.userId, actorName: 'Ada Admin' });
  });

  it('pages newest first without repeating or skipping an event', async () => {
    const admin = await signedIn(server.url, 'admin@vigil.example');
    const ids: number[] = [];
    let after: string | null = null;
    for (;;) {
      const { auditEvents }: any = await admin.data(
        'query ($after: String) { auditEvents(first: 5, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      ids.push(...auditEvents.edges.map((edge: any) => Number(edge.node.id)));
      if (!auditEvents.pageInfo.hasNextPage) break;
      after = auditEvents.pageInfo.endCursor;
    }
    const all = (await db.query('select id from audit_event order by id desc')).rows.map((row) => Number(row.id));
    expect(ids).toEqual(all);
  });

  it('shows the demo seed as done by Vigil itself', async () => {
    const admin = await signedIn(server.url, 'admin@vigil.example');
    const { auditEvents } = await admin.data('{ auditEvents(first: 1, filter: { action: "site.created" }) { edges { node { actorType actorName after } } } }');
    expect(auditEvents.edges[0].node).toEqual({ actorType: 'SYSTEM', actorName: 'Vigil', after: { name: 'Dublin', timeZone: 'Europe/Dublin' } });
  });
});
