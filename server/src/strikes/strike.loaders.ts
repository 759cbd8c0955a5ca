import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { PolicyStanding } from './strike.service.ts';
import { StrikeService } from './strike.service.ts';

declare module '../kernel/context.ts' {
  interface Loaders {
    /** An account's standing in every area it has active strikes in (a cluster lists 200 accounts: one statement for them all). */
    standing: DataLoader<string, PolicyStanding[]>;
  }
}

export function strikeLoaders(em: EntityManager) {
  return {
    standing: new DataLoader<string, PolicyStanding[]>(async (subjectIds) => {
      const standings = await new StrikeService(em).standings(subjectIds);
      return subjectIds.map((id) => standings.get(id) ?? []);
    }),
  };
}
