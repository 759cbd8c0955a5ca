import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { EvaluationProject } from './project.entity.ts';

declare module '../kernel/context.ts' {
  interface Loaders {
    /** The evaluation project a queue labels, if it is a project queue. */
    projectOfQueue: DataLoader<string, EvaluationProject | null>;
  }
}

export function projectLoaders(em: EntityManager) {
  return {
    projectOfQueue: new DataLoader<string, EvaluationProject | null>(async (queueIds) => {
      const projects = await em.find(EvaluationProject, { queue: { $in: [...queueIds] } });
      const byQueue = new Map(projects.map((project) => [project.queue!.id, project]));
      return queueIds.map((id) => byQueue.get(id) ?? null);
    }),
  };
}
