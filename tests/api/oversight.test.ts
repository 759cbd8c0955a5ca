import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { Role } from '../../server/src/kernel/roles.ts';
import { createEvaluators, createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

type Person = ApiClient & { userId: string };

let server: TestServer;
let manager: Person;
let otherManager: Person;
let qa: Person;
let evaluator: Person;
beforeAll(async () => {
  server = await startTestServer();
  const as = (name: string) => signedIn(server.url, `${name}@vigil.example`);
  [manager, otherManager, qa, evaluator] = await Promise.all([as('manager'), as('manager.accounts'), as('qa'), as('evaluator')]);
});
afterAll(async () => {
  await server.stop();
});

const list = 'query ($filter: CaseFilterInput!, $first: Int!, $after: String) { cases(filter: $filter, first: $first, after: $after) { edges { node { id status } } pageInfo { hasNextPage endCursor } } }';
const code = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

/** A queue of the search team (the manager's, not the accounts manager's) with three cases, the first decided. */
async function searchQueueWithCases(): Promise<{ queueId: string; caseIds: string[] }> {
  const queue = await createTestQueue(server.app.orm.em.fork());
  const reports = [0, 1, 2].map((i) => queryReport(queue.id, `prohibited-item-query-${i}-${randomUUID().slice(0, 8)}`));
  const { ingestCases } = await manager.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId } } }', { input: { cases: reports } });
  const { claimNextCase } = await evaluator.data('mutation ($q: ID!) { claimNextCase(queueId: $q) { case { id } } }', { q: queue.id });
  await evaluator.data('mutation ($input: DecideCaseInput!) { decideCase(input: $input) { case { id } } }', {
    input: { caseId: claimNextCase.case.id, verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'benign', handleTimeMs: 1000, idempotencyKey: randomUUID() },
  });
  return { queueId: queue.id, caseIds: ingestCases.results.map((result: { caseId: string }) => result.caseId) };
}

