import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { loaderById } from '../kernel/context.ts';
import { QueryFamily } from './query-family.entity.ts';
import { familiesOfSubjectKeys, familiesVariants, type QueryVariant } from './query-family.sql.ts';
import { Subject } from './subject.entity.ts';

declare module '../kernel/context.ts' {
  interface Loaders {
    subject: DataLoader<string, Subject | null>;
    queryFamily: DataLoader<string, QueryFamily | null>;
    /** A family's variants, most searched first (at most 50). */
    familyVariants: DataLoader<string, QueryVariant[]>;
    /** The family of a subject, by the subject's key (enforcement entries and feed events name subjects by key). */
    familyOfSubjectKey: DataLoader<string, QueryFamily | null>;
  }
}

export function subjectLoaders(em: EntityManager) {
  const queryFamily = loaderById(em, QueryFamily);
  return {
    subject: loaderById(em, Subject),
    queryFamily,
    familyVariants: new DataLoader<string, QueryVariant[]>(async (familyIds) => {
      const variants = await familiesVariants(em, familyIds, 50);
      return familyIds.map((id) => variants.get(id) ?? []);
    }),
    familyOfSubjectKey: new DataLoader<string, QueryFamily | null>(async (keys) => {
      const families = await familiesOfSubjectKeys(em, keys);
      return Promise.all(keys.map((key) => (families.has(key) ? queryFamily.load(families.get(key)!) : null)));
    }),
  };
}
