import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service.ts';
import { BadUserInputError } from '../kernel/errors.ts';
import type { Actor } from '../kernel/viewer.ts';
import { Policy } from './policy.entity.ts';
import type { Domain, Severity } from './severity.ts';

export interface PolicyEntry {
  code: string;
  name: string;
  severity: Severity;
  domains: Domain[];
  description: string;
}

const cacheTtlMs = 5000;
/** By database, should one process ever serve several. */
const caches = new Map<string, { version: number; policies: Map<string, Policy>; loadedAt: number }>();

export class PolicyService {
  constructor(private readonly em: EntityManager) {}

  async currentVersion(): Promise<number> {
    const rows = await this.em.execute<{ version: number | null }[]>('select max(version) as version from policy');
    return rows[0]?.version ?? 0;
  }

  /** The current taxonomy, by code. */
  async current(): Promise<Map<string, Policy>> {
    const version = await this.currentVersion();
    const policies = await this.em.find(Policy, { version }, { orderBy: { severity: 'asc', code: 'asc' } });
    return new Map(policies.map((policy) => [policy.code, policy]));
  }

  /**
   * The current taxonomy from a per-process cache refreshed every few seconds: deciding checks
   * labels on every submit, and the taxonomy changes a few times a year. A decision records the
   * version it was checked against, so one made just after a publish stays consistent.
   */
  async cachedCurrent(now = Date.now()): Promise<{ version: number; policies: Map<string, Policy> }> {
    const database = this.em.config.get('clientUrl') ?? '';
    let cached = caches.get(database);
    if (!cached || now - cached.loadedAt > cacheTtlMs) {
      const policies = await this.current();
      cached = { version: [...policies.values()][0]?.version ?? 0, policies, loadedAt: now };
      caches.set(database, cached);
    }
    return cached;
  }

  /** Publishes the entries as the next taxonomy version; earlier versions stay as they were. */
  async publish(actor: Actor, entries: PolicyEntry[]): Promise<number> {
    const codes = entries.map((entry) => entry.code);
    if (entries.length === 0) throw new BadUserInputError('A taxonomy needs at least one policy.', 'policies');
    if (new Set(codes).size !== codes.length) throw new BadUserInputError('Each code may appear once.', 'policies');
    return this.em.transactional(async (tx) => {
      // Serialise publishers so two cannot take the same version number.
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', ['policy.publish']);
      const version = (await new PolicyService(tx).currentVersion()) + 1;
      for (const entry of entries) tx.create(Policy, { ...entry, version });
      caches.delete(tx.config.get('clientUrl') ?? '');
      await new AuditService(tx).record(actor, { action: 'policy.version_published', entityType: 'PolicyVersion', entityId: String(version), after: { version, codes } });
      return version;
    });
  }
}