describe('reading cases', () => {
  it('lists a queue’s cases newest first, by status, page by page, for overseers', async () => {
    const { queueId, caseIds } = await searchQueueWithCases();
    const first = await qa.data(list, { filter: { queueId }, first: 2 });
    expect(first.cases.edges).toHaveLength(2);
    expect(first.cases.pageInfo.hasNextPage).toBe(true);
    const rest = await qa.data(list, { filter: { queueId }, first: 2, after: first.cases.pageInfo.endCursor });
    const all = [...first.cases.edges, ...rest.cases.edges].map((edge: any) => edge.node.id);
    expect(all.sort()).toEqual([...caseIds].sort());
    const resolved = await manager.data(list, { filter: { queueId, statuses: ['RESOLVED'] }, first: 10 });
    expect(resolved.cases.edges.map((edge: any) => edge.node.status)).toEqual(['RESOLVED']);
  });

  it('keeps managers to their own team’s queues and evaluators to the case they hold', async () => {
    const { queueId, caseIds } = await searchQueueWithCases();
    expect(code(await otherManager.request(list, { filter: { queueId }, first: 10 }))).toBe('FORBIDDEN');
    expect(code(await otherManager.request('query ($id: ID!) { case(id: $id) { id } }', { id: caseIds[1] }))).toBe('FORBIDDEN');
    expect((await manager.data('query ($id: ID!) { case(id: $id) { id } }', { id: caseIds[1] })).case.id).toBe(caseIds[1]);
    expect(code(await evaluator.request(list, { filter: { queueId }, first: 10 }))).toBe('FORBIDDEN');
    expect(code(await qa.request(list, { filter: { queueId: 'not-a-queue' }, first: 10 }))).toBe('NOT_FOUND');
  });

  it('keeps managers to their own team’s escalations', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    await manager.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId } } }', {
      input: { cases: [queryReport(queue.id, `prohibited-item-query-${randomUUID().slice(0, 8)}`)] },
    });
    const { claimNextCase } = await evaluator.data('mutation ($q: ID!) { claimNextCase(queueId: $q) { case { id } } }', { q: queue.id });
    const { escalateCase } = await evaluator.data('mutation ($input: EscalateCaseInput!) { escalateCase(input: $input) { escalation { id } } }', {
      input: { caseId: claimNextCase.case.id, reason: 'POLICY_UNCLEAR', note: 'which area applies?', tierCode: 'TIER_2' },
    });
    const id = escalateCase.escalation.id;
    const listed = async (by: ApiClient) => (await by.data('{ escalations(first: 100) { edges { node { id } } } }')).escalations.edges.map((edge: any) => edge.node.id);
    expect(await listed(manager)).toContain(id);
    expect(await listed(qa)).toContain(id);
    expect(await listed(otherManager)).not.toContain(id);
    expect(code(await otherManager.request('query ($id: ID!) { escalation(id: $id) { id } }', { id }))).toBe('FORBIDDEN');
    // A manager who leads no team sees no team's escalations.
    const [teamless] = await createEvaluators(server.app.orm.em.fork(), 1, Role.MANAGER);
    await server.app.orm.em.fork().execute('update app_user set team_id = null where email = ?', [teamless]);
    expect(await listed(await signedIn(server.url, teamless!))).toEqual([]);
  });

  it('keeps managers to their own team’s golden cases, QA tasks and QA counts, while QA analysts see every team’s', async () => {
    const sampled = await createTestQueue(server.app.orm.em.fork(), { qaSampleRate: 1 });
    const reports = [0, 1].map((i) => queryReport(sampled.id, `prohibited-item-query-${i}-${randomUUID().slice(0, 8)}`));
    const { ingestCases } = await manager.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId } } }', { input: { cases: reports } });
    const { claimNextCase } = await evaluator.data('mutation ($q: ID!) { claimNextCase(queueId: $q) { case { id } } }', { q: sampled.id });
    await evaluator.data('mutation ($input: DecideCaseInput!) { decideCase(input: $input) { case { id } } }', {
      input: { caseId: claimNextCase.case.id, verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'benign', handleTimeMs: 1000, idempotencyKey: randomUUID() },
    });
    const open = ingestCases.results.map((result: { caseId: string }) => result.caseId).find((id: string) => id !== claimNextCase.case.id);
    const { markGoldenCase } = await manager.data('mutation ($input: MarkGoldenCaseInput!) { markGoldenCase(input: $input) { goldenCase { id } } }', {
      input: { caseId: open, verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'known answer' },
    });
    const goldenIds = async (by: ApiClient) => (await by.data('{ goldenCases(first: 100) { edges { node { id } } } }')).goldenCases.edges.map((edge: any) => edge.node.id);
    const qaTaskIds = async (by: ApiClient) =>
      (await by.data('{ qaTasks(first: 100) { edges { node { id queue { id } } } } }')).qaTasks.edges.filter((edge: any) => edge.node.queue.id === sampled.id).map((edge: any) => edge.node.id);
    const openSamples = async (by: ApiClient) => (await by.data('{ qaTaskCounts { openSamples } }')).qaTaskCounts.openSamples;

    expect(await goldenIds(manager)).toContain(markGoldenCase.goldenCase.id);
    expect(await goldenIds(qa)).toContain(markGoldenCase.goldenCase.id);
    expect(await goldenIds(otherManager)).not.toContain(markGoldenCase.goldenCase.id);
    const [taskId] = await qaTaskIds(qa);
    expect(taskId).toBeDefined();
    expect(await qaTaskIds(manager)).toContain(taskId);
    expect(await qaTaskIds(otherManager)).toEqual([]);
    expect((await otherManager.data('{ qaTasks(first: 100) { edges { node { id } } } }')).qaTasks.edges).toEqual([]);
    expect(await openSamples(manager)).toBeGreaterThan(0);
    expect(await openSamples(otherManager)).toBe(0);

    const refused = [
      otherManager.request('query ($id: ID!) { qaTask(id: $id) { id } }', { id: taskId }),
      otherManager.request('query ($q: ID) { qaTaskCounts(queueId: $q) { openSamples } }', { q: sampled.id }),
      otherManager.request('query ($q: ID) { qaTasks(first: 10, filter: { queueId: $q }) { edges { cursor } } }', { q: sampled.id }),
      otherManager.request('query ($q: ID) { goldenCases(first: 10, filter: { queueId: $q }) { edges { cursor } } }', { q: sampled.id }),
      otherManager.request('mutation ($id: ID!) { retireGoldenCase(id: $id) { goldenCase { id } } }', { id: markGoldenCase.goldenCase.id }),
      otherManager.request('mutation ($input: MarkGoldenCaseInput!) { markGoldenCase(input: $input) { goldenCase { id } } }', {
        input: { caseId: claimNextCase.case.id, verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'not mine to mark' },
      }),
    ];
    expect((await Promise.all(refused)).map(code)).toEqual(Array(refused.length).fill('FORBIDDEN'));
  });

  it('lets only the owning team’s manager (or an admin) archive a training program, and a manager calibrate only with their team’s cases and people', async () => {
    const admin = await signedIn(server.url, 'admin@vigil.example');
    const program = {
      title: `Search basics ${randomUUID().slice(0, 8)}`,
      summary: 'The search team’s own.',
      passMark: 1,
      attemptLimit: 1,
      modules: [{ title: 'One', body: 'Read this.' }],
      questions: [{ kind: 'MULTIPLE_CHOICE', prompt: 'Yes?', options: [{ text: 'yes', correct: true }, { text: 'no', correct: false }] }],
    };
    const create = 'mutation ($input: CreateTrainingProgramInput!) { createTrainingProgram(input: $input) { id } }';
    const archive = 'mutation ($id: ID!) { archiveTrainingProgram(id: $id) { id archivedAt } }';
    const ours = (await manager.data(create, { input: program })).createTrainingProgram.id;
    expect(code(await otherManager.request(archive, { id: ours }))).toBe('FORBIDDEN');
    expect((await manager.data(archive, { id: ours })).archiveTrainingProgram.archivedAt).not.toBeNull();
    const adminsOwn = (await admin.data(create, { input: { ...program, title: `${program.title} (admin)` } })).createTrainingProgram.id;
    expect(code(await manager.request(archive, { id: adminsOwn }))).toBe('FORBIDDEN');
    expect((await admin.data(archive, { id: adminsOwn })).archiveTrainingProgram.archivedAt).not.toBeNull();

    const { caseIds } = await searchQueueWithCases();
    const searchPeople = await createEvaluators(server.app.orm.em.fork(), 2);
    const { users } = await admin.data('query ($s: String) { users(first: 10, filter: { search: $s }) { edges { node { id email } } } }', { s: 'load.evaluator' });
    const participantIds = users.edges.filter((edge: any) => searchPeople.includes(edge.node.email)).map((edge: any) => edge.node.id);
    expect(participantIds).toHaveLength(2);
    const session = 'mutation ($input: CreateCalibrationSessionInput!) { createCalibrationSession(input: $input) { session { id } } }';
    const input = { title: 'Search calibration', caseIds: caseIds.slice(1), participantIds };
    expect(code(await otherManager.request(session, { input }))).toBe('FORBIDDEN');
    expect((await manager.data(session, { input })).createCalibrationSession.session.id).toBeDefined();
    expect((await qa.data(session, { input })).createCalibrationSession.session.id).toBeDefined();
  });

  it('lets a manager push cases only into their own team’s queues: a report for another team’s queue fails alone', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    const report = () => queryReport(queue.id, `prohibited-item-query-${randomUUID().slice(0, 8)}`);
    const { ingestCases } = await otherManager.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted failed results { status caseId error { code } } } }', {
      input: { cases: [report()] },
    });
    expect(ingestCases).toMatchObject({ accepted: 0, failed: 1, results: [{ status: 'FAILED', caseId: null, error: { code: 'FORBIDDEN' } }] });
    const own = await manager.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted } }', { input: { cases: [report()] } });
    expect(own.ingestCases.accepted).toBe(1);
  });
});

