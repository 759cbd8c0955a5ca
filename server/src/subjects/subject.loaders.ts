import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { loaderById } from '../kernel/context.ts';
import { familiesVariants, type FamilyKey, familyKey, type QueryVariant } from './query-family.sql.ts';
import { Subject } from './subject.entity.ts';

declare module '../kernel/context.ts' {
  interface Loaders {
    subject: DataLoader<string, Subject | null>;
    /** A subject by its key (enforcement entries and feed events name subjects by key). */
    subjectByKey: DataLoader<string, Subject | null>;
    /** A family's variants, most searched first (at most 50). */
    familyVariants: DataLoader<FamilyKey, QueryVariant[], string>;
  }
}

export function subjectLoaders(em: EntityManager) {
  return {
    subject: loaderById(em, Subject),
    subjectByKey: new DataLoader<string, Subject | null>(async (keys) => {
      const subjects = await em.find(Subject, { key: { $in: [...keys] } });
      const byKey = new Map(subjects.map((subject) => [subject.key, subject]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
    familyVariants: new DataLoader<FamilyKey, QueryVariant[], string>(
      async (families) => {
        const variants = await familiesVariants(em, families, 50);
        return families.map((family) => variants.get(familyKey(family)) ?? []);
      },
      { cacheKeyFn: familyKey },
    ),
  };
}
