import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { loaderById } from '../kernel/context.ts';
import { Decision } from './decision.entity.ts';

declare module '../kernel/context.ts' {
  interface Loaders {
    decision: DataLoader<string, Decision | null>;
  }
}

export function decisionLoaders(em: EntityManager) {
  return { decision: loaderById(em, Decision) };
}