describe('finding people', () => {
  const users = 'query ($filter: UserFilterInput) { users(first: 20, filter: $filter) { edges { node { email } } } }';

  it('finds people by name or email for QA analysts across teams, and for managers in their team', async () => {
    const byEmail = await qa.data(users, { filter: { search: 'EVALUATOR3@' } });
    expect(byEmail.users.edges.map((edge: any) => edge.node.email)).toEqual(['evaluator3@vigil.example']);
    const byName = await qa.data(users, { filter: { search: 'evaluator' } });
    expect(byName.users.edges.length).toBeGreaterThanOrEqual(4);
    // LIKE wildcards match literally.
    expect((await qa.data(users, { filter: { search: '%' } })).users.edges).toEqual([]);
    // Other tests in this file add evaluators to the search team; the accounts team's never show.
    const managerSees = (await manager.data(users, { filter: { search: 'evaluator' } })).users.edges.map((edge: any) => edge.node.email);
    expect(managerSees).toEqual(expect.arrayContaining(['evaluator2@vigil.example', 'evaluator@vigil.example']));
    expect(managerSees).not.toContain('evaluator3@vigil.example');
    expect(managerSees).not.toContain('evaluator4@vigil.example');
    expect(code(await evaluator.request(users, { filter: { search: 'eva' } }))).toBe('FORBIDDEN');
  });
});
