import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

type Client = ApiClient & { userId: string; token: string };

let server: TestServer;
let db: pg.Client;
let qa: Client;
let manager: Client;
let otherManager: Client;
let admin: Client;
let evaluator: Client;
let evaluator2: Client;
let evaluator3: Client;
let evaluator4: Client;
beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  const as = (name: string) => signedIn(server.url, `${name}@vigil.example`);
  [qa, manager, otherManager, admin, evaluator, evaluator2, evaluator3, evaluator4] = await Promise.all([
    as('qa'),
    as('manager'),
    as('manager.accounts'),
    as('admin'),
    as('evaluator'),
    as('evaluator2'),
    as('evaluator3'),
    as('evaluator4'),
  ]);
});
afterAll(async () => {
  await db.end();
  await server.stop();
});

const create = 'mutation ($input: CreateCalibrationSessionInput!) { createCalibrationSession(input: $input) { session { id status title createdBy { email } } } }';
const submit = 'mutation ($input: SubmitCalibrationLabelInput!) { submitCalibrationLabel(input: $input) { label { id caseId verdict policyCodes } } }';
const close = 'mutation ($id: ID!) { closeCalibrationSession(id: $id) { session { id status closedAt } } }';
const read = `query ($id: ID!) { calibrationSession(id: $id) {
  id status labelCount
  cases { id status }
  participants { user { id } labelled finished }
  myLabels { caseId verdict policyCodes }
  results {
    fullyLabelledCases fleissKappa
    cases { case { id } consensus goldenVerdict spread { verdict count } }
    pairs { first { id } second { id } cases cohensKappa }
    participants { participant { id } labelled compared agreementWithConsensus goldenCompared agreementWithGolden }
  }
} }`;

const code = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

/** Fresh cases in a queue of their own. */
async function newCases(count: number): Promise<string[]> {
  const queue = await createTestQueue(server.app.orm.em.fork());
  const reports = Array.from({ length: count }, (_, i) => queryReport(queue.id, `calibration-query-${i}-${randomUUID().slice(0, 8)}`));
  const { ingestCases } = await manager.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId } } }', { input: { cases: reports } });
  return ingestCases.results.map((result: { caseId: string }) => result.caseId);
}

/** A session run by QA with evaluator, evaluator2 and evaluator3 labelling. */
async function newSession(caseCount = 5): Promise<{ id: string; caseIds: string[] }> {
  const caseIds = await newCases(caseCount);
  const { createCalibrationSession } = await qa.data(create, {
    input: { title: 'Search spam calibration', caseIds, participantIds: [evaluator.userId, evaluator2.userId, evaluator3.userId] },
  });
  return { id: createCalibrationSession.session.id, caseIds };
}

const V = 'VIOLATING';
const N = 'NOT_VIOLATING';

function label(by: Client, sessionId: string, caseId: string, verdict: string) {
  return by.data(submit, { input: { sessionId, caseId, verdict, policyCodes: verdict === V ? ['SPAM_AND_FAKE_ENGAGEMENT'] : [] } });
}

/**
 * The worked example: cases 1–4 labelled by all three, case 5 by the first two only.
 *   case 1: V V V   case 2: N N N   case 3: V V N   case 4: V N N   case 5: V N –
 */
async function labelWorkedExample(sessionId: string, caseIds: string[]): Promise<void> {
  const plan: [Client, (string | null)[]][] = [
    [evaluator, [V, N, V, V, V]],
    [evaluator2, [V, N, V, N, N]],
    [evaluator3, [V, N, N, N, null]],
  ];
  for (const [who, verdicts] of plan) {
    for (const [i, verdict] of verdicts.entries()) if (verdict) await label(who, sessionId, caseIds[i]!, verdict);
  }
}

