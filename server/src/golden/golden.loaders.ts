import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { type GoldenScore, GoldenService } from './golden.service.ts';

declare module '../kernel/context.ts' {
  interface Loaders {
    goldenScore: DataLoader<string, GoldenScore>;
  }
}

export function goldenLoaders(em: EntityManager) {
  return {
    goldenScore: new DataLoader(async (goldenIds: readonly string[]) => {
      const scores = await new GoldenService(em).scores(goldenIds);
      return goldenIds.map((goldenId) => scores.get(goldenId)!);
    }),
  };
}
