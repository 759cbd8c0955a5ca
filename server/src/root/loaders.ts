import type { EntityManager } from '@mikro-orm/postgresql';
import { appealLoaders } from '../appeals/appeal.loaders.ts';
import { caseLoaders } from '../cases/case.loaders.ts';
import { decisionLoaders } from '../decisions/decision.loaders.ts';
import { goldenLoaders } from '../golden/golden.loaders.ts';
import type { Loaders } from '../kernel/context.ts';
import { peopleLoaders } from '../people/people.loaders.ts';
import { projectLoaders } from '../projects/project.loaders.ts';
import { queueLoaders } from '../queues/queue.loaders.ts';
import { strikeLoaders } from '../strikes/strike.loaders.ts';
import { subjectLoaders } from '../subjects/subject.loaders.ts';

/** Every area's loaders for one request (each area declares its own in `<area>.loaders.ts`). */
export function createLoaders(em: EntityManager): Loaders {
  return { ...appealLoaders(em), ...peopleLoaders(em), ...queueLoaders(em), ...subjectLoaders(em), ...caseLoaders(em), ...decisionLoaders(em), ...goldenLoaders(em), ...projectLoaders(em), ...strikeLoaders(em) };
}