type SessionPage = { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

async function auditActions(entityId: string): Promise<string[]> {
  const { rows } = await db.query('select action from audit_event where entity_id = $1 order by id', [entityId]);
  return rows.map((row) => row.action);
}

describe('a calibration session', () => {
  it('opens with its cases and participants, nobody finished yet', async () => {
    const { id, caseIds } = await newSession();
    const { calibrationSession } = await qa.data(read, { id });
    expect(calibrationSession).toMatchObject({ status: 'OPEN', labelCount: 0, myLabels: [], results: null });
    expect(calibrationSession.cases.map((c: { id: string }) => c.id)).toEqual(caseIds);
    expect(calibrationSession.participants).toEqual([evaluator, evaluator2, evaluator3].map((who) => ({ user: { id: who.userId }, labelled: 0, finished: false })));
    expect(await auditActions(id)).toEqual(['calibration.session_created']);
  });

  it('lets participants read its cases though they do not hold them', async () => {
    const { id, caseIds } = await newSession(2);
    const { calibrationSession } = await evaluator.data('query ($id: ID!) { calibrationSession(id: $id) { cases { id status subject { id } } } }', { id });
    expect(calibrationSession.cases.map((c: { id: string }) => c.id)).toEqual(caseIds);
  });

  it('keeps labels blind while open: each participant sees only their own, everyone else only counts', async () => {
    const { id, caseIds } = await newSession();
    await labelWorkedExample(id, caseIds);

    const mine = (await evaluator3.data(read, { id })).calibrationSession;
    expect(mine.myLabels).toEqual([
      { caseId: caseIds[0], verdict: V, policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT'] },
      { caseId: caseIds[1], verdict: N, policyCodes: [] },
      { caseId: caseIds[2], verdict: N, policyCodes: [] },
      { caseId: caseIds[3], verdict: N, policyCodes: [] },
    ]);
    for (const viewer of [qa, admin, manager]) {
      const seen = (await viewer.data(read, { id })).calibrationSession;
      expect(seen).toMatchObject({ labelCount: 14, myLabels: [], results: null });
      expect(seen.participants.map((p: { labelled: number; finished: boolean }) => [p.labelled, p.finished])).toEqual([
        [5, true],
        [5, true],
        [4, false],
      ]);
    }
  });

  it('lets a participant change a label while open, keeping one label per case and never acting on the case', async () => {
    const { id, caseIds } = await newSession(2);
    const first = (await label(evaluator, id, caseIds[0]!, N)).submitCalibrationLabel.label;
    const changed = (await label(evaluator, id, caseIds[0]!, V)).submitCalibrationLabel.label;
    expect(changed).toEqual({ id: first.id, caseId: caseIds[0], verdict: V, policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT'] });
    expect((await evaluator.data(read, { id })).calibrationSession).toMatchObject({ labelCount: 1, myLabels: [{ caseId: caseIds[0], verdict: V }] });

    const { rows } = await db.query('select status, assignee_id, (select count(*)::int from decision where case_id = $1) as decisions from review_case where id = $1', [caseIds[0]]);
    expect(rows[0]).toEqual({ status: 'OPEN', assignee_id: null, decisions: 0 });

    const { rows: audit } = await db.query("select actor_id, before, after from audit_event where entity_id = $1 and action = 'calibration.label_submitted' order by id", [id]);
    expect(audit).toEqual([
      { actor_id: evaluator.userId, before: null, after: { caseId: caseIds[0], verdict: N, policyCodes: [] } },
      {
        actor_id: evaluator.userId,
        before: { caseId: caseIds[0], verdict: N, policyCodes: [] },
        after: { caseId: caseIds[0], verdict: V, policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT'] },
      },
    ]);
  });

  it('checks a label: a violating verdict names policies, and the case belongs to the session', async () => {
    const { id } = await newSession(2);
    const [elsewhere] = await newCases(1);
    const noPolicy = await evaluator.request(submit, { input: { sessionId: id, caseId: elsewhere, verdict: V, policyCodes: [] } });
    expect(noPolicy.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'policyCodes' });
    const outside = await evaluator.request(submit, { input: { sessionId: id, caseId: elsewhere, verdict: N, policyCodes: [] } });
    expect(outside.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'caseId' });
  });

  it('closes with the spread, consensus, Fleiss’ κ, pairwise Cohen’s κ and each person’s agreement with the consensus and the golden answers', async () => {
    const { id, caseIds } = await newSession();
    await labelWorkedExample(id, caseIds);
    // Case 3 is golden: the known answer is violating spam.
    await qa.data('mutation ($input: MarkGoldenCaseInput!) { markGoldenCase(input: $input) { goldenCase { id } } }', {
      input: { caseId: caseIds[2], verdict: V, policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT'], action: { type: 'REMOVE_SUGGESTION' }, rationale: 'textbook spam query' },
    });
    const { closeCalibrationSession } = await qa.data(close, { id });
    expect(closeCalibrationSession.session.status).toBe('CLOSED');

    const { results } = (await evaluator.data(read, { id })).calibrationSession;
    const spread = (v: number, n: number) => [
      { verdict: V, count: v },
      { verdict: N, count: n },
      { verdict: 'NEEDS_CONTEXT', count: 0 },
    ];
    expect(results.cases).toEqual([
      { case: { id: caseIds[0] }, spread: spread(3, 0), consensus: V, goldenVerdict: null },
      { case: { id: caseIds[1] }, spread: spread(0, 3), consensus: N, goldenVerdict: null },
      { case: { id: caseIds[2] }, spread: spread(2, 1), consensus: V, goldenVerdict: V },
      { case: { id: caseIds[3] }, spread: spread(1, 2), consensus: N, goldenVerdict: null },
      // One each: a tie has no consensus.
      { case: { id: caseIds[4] }, spread: spread(1, 1), consensus: null, goldenVerdict: null },
    ]);

    // Fleiss' κ on cases 1–4 (case 5 lacks evaluator3's label), 3 raters:
    //   per-case agreement P_i = (Σ n_ij² − 3) / 6 → 1, 1, 1/3, 1/3; mean P̄ = 2/3
    //   category shares: V 6/12, N 6/12 → P̄e = 1/4 + 1/4 = 1/2
    //   κ = (2/3 − 1/2) / (1 − 1/2) = 1/3
    expect(results.fullyLabelledCases).toBe(4);
    expect(results.fleissKappa).toBeCloseTo(1 / 3, 10);

    // Cohen's κ, evaluator vs evaluator2 on all five cases: V N V V V against V N V N N.
    //   p_o = 3/5; shares V 4/5 · 2/5 + N 1/5 · 3/5 = 0.44; κ = (0.6 − 0.44) / 0.56 = 2/7
    // evaluator vs evaluator3 on cases 1–4: V N V V against V N N N.
    //   p_o = 2/4; p_e = 3/4 · 1/4 + 1/4 · 3/4 = 3/8; κ = (1/2 − 3/8) / (5/8) = 1/5
    const pair = (a: Client, b: Client) => results.pairs.find((p: any) => p.first.id === a.userId && p.second.id === b.userId);
    expect(results.pairs).toHaveLength(3);
    expect(pair(evaluator, evaluator2)).toMatchObject({ cases: 5 });
    expect(pair(evaluator, evaluator2).cohensKappa).toBeCloseTo(2 / 7, 10);
    expect(pair(evaluator, evaluator3)).toMatchObject({ cases: 4 });
    expect(pair(evaluator, evaluator3).cohensKappa).toBeCloseTo(1 / 5, 10);

    // Consensus V N V N – (case 5 tied): evaluator misses case 4, evaluator3 case 3, which is also the golden one.
    expect(results.participants).toEqual([
      { participant: { id: evaluator.userId }, labelled: 5, compared: 4, agreementWithConsensus: 0.75, goldenCompared: 1, agreementWithGolden: 1 },
      { participant: { id: evaluator2.userId }, labelled: 5, compared: 4, agreementWithConsensus: 1, goldenCompared: 1, agreementWithGolden: 1 },
      { participant: { id: evaluator3.userId }, labelled: 4, compared: 4, agreementWithConsensus: 0.75, goldenCompared: 1, agreementWithGolden: 0 },
    ]);

    expect(await auditActions(id)).toEqual(['calibration.session_created', ...Array(14).fill('calibration.label_submitted'), 'calibration.session_closed']);
  });

  it('freezes labels once closed, and closes only once', async () => {
    const { id, caseIds } = await newSession(2);
    await label(evaluator, id, caseIds[0]!, N);
    await qa.data(close, { id });
    expect(code(await evaluator.request(submit, { input: { sessionId: id, caseId: caseIds[0], verdict: V, policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT'] } }))).toBe('CONFLICT');
    expect(code(await evaluator2.request(submit, { input: { sessionId: id, caseId: caseIds[1], verdict: N, policyCodes: [] } }))).toBe('CONFLICT');
    expect(code(await qa.request(close, { id }))).toBe('CONFLICT');
    expect((await evaluator.data(read, { id })).calibrationSession.myLabels).toEqual([{ caseId: caseIds[0], verdict: N, policyCodes: [] }]);
    expect(await auditActions(id)).toEqual(['calibration.session_created', 'calibration.label_submitted', 'calibration.session_closed']);
  });
});

describe('who may do what', () => {
  it('lets QA analysts, managers and admins create sessions, not evaluators', async () => {
    const caseIds = await newCases(2);
    const input = { title: 'who may create', caseIds, participantIds: [evaluator.userId, evaluator2.userId] };
    expect(code(await evaluator.request(create, { input }))).toBe('FORBIDDEN');
    for (const creator of [qa, manager, admin]) {
      expect((await creator.data(create, { input })).createCalibrationSession.session.status).toBe('OPEN');
    }
  });

  it('checks the cases and the participants of a new session', async () => {
    const caseIds = await newCases(2);
    const attempt = (input: Record<string, unknown>) => qa.request(create, { input: { title: 'checks', caseIds, participantIds: [evaluator.userId, evaluator2.userId], ...input } });
    expect((await attempt({ caseIds: [caseIds[0], caseIds[0]] })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'caseIds' });
    expect((await attempt({ caseIds: [caseIds[0], randomUUID()] })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'caseIds' });
    expect((await attempt({ participantIds: [evaluator.userId] })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'participantIds' });
    // A manager does not review cases, so cannot be asked to label.
    expect((await attempt({ participantIds: [evaluator.userId, manager.userId] })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'participantIds' });
    expect((await attempt({ title: '   ' })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
  });

  it('takes labels only from participants', async () => {
    const { id, caseIds } = await newSession(2);
    for (const outsider of [evaluator4, qa, admin]) {
      expect(code(await outsider.request(submit, { input: { sessionId: id, caseId: caseIds[0], verdict: N, policyCodes: [] } }))).toBe('FORBIDDEN');
    }
    expect(await auditActions(id)).toEqual(['calibration.session_created']);
  });

  it('shows a session to its creator, participants, admins and the creator’s managers only', async () => {
    const { id } = await newSession(2);
    for (const reader of [qa, evaluator, evaluator3, admin, manager]) {
      expect((await reader.data('query ($id: ID!) { calibrationSession(id: $id) { id } }', { id })).calibrationSession.id).toBe(id);
    }
    // evaluator4 takes no part; the accounts manager does not manage QA's team.
    for (const outsider of [evaluator4, otherManager]) {
      expect(code(await outsider.request('query ($id: ID!) { calibrationSession(id: $id) { id } }', { id }))).toBe('FORBIDDEN');
    }
  });

  it('lets only the creator or an admin close a session', async () => {
    const { id } = await newSession(2);
    for (const other of [evaluator, manager]) expect(code(await other.request(close, { id }))).toBe('FORBIDDEN');
    expect((await admin.data(close, { id })).closeCalibrationSession.session.status).toBe('CLOSED');
    const { rows } = await db.query("select actor_id from audit_event where entity_id = $1 and action = 'calibration.session_closed'", [id]);
    expect(rows).toEqual([{ actor_id: admin.userId }]);
  });

  it('lists the sessions a person created or takes part in; managers see their team’s, admins all', async () => {
    const { id } = await newSession(2);
    const list = 'query ($after: String) { calibrationSessions(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';
    const ids = async (who: Client) => {
      const found: string[] = [];
      let after: string | null = null;
      do {
        const page: SessionPage = (await who.data(list, { after })).calibrationSessions;
        found.push(...page.edges.map((edge) => edge.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return found;
    };
    for (const sees of [qa, evaluator3, manager, admin]) expect(await ids(sees)).toContain(id);
    for (const doesNot of [evaluator4, otherManager]) expect(await ids(doesNot)).not.toContain(id);
    // Newest first, each session once even though QA created it and three people take part.
    const mine = await ids(qa);
    expect(mine[0]).toBe(id);
    expect(new Set(mine).size).toBe(mine.length);
  });
});
