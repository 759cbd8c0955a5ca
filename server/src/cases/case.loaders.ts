import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { loaderById } from '../kernel/context.ts';
import { ReviewCase } from './case.entity.ts';

declare module '../kernel/context.ts' {
  interface Loaders {
    reviewCase: DataLoader<string, ReviewCase | null>;
  }
}

export function caseLoaders(em: EntityManager) {
  return { reviewCase: loaderById(em, ReviewCase) };
}
