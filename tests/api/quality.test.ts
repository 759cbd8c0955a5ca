import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/kernel/roles.ts';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { createEvaluators, createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

type Person = ApiClient & { userId: string; token: string };

let server: TestServer;
let db: pg.Client;
let manager: Person;
let otherManager: Person;
let qa: Person;
let qa2: Person;
let evaluator: Person;
let evaluator2: Person;
beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  const [secondAnalyst] = await createEvaluators(server.app.orm.em.fork(), 1, Role.QA_ANALYST);
  [manager, otherManager, qa, qa2, evaluator, evaluator2] = await Promise.all([
    signedIn(server.url, 'manager@vigil.example'),
    signedIn(server.url, 'manager.accounts@vigil.example'),
    signedIn(server.url, 'qa@vigil.example'),
    signedIn(server.url, secondAnalyst!),
    signedIn(server.url, 'evaluator@vigil.example'),
    signedIn(server.url, 'evaluator2@vigil.example'),
  ]);
});
afterAll(async () => {
  await db.end();
  await server.stop();
});

const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId } } }';
const claim = 'mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id status subject { id } golden { id } } } }';
const decide = 'mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id kind } case { id status } } }';
const claimQa = 'mutation ($kind: QaTaskKind!, $queueId: ID) { claimNextQaTask(kind: $kind, queueId: $queueId) { task { id kind status case { id } } } }';
const completeQa =
  'mutation ($input: CompleteQaTaskInput!) { completeQaTask(input: $input) { task { id status outcome assignee { id } } decision { id kind verdict action policyCodes } case { id status standingDecision { id kind } } } }';
const measure = 'query ($scope: QualityScopeInput!, $groupBy: QualityGrouping!) { qualityMetrics(scope: $scope, groupBy: $groupBy) { key label decisions qaChecked qaAgreed accuracyVsQa { value n count tooFewToTell } qaSampled overturned overturnRate { value n count tooFewToTell } goldenAnswered goldenCorrect goldenAccuracy { value n count tooFewToTell } accuracy { value n count tooFewToTell } kappaVsReference { value n count tooFewToTell } doubleReviewedCases fleissKappa { value n count tooFewToTell } escalationsRaised slaAdherence { value n count tooFewToTell } primaryDecisions secondReviews adjudications casesHandled adjudicated adjudicationUpheld adjudicationUpheldRate { value n count tooFewToTell } slaDue slaDecidedInTime } }';

