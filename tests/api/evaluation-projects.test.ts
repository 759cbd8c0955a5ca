import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/kernel/roles.ts';
import { wilsonInterval } from '../../server/src/quality/estimate.ts';
import { ApiClient, signedIn } from '../support/api-client.ts';
import { createEvaluators } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * Evaluation projects through the API: a stakeholder (or a PROJECTS_WRITE token) asks and uploads
 * a population, the team's manager draws a seeded sample into a blind project queue, evaluators
 * label it, the estimates follow the labels and freeze at close, and the requester reads them once
 * published. Project cases never reach the decision feed or the enforcement lists.
 */
let server: TestServer;
let db: pg.Client;
let admin: ApiClient;
let manager: ApiClient;
let stakeholder: ApiClient;
let otherStakeholder: ApiClient;
let labellers: ApiClient[];
let teamId: string;

const request = 'mutation ($input: RequestEvaluationProjectInput!) { requestEvaluationProject(input: $input) { project { id status } } }';
const add = 'mutation ($input: AddPopulationItemsInput!) { addPopulationItems(input: $input) { added alreadyPresent project { population { items totalWeight attributes } } } }';
const draw = 'mutation ($input: DrawProjectSampleInput!) { drawProjectSample(input: $input) { project { id status design { kind size seed strata { key units sampled } } queue { id } } } }';
const estimate = '{ value low high n count method tooFewToTell effectiveSampleSize standardError }';
const resultsQuery = `query ($id: ID!) { evaluationProject(id: $id) { status results { frozen sampled labelled targetMet warnings methodNotes overall { arm key labelled estimate ${estimate} } byStratum { key estimate ${estimate} } byAttribute { key labelled estimate ${estimate} } byPolicy { key estimate ${estimate} } comparison { value low high significant method n tooFewToTell discordant { onlyA onlyB } } } labelQuality { goldenAnswered doubleReviewedCases } } }`;
const claim = 'mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id sources reasons externalId policyCode } } }';
const decide = 'mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } } }';

const violating = { verdict: 'VIOLATING', policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT'], action: { type: 'BLOCK_RESULTS' }, rationale: 'spam results', handleTimeMs: 1000 };
const benign = { verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'fine', handleTimeMs: 1000 };

function projectInput(overrides: Record<string, unknown> = {}) {
  return {
    title: `Spam in top results ${randomUUID().slice(0, 6)}`,
    question: 'What share of top-10 impressions show spam?',
    guideline: '# Label\nSpam is **violating**. <script>alert(1)</script>',
    requestingTeam: 'Search Ranking',
    teamId,
    domain: 'SEARCH',
    policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT'],
    deadline: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    targetHalfWidth: 0.1,
    priorRate: 0.2,
    ...overrides,
  };
}

function item(i: number, extra: Record<string, unknown> = {}) {
  return {
    externalId: `q-${i}`,
    weight: 1,
    attributes: { surface: i % 2 ? 'top10' : 'typeahead' },
    subject: { kind: 'SEARCH_QUERY', locale: 'es-ES', searchQuery: { text: `prohibited-item-query-${i}`, dailyVolume: 10, trend: 1, topResults: [{ resultId: `r-${i}`, title: `result ${i}`, url: 'https://example.test/r' }] } },
    ...extra,
  };
}

async function newProject(by: ApiClient, overrides: Record<string, unknown> = {}): Promise<string> {
  return (await by.data(request, { input: projectInput(overrides) })).requestEvaluationProject.project.id;
}

/** The external id of each of the project's sampled cases. */
async function sampledIds(projectId: string): Promise<Map<string, string>> {
  const { rows } = await db.query('select s.case_id, i.external_id from project_sample s join project_item i on i.id = s.item_id where s.project_id = $1', [projectId]);
  return new Map(rows.map((row) => [row.case_id, row.external_id]));
}

/** Labellers work the queue dry, deciding each case by `findingOf` its external id; the ids decided. */
async function labelAll(queueId: string, projectId: string, findingOf: (externalId: string) => Record<string, unknown>): Promise<string[]> {
  const ids = await sampledIds(projectId);
  const decided: string[] = [];
  await Promise.all(
    labellers.map(async (labeller) => {
      for (;;) {
        const { claimNextCase } = await labeller.data(claim, { queueId });
        if (!claimNextCase.case) return;
        const externalId = ids.get(claimNextCase.case.id);
        const finding = externalId ? findingOf(externalId) : benign; // a second review of a sampled case is decided the same way below
        await labeller.data(decide, { input: { caseId: claimNextCase.case.id, ...finding, idempotencyKey: randomUUID() } });
        if (externalId) decided.push(externalId);
      }
    }),
  );
  return decided;
}

const number = (externalId: string) => Number(externalId.split('-').pop());

beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  [admin, manager, stakeholder] = await Promise.all([signedIn(server.url, 'admin@vigil.example'), signedIn(server.url, 'manager@vigil.example'), signedIn(server.url, 'stakeholder@vigil.example')]);
  teamId = (await manager.data('{ me { team { id } } }')).me.team.id;
  const [other] = await createEvaluators(server.app.orm.em.fork(), 1, Role.STAKEHOLDER);
  const evaluators = await createEvaluators(server.app.orm.em.fork(), 2);
  [otherStakeholder, ...labellers] = await Promise.all([signedIn(server.url, other!), ...evaluators.map((email) => signedIn(server.url, email))]);
});

