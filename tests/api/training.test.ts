import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrainingService } from '../../server/src/training/training.service.ts';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { createEvaluators, createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

type Person = ApiClient & { userId: string; token: string };

let server: TestServer;
let second: TestServer;
let db: pg.Client;
let manager: Person;
let otherManager: Person;
let qa: Person;
let evaluator: Person;
beforeAll(async () => {
  // Scheduled checks are off: tests run the reminder and remedial checks at the moment they choose.
  server = await startTestServer();
  second = await startTestServer({ databaseUrl: server.databaseUrl });
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  const as = (email: string) => signedIn(server.url, email);
  [manager, otherManager, qa, evaluator] = await Promise.all([
    as('manager@vigil.example'),
    as('manager.accounts@vigil.example'),
    as('qa@vigil.example'),
    as('evaluator@vigil.example'),
  ]);
});
afterAll(async () => {
  await db.end();
  await second.app.stop();
  await server.stop();
});

const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;
const create = 'mutation ($input: CreateTrainingProgramInput!) { createTrainingProgram(input: $input) { id title certificationCode modules { position title html } questionCount } }';
const start = 'mutation ($id: ID!) { startTrainingAttempt(programId: $id) { id total questions { id kind prompt options { id text } severity subject { id } } } }';
const submit = 'mutation ($input: SubmitTrainingAttemptInput!) { submitTrainingAttempt(input: $input) { id correct total score passed timeSpentMs questions { id correct } } }';
const claim = 'mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id } } }';

/** A fresh evaluator in the search team, signed in. */
async function newEvaluator(): Promise<Person> {
  const [email] = await createEvaluators(server.app.orm.em.fork(), 1);
  return signedIn(server.url, email!);
}

/** A program with two multiple-choice questions, each with one right option ("right"), granting a fresh certification. */
function programInput(overrides: Record<string, unknown> = {}) {
  const certificationCode = `SEARCH_BASICS_${randomUUID().slice(0, 6).toUpperCase().replace(/-/g, '')}`;
  return {
    title: `Search basics ${randomUUID().slice(0, 6)}`,
    summary: 'How to read a search query report.',
    passMark: 1,
    attemptLimit: 2,
    certificationCode,
    certificationValidDays: 90,
    modules: [
      { title: 'Reading a report', body: '# Reading\n\nLook at **volume** and trend. <script>alert(1)</script> [bad](javascript:alert(1)) [policy](https://example.org/policy)' },
      { title: 'Deciding', body: 'Decide by the policy, not by taste.' },
    ],
    questions: [
      { kind: 'MULTIPLE_CHOICE', prompt: 'Which signal matters?', options: [{ text: 'right', correct: true }, { text: 'wrong a', correct: false }, { text: 'wrong b', correct: false }] },
      { kind: 'MULTIPLE_CHOICE', prompt: 'What decides?', options: [{ text: 'right', correct: true }, { text: 'wrong c', correct: false }] },
    ],
    ...overrides,
  };
}

type Attempt = { id: string; questions: { id: string; kind: string; options: { id: string; text: string }[] }[] };

/** Answers every multiple-choice question right, or wrong. */
function answers(attempt: Attempt, right: boolean) {
  return attempt.questions.map((question) => ({
    questionId: question.id,
    optionIds: [question.options.find((option) => (option.text === 'right') === right)!.id],
  }));
}

async function takeAndSubmit(by: ApiClient, programId: string, right: boolean) {
  const { startTrainingAttempt } = await by.data(start, { id: programId });
  return (await by.data(submit, { input: { attemptId: startTrainingAttempt.id, answers: answers(startTrainingAttempt, right) } })).submitTrainingAttempt;
}

describe('training programs', () => {
  it('are written by managers, checked, and render their Markdown without script', async () => {
    expect(code(await evaluator.request(create, { input: programInput() }))).toBe('FORBIDDEN');
    expect((await manager.request(create, { input: programInput({ passMark: 1.5 }) })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'passMark' });
    expect((await manager.request(create, { input: programInput({ certificationValidDays: null }) })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'certificationValidDays' });
    expect((await manager.request(create, { input: programInput({ remedialThreshold: 0.8 }) })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'policyCode' });
    const noRight = programInput({ questions: [{ kind: 'MULTIPLE_CHOICE', prompt: 'x?', options: [{ text: 'a', correct: false }, { text: 'b', correct: false }] }] });
    expect((await manager.request(create, { input: noRight })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'questions' });

    const { createTrainingProgram } = await manager.data(create, { input: programInput() });
    expect(createTrainingProgram.questionCount).toBe(2);
    const [reading] = createTrainingProgram.modules;
    expect(reading.html).toContain('<h1>Reading</h1>');
    expect(reading.html).toContain('<strong>volume</strong>');
    expect(reading.html).not.toMatch(/<script|javascript:/);
    expect(reading.html).toContain('href="https://example.org/policy"');
    const { rows } = await db.query("select action from audit_event where entity_id = $1", [createTrainingProgram.id]);
    expect(rows.map((row) => row.action)).toEqual(['training.program_created']);
  });

  it('shuffle questions and options per attempt, never send the right answers, and grade on submit', async () => {
    const { createTrainingProgram: program } = await manager.data(create, {
      input: programInput({
        attemptLimit: 20,
        questions: Array.from({ length: 6 }, (_, i) => ({
          kind: 'MULTIPLE_CHOICE',
          prompt: `Question ${i}`,
          options: [{ text: 'right', correct: true }, ...Array.from({ length: 5 }, (_, j) => ({ text: `wrong ${j}`, correct: false }))],
        })),
      }),
    });
    const orders = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const { startTrainingAttempt } = await evaluator.data(start, { id: program.id });
      // An open attempt is returned again, with the same order.
      expect((await evaluator.data(start, { id: program.id })).startTrainingAttempt).toEqual(startTrainingAttempt);
      expect(JSON.stringify(startTrainingAttempt)).not.toContain('correct');
      orders.add(startTrainingAttempt.questions.map((q: any) => `${q.prompt}:${q.options.map((o: any) => o.text).join('|')}`).join(';'));
      const graded = (await evaluator.data(submit, { input: { attemptId: startTrainingAttempt.id, answers: answers(startTrainingAttempt, i % 2 === 0) } })).submitTrainingAttempt;
      expect(graded).toMatchObject({ correct: i % 2 === 0 ? 6 : 0, total: 6, passed: i % 2 === 0 });
      expect(graded.timeSpentMs).toBeGreaterThanOrEqual(0);
    }
    // 6 questions of 6 options: four identical layouts by chance are vanishingly unlikely.
    expect(orders.size).toBeGreaterThan(1);
  });

  it('refuse a second submit, someone else’s attempt, and answers to other questions', async () => {
    const { createTrainingProgram: program } = await manager.data(create, { input: programInput() });
    const { startTrainingAttempt } = await evaluator.data(start, { id: program.id });
    const other = await newEvaluator();
    expect(code(await other.request(submit, { input: { attemptId: startTrainingAttempt.id, answers: [] } }))).toBe('FORBIDDEN');
    expect((await evaluator.request(submit, { input: { attemptId: startTrainingAttempt.id, answers: [{ questionId: randomUUID(), optionIds: [] }] } })).errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'answers',
    });
    await evaluator.data(submit, { input: { attemptId: startTrainingAttempt.id, answers: answers(startTrainingAttempt, true) } });
    expect(code(await evaluator.request(submit, { input: { attemptId: startTrainingAttempt.id, answers: [] } }))).toBe('CONFLICT');
  });

  it('grade practice cases against the golden answer', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    const { ingestCases } = await manager.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId } } }', {
      input: { cases: [queryReport(queue.id, `prohibited-item-query-${randomUUID().slice(0, 8)}`)] },
    });
    const { markGoldenCase } = await qa.data('mutation ($input: MarkGoldenCaseInput!) { markGoldenCase(input: $input) { goldenCase { id } } }', {
      input: { caseId: ingestCases.results[0].caseId, verdict: 'VIOLATING', policyCodes: ['DANGEROUS_ACTS'], action: { type: 'REMOVE_SUGGESTION' }, rationale: 'textbook case' },
    });
    const { createTrainingProgram: program } = await manager.data(create, {
      input: programInput({ questions: [{ kind: 'PRACTICE_CASE', prompt: 'Decide this query.', goldenCaseId: markGoldenCase.goldenCase.id }] }),
    });
    const { startTrainingAttempt } = await evaluator.data(start, { id: program.id });
    expect(startTrainingAttempt.questions[0]).toMatchObject({ kind: 'PRACTICE_CASE', severity: 'S3', options: [] });
    expect(startTrainingAttempt.questions[0].subject.id).toBeTruthy();
    const finding = { verdict: 'VIOLATING', policyCodes: ['DANGEROUS_ACTS'], action: 'REMOVE_SUGGESTION' };
    const graded = (await evaluator.data(submit, { input: { attemptId: startTrainingAttempt.id, answers: [{ questionId: startTrainingAttempt.questions[0].id, finding }] } }))
      .submitTrainingAttempt;
    expect(graded).toMatchObject({ correct: 1, passed: true, questions: [{ correct: true }] });
  });
});

