import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

type Person = ApiClient & { userId: string };

let server: TestServer;
let db: pg.Client;
let manager: Person;
let otherManager: Person;
let admin: Person;
let evaluator: Person;
let evaluator2: Person;
beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  const as = (name: string) => signedIn(server.url, `${name}@vigil.example`);
  [manager, otherManager, admin, evaluator, evaluator2] = await Promise.all([as('manager'), as('manager.accounts'), as('admin'), as('evaluator'), as('evaluator2')]);
  // Work in the period: evaluator decides two cases, evaluator2 one.
  const queue = await createTestQueue(server.app.orm.em.fork());
  await manager.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId } } }', {
    input: { cases: [1, 2, 3].map(() => queryReport(queue.id, `prohibited-item-query-${randomUUID().slice(0, 8)}`)) },
  });
  for (const who of [evaluator, evaluator, evaluator2]) {
    const { claimNextCase } = await who.data('mutation ($q: ID!) { claimNextCase(queueId: $q) { case { id } } }', { q: queue.id });
    await who.data('mutation ($input: DecideCaseInput!) { decideCase(input: $input) { case { id } } }', {
      input: { caseId: claimNextCase.case.id, verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'benign', handleTimeMs: 60_000, idempotencyKey: randomUUID() },
    });
  }
});
afterAll(async () => {
  await db.end();
  await server.stop();
});

const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;
const fields = 'id status strengths improvements evaluatorComment sharedAt acknowledgedAt ratings { competency rating note } snapshot { teamSize takenAt asOf metrics { key value teamMedian unit estimate { value n tooFewToTell } } } goals { id title status } earlierGoals { id title status followUp } addenda { body author { email } }';
const create = `mutation ($input: CreatePerformanceReviewInput!) { createPerformanceReview(input: $input) { ${fields} } }`;
const read = `query ($id: ID!) { performanceReview(id: $id) { ${fields} } }`;
const update = `mutation ($input: UpdatePerformanceReviewInput!) { updatePerformanceReview(input: $input) { ${fields} } }`;
const share = 'mutation ($id: ID!) { sharePerformanceReview(id: $id) { id status sharedAt } }';
const acknowledge = 'mutation ($id: ID!, $comment: String!) { acknowledgePerformanceReview(id: $id, comment: $comment) { id status evaluatorComment } }';
const addGoal = 'mutation ($input: AddCoachingGoalInput!) { addCoachingGoal(input: $input) { id title status dueAt } }';

const day = 86_400_000;
/** The 30 days to tomorrow, `yearsBack` years back, so each test's reviews have periods of their own. */
function period(yearsBack = 0) {
  const end = new Date(Math.floor(Date.now() / day) * day + day - yearsBack * 365 * day);
  return { periodStart: new Date(end.getTime() - 30 * day).toISOString(), periodEnd: end.toISOString() };
}

const allRatings = ['POLICY_KNOWLEDGE', 'DECISION_QUALITY', 'PRODUCTIVITY', 'JUDGEMENT_AND_ESCALATION', 'COLLABORATION', 'LEARNING'].map((competency) => ({
  competency,
  rating: 4,
  note: `${competency.toLowerCase()} note`,
}));

async function auditActions(entityId: string): Promise<string[]> {
  const { rows } = await db.query('select action from audit_event where entity_id = $1 order by id', [entityId]);
  return rows.map((row) => row.action);
}

