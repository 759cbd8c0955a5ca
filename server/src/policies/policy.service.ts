import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service.ts';
import { BadUserInputError } from '../graphql/errors.ts';
import type { Actor } from '../people/viewer.ts';
import { Policy } from './policy.entity.ts';
import type { Domain, Severity } from './severity.ts';

export interface PolicyEntry {
  code: string;
  name: string;
  severity: Severity;
  domains: Domain[];
  description: string;
}

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
      await new AuditService(tx).record(actor, { action: 'policy.version_published', entityType: 'PolicyVersion', entityId: String(version), after: { version, codes } });
      return version;
    });
  }
}