afterAll(async () => {
  await db?.end();
  await server?.stop();
});

describe('evaluation projects', () => {
  it('takes a population in batches, an item sent again left as it was, and proposes the sample size from the target precision', async () => {
    const id = await newProject(stakeholder);
    const first = (await stakeholder.data(add, { input: { projectId: id, items: Array.from({ length: 100 }, (_, i) => item(i)) } })).addPopulationItems;
    expect(first).toMatchObject({ added: 100, alreadyPresent: 0 });
    const again = (await stakeholder.data(add, { input: { projectId: id, items: Array.from({ length: 150 }, (_, i) => item(i + 50)) } })).addPopulationItems;
    expect(again).toMatchObject({ added: 100, alreadyPresent: 50, project: { population: { items: 200, totalWeight: 200, attributes: ['locale', 'surface'] } } });
    // ±10 pp at a prior of 20 %: n0 = 1.959964² × 0.2 × 0.8 / 0.1² = 61.46; with N = 200, 61.46 / (1 + 60.46 / 200) = 47.2 → 48.
    const { evaluationProject } = await stakeholder.data('query ($id: ID!) { evaluationProject(id: $id) { guidelineHtml sampleSizeProposal(kind: SIMPLE_RANDOM) { size units designEffect } } }', { id });
    expect(evaluationProject.sampleSizeProposal).toEqual({ size: 48, units: 200, designEffect: 1 });
    expect(evaluationProject.guidelineHtml).toContain('<strong>violating</strong>');
    expect(evaluationProject.guidelineHtml).not.toContain('<script');
  });

  it('draws the same sample from the same seed and another from another seed', async () => {
    const draws: string[][] = [];
    for (const seed of [42, 42, 43]) {
      const id = await newProject(stakeholder);
      await stakeholder.data(add, { input: { projectId: id, items: Array.from({ length: 200 }, (_, i) => item(i)) } });
      const { drawProjectSample } = await manager.data(draw, { input: { projectId: id, design: { kind: 'SIMPLE_RANDOM', size: 30, seed }, doubleReviewRate: 0 } });
      expect(drawProjectSample.project).toMatchObject({ status: 'LABELLING', design: { kind: 'SIMPLE_RANDOM', size: 30, seed, strata: [{ key: 'all', units: 200, sampled: 30 }] } });
      draws.push([...(await sampledIds(id)).values()].sort());
    }
    expect(draws[0]).toHaveLength(30);
    expect(draws[1]).toEqual(draws[0]);
    expect(draws[2]).not.toEqual(draws[0]);
  });

  it('labels the sample blind in a project queue, estimates as labels arrive, and never enforces', async () => {
    const id = await newProject(stakeholder);
    await stakeholder.data(add, { input: { projectId: id, items: Array.from({ length: 200 }, (_, i) => item(i)) } });
    const { drawProjectSample } = await manager.data(draw, { input: { projectId: id, design: { kind: 'SIMPLE_RANDOM', size: 40, seed: 7 }, doubleReviewRate: 0 } });
    const queueId = drawProjectSample.project.queue.id;
    const feedBefore = (await db.query('select count(*)::int as n from decision_event')).rows[0].n;

    const { claimNextCase } = await labellers[0]!.data(claim, { queueId });
    // Nothing on the case says where it came from beyond the project: no arm, no requester's id, no policy hint.
    expect(claimNextCase.case).toMatchObject({ sources: ['evaluation project'], reasons: [], externalId: null, policyCode: null });
    await labellers[0]!.data('mutation ($id: ID!) { releaseCase(caseId: $id) { __typename } }', { id: claimNextCase.case.id });

    const decided = await labelAll(queueId, id, (externalId) => (number(externalId) % 4 === 0 ? violating : benign));
    expect(decided).toHaveLength(40);
    const count = decided.filter((externalId) => number(externalId) % 4 === 0).length;
    const { evaluationProject } = await manager.data(resultsQuery, { id });
    const [low, high] = wilsonInterval(count, 40);
    expect(evaluationProject.results).toMatchObject({ frozen: false, sampled: 40, labelled: 40 });
    expect(evaluationProject.results.overall).toEqual([
      { arm: null, key: 'all', labelled: 40, estimate: expect.objectContaining({ value: count / 40, n: 40, count, method: 'WILSON', tooFewToTell: false }) },
    ]);
    expect(evaluationProject.results.overall[0].estimate.low).toBeCloseTo(low, 12);
    expect(evaluationProject.results.overall[0].estimate.high).toBeCloseTo(high, 12);
    // The half-width asked for is 10 pp; 40 labels cannot reach it, and the results say so.
    expect(evaluationProject.results.targetMet).toBe(false);
    expect(evaluationProject.results.warnings.join(' ')).toMatch(/wider than the target ±10\.0 percentage points/);
    expect(evaluationProject.results.byAttribute.map((row: { key: string }) => row.key).sort()).toEqual(['locale=es-ES', 'surface=top10', 'surface=typeahead']);
    expect(evaluationProject.results.byPolicy).toEqual([expect.objectContaining({ key: 'SPAM_AND_FAKE_ENGAGEMENT', estimate: expect.objectContaining({ value: count / 40 }) })]);

    // The labels acted on nothing: no feed event, no enforcement entry for a project subject.
    expect((await db.query('select count(*)::int as n from decision_event')).rows[0].n).toBe(feedBefore);
    const { rows: enforced } = await db.query(`select count(*)::int as n from enforcement_entry e join subject s on s.id = e.subject_id where s.key like 'project:' || $1 || ':%'`, [id]);
    expect(enforced[0].n).toBe(0);
  });

  it('keeps the estimates from the requester until published, freezes them at close, and shows the project to no other requester', async () => {
    const id = await newProject(stakeholder);
    await stakeholder.data(add, { input: { projectId: id, items: Array.from({ length: 60 }, (_, i) => item(i)) } });
    const { drawProjectSample } = await manager.data(draw, { input: { projectId: id, design: { kind: 'SIMPLE_RANDOM', size: 25, seed: 3 }, doubleReviewRate: 0 } });
    await labelAll(drawProjectSample.project.queue.id, id, (externalId) => (number(externalId) % 3 === 0 ? violating : benign));

    const asRequester = await stakeholder.data(resultsQuery, { id });
    expect(asRequester.evaluationProject).toMatchObject({ status: 'LABELLING', results: null, labelQuality: null });
    expect((await stakeholder.data('query ($id: ID!) { evaluationProject(id: $id) { queue { id } } }', { id })).evaluationProject.queue).toBeNull();
    expect((await fetch(`${server.url}/projects/${id}/labels.csv`, { headers: { authorization: `Bearer ${(stakeholder as ApiClient & { token: string }).token}` } })).status).toBe(403);

    const live = (await manager.data(resultsQuery, { id })).evaluationProject.results;
    await manager.data('mutation ($id: ID!) { closeEvaluationProject(projectId: $id) { project { status closedAt } } }', { id });
    const frozen = (await manager.data(resultsQuery, { id })).evaluationProject.results;
    expect(frozen).toMatchObject({ frozen: true, overall: live.overall, byAttribute: live.byAttribute });
    await manager.data('mutation ($input: PublishProjectResultsInput!) { publishProjectResults(input: $input) { project { status publishedAt summary } } }', { input: { projectId: id, summary: 'About a third.' } });

    const published = (await stakeholder.data(resultsQuery, { id })).evaluationProject;
    expect(published).toMatchObject({ status: 'PUBLISHED', results: { frozen: true, overall: live.overall }, labelQuality: { goldenAnswered: 0, doubleReviewedCases: 0 } });
    const { myNotifications } = await stakeholder.data('{ myNotifications(first: 5) { edges { node { kind projectId } } } }');
    expect(myNotifications.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({ kind: 'PROJECT_RESULTS_PUBLISHED', projectId: id });
    const csv = await fetch(`${server.url}/projects/${id}/labels.csv`, { headers: { authorization: `Bearer ${(stakeholder as ApiClient & { token: string }).token}` } });
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toBe('external_id,arm,pair_key,stratum,weight,inclusion_probability,labelled,verdict,violating,policy_codes,attribute.locale,attribute.surface');
    expect(lines).toHaveLength(26);
    expect(lines.join('\n')).not.toMatch(/spam results|fine/); // no rationale

    const outsider = await otherStakeholder.request('query ($id: ID!) { evaluationProject(id: $id) { id } }', { id });
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await otherStakeholder.data('{ evaluationProjects(first: 100) { edges { node { id } } } }');
    expect(listed.evaluationProjects.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(id);
    const mine = await stakeholder.data('{ evaluationProjects(first: 100) { edges { node { id } } } }');
    expect(mine.evaluationProjects.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(id);
  });

  it('takes a CSV population from a PROJECTS_WRITE token, all or nothing, and compares two arms drawn by strata', async () => {
    const { createApiToken } = await admin.data('mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }', { input: { name: 'ranking team', scopes: ['PROJECTS_WRITE'] } });
    const ranking = new ApiClient(server.url, createApiToken.secret);
    const id = await newProject(ranking, { comparison: 'ARMS', armLabels: ['ranker v1', 'ranker v2'] });
    const upload = (body: string) => fetch(`${server.url}/projects/${id}/population.csv`, { method: 'POST', headers: { authorization: `Bearer ${createApiToken.secret}`, 'content-type': 'text/csv' }, body });
    const header = 'external_id,kind,locale,weight,arm,query,results,surface\n';
    const rows = Array.from({ length: 80 }, (_, i) => `q-${i},SEARCH_QUERY,es-ES,${1 + (i % 3)},${i < 40 ? 'A' : 'B'},prohibited-item-query-${i},result one|result two,${i % 2 ? 'top10' : 'typeahead'}`);

    const bad = await upload(header + [...rows.slice(0, 3), 'q-bad,SEARCH_QUERY,es-ES,-1,A,prohibited-item-query-x,,top10'].join('\n'));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('line 5') });
    const formOrigin = await fetch(`${server.url}/projects/${id}/population.csv`, { method: 'POST', headers: { authorization: `Bearer ${createApiToken.secret}`, 'content-type': 'text/plain' }, body: header });
    expect(formOrigin.status).toBe(400);
    const good = await upload(header + rows.join('\n'));
    expect(await good.json()).toEqual({ added: 80, alreadyPresent: 0, populationItems: 80 });

    const { drawProjectSample } = await manager.data(draw, { input: { projectId: id, design: { kind: 'STRATIFIED', strataBy: ['surface'], size: 30, seed: 11 }, doubleReviewRate: 0 } });
    expect(drawProjectSample.project.design.strata).toEqual([
      { key: 'arm=A · surface=top10', units: 20, sampled: 15 },
      { key: 'arm=A · surface=typeahead', units: 20, sampled: 15 },
      { key: 'arm=B · surface=top10', units: 20, sampled: 15 },
      { key: 'arm=B · surface=typeahead', units: 20, sampled: 15 },
    ]);
    // The cases reach the queue in a seeded random order that mixes the arms.
    const { rows: order } = await db.query('select i.arm from project_sample s join review_case c on c.id = s.case_id join project_item i on i.id = s.item_id where s.project_id = $1 order by c.arrived_at', [id]);
    expect(new Set(order.slice(0, 10).map((row) => row.arm))).toEqual(new Set(['A', 'B']));
    // Arm B (q-40…q-79) is violating far more often than arm A.
    await labelAll(drawProjectSample.project.queue.id, id, (externalId) => (number(externalId) >= 40 ? (number(externalId) % 2 ? violating : benign) : number(externalId) % 10 === 0 ? violating : benign));
    const { results } = (await manager.data(resultsQuery, { id })).evaluationProject;
    expect(results.overall.map((row: { arm: string; labelled: number }) => [row.arm, row.labelled])).toEqual([['A', 30], ['B', 30]]);
    expect(results.overall.every((row: { estimate: { method: string } }) => row.estimate.method === 'WILSON_EFFECTIVE_SAMPLE')).toBe(true);
    expect(results.byStratum).toHaveLength(4);
    expect(results.comparison).toMatchObject({ method: 'NEWCOMBE', n: 60, tooFewToTell: false, significant: true });
    expect(results.comparison.value).toBeCloseTo(results.overall[1].estimate.value - results.overall[0].estimate.value, 12);
    expect(results.methodNotes.join(' ')).toMatch(/Newcombe/);
    // The token reads its own project's state, not the estimates before publication.
    expect((await ranking.data(resultsQuery, { id })).evaluationProject).toMatchObject({ status: 'LABELLING', results: null });
  });

  it('draws pairs and labels both of their items, and compares the arms pair by pair', async () => {
    const id = await newProject(stakeholder, { comparison: 'PAIRED', armLabels: ['ranker v1', 'ranker v2'] });
    const items = Array.from({ length: 30 }, (_, i) => [item(i, { arm: 'A', pairKey: `p-${i}` }), item(100 + i, { arm: 'B', pairKey: `p-${i}` })]).flat();
    await stakeholder.data(add, { input: { projectId: id, items: [...items, item(999, { arm: 'A', pairKey: 'p-alone' })] } });
    const { drawProjectSample } = await manager.data(draw, { input: { projectId: id, design: { kind: 'SIMPLE_RANDOM', size: 25, seed: 5 }, doubleReviewRate: 0 } });
    expect(drawProjectSample.project.design.strata).toEqual([{ key: 'all', units: 30, sampled: 25 }]);
    expect((await sampledIds(id)).size).toBe(50);
    // B is violating where A was, and on every fifth pair more.
    await labelAll(drawProjectSample.project.queue.id, id, (externalId) => {
      const pair = number(externalId) % 100;
      return pair % 3 === 0 || (number(externalId) >= 100 && pair % 5 === 0) ? violating : benign;
    });
    const { results } = (await manager.data(resultsQuery, { id })).evaluationProject;
    const sampledPairs = [...new Set([...(await sampledIds(id)).values()].map((externalId) => number(externalId) % 100))];
    const onlyB = sampledPairs.filter((pair) => pair % 3 !== 0 && pair % 5 === 0).length;
    expect(results.comparison).toMatchObject({ method: 'PAIRED_NORMAL', n: 25, discordant: { onlyA: 0, onlyB } });
    expect(results.comparison.value).toBeCloseTo(onlyB / 25, 12);
    expect(results.methodNotes.join(' ')).toMatch(/1 pairs missing an item were left out/);
  });

  it('puts its labels on the decision feed when the owner lets the project enforce', async () => {
    const id = await newProject(stakeholder);
    await stakeholder.data(add, { input: { projectId: id, items: Array.from({ length: 5 }, (_, i) => item(i)) } });
    const { drawProjectSample } = await manager.data(draw, { input: { projectId: id, design: { kind: 'SIMPLE_RANDOM', size: 3, seed: 2 }, doubleReviewRate: 0, enforces: true } });
    await labelAll(drawProjectSample.project.queue.id, id, () => violating);
    const { rows } = await db.query('select count(*)::int as n from decision_event e join project_sample s on s.case_id = e.case_id where s.project_id = $1', [id]);
    expect(rows[0].n).toBe(3);
  });

  it('refuses bad input and out-of-order steps with clear codes', async () => {
    const code = async (client: ApiClient, query: string, variables: Record<string, unknown>) => (await client.request(query, variables)).errors?.[0]?.extensions;
    expect(await code(stakeholder, request, { input: projectInput({ deadline: new Date(Date.now() - 1000).toISOString() }) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deadline' });
    expect(await code(stakeholder, request, { input: projectInput({ policyCodes: ['NO_SUCH_POLICY'] }) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'policyCodes' });
    expect(await code(stakeholder, request, { input: projectInput({ policyCodes: ['IMPERSONATION'] }) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'policyCodes' });
    expect(await code(stakeholder, request, { input: projectInput({ comparison: 'ARMS', armLabels: ['same', 'same'] }) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'armLabels' });
    expect(await code(stakeholder, request, { input: projectInput({ targetHalfWidth: 0 }) })).toMatchObject({ code: 'BAD_USER_INPUT' });

    const id = await newProject(stakeholder);
    expect(await code(manager, draw, { input: { projectId: id, design: { kind: 'SIMPLE_RANDOM' } } })).toMatchObject({ code: 'CONFLICT' });
    expect(await code(stakeholder, add, { input: { projectId: id, items: [item(1), item(2, { weight: -1 })] } })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await code(stakeholder, add, { input: { projectId: id, items: [item(1, { arm: 'A' })] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'arm' });
    expect(await code(stakeholder, add, { input: { projectId: id, items: [item(1, { attributes: { 'Bad Name': 'x' } })] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attributes' });
    expect(await code(stakeholder, add, { input: { projectId: id, items: [item(1), item(1)] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'externalId' });
    expect((await stakeholder.data('query ($id: ID!) { evaluationProject(id: $id) { population { items } } }', { id })).evaluationProject.population.items).toBe(0);

    await stakeholder.data(add, { input: { projectId: id, items: [item(1), item(2), item(3)] } });
    expect(await code(manager, draw, { input: { projectId: id, design: { kind: 'STRATIFIED', strataBy: ['no_such_attribute'] } } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'design.strataBy' });
    expect(await code(manager, draw, { input: { projectId: id, design: { kind: 'PPS', strataBy: ['surface'] } } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'design.strataBy' });
    expect(await code(manager, 'mutation ($id: ID!) { closeEvaluationProject(projectId: $id) { project { id } } }', { id })).toMatchObject({ code: 'CONFLICT' });
    const drawn = (await manager.data(draw, { input: { projectId: id, design: { kind: 'PPS', size: 2, seed: 1 } } })).drawProjectSample.project;
    expect(drawn.design.strata).toEqual([{ key: 'all', units: 3, sampled: 2 }]);
    expect(await code(manager, draw, { input: { projectId: id, design: { kind: 'PPS', size: 2, seed: 1 } } })).toMatchObject({ code: 'CONFLICT' });
    expect(await code(stakeholder, add, { input: { projectId: id, items: [item(9)] } })).toMatchObject({ code: 'CONFLICT' });
    expect(await code(manager, 'mutation ($input: PublishProjectResultsInput!) { publishProjectResults(input: $input) { project { id } } }', { input: { projectId: id } })).toMatchObject({ code: 'CONFLICT' });
    // Once closed, its queue hands out nothing more: the estimates are frozen.
    await manager.data('mutation ($id: ID!) { closeEvaluationProject(projectId: $id) { project { id } } }', { id });
    expect((await labellers[0]!.data(claim, { queueId: drawn.queue.id })).claimNextCase.case).toBeNull();
    expect((await db.query(`select count(*)::int as n from review_case where queue_id = $1 and status = 'OPEN'`, [drawn.queue.id])).rows[0].n).toBe(2);
    expect(await code(stakeholder, 'query ($id: ID!) { evaluationProject(id: $id) { id } }', { id: 'not-an-id' })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
