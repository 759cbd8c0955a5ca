import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../server/src/root/app.ts';
import { listenerApplicationName } from '../../server/src/kernel/pubsub.ts';
import { collect, signedIn, socketClient } from '../support/api-client.ts';
import { startRestartablePostgres, type RestartablePostgres } from '../support/restartable-postgres.ts';

// Restarts the database, so on a cluster of its own (the run's shared one serves every other file).
let postgres: RestartablePostgres;
let subscribedTo: RunningApp;
let changedOn: RunningApp;
beforeAll(async () => {
  postgres = await startRestartablePostgres();
  const start = () => startApp({ databaseUrl: postgres.databaseUrl, port: 0, host: '127.0.0.1', serveWeb: false, jobs: false, log: () => undefined });
  // Two instances on one database, as behind a load balancer: an event reaches the subscriber's
  // instance only through Postgres' LISTEN/NOTIFY, which is what a restart breaks.
  [subscribedTo, changedOn] = await Promise.all([start(), start()]);
});
afterAll(async () => {
  await Promise.all([subscribedTo?.stop(), changedOn?.stop()]);
  await postgres?.destroy();
});

/** Waits until both instances' LISTEN connections are up, as the database itself sees them (bounded). */
async function untilBothListen(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const db = new pg.Client({ connectionString: postgres.databaseUrl });
    const listeners = await db
      .connect()
      .then(() => db.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where application_name = $1 and datname = current_database()', [listenerApplicationName]))
      .then(({ rows }) => rows[0]!.n)
      .catch(() => 0)
      .finally(() => db.end().catch(() => undefined));
    if (listeners === 2) return;
    if (attempt >= 300) throw new Error(`${listeners} of 2 instances listen after ${attempt} checks`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const appended = 'subscription { auditEventAppended { action entityType } }';

describe('subscriptions across a database restart', () => {
  it('deliver events committed on another instance after Postgres restarted, on the socket opened before', async () => {
    const admin = await signedIn(subscribedTo.url, 'admin@vigil.example');
    const socket = socketClient(subscribedTo.url, { authorization: `Bearer ${admin.token}` });
    const events = collect<{ auditEventAppended: { action: string; entityType: string } }>(socket, appended);
    await events.ready;
    const evaluator = await signedIn(changedOn.url, 'evaluator@vigil.example');
    const rename = (displayName: string) => evaluator.data('mutation ($name: String!) { updateMyProfile(input: { displayName: $name }) { user { id } } }', { name: displayName });
    /** The next profile change delivered (sign-ins of other tests' clients are not what this waits for). */
    const nextProfileChange = async () => {
      for (;;) {
        const { auditEventAppended } = await events.next();
        if (auditEventAppended.action === 'user.profile_updated') return auditEventAppended;
      }
    };
    await untilBothListen();
    await rename('Before the restart');
    expect(await nextProfileChange()).toEqual({ action: 'user.profile_updated', entityType: 'User' });

    await postgres.crash();
    await postgres.start();
    await untilBothListen();

    // The instance that commits reconnects its pool; the first statements may still meet a dead connection.
    for (let attempt = 1; ; attempt++) {
      const response = await evaluator.request('mutation { updateMyProfile(input: { displayName: "After the restart" }) { user { id } } }');
      if (!response.errors) break;
      expect(response.errors.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      if (attempt >= 100) throw new Error('the instance did not serve again');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await nextProfileChange()).toEqual({ action: 'user.profile_updated', entityType: 'User' });
    expect(events.errors).toEqual([]);
    events.stop();
    await socket.dispose();
  });
});