describe('performance reviews', () => {
  it('freeze the period’s measures beside the team median, written only by the evaluator’s manager', async () => {
    expect(code(await otherManager.request(create, { input: { evaluatorId: evaluator.userId, ...period() } }))).toBe('FORBIDDEN');
    expect(code(await evaluator2.request(create, { input: { evaluatorId: evaluator.userId, ...period() } }))).toBe('FORBIDDEN');
    const backwards = period();
    expect((await manager.request(create, { input: { evaluatorId: evaluator.userId, periodStart: backwards.periodEnd, periodEnd: backwards.periodStart } })).errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'periodEnd',
    });

    const current = period();
    const { createPerformanceReview: review } = await manager.data(create, { input: { evaluatorId: evaluator.userId, ...current } });
    expect(review.status).toBe('DRAFT');
    const metric = (key: string) => review.snapshot.metrics.find((m: any) => m.key === key);
    expect(review.snapshot.teamSize).toBe(2);
    expect(metric('casesHandled')).toEqual({ key: 'casesHandled', value: 2, teamMedian: 1.5, unit: 'COUNT', estimate: null });
    // Two server-measured handle times are below the minimum sample for a median (10): withheld, with their n.
    expect(metric('medianHandleTimeMs')).toMatchObject({ value: null, teamMedian: null, estimate: { value: null, n: 2, tooFewToTell: true } });
    expect(metric('slaAdherence')).toMatchObject({ value: null, unit: 'SHARE', estimate: { value: null, tooFewToTell: true } });
    expect(metric('accuracy')).toMatchObject({ value: null, estimate: { n: 0, tooFewToTell: true } });
    // The instant the reference answers were read is recorded with the snapshot.
    expect(review.snapshot.asOf).toBe(review.snapshot.takenAt);
    expect(metric('trainingCompleted')).toMatchObject({ value: 0 });
    expect(review.snapshot.metrics.map((m: any) => m.key)).toEqual([
      'casesHandled',
      'medianHandleTimeMs',
      'accuracy',
      'kappaVsReference',
      'slaAdherence',
      'escalationRate',
      'escalationPrecision',
      'trainingCompleted',
    ]);
    expect(code(await manager.request(create, { input: { evaluatorId: evaluator.userId, ...current } }))).toBe('CONFLICT');
  });

  it('are hidden from the evaluator while a draft, cannot be edited once shared, take addenda, and are acknowledged with a comment', async () => {
    const { createPerformanceReview: review } = await manager.data(create, { input: { evaluatorId: evaluator.userId, ...period(1) } });
    expect(code(await evaluator.request(read, { id: review.id }))).toBe('NOT_FOUND');
    expect((await evaluator.data('{ performanceReviews { id } }')).performanceReviews.map((r: any) => r.id)).not.toContain(review.id);

    const partial = await manager.data(update, { input: { id: review.id, ratings: allRatings.slice(0, 2), strengths: 'Careful rationales.', improvements: 'Pace on S3 cases.' } });
    expect(partial.updatePerformanceReview).toMatchObject({ strengths: 'Careful rationales.', improvements: 'Pace on S3 cases.' });
    expect((await manager.request(update, { input: { id: review.id, ratings: [{ ...allRatings[0], rating: 6 }] } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await manager.request(share, { id: review.id })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'ratings' });
    await manager.data(update, { input: { id: review.id, ratings: allRatings } });
    expect((await manager.data(share, { id: review.id })).sharePerformanceReview.status).toBe('SHARED');

    expect(code(await manager.request(update, { input: { id: review.id, strengths: 'rewritten' } }))).toBe('CONFLICT');
    await manager.data('mutation ($id: ID!, $body: String!) { addReviewAddendum(reviewId: $id, body: $body) { id } }', { id: review.id, body: 'Correction: the S3 pace improved in the last week.' });

    const seen = (await evaluator.data(read, { id: review.id })).performanceReview;
    expect(seen).toMatchObject({ status: 'SHARED', strengths: 'Careful rationales.', addenda: [{ body: 'Correction: the S3 pace improved in the last week.', author: { email: 'manager@vigil.example' } }] });
    expect(code(await evaluator2.request(read, { id: review.id }))).toBe('NOT_FOUND');
    expect(code(await otherManager.request(read, { id: review.id }))).toBe('NOT_FOUND');
    expect((await admin.data(read, { id: review.id })).performanceReview.id).toBe(review.id);

    expect(code(await manager.request(acknowledge, { id: review.id, comment: 'x' }))).toBe('FORBIDDEN');
    const { acknowledgePerformanceReview } = await evaluator.data(acknowledge, { id: review.id, comment: 'Thanks; agreed on pace.' });
    expect(acknowledgePerformanceReview).toEqual({ id: review.id, status: 'ACKNOWLEDGED', evaluatorComment: 'Thanks; agreed on pace.' });
    expect(code(await evaluator.request(acknowledge, { id: review.id, comment: 'again' }))).toBe('CONFLICT');

    expect(await auditActions(review.id)).toEqual(['review.created', 'review.updated', 'review.updated', 'review.shared', 'review.addendum_added', 'review.acknowledged']);
  });

  it('set coaching goals that the next review follows up', async () => {
    const earlierPeriod = period(2);
    const { createPerformanceReview: first } = await manager.data(create, { input: { evaluatorId: evaluator2.userId, ...earlierPeriod } });
    const dueAt = new Date(Date.now() + 30 * day).toISOString();
    const { addCoachingGoal: goal } = await manager.data(addGoal, { input: { reviewId: first.id, title: 'Escalate legal requests within the hour', dueAt } });
    expect(goal.status).toBe('OPEN');
    expect((await evaluator2.data('{ myCoachingGoals { id } }')).myCoachingGoals).toEqual([]); // the draft is not shared yet
    await manager.data(update, { input: { id: first.id, ratings: allRatings } });
    await manager.data(share, { id: first.id });
    expect((await evaluator2.data('{ myCoachingGoals { id title status } }')).myCoachingGoals).toEqual([{ id: goal.id, title: 'Escalate legal requests within the hour', status: 'OPEN' }]);
    expect(code(await manager.request(addGoal, { input: { reviewId: first.id, title: 'too late', dueAt } }))).toBe('CONFLICT');

    // The next period's review: it is later than the first, so it follows the goal up.
    const later = { periodStart: earlierPeriod.periodEnd, periodEnd: new Date(new Date(earlierPeriod.periodEnd).getTime() + 30 * day).toISOString() };
    const { createPerformanceReview: next } = await manager.data(create, { input: { evaluatorId: evaluator2.userId, ...later } });
    expect(next.earlierGoals).toEqual([{ id: goal.id, title: 'Escalate legal requests within the hour', status: 'OPEN', followUp: null }]);
    await manager.data('mutation ($input: FollowUpCoachingGoalInput!) { followUpCoachingGoal(input: $input) { id status } }', {
      input: { goalId: goal.id, reviewId: next.id, status: 'ACHIEVED', note: 'Every legal request escalated within 40 minutes.' },
    });
    const { performanceReview } = await manager.data(read, { id: next.id });
    expect(performanceReview.earlierGoals).toEqual([{ id: goal.id, title: 'Escalate legal requests within the hour', status: 'ACHIEVED', followUp: 'Every legal request escalated within 40 minutes.' }]);
    expect(await auditActions(goal.id)).toEqual(['review.goal_added', 'review.goal_followed_up']);
  });
});
