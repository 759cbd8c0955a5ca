import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { loaderById } from '../kernel/context.ts';
import { QueryFamily } from './query-family.entity.ts';
import { Subject } from './subject.entity.ts';

declare module '../kernel/context.ts' {
  interface Loaders {
    subject: DataLoader<string, Subject | null>;
    queryFamily: DataLoader<string, QueryFamily | null>;
  }
}

export function subjectLoaders(em: EntityManager) {
  return { subject: loaderById(em, Subject), queryFamily: loaderById(em, QueryFamily) };
}
