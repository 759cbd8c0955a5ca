import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import semver from 'semver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { databaseUrl } from '../../server/src/root/db/database.ts';
import { ApiClient } from '../support/api-client.ts';
import { type AppProcess, startAppProcess } from '../support/process.ts';
import rootPackage from '../../package.json' with { type: 'json' };

const ready = /Vigil is ready at (http:\/\/localhost:\d+)/;
const running: AppProcess[] = [];
const dataDirs: string[] = [];

afterAll(async () => {
  await Promise.all(running.map((app) => app.stop('SIGKILL')));
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

function start(env: Record<string, string>): AppProcess {
  const app = startAppProcess({ PORT: '0', ...env });
  running.push(app);
  return app;
}

describe('npm start with the embedded PostgreSQL', () => {
  it('creates, migrates and seeds on first start, keeps data and never reseeds on restart, and stops Postgres on SIGTERM', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'vigil-start-'));
    dataDirs.push(dataDir);
    const pgData = path.join(dataDir, 'postgres');

    const first = start({ VIGIL_DATA_DIR: dataDir });
    const [, url] = await first.waitFor(ready);
    // npm runs scripts on the Node the project ships; a fall-back to the machine's Node 20 fails here.
    const [, nodeVersion] = first.output().match(/Vigil on Node (v\S+)/) ?? [];
    expect(semver.satisfies(nodeVersion!, rootPackage.engines.node), `server ran on Node ${nodeVersion}`).toBe(true);
    await first.waitFor(/EVALUATOR\s+\S+@vigil\.example/);
    expect(first.output()).toContain('seeded demo data');
    expect(first.output()).toContain('seeded demo activity');
    expect(first.output()).toMatch(/Demo sign-ins \(password for all: vigil-demo-2026\)/);
    for (const role of ['ADMIN', 'MANAGER', 'QA_ANALYST', 'SPECIALIST', 'EVALUATOR']) expect(first.output()).toMatch(new RegExp(`${role}\\s+\\S+@vigil\\.example`));

    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);

    const admin = new ApiClient(url!);
    await admin.signIn('admin@vigil.example');
    await admin.data('mutation { updateMyProfile(input: { displayName: "Ada Before Restart" }) { user { id } } }');
    const countUsers = async (client: ApiClient) => {
      let count = 0;
      let after: string | null = null;
      for (;;) {
        const { users }: any = await client.data('query ($after: String) { users(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { after });
        count += users.edges.length;
        if (!users.pageInfo.hasNextPage) return count;
        after = users.pageInfo.endCursor;
      }
    };
    const usersBefore = await countUsers(admin);

    expect(await first.stop('SIGTERM')).toBe(0);
    expect(first.output()).toContain('stopped');
    // A clean Postgres shutdown removes its pid file.
    expect(existsSync(path.join(pgData, 'postmaster.pid'))).toBe(false);

    const second = start({ VIGIL_DATA_DIR: dataDir });
    const [, secondUrl] = await second.waitFor(ready);
    expect(second.output()).not.toContain('seeded demo data');
    expect(second.output()).not.toContain('applied migrations');
    const again = new ApiClient(secondUrl!);
    await again.signIn('admin@vigil.example');
    expect((await again.data('{ me { displayName } }')).me.displayName).toBe('Ada Before Restart');
    expect(await countUsers(again)).toBe(usersBefore);
    expect(await second.stop('SIGINT')).toBe(0);
    expect(existsSync(path.join(pgData, 'postmaster.pid'))).toBe(false);
  }, 180_000); // a cluster created, migrated and seeded from nothing, then started again
});

describe('npm start with DATABASE_URL', () => {
  it('uses that server, migrates it, and seeds demo data only when asked', async () => {
    const name = `vigil_start_${Date.now()}`;
    const admin = new pg.Client({ connectionString: databaseUrl(inject('postgresUrl'), 'postgres') });
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
      const app = start({ DATABASE_URL: databaseUrl(inject('postgresUrl'), name) });
      await app.waitFor(ready);
      expect(app.output()).not.toContain('embedded PostgreSQL');
      expect(app.output()).toContain('applied migrations');
      expect(app.output()).not.toContain('seeded demo data');
      expect(await app.stop()).toBe(0);
      const db = new pg.Client({ connectionString: databaseUrl(inject('postgresUrl'), name) });
      await db.connect();
      const { rows } = await db.query('select count(*)::int as n from app_user');
      await db.end();
      expect(rows[0].n).toBe(0);
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
