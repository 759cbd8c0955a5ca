import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../server/src/root/app.ts';
import { ormConfig } from '../../server/src/root/db/orm-config.ts';
import { isDatabaseUnavailable } from '../../server/src/kernel/unavailable.ts';
import { User } from '../../server/src/people/user.entity.ts';
import { ApiClient, signedIn, socketClient } from '../support/api-client.ts';
import { startRestartablePostgres, type RestartablePostgres } from '../support/restartable-postgres.ts';

// The run's shared Postgres must stay up for every other file: this one stops a cluster of its own.
let postgres: RestartablePostgres;
let app: RunningApp;
const logged: string[] = [];
beforeAll(async () => {
  postgres = await startRestartablePostgres();
  app = await startApp({ databaseUrl: postgres.databaseUrl, port: 0, host: '127.0.0.1', serveWeb: false, jobs: false, log: (message) => logged.push(message) });
});
afterAll(async () => {
  await app?.stop();
  await postgres?.destroy();
});

/** Runs `work` with the database stopped, then starts it again whatever happened. */
async function whileDatabaseIsDown<T>(work: () => Promise<T>): Promise<T> {
  await postgres.stop();
  try {
    return await work();
  } finally {
    await postgres.start();
  }
}

/** Repeats `attempt` until it resolves (bounded), for "serves again once the database is back". */
async function eventually<T>(attempt: () => Promise<T>, attempts = 200): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

function expectUnavailable(response: Awaited<ReturnType<ApiClient['request']>>) {
  expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
  expect(response.errors?.[0]?.extensions?.retryAfterSeconds).toBe(2);
  expect(response.errors?.[0]?.message).toMatch(/temporarily unavailable/);
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('2');
}

describe('while the database is down', () => {
  it('answers SERVICE_UNAVAILABLE with HTTP 503 and Retry-After, whether the session, sign-in or an operation needed it, and serves again once it is back', async () => {
    const evaluator = await signedIn(app.url, 'evaluator@vigil.example');
    const manager = await signedIn(app.url, 'manager@vigil.example');
    // The manager's session is now remembered by this instance: their next request needs no
    // session lookup, so its failure comes from the operation itself.
    await manager.data('{ me { id } }');
    logged.length = 0;

    await whileDatabaseIsDown(async () => {
      // Reading the session (building the context) needs the database.
      expectUnavailable(await evaluator.request('{ me { id } }'));
      // So does signing in, in a resolver.
      expectUnavailable(await new ApiClient(app.url).request('mutation { signIn(input: { email: "qa@vigil.example", password: "whatever-it-is" }) { token } }'));
      // And an operation of a remembered session.
      expectUnavailable(await manager.request('{ myUnreadNotificationCount }'));
    });
    // Outages are not logged as errors, one per request: the pubsub says once the database went away.
    expect(logged.filter((line) => line.startsWith('error:'))).toEqual([]);

    expect((await eventually(() => evaluator.data('{ me { id } }'))).me.id).toBe(evaluator.userId);
    expect((await manager.data('{ myUnreadNotificationCount }')).myUnreadNotificationCount).toEqual(expect.any(Number));
  });

  it('answers an operation over WebSocket with SERVICE_UNAVAILABLE, and asks a socket it cannot authenticate to try again later (1013)', async () => {
    const admin = await signedIn(app.url, 'admin@vigil.example');
    const connected = socketClient(app.url, { authorization: `Bearer ${admin.token}` });
    // Connects (and has the session remembered) while the database is up.
    expect(await operation(connected, '{ me { id } }')).toMatchObject({ data: { me: { id: admin.userId } } });
    const qa = await signedIn(app.url, 'qa@vigil.example');

    await whileDatabaseIsDown(async () => {
      const result = await operation(connected, '{ myUnreadNotificationCount }');
      expect(result.errors?.map((error: any) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(result.errors?.[0]?.extensions?.retryAfterSeconds).toBe(2);

      // A new socket whose session this instance has not seen yet cannot be authenticated now.
      const refused = socketClient(app.url, { authorization: `Bearer ${qa.token}` });
      const closed = new Promise<{ code: number; reason: string }>((resolve) => refused.on('closed', (event) => resolve(event as { code: number; reason: string })));
      refused.subscribe({ query: '{ me { id } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      expect(await closed).toMatchObject({ code: 1013, reason: expect.stringMatching(/unavailable/i) });
      await refused.dispose();
    });

    expect(await eventually(() => operation(connected, '{ myUnreadNotificationCount }').then((result) => (result.errors ? Promise.reject(new Error('not yet')) : result)))).toMatchObject({
      data: { myUnreadNotificationCount: expect.any(Number) },
    });
    await connected.dispose();
  });
});

describe('what counts as the database being unavailable', () => {
  it('recognises what pg, knex and MikroORM really throw when Postgres stops and is gone, and nothing else', async () => {
    const session = new pg.Client({ connectionString: postgres.databaseUrl });
    await session.connect();
    const sessionLost = new Promise<Error>((resolve) => session.on('error', resolve));
    const orm = await MikroORM.init(ormConfig(postgres.databaseUrl, { poolMax: 1 }));
    try {
      const failures = await whileDatabaseIsDown(async () => {
        const terminated = await sessionLost;
        const onDeadSession = await session.query('select 1').catch((error: Error) => error);
        const refused = await new pg.Client({ connectionString: postgres.databaseUrl }).connect().catch((error: Error) => error);
        const throughOrm = await orm.em.fork().findOne(User, { email: 'admin@vigil.example' }).catch((error: Error) => error);
        return { terminated, onDeadSession, refused, throughOrm };
      });
      expect(failures.terminated).toMatchObject({ code: '57P01' });
      expect(failures.onDeadSession).toBeInstanceOf(Error);
      expect(failures.refused).toMatchObject({ code: 'ECONNREFUSED' });
      expect(failures.throughOrm).toMatchObject({ name: expect.stringMatching(/Exception$/) });
      for (const [what, error] of Object.entries(failures)) expect(isDatabaseUnavailable(error), `${what}: ${String(error)}`).toBe(true);

      // Postgres' own refusals of a statement are not outages.
      const fine = new pg.Client({ connectionString: postgres.databaseUrl });
      await eventually(() => fine.connect());
      const badSql = await fine.query('select * from no_such_table').catch((error: Error) => error);
      const unique = await orm.em.fork().getConnection().execute('insert into app_user (id) select id from app_user limit 1').catch((error: Error) => error);
      await fine.end();
      expect(isDatabaseUnavailable(badSql)).toBe(false);
      expect(isDatabaseUnavailable(unique)).toBe(false);
      expect(isDatabaseUnavailable(new Error('Cannot read properties of undefined'))).toBe(false);
    } finally {
      await session.end().catch(() => undefined);
      await orm.close();
    }
  });
});

/** One query over the socket: its result, errors included. */
function operation(client: ReturnType<typeof socketClient>, query: string): Promise<{ data?: any; errors?: any[] }> {
  return new Promise((resolve, reject) => {
    let result: { data?: any; errors?: any[] } = {};
    client.subscribe(
      { query },
      {
        next: (value) => (result = value as typeof result),
        error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error instanceof Error ? error : new Error(JSON.stringify(error)))),
        complete: () => resolve(result),
      },
    );
  });
}
