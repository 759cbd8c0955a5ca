/**
 * Each quality measure on a small fixed data set, against values worked out by hand from the
 * definitions in server/src/quality/metrics.service.ts (`measureDefinitions`). The data:
 *
 * - Double review (queue D): E1 primary, E2 second review on d1 (both VIOLATING) and d2
 *   (E1 VIOLATING, E2 NOT_VIOLATING → QA adjudicates VIOLATING: E1 upheld, E2 not).
 * - QA samples (queue S): E1 decides s1 and s2 VIOLATING; QA confirms s1 and overturns s2.
 * - Escalations: E1 escalates an S0 case (compulsory) and an S2 case (discretionary); in queue
 *   D2 E1 decides, then E2, holding the case for its second review, escalates it (discretionary).
 *   The specialist confirmed the compulsory one was needed and the discretionary one of E1 not.
 * - Golden (queue G): E1 decided g0, which became golden; E1 is never served its copy, E2 is and
 *   answers right.
 *
 * By hand, E1: primary 6 (d1, d2, s1, s2, D2's case, g0), escalations 2 (1 compulsory),
 * cases handled 6 + 2 = 8, escalation rate 1 / (8 − 1); QA checked 2, agreed 1; adjudicated 1,
 * upheld 1; partner E2 on 2 cases, 1 agreed. E2: second reviews 2, golden 1 (correct), one
 * discretionary escalation as second reviewer: cases handled 2 + 1 + 1 = 4, rate 1 / 4.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QualityGrouping, QualityMetricsService } from '../../server/src/quality/metrics.service.ts';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { createEvaluators, createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

type Person = ApiClient & { userId: string; token: string };

let server: TestServer;
let db: pg.Client;
let manager: Person;
let qa: Person;
let e1: Person;
let e2: Person;
let beforeQa: string;
const started = new Date();

const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId } } }';
const claim = 'mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id golden { id } } } }';
const decide = 'mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id kind } case { id status } } }';
const escalate = 'mutation ($input: EscalateCaseInput!) { escalateCase(input: $input) { escalation { id } } }';
const claimQa = 'mutation ($kind: QaTaskKind!, $queueId: ID) { claimNextQaTask(kind: $kind, queueId: $queueId) { task { id } } }';
const completeQa = 'mutation ($input: CompleteQaTaskInput!) { completeQaTask(input: $input) { task { id } } }';
const mark = 'mutation ($input: MarkGoldenCaseInput!) { markGoldenCase(input: $input) { goldenCase { id } } }';
const estimate = '{ value n count tooFewToTell }';
const measure = `query ($scope: QualityScopeInput!, $groupBy: QualityGrouping!, $asOf: DateTime) { qualityMetrics(scope: $scope, groupBy: $groupBy, asOf: $asOf) {
  key asOf timeZone decisions primaryDecisions secondReviews adjudications casesHandled goldenAnswered goldenCorrect
  qaChecked qaAgreed overturned accuracy ${estimate} accuracyVsQa ${estimate} adjudicated adjudicationUpheld
  escalationsRaised escalationsCompulsory escalationsDiscretionary escalationsResolved escalationsConfirmed escalationPrecision ${estimate} escalationRate ${estimate}
  slaDue slaDecidedInTime slaDecidedLate slaOpenPastDue slaEscalatedPastDue slaAdherence ${estimate}
  tierSlaDue tierSlaAnsweredInTime tierSlaAnsweredLate tierSlaOpenPastDue tierSlaAdherence ${estimate} fleissKappa ${estimate}
  partners { partnerId n agreement ${estimate} kappa ${estimate} } } }`;

const violating = { verdict: 'VIOLATING', policyCodes: ['DANGEROUS_ACTS'], action: { type: 'REMOVE_SUGGESTION' } };
const benign = { verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' } };
type Finding = typeof violating | typeof benign;

async function ingestInto(queueId: string, count = 1, extra: Record<string, unknown> = {}): Promise<string[]> {
  const reports = Array.from({ length: count }, () => queryReport(queueId, `prohibited-item-query-${randomUUID().slice(0, 8)}`, extra));
  const { ingestCases } = await manager.data(ingest, { input: { cases: reports } });
  return ingestCases.results.map((result: { caseId: string }) => result.caseId);
}

async function claimed(by: ApiClient, queueId: string): Promise<{ id: string }> {
  return (await by.data(claim, { queueId })).claimNextCase.case;
}

async function decideHeld(by: ApiClient, caseId: string, finding: Finding): Promise<void> {
  await by.data(decide, { input: { caseId, ...finding, rationale: 'as the policy reads', handleTimeMs: 30_000, idempotencyKey: randomUUID() } });
}

async function claimAndDecide(by: ApiClient, queueId: string, finding: Finding): Promise<string> {
  const { id } = await claimed(by, queueId);
  await decideHeld(by, id, finding);
  return id;
}

async function escalateHeld(by: ApiClient, caseId: string): Promise<string> {
  return (await by.data(escalate, { input: { caseId, reason: 'POLICY_UNCLEAR', note: 'unsure which area applies', tierCode: 'POLICY' } })).escalateCase.escalation.id;
}

async function qaComplete(kind: 'SAMPLE' | 'ADJUDICATION', queueId: string, finding: Finding): Promise<void> {
  const { claimNextQaTask } = await qa.data(claimQa, { kind, queueId });
  await qa.data(completeQa, { input: { taskId: claimNextQaTask.task.id, ...finding, rationale: 'QA reading of the policy', handleTimeMs: 20_000 } });
}

const period = () => ({ from: new Date(started.getTime() - 3600_000).toISOString(), to: new Date(Date.now() + 3600_000).toISOString() });
const measured = async (scope: Record<string, unknown>, groupBy = 'EVALUATOR', asOf?: string) =>
  (await qa.data(measure, { scope: { ...period(), ...scope }, groupBy, asOf })).qualityMetrics as any[];

beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  const em = server.app.orm.em.fork();
  const [one, two] = await createEvaluators(em, 2);
  [manager, qa, e1, e2] = await Promise.all([
    signedIn(server.url, 'manager@vigil.example'),
    signedIn(server.url, 'qa@vigil.example'),
    signedIn(server.url, one!),
    signedIn(server.url, two!),
  ]);

  // Double review, one agreement and one adjudicated disagreement.
  const d = await createTestQueue(server.app.orm.em.fork(), { doubleReviewRate: 1 });
  for (const [first, second] of [[violating, violating], [violating, benign]] as const) {
    await ingestInto(d.id);
    await claimAndDecide(e1, d.id, first);
    await claimAndDecide(e2, d.id, second);
  }
  await qaComplete('ADJUDICATION', d.id, violating);

  // Random QA samples: one confirmed, one overturned; `beforeQa` is read between the decisions and the reviews.
  const s = await createTestQueue(server.app.orm.em.fork(), { qaSampleRate: 1 });
  await ingestInto(s.id, 2);
  await claimAndDecide(e1, s.id, violating);
  await claimAndDecide(e1, s.id, violating);
  beforeQa = (await db.query('select clock_timestamp() as at')).rows[0].at.toISOString();
  await qaComplete('SAMPLE', s.id, violating);
  await qaComplete('SAMPLE', s.id, benign);

  // Escalations: compulsory (S0), discretionary (S2), and a second reviewer's own.
  const n = await createTestQueue(server.app.orm.em.fork());
  await ingestInto(n.id, 1, { severity: 'S0' });
  await ingestInto(n.id);
  // Claims take the most severe first: the S0 case, then the other.
  const compulsory = await escalateHeld(e1, (await claimed(e1, n.id)).id);
  const discretionary = await escalateHeld(e1, (await claimed(e1, n.id)).id);
  await db.query("update escalation set status = 'RESOLVED', needed_escalation = true where id = $1", [compulsory]);
  await db.query("update escalation set status = 'RESOLVED', needed_escalation = false where id = $1", [discretionary]);
  const d2 = await createTestQueue(server.app.orm.em.fork(), { doubleReviewRate: 1 });
  await ingestInto(d2.id);
  await claimAndDecide(e1, d2.id, violating);
  await escalateHeld(e2, (await claimed(e2, d2.id)).id);

  // Golden: E1 decided the original, so only E2 is served its copy.
  const g = await createTestQueue(server.app.orm.em.fork(), { goldenRate: 1 });
  const [original] = await ingestInto(g.id);
  await claimAndDecide(e1, g.id, violating);
  await manager.data(mark, { input: { caseId: original, ...violating, rationale: 'textbook example of the policy' } });
}, 120_000);

afterAll(async () => {
  await db?.end();
  await server?.stop();
});

describe('quality definitions on a fixed data set', () => {
  it('never serves a golden copy to anyone who decided the original case', async () => {
    const g = (await db.query('select g.id, g.queue_id from golden_case g join decision d on d.case_id = g.source_case_id where d.decided_by_id = $1', [e1.userId])).rows[0];
    await ingestInto(g.queue_id);
    const served = await claimed(e1, g.queue_id);
    const { rows: [row] } = await db.query('select golden_case_id from review_case where id = $1', [served.id]);
    expect(row.golden_case_id).toBeNull();
    await db.query("update review_case set assignee_id = null, lease_expires_at = null, status = 'OPEN' where id = $1", [served.id]);
    const other = await claimed(e2, g.queue_id);
    const { rows: [copy] } = await db.query('select golden_case_id from review_case where id = $1', [other.id]);
    expect(copy.golden_case_id).toBe(g.id);
    await decideHeld(e2, other.id, violating);
  });

  it('count throughput by kind, escalations as handled work, and the escalation rate over discretionary ones', async () => {
    const rows = Object.fromEntries((await measured({})).map((row) => [row.key, row]));
    expect(rows[e1.userId]).toMatchObject({
      primaryDecisions: 6,
      secondReviews: 0,
      goldenAnswered: 0,
      decisions: 6,
      escalationsRaised: 2,
      escalationsCompulsory: 1,
      escalationsDiscretionary: 1,
      casesHandled: 8,
      escalationRate: { n: 7, count: 1, tooFewToTell: true },
      escalationsResolved: 1,
      escalationsConfirmed: 0,
      escalationPrecision: { n: 1, count: 0 },
    });
    // The second reviewer's own escalation is their handled work and in their rate.
    expect(rows[e2.userId]).toMatchObject({
      primaryDecisions: 0,
      secondReviews: 2,
      goldenAnswered: 1,
      goldenCorrect: 1,
      decisions: 3,
      escalationsRaised: 1,
      escalationsDiscretionary: 1,
      casesHandled: 4,
      escalationRate: { n: 4, count: 1 },
    });
    expect(rows[qa.userId]).toMatchObject({ adjudications: 1, decisions: 1, primaryDecisions: 0 });
  });

  it('measure accuracy from QA samples and golden answers only, with adjudications apart', async () => {
    const rows = Object.fromEntries((await measured({})).map((row) => [row.key, row]));
    expect(rows[e1.userId]).toMatchObject({ qaChecked: 2, qaAgreed: 1, overturned: 1, accuracy: { n: 2, count: 1 }, adjudicated: 1, adjudicationUpheld: 1 });
    expect(rows[e2.userId]).toMatchObject({ qaChecked: 0, accuracyVsQa: { n: 0 }, accuracy: { n: 1, count: 1 }, adjudicated: 1, adjudicationUpheld: 0 });
  });

  it('name each double-review partner with n and agreement; no per-person Fleiss κ', async () => {
    const rows = Object.fromEntries((await measured({})).map((row) => [row.key, row]));
    expect(rows[e1.userId].partners).toEqual([{ partnerId: e2.userId, n: 2, agreement: { value: null, n: 2, count: 1, tooFewToTell: true }, kappa: { value: null, n: 2, count: null, tooFewToTell: true } }]);
    expect(rows[e1.userId].fleissKappa).toMatchObject({ n: 0, value: null });
  });

  it('count only reference answers given before asOf', async () => {
    const [now] = await measured({ evaluatorId: e1.userId }, 'ALL');
    const [then] = await measured({ evaluatorId: e1.userId }, 'ALL', beforeQa);
    expect(now).toMatchObject({ qaChecked: 2 });
    expect(then).toMatchObject({ qaChecked: 0, asOf: beforeQa });
  });

  it('state SLA adherence over every case due in the period (in time, late, open past due, escalated past due), and the tiers’ own SLA', async () => {
    const t = await createTestQueue(server.app.orm.em.fork());
    const [inTime, late, open, escalated, pending] = await ingestInto(t.id, 5);
    const order = [inTime, late, escalated];
    // Claims hand cases out by SLA: make the three to work the next ones due.
    for (const [i, id] of order.entries()) await db.query(`update review_case set sla_due_at = now() + interval '${i + 1} minutes' where id = $1`, [id]);
    await claimAndDecide(e1, t.id, benign);
    await claimAndDecide(e1, t.id, benign);
    await escalateHeld(e1, (await claimed(e1, t.id)).id);
    await db.query("update review_case set sla_due_at = now() + interval '30 minutes' where id = $1", [inTime]);
    await db.query("update review_case set sla_due_at = (select created_at from decision where case_id = $1) - interval '1 minute' where id = $1", [late]);
    await db.query("update review_case set sla_due_at = now() - interval '10 minutes' where id = any($1)", [[open, escalated]]);
    await db.query("update review_case set sla_due_at = now() + interval '40 minutes' where id = $1", [pending]);
    // The escalation's own (tier) SLA ran out too, unanswered.
    await db.query("update escalation set sla_due_at = now() - interval '5 minutes' where case_id = $1", [escalated]);
    const [all] = await measured({ queueId: t.id }, 'ALL');
    expect(all).toMatchObject({ slaDue: 4, slaDecidedInTime: 1, slaDecidedLate: 1, slaOpenPastDue: 1, slaEscalatedPastDue: 1, slaAdherence: { n: 4, count: 1, tooFewToTell: true } });
    expect(all).toMatchObject({ tierSlaDue: 1, tierSlaAnsweredInTime: 0, tierSlaAnsweredLate: 0, tierSlaOpenPastDue: 1, tierSlaAdherence: { n: 1, count: 0 } });
    // Per evaluator, the untouched open case belongs to nobody.
    const [mine] = await measured({ queueId: t.id }, 'EVALUATOR');
    expect(mine).toMatchObject({ key: e1.userId, slaDue: 3, slaOpenPastDue: 0 });
  });

  it("cut days in the evaluator's site's time zone", async () => {
    const { rows: [one] } = await db.query("select id from decision where decided_by_id = $1 and kind = 'PRIMARY' limit 1", [e1.userId]);
    await db.query("update decision set created_at = '2026-03-10T23:30:00Z' where id = $1", [one.id]);
    await db.query("update site set time_zone = 'Europe/Berlin' where id = (select t.site_id from team t join app_user u on u.team_id = t.id where u.id = $1)", [e1.userId]);
    const scope = { from: new Date('2026-03-10T00:00:00Z'), to: new Date('2026-03-12T00:00:00Z'), evaluatorId: e1.userId };
    const days = await new QualityMetricsService(server.app.orm.em.fork()).measure(scope, QualityGrouping.DAY);
    // 23:30 UTC is 00:30 the next day in Berlin.
    expect(days.map((row) => [row.key, row.decisions, row.timeZone])).toEqual([['2026-03-11', 1, 'Europe/Berlin']]);
  });
});