describe('certifications', () => {
  it('gate a queue: NOT_CERTIFIED names the certification until a pass grants it, and again once it expires', async () => {
    const { createTrainingProgram: program } = await manager.data(create, { input: programInput() });
    const queue = await createTestQueue(server.app.orm.em.fork());
    await manager.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId } } }', {
      input: { cases: [1, 2].map(() => queryReport(queue.id, `prohibited-item-query-${randomUUID().slice(0, 8)}`)) },
    });
    const setCertification = 'mutation ($queueId: ID!, $code: String) { requireQueueCertification(queueId: $queueId, certificationCode: $code) { id requiredCertification } }';
    expect(code(await otherManager.request(setCertification, { queueId: queue.id, code: program.certificationCode }))).toBe('FORBIDDEN');
    expect((await manager.request(setCertification, { queueId: queue.id, code: 'lower case' })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'certificationCode' });
    await manager.data(setCertification, { queueId: queue.id, code: program.certificationCode });

    const person = await newEvaluator();
    const refused = await person.request(claim, { queueId: queue.id });
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'NOT_CERTIFIED', certification: program.certificationCode });
    expect(refused.errors?.[0]?.message).toContain(program.certificationCode);
    const certified = async () => (await person.data('query ($id: ID!) { queue(id: $id) { viewerCertified } }', { id: queue.id })).queue.viewerCertified;
    expect(await certified()).toBe(false);

    expect((await takeAndSubmit(person, program.id, false)).passed).toBe(false);
    expect(code(await person.request(claim, { queueId: queue.id }))).toBe('NOT_CERTIFIED');
    expect((await takeAndSubmit(person, program.id, true)).passed).toBe(true);
    expect(await certified()).toBe(true);
    const { myCertifications } = await person.data('{ myCertifications { code expiresAt program { id } } }');
    expect(myCertifications).toHaveLength(1);
    expect(myCertifications[0]).toMatchObject({ code: program.certificationCode, program: { id: program.id } });
    expect(new Date(myCertifications[0].expiresAt).getTime() - Date.now()).toBeGreaterThan(89 * 86_400_000);
    expect((await person.data(claim, { queueId: queue.id })).claimNextCase.case.id).toBeTruthy();
    const { rows } = await db.query("select action from audit_event where entity_type = 'Certification' and actor_id = $1", [person.userId]);
    expect(rows.map((row) => row.action)).toEqual(['certification.granted']);

    await db.query('update certification set expires_at = now() - interval $$1 second$$ where user_id = $1', [person.userId]);
    await db.query('update review_case set assignee_id = null, lease_expires_at = null, status = $$OPEN$$ where queue_id = $1', [queue.id]);
    expect(code(await person.request(claim, { queueId: queue.id }))).toBe('NOT_CERTIFIED');
  });

  it('remind their holder once before they expire, even with two instances checking at once', async () => {
    const { createTrainingProgram: program } = await manager.data(create, { input: programInput() });
    const person = await newEvaluator();
    await takeAndSubmit(person, program.id, true);
    await db.query("update certification set expires_at = now() + interval '3 days' where user_id = $1", [person.userId]);
    const results = await Promise.all([server, second, server].map((instance) => new TrainingService(instance.app.orm.em.fork()).remindExpiring()));
    expect(results.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await new TrainingService(server.app.orm.em.fork()).remindExpiring()).toBe(0);
    const { myNotifications } = await person.data('{ myNotifications(first: 10) { edges { node { kind text } } } }');
    expect(myNotifications.edges.map((edge: any) => edge.node.kind)).toEqual(['CERTIFICATION_EXPIRING']);
    expect(myNotifications.edges[0].node.text).toContain(program.certificationCode);
  });
});

