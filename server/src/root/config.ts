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
  };
}