const violating = { verdict: 'VIOLATING', policyCodes: ['DANGEROUS_ACTS'], action: { type: 'REMOVE_SUGGESTION' } };
const benign = { verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' } };
type Finding = typeof violating | typeof benign;

const period = () => ({ from: new Date(Date.now() - 3600_000).toISOString(), to: new Date(Date.now() + 3600_000).toISOString() });

async function ingestInto(queueId: string, count = 1, extra: Record<string, unknown> = {}): Promise<string[]> {
  const reports = Array.from({ length: count }, () => queryReport(queueId, `prohibited-item-query-${randomUUID().slice(0, 8)}`, extra));
  const { ingestCases } = await manager.data(ingest, { input: { cases: reports } });
  return ingestCases.results.map((result: { caseId: string }) => result.caseId);
}

/** Claims the next case of the queue and decides it with the finding. */
async function claimAndDecide(by: ApiClient, queueId: string, finding: Finding): Promise<{ caseId: string; status: string; decisionId: string }> {
  const { claimNextCase } = await by.data(claim, { queueId });
  const caseId = claimNextCase.case.id;
  const { decideCase } = await by.data(decide, { input: { caseId, ...finding, rationale: 'as the policy reads', handleTimeMs: 30_000, idempotencyKey: randomUUID() } });
  return { caseId, status: decideCase.case.status, decisionId: decideCase.decision.id };
}

async function complete(by: ApiClient, taskId: string, finding: Finding) {
  return by.request(completeQa, { input: { taskId, ...finding, rationale: 'QA reading of the policy', handleTimeMs: 20_000 } });
}

describe('QA sampling', () => {
  it("samples resolved cases at the queue's QA rate", async () => {
    const sampled = await createTestQueue(server.app.orm.em.fork(), { qaSampleRate: 1 });
    const unsampled = await createTestQueue(server.app.orm.em.fork(), { qaSampleRate: 0 });
    await ingestInto(sampled.id, 2);
    await ingestInto(unsampled.id, 2);
    for (const queue of [sampled, unsampled]) {
      await claimAndDecide(evaluator, queue.id, benign);
      await claimAndDecide(evaluator, queue.id, violating);
    }
    const { rows } = await db.query("select queue_id, count(*)::int as tasks from qa_task where kind = 'SAMPLE' and queue_id = any($1) group by queue_id", [[sampled.id, unsampled.id]]);
    expect(rows).toEqual([{ queue_id: sampled.id, tasks: 2 }]);
    const { qaTaskCounts } = await qa.data('query ($queueId: ID) { qaTaskCounts(queueId: $queueId) { openSamples openAdjudications } }', { queueId: sampled.id });
    expect(qaTaskCounts).toEqual({ openSamples: 2, openAdjudications: 0 });
  });

  it('never gives an analyst a case they decided, and only analysts work the QA queue', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork(), { qaSampleRate: 1 });
    await ingestInto(queue.id);
    // The analyst decided this case themselves (analysts also work queues).
    const own = await claimAndDecide(qa, queue.id, benign);
    expect((await qa.data(claimQa, { kind: 'SAMPLE', queueId: queue.id })).claimNextQaTask.task).toBeNull();
    const { claimNextQaTask } = await qa2.data(claimQa, { kind: 'SAMPLE', queueId: queue.id });
    expect(claimNextQaTask.task.case.id).toBe(own.caseId);
    const refused = await evaluator.request(claimQa, { kind: 'SAMPLE', queueId: queue.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Another analyst's claim does not hand the same task out twice.
    expect((await qa.data(claimQa, { kind: 'SAMPLE', queueId: queue.id })).claimNextQaTask.task).toBeNull();
    const notHolder = await complete(qa, claimNextQaTask.task.id, benign);
    expect(notHolder.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('confirms a matching decision, and an override records a QA decision that stands, tells the evaluator and counts as an overturn', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork(), { qaSampleRate: 1 });
    await ingestInto(queue.id, 2);
    const first = await claimAndDecide(evaluator, queue.id, violating);
    const second = await claimAndDecide(evaluator, queue.id, violating);

    const confirmTask = (await qa.data(claimQa, { kind: 'SAMPLE', queueId: queue.id })).claimNextQaTask.task;
    expect(confirmTask.case.id).toBe(first.caseId);
    const confirmed = (await complete(qa, confirmTask.id, violating)).data!.completeQaTask;
    expect(confirmed.task).toMatchObject({ status: 'DONE', outcome: 'CONFIRMED', assignee: { id: qa.userId } });
    expect(confirmed.decision.kind).toBe('QA_REVIEW');

    const unread = async () => (await evaluator.data('{ myUnreadNotificationCount }')).myUnreadNotificationCount as number;
    const unreadBefore = await unread();
    const overrideTask = (await qa.data(claimQa, { kind: 'SAMPLE', queueId: queue.id })).claimNextQaTask.task;
    expect(overrideTask.case.id).toBe(second.caseId);
    const overridden = (await complete(qa, overrideTask.id, benign)).data!.completeQaTask;
    expect(overridden.task.outcome).toBe('OVERTURNED');
    expect(overridden.case).toEqual({ id: second.caseId, status: 'RESOLVED', standingDecision: { id: overridden.decision.id, kind: 'QA_REVIEW' } });
    expect(await unread()).toBe(unreadBefore + 1);
    const { myNotifications } = await evaluator.data('{ myNotifications(first: 1) { edges { node { kind text } } } }');
    expect(myNotifications.edges[0].node.kind).toBe('DECISION_OVERTURNED');

    // Done is done: a second submit is refused, and both changes are in the audit log.
    expect((await complete(qa, overrideTask.id, violating)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { rows } = await db.query("select action from audit_event where entity_type = 'QaTask' and entity_id = $1 order by id", [overrideTask.id]);
    expect(rows.map((row) => row.action)).toEqual(['qa_task.claimed', 'qa_task.completed']);

    const { qualityMetrics } = await manager.data(measure, { scope: { ...period(), queueId: queue.id }, groupBy: 'EVALUATOR' });
    expect(qualityMetrics).toHaveLength(1);
    // Two checks are below the minimum sample: the rates are withheld, their counts shown.
    expect(qualityMetrics[0]).toMatchObject({
      key: evaluator.userId,
      decisions: 2,
      qaChecked: 2,
      qaAgreed: 1,
      accuracyVsQa: { value: null, n: 2, count: 1, tooFewToTell: true },
      qaSampled: 2,
      overturned: 1,
      overturnRate: { value: null, n: 2, count: 1, tooFewToTell: true },
    });
  });

  it('checks the finding like any decision', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork(), { qaSampleRate: 1 });
    await ingestInto(queue.id);
    await claimAndDecide(evaluator, queue.id, benign);
    const task = (await qa.data(claimQa, { kind: 'SAMPLE', queueId: queue.id })).claimNextQaTask.task;
    const wrongAction = await complete(qa, task.id, { ...violating, action: { type: 'BAN' } });
    expect(wrongAction.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const noPolicy = await complete(qa, task.id, { ...violating, policyCodes: [] });
    expect(noPolicy.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'policyCodes' });
  });
});

describe('QA leases', () => {
  const heartbeat = 'mutation ($id: ID!) { heartbeatQaTask(id: $id) { task { id status leaseExpiresAt } } }';
  // Analysts of these tests' own, so no task another test left claimed is given back to them instead.
  let holder: Person;
  let other: Person;
  beforeAll(async () => {
    const [holderEmail, otherEmail] = await createEvaluators(server.app.orm.em.fork(), 2, Role.QA_ANALYST);
    [holder, other] = await Promise.all([signedIn(server.url, holderEmail!), signedIn(server.url, otherEmail!)]);
  });

  /** A sampled case's task in a queue whose claims last `leaseMs`, claimed by the holder. */
  async function claimedTask(leaseMs: number): Promise<{ taskId: string; queueId: string }> {
    const queue = await createTestQueue(server.app.orm.em.fork(), { qaSampleRate: 1, leaseMs });
    await ingestInto(queue.id);
    await claimAndDecide(evaluator, queue.id, benign);
    return { taskId: (await holder.data(claimQa, { kind: 'SAMPLE', queueId: queue.id })).claimNextQaTask.task.id, queueId: queue.id };
  }

  async function leaseLeftMs(taskId: string): Promise<number> {
    const { rows } = await db.query('select extract(epoch from lease_expires_at - now()) * 1000 as left_ms from qa_task where id = $1', [taskId]);
    return Number(rows[0].left_ms);
  }

  it("tells the analyst how long a claim lasts: the task's queue's lease", async () => {
    const { taskId } = await claimedTask(90_000);
    const { qaTask } = await holder.data('query ($id: ID!) { qaTask(id: $id) { leaseMs } }', { id: taskId });
    expect(qaTask.leaseMs).toBe(90_000);
    await holder.data('mutation ($id: ID!) { releaseQaTask(id: $id) { task { id } } }', { id: taskId });
  });

  it("extends the holder's claim by the queue's lease, so a long adjudication keeps its task", async () => {
    const { taskId } = await claimedTask(90_000);
    await db.query("update qa_task set lease_expires_at = now() + interval '2 seconds' where id = $1", [taskId]);
    const { heartbeatQaTask } = await holder.data(heartbeat, { id: taskId });
    expect(heartbeatQaTask.task).toMatchObject({ id: taskId, status: 'CLAIMED' });
    // Measured by the database's clock: the lease now runs a whole lease length, not the 2 seconds left.
    expect(await leaseLeftMs(taskId)).toBeGreaterThan(60_000);
    expect((await complete(holder, taskId, benign)).data?.completeQaTask.task.status).toBe('DONE');
  });

  it('refuses a heartbeat from anyone but the holder, after the claim ran out, and once the task is done', async () => {
    const { taskId, queueId } = await claimedTask(90_000);
    expect((await other.request(heartbeat, { id: taskId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await evaluator.request(heartbeat, { id: taskId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await db.query("update qa_task set lease_expires_at = now() - interval '1 second' where id = $1", [taskId]);
    expect((await holder.request(heartbeat, { id: taskId })).errors?.[0]?.extensions?.code).toBe('LEASE_EXPIRED');
    expect(await leaseLeftMs(taskId)).toBeLessThan(0);
    // The lapsed task is claimable again; once finished, nothing is left to keep.
    expect((await other.data(claimQa, { kind: 'SAMPLE', queueId })).claimNextQaTask.task.id).toBe(taskId);
    expect((await holder.request(heartbeat, { id: taskId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await complete(other, taskId, benign);
    expect((await other.request(heartbeat, { id: taskId })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await other.request(heartbeat, { id: 'not-a-task' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('adjudication', () => {
  it('sends a disagreeing double review to QA, who sees both decisions and settles the case', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork(), { doubleReviewRate: 1 });
    await ingestInto(queue.id);
    const primary = await claimAndDecide(evaluator, queue.id, violating);
    expect(primary.status).toBe('AWAITING_SECOND_REVIEW');
    const secondReview = await claimAndDecide(evaluator2, queue.id, benign);
    expect(secondReview).toMatchObject({ caseId: primary.caseId, status: 'IN_ADJUDICATION' });

    const { claimNextQaTask } = await qa.data(
      'mutation ($queueId: ID) { claimNextQaTask(kind: ADJUDICATION, queueId: $queueId) { task { id kind case { id status decisions { id kind verdict decidedBy { id } } } } } }',
      { queueId: queue.id },
    );
    const task = claimNextQaTask.task;
    expect(task.case.status).toBe('IN_ADJUDICATION');
    expect(task.case.decisions.map((d: any) => [d.kind, d.verdict, d.decidedBy.id])).toEqual([
      ['PRIMARY', 'VIOLATING', evaluator.userId],
      ['SECOND_REVIEW', 'NOT_VIOLATING', evaluator2.userId],
    ]);
    const adjudicated = (await complete(qa, task.id, violating)).data!.completeQaTask;
    expect(adjudicated.task.outcome).toBe('ADJUDICATED');
    expect(adjudicated.decision.kind).toBe('ADJUDICATION');
    expect(adjudicated.case).toEqual({ id: primary.caseId, status: 'RESOLVED', standingDecision: { id: adjudicated.decision.id, kind: 'ADJUDICATION' } });

    const { qualityMetrics } = await qa.data(measure, { scope: { ...period(), queueId: queue.id }, groupBy: 'EVALUATOR' });
    const byEvaluator = Object.fromEntries(qualityMetrics.map((row: any) => [row.key, row]));
    // An adjudication is not an accuracy sample (one side must lose): it is reported on its own.
    expect(byEvaluator[evaluator.userId]).toMatchObject({ qaChecked: 0, qaSampled: 0, accuracyVsQa: { value: null, n: 0 }, overturnRate: { value: null, n: 0 }, adjudicated: 1, adjudicationUpheld: 1, doubleReviewedCases: 1 });
    expect(byEvaluator[evaluator2.userId]).toMatchObject({ qaChecked: 0, accuracyVsQa: { n: 0 }, adjudicated: 1, adjudicationUpheld: 0, adjudicationUpheldRate: { n: 1, count: 0, tooFewToTell: true } });
    expect(byEvaluator[qa.userId]).toMatchObject({ adjudications: 1, decisions: 1, primaryDecisions: 0, casesHandled: 0 });
  });
});

describe('golden cases', () => {
  const mark = 'mutation ($input: MarkGoldenCaseInput!) { markGoldenCase(input: $input) { goldenCase { id verdict action policyCodes explanation score { answered correct accuracy } } } }';
  const golden = (caseId: string, finding: Finding = violating) => ({ input: { caseId, ...finding, rationale: 'textbook example of the policy' } });

  it('are marked by managers and QA with their answer, never S0, never twice', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    const [caseId, severe] = [...(await ingestInto(queue.id)), ...(await ingestInto(queue.id, 1, { severity: 'S0' }))];
    expect((await evaluator.request(mark, golden(caseId!))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await manager.request(mark, golden(severe!))).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'caseId' });
    expect((await manager.request(mark, golden(caseId!, { ...violating, action: { type: 'BAN' } }))).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { markGoldenCase } = await manager.data(mark, golden(caseId!));
    expect(markGoldenCase.goldenCase).toMatchObject({ verdict: 'VIOLATING', action: 'REMOVE_SUGGESTION', score: { answered: 0, correct: 0, accuracy: null } });
    expect((await qa.request(mark, golden(caseId!))).errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', field: 'caseId' });
    const { rows } = await db.query("select action from audit_event where entity_type = 'GoldenCase' and entity_id = $1", [markGoldenCase.goldenCase.id]);
    expect(rows.map((row) => row.action)).toEqual(['golden_case.marked']);
    const { goldenCases } = await evaluator.request('{ goldenCases { edges { node { id } } } }').then((r) => ({ goldenCases: r.errors?.[0]?.extensions?.code }));
    expect(goldenCases).toBe('FORBIDDEN');
  });

  it("are mixed into the queue at its rate, unseen by the evaluator, scored, and never touch the real case", async () => {
    const queue = await createTestQueue(server.app.orm.em.fork(), { goldenRate: 1 });
    const [realId] = await ingestInto(queue.id, 2);
    const { markGoldenCase } = await qa.data(mark, golden(realId!));
    const goldenId = markGoldenCase.goldenCase.id;

    const first = (await evaluator.data(claim, { queueId: queue.id })).claimNextCase.case;
    expect(first.id).not.toBe(realId);
    expect(first.golden).toBeNull(); // the evaluator is never told
    const { rows: [copy] } = await db.query('select golden_case_id, subject_id, status from review_case where id = $1', [first.id]);
    expect(copy).toMatchObject({ golden_case_id: goldenId, subject_id: first.subject.id, status: 'IN_REVIEW' });
    const overseen = await manager.data('query ($id: ID!) { case(id: $id) { golden { id } } }', { id: first.id });
    expect(overseen.case.golden.id).toBe(goldenId);

    const { decideCase } = await evaluator.data(decide, { input: { caseId: first.id, ...benign, rationale: 'looks fine', handleTimeMs: 10_000, idempotencyKey: randomUUID() } });
    expect(decideCase.case.status).toBe('RESOLVED');
    const { rows: [real] } = await db.query('select status, (select count(*)::int from decision where case_id = $1) as decisions from review_case where id = $1', [realId]);
    expect(real).toEqual({ status: 'OPEN', decisions: 0 });

    // Answered once, the golden case is not served to this evaluator again: the next claim is a real case.
    const next = (await evaluator.data(claim, { queueId: queue.id })).claimNextCase.case;
    const { rows: [nextRow] } = await db.query('select golden_case_id from review_case where id = $1', [next.id]);
    expect(nextRow.golden_case_id).toBeNull();
    await db.query('update review_case set assignee_id = null, lease_expires_at = null, status = $2 where id = $1', [next.id, 'OPEN']);

    // Another evaluator gets it and answers right.
    const other = (await evaluator2.data(claim, { queueId: queue.id })).claimNextCase.case;
    const { rows: [otherRow] } = await db.query('select golden_case_id from review_case where id = $1', [other.id]);
    expect(otherRow.golden_case_id).toBe(goldenId);
    await evaluator2.data(decide, { input: { caseId: other.id, ...violating, rationale: 'as the policy reads', handleTimeMs: 10_000, idempotencyKey: randomUUID() } });

    const { goldenCases } = await manager.data('query ($queueId: ID) { goldenCases(filter: { queueId: $queueId }) { edges { node { id score { answered correct accuracy } } } } }', { queueId: queue.id });
    expect(goldenCases.edges.map((edge: any) => edge.node)).toEqual([{ id: goldenId, score: { answered: 2, correct: 1, accuracy: 0.5 } }]);
    const { qualityMetrics } = await manager.data(measure, { scope: { ...period(), queueId: queue.id }, groupBy: 'EVALUATOR' });
    const byEvaluator = Object.fromEntries(qualityMetrics.map((row: any) => [row.key, row]));
    expect(byEvaluator[evaluator.userId]).toMatchObject({ goldenAnswered: 1, goldenCorrect: 0, goldenAccuracy: { n: 1, count: 0, tooFewToTell: true }, accuracy: { n: 1, count: 0 } });
    expect(byEvaluator[evaluator2.userId]).toMatchObject({ goldenAnswered: 1, goldenCorrect: 1, goldenAccuracy: { n: 1, count: 1 } });

    // Retired, it is no longer mixed in.
    await qa.data('mutation ($id: ID!) { retireGoldenCase(id: $id) { goldenCase { retiredAt } } }', { id: goldenId });
    const { rows: [live] } = await db.query('select count(*)::int as live from golden_case where queue_id = $1 and retired_at is null', [queue.id]);
    expect(live.live).toBe(0);
    const fresh = (await qa.data(claim, { queueId: queue.id })).claimNextCase.case;
    const { rows: [freshRow] } = await db.query('select golden_case_id from review_case where id = $1', [fresh.id]);
    expect(freshRow.golden_case_id).toBeNull();
  });

  it('are never served when the draw is above the golden rate', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork(), { goldenRate: 0 });
    const [realId, otherId] = await ingestInto(queue.id, 2);
    await manager.data(mark, golden(realId!));
    const claimed = (await evaluator.data(claim, { queueId: queue.id })).claimNextCase.case;
    expect([realId, otherId]).toContain(claimed.id);
  });
});

describe('quality measures', () => {
  it('measure handle time on the server, from the claim to the decision, beside the client’s figure', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    await ingestInto(queue.id);
    const { caseId, decisionId } = await claimAndDecide(evaluator, queue.id, benign);
    const { rows: [row] } = await db.query(
      `select d.handle_time_ms, d.server_handle_time_ms, round(extract(epoch from d.created_at - c.claimed_at) * 1000)::int as gap_ms
       from decision d join review_case c on c.id = d.case_id where d.id = $1 and c.id = $2`,
      [decisionId, caseId],
    );
    expect(row.handle_time_ms).toBe(30_000); // the client's figure is kept as sent
    expect(row.server_handle_time_ms).toBe(row.gap_ms);
    expect(row.server_handle_time_ms).toBeGreaterThanOrEqual(0);
  });

  it('let evaluators read only their own work and managers only their team', async () => {
    const scope = period();
    const own = await evaluator.data(measure, { scope, groupBy: 'EVALUATOR' });
    expect(own.qualityMetrics.every((row: any) => row.key === evaluator.userId)).toBe(true);
    const someoneElse = await evaluator.request(measure, { scope: { ...scope, evaluatorId: evaluator2.userId }, groupBy: 'ALL' });
    expect(someoneElse.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherTeam = await otherManager.request(measure, { scope: { ...scope, evaluatorId: evaluator.userId }, groupBy: 'ALL' });
    expect(otherTeam.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { qualityMetrics: teams } = await manager.data(measure, { scope, groupBy: 'TEAM' });
    expect(teams.map((row: any) => row.label)).toEqual(['Search Safety EMEA']);
    const badPeriod = await manager.request(measure, { scope: { from: scope.to, to: scope.from }, groupBy: 'ALL' });
    expect(badPeriod.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it("compute Fleiss' and Cohen's κ over the period's double reviews and QA answers", async () => {
    const queue = await createTestQueue(server.app.orm.em.fork(), { doubleReviewRate: 1 });
    // Twenty double-reviewed cases (the minimum for κ), five each of: agree V/V, agree N/N, disagree V/N, disagree N/V.
    const plan: [Finding, Finding][] = Array.from({ length: 5 }, (): [Finding, Finding][] => [
      [violating, violating],
      [benign, benign],
      [violating, benign],
      [benign, violating],
    ]).flat();
    for (const [firstFinding, secondFinding] of plan) {
      await ingestInto(queue.id);
      const first = await claimAndDecide(evaluator, queue.id, firstFinding);
      const second = await claimAndDecide(evaluator2, queue.id, secondFinding);
      expect(second.caseId).toBe(first.caseId);
    }
    // To 25 hours ahead, so the cases' SLA (at most 24 hours in this queue) falls due in the period.
    const scope = { from: period().from, to: new Date(Date.now() + 25 * 3600_000).toISOString(), queueId: queue.id };
    const { qualityMetrics } = await qa.data(measure, { scope, groupBy: 'ALL' });
    // Each case has two ratings; categories split evenly, so P̄e = 0.5 and P̄ = 0.5: κ = 0.
    expect(qualityMetrics[0]).toMatchObject({
      decisions: 40,
      primaryDecisions: 20,
      secondReviews: 20,
      doubleReviewedCases: 20,
      fleissKappa: { value: 0, n: 20, tooFewToTell: false },
      slaDue: 20,
      slaDecidedInTime: 20,
      slaAdherence: { value: 1, n: 20, count: 20 },
    });
  });
});