describe('assignments and progress', () => {
  const assign = 'mutation ($input: AssignTrainingInput!) { assignTraining(input: $input) { assignments { id dueAt reason user { id } } } }';
  const board = 'query ($teamId: ID!, $programId: ID) { trainingProgress(teamId: $teamId, programId: $programId) { status attemptsUsed attemptsLeft bestScore dueAt user { id } } }';

  it('assign a program to people and teams, and show each one’s progress; a new assignment restarts the attempt count', async () => {
    const { createTrainingProgram: program } = await manager.data(create, { input: programInput() });
    const [passer, failer, idle, late] = await Promise.all([newEvaluator(), newEvaluator(), newEvaluator(), newEvaluator()]);
    const dueAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    expect(code(await otherManager.request(assign, { input: { programId: program.id, userIds: [passer.userId], dueAt } }))).toBe('FORBIDDEN');
    expect((await manager.request(assign, { input: { programId: program.id, userIds: [passer.userId], dueAt: new Date(Date.now() - 1000).toISOString() } })).errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'dueAt',
    });
    const { teamId } = (await db.query('select team_id as "teamId" from app_user where id = $1', [passer.userId])).rows[0];
    const { assignTraining } = await manager.data(assign, { input: { programId: program.id, teamId, dueAt } });
    expect(assignTraining.assignments.map((a: any) => a.user.id)).toEqual(expect.arrayContaining([passer.userId, failer.userId, idle.userId, late.userId, evaluator.userId]));
    expect((await passer.data('{ myUnreadNotificationCount }')).myUnreadNotificationCount).toBe(1);

    await takeAndSubmit(passer, program.id, true);
    await takeAndSubmit(failer, program.id, false);
    await takeAndSubmit(failer, program.id, false);
    await db.query("update training_assignment set due_at = now() - interval '1 day' where user_id = $1", [late.userId]);
    const statusOf = async () => {
      const { trainingProgress } = await manager.data(board, { teamId, programId: program.id });
      return Object.fromEntries(trainingProgress.map((row: any) => [row.user.id, row]));
    };
    const before = await statusOf();
    expect(before[passer.userId]).toMatchObject({ status: 'PASSED', bestScore: 1 });
    expect(before[failer.userId]).toMatchObject({ status: 'FAILED', attemptsUsed: 2, attemptsLeft: 0, bestScore: 0 });
    expect(before[idle.userId]).toMatchObject({ status: 'NOT_STARTED', attemptsUsed: 0 });
    expect(before[late.userId]).toMatchObject({ status: 'OVERDUE' });
    expect(code(await otherManager.request(board, { teamId, programId: program.id }))).toBe('FORBIDDEN');

    // Out of attempts until the manager assigns it again.
    expect(code(await failer.request(start, { id: program.id }))).toBe('ATTEMPT_LIMIT_REACHED');
    await manager.data(assign, { input: { programId: program.id, userIds: [failer.userId], dueAt } });
    expect((await statusOf())[failer.userId]).toMatchObject({ status: 'NOT_STARTED', attemptsLeft: 2 });
    expect((await takeAndSubmit(failer, program.id, true)).passed).toBe(true);
    expect((await statusOf())[failer.userId].status).toBe('PASSED');
  });
});

