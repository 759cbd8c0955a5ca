/**
 * Demo data: synthetic people for trying Vigil. Everything here is invented; no real person,
 * account or harmful text appears.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { PeopleService } from '../server/src/people/people.service.ts';
import { Role } from '../server/src/people/role.ts';
import { systemActor } from '../server/src/people/viewer.ts';

/** One password for every demo account, printed at start-up. Never use demo data in production. */
export const demoPassword = 'vigil-demo-2026';

export const demoSite = { name: 'Dublin', timeZone: 'Europe/Dublin' };

export const demoTeams = [
  { key: 'search', name: 'Search Safety EMEA' },
  { key: 'accounts', name: 'Account Integrity EMEA' },
] as const;

export interface DemoUser {
  email: string;
  displayName: string;
  roles: Role[];
  team: (typeof demoTeams)[number]['key'] | null;
}

/** One user per role first (these are the sign-ins printed at start-up), then more evaluators. */
export const demoUsers: DemoUser[] = [
  { email: 'admin@vigil.example', displayName: 'Ada Admin', roles: [Role.ADMIN], team: null },
  { email: 'manager@vigil.example', displayName: 'Morgan Manager', roles: [Role.MANAGER], team: 'search' },
  { email: 'qa@vigil.example', displayName: 'Quinn Analyst', roles: [Role.QA_ANALYST], team: 'search' },
  { email: 'specialist@vigil.example', displayName: 'Sam Specialist', roles: [Role.SPECIALIST], team: 'search' },
  { email: 'evaluator@vigil.example', displayName: 'Eve Evaluator', roles: [Role.EVALUATOR], team: 'search' },
  { email: 'manager.accounts@vigil.example', displayName: 'Mina Manager', roles: [Role.MANAGER], team: 'accounts' },
  { email: 'evaluator2@vigil.example', displayName: 'Eli Evaluator', roles: [Role.EVALUATOR], team: 'search' },
  { email: 'evaluator3@vigil.example', displayName: 'Emma Evaluator', roles: [Role.EVALUATOR], team: 'accounts' },
  { email: 'evaluator4@vigil.example', displayName: 'Ezra Evaluator', roles: [Role.EVALUATOR], team: 'accounts' },
];

export async function seedDemo(em: EntityManager): Promise<void> {
  const people = new PeopleService(em);
  const site = await people.createSite(systemActor, demoSite);
  const teamIds = new Map<string, string>();
  for (const team of demoTeams) {
    teamIds.set(team.key, (await people.createTeam(systemActor, { name: team.name, siteId: site.id })).id);
  }
  for (const user of demoUsers) {
    await people.createUser(systemActor, {
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      teamId: user.team ? teamIds.get(user.team) : null,
      password: demoPassword,
    });
  }
}
