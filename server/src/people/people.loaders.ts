import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { loaderById } from '../kernel/context.ts';
import { ApiToken } from './api-token.entity.ts';
import { Site } from './site.entity.ts';
import { Team } from './team.entity.ts';
import { User } from './user.entity.ts';

declare module '../kernel/context.ts' {
  interface Loaders {
    user: DataLoader<string, User | null>;
    apiToken: DataLoader<string, ApiToken | null>;
    team: DataLoader<string, Team | null>;
    site: DataLoader<string, Site | null>;
  }
}

export function peopleLoaders(em: EntityManager) {
  return { user: loaderById(em, User), apiToken: loaderById(em, ApiToken), team: loaderById(em, Team), site: loaderById(em, Site) };
}