describe('remedial training', () => {
  it('is assigned once when accuracy on the policy falls below the threshold, and the manager is told', async () => {
    const { createTrainingProgram: program } = await manager.data(create, {
      input: programInput({ policyCode: 'DANGEROUS_ACTS', remedialThreshold: 0.8, remedialMinChecked: 2, certificationCode: null, certificationValidDays: null }),
    });
    const person = await newEvaluator();
    const queue = await createTestQueue(server.app.orm.em.fork(), { qaSampleRate: 1 });
    await manager.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId } } }', {
      input: { cases: [1, 2].map(() => queryReport(queue.id, `prohibited-item-query-${randomUUID().slice(0, 8)}`, { policyCode: 'DANGEROUS_ACTS' })) },
    });
    // The evaluator calls both cases benign; QA overturns both.
    for (let i = 0; i < 2; i++) {
      const { claimNextCase } = await person.data(claim, { queueId: queue.id });
      await person.data('mutation ($input: DecideCaseInput!) { decideCase(input: $input) { case { id } } }', {
        input: { caseId: claimNextCase.case.id, verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'looks fine', handleTimeMs: 1000, idempotencyKey: randomUUID() },
      });
      const { claimNextQaTask } = await qa.data('mutation ($q: ID) { claimNextQaTask(kind: SAMPLE, queueId: $q) { task { id } } }', { q: queue.id });
      await qa.data('mutation ($input: CompleteQaTaskInput!) { completeQaTask(input: $input) { task { outcome } } }', {
        input: { taskId: claimNextQaTask.task.id, verdict: 'VIOLATING', policyCodes: ['DANGEROUS_ACTS'], action: { type: 'REMOVE_SUGGESTION' }, rationale: 'dangerous', handleTimeMs: 1000 },
      });
    }
    const managerUnread = (await manager.data('{ myUnreadNotificationCount }')).myUnreadNotificationCount;
    const runs = await Promise.all([server, second].map((instance) => new TrainingService(instance.app.orm.em.fork()).assignRemedial()));
    const mine = runs.flat().filter((assignment) => assignment.user.id === person.userId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.reason).toBe('REMEDIAL');
    expect((await new TrainingService(server.app.orm.em.fork()).assignRemedial()).filter((a) => a.user.id === person.userId)).toEqual([]);
    expect((await manager.data('{ myUnreadNotificationCount }')).myUnreadNotificationCount).toBe(managerUnread + 1);
    const { myNotifications } = await manager.data('{ myNotifications(first: 1) { edges { node { kind text } } } }');
    expect(myNotifications.edges[0].node).toMatchObject({ kind: 'REMEDIAL_TRAINING_ASSIGNED' });
    expect(myNotifications.edges[0].node.text).toContain('0%');
    const { myTraining } = await person.data('{ myTraining { status assignmentReason program { id } } }');
    expect(myTraining.find((row: any) => row.program.id === program.id)).toMatchObject({ status: 'NOT_STARTED', assignmentReason: 'REMEDIAL' });
  });
});
