import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Appeal } from './appeal.entity.ts';

declare module '../kernel/context.ts' {
  interface Loaders {
    /** The appeal a case is the case of, if it is one. */
    appealOfCase: DataLoader<string, Appeal | null>;
  }
}

export function appealLoaders(em: EntityManager) {
  return {
    appealOfCase: new DataLoader<string, Appeal | null>(async (caseIds) => {
      const appeals = await em.find(Appeal, { case: { $in: [...caseIds] } });
      const byCase = new Map(appeals.map((appeal) => [appeal.case.id, appeal]));
      return caseIds.map((id) => byCase.get(id) ?? null);
    }),
  };
}
