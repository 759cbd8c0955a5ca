import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const defaultChromiumPath = '/usr/bin/chromium';

/** Everything the process reads from its environment, read once. */
export interface Config {
  port: number;
  /**
   * The address to listen on. `0.0.0.0` by default, so the server is reachable from other machines
   * and from outside a container (and behind a load balancer); `127.0.0.1` keeps it to this machine.
   */
  host: string;
  /** An external PostgreSQL; when absent, an embedded one runs under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Name of the application database on the embedded server. */
  databaseName: string;
  /** Seed demo data on first start. On by default with the embedded database only. */
  seedDemo: boolean;
  /** The Chromium that prints reports to PDF (VIGIL_CHROMIUM); when it is missing, PDFs answer 503. */
  chromiumPath: string;
  /** Requests an API token may send per minute (VIGIL_TOKEN_REQUESTS_PER_MINUTE); people are not limited. */
  tokenRequestsPerMinute: number;
}

/** An integration pushing 5,000 cases a second in batches of 500 sends 600 requests a minute; five times that leaves room. */
export const defaultTokenRequestsPerMinute = 3000;

function positiveInteger(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a whole number above 0, got "${value}"`);
  return parsed;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const host = env.HOST?.trim() || '0.0.0.0';
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port,
    host,
    databaseUrl,
    dataDir: path.resolve(repoRoot, env.VIGIL_DATA_DIR ?? '.data'),
    databaseName: 'vigil',
    seedDemo: env.VIGIL_SEED_DEMO ? env.VIGIL_SEED_DEMO === 'true' : !databaseUrl,
    chromiumPath: env.VIGIL_CHROMIUM?.trim() || defaultChromiumPath,
    tokenRequestsPerMinute: positiveInteger(env.VIGIL_TOKEN_REQUESTS_PER_MINUTE, 'VIGIL_TOKEN_REQUESTS_PER_MINUTE') ?? defaultTokenRequestsPerMinute,
  };
}
