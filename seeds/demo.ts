/**
 * Demo data: synthetic people for trying Vigil. Everything here is invented; no real person,
 * account or harmful text appears.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseService } from '../server/src/cases/case.service.ts';
import { PeopleService } from '../server/src/people/people.service.ts';
import { Role } from '../server/src/kernel/roles.ts';
import { systemActor } from '../server/src/kernel/viewer.ts';
import { PolicyService } from '../server/src/policies/policy.service.ts';
import { Domain, type Severity } from '../server/src/policies/severity.ts';
import { User } from '../server/src/people/user.entity.ts';
import { ProjectComparison } from '../server/src/projects/project.entity.ts';
import { ProjectService } from '../server/src/projects/project.service.ts';
import { QueueService } from '../server/src/queues/queue.service.ts';
import { allTeamsScope, ReportSubscription } from '../server/src/reports/report.entities.ts';
import type { SubjectKind } from '../server/src/subjects/subject-kind.ts';
import { generateCases } from './case-generator.ts';
import { populationCsv } from './project-population.ts';
import { policyTaxonomy } from './policies.ts';
import { demoQueues } from './queues.ts';

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
  { email: 'stakeholder@vigil.example', displayName: 'Stella Stakeholder', roles: [Role.STAKEHOLDER], team: null },
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
    const created = await people.createUser(systemActor, {
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      teamId: user.team ? teamIds.get(user.team) : null,
      password: demoPassword,
    });
    // Stakeholders hear of every published report, of any team.
    if (user.roles.includes(Role.STAKEHOLDER)) em.create(ReportSubscription, { user: created.id, scopeKey: allTeamsScope });
  }
  await em.flush();
  await new PolicyService(em).publish(
    systemActor,
    policyTaxonomy.map((policy) => ({ ...policy, severity: policy.severity as Severity, domains: policy.domains as Domain[] })),
  );
  const queues = new QueueService(em);
  for (const queue of demoQueues) {
    await queues.create(systemActor, {
      name: queue.name,
      domain: queue.domain as Domain,
      subjectKinds: queue.subjectKinds as SubjectKind[],
      locales: queue.locales,
      teamId: teamIds.get(queue.team)!,
      slaTargetsMs: Object.fromEntries(Object.entries(queue.slaMinutes).map(([severity, minutes]) => [severity, minutes * 60_000])) as Record<Severity, number>,
      leaseMs: queue.leaseSeconds * 1000,
      doubleReviewRate: queue.doubleReviewRate,
      qaSampleRate: queue.qaSampleRate,
      goldenRate: queue.goldenRate,
    });
  }
  const locales = [...new Set(demoQueues.flatMap((queue) => queue.locales))];
  const reports = generateCases({ count: demoCaseCount, seed: 2026, locales, duplicateRate: 0.1 });
  await new CaseService(em).ingest(
    systemActor,
    reports.map((report) => ({ ...report, severity: report.severity as Severity | null, subject: { ...report.subject, kind: report.subject.kind as SubjectKind } })),
  );
  await seedDemoProject(em, teamIds.get('search')!);
}

/** A measurement the stakeholder asked of the search team, its population uploaded: the manager draws its sample. */
async function seedDemoProject(em: EntityManager, teamId: string): Promise<void> {
  const stakeholder = await em.findOneOrFail(User, { email: 'stakeholder@vigil.example' });
  const requester = { type: 'USER' as const, id: stakeholder.id };
  const projects = new ProjectService(em);
  const project = await projects.request(requester, {
    title: 'Spanish search: spam in the top results, ranker v2 against v1',
    question: 'What share of top-result impressions for Spanish queries shows spam or fake engagement, and does ranker v2 show less of it than v1?',
    guideline: '## How to label\n\nLook at the query and its top results as a searcher would see them.\n\n- **Violating**: a result is spam or fake engagement (SPAM_AND_FAKE_ENGAGEMENT) or a scam storefront (SCAMS_AND_FRAUD).\n- **Not violating**: anything else, however low its quality.\n\nYou are not told which ranker produced the results.',
    requestingTeam: 'Search Ranking',
    teamId,
    domain: Domain.SEARCH,
    policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT', 'SCAMS_AND_FRAUD'],
    deadline: new Date(Date.now() + 21 * 86_400_000),
    targetHalfWidth: 0.03,
    priorRate: 0.05,
    comparison: ProjectComparison.ARMS,
    armLabels: ['ranker v1', 'ranker v2'],
  });
  await projects.loadCsv(requester, project.id, populationCsv({ count: demoPopulationSize, seed: 2026, arms: true }));
}

/** Items in the demo project's population: enough for its strata, little enough to seed in a moment. */
export const demoPopulationSize = 2000;

/** A few hundred synthetic cases across every subject kind and demo locale. */
export const demoCaseCount = 300;
