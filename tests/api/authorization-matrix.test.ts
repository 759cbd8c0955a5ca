import { randomUUID } from 'node:crypto';
import { buildClientSchema, getIntrospectionQuery, getNamedType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema, isCompositeType, isNonNullType } from 'graphql';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Event } from '../../server/src/kernel/pubsub.ts';
import { Role } from '../../server/src/kernel/roles.ts';
import { accessExpectations, type Caller, callers, type FieldCall, type Fixture, type Outcome, projectRequest } from '../support/access-expectations.ts';
import { signedIn, socketClient } from '../support/api-client.ts';
import { createEvaluators, createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * The authorization matrix: every root field of the running server's schema, called by every
 * kind of caller with ids that belong to someone else, against the declared expectations in
 * tests/support/access-expectations.ts. A field without an expectation fails the run.
 */

let server: TestServer;
let schema: GraphQLSchema;
let fixture: Fixture;
/** The credential each caller sends as `Authorization: Bearer …` (a session token, or an API token); none for anonymous. */
const credentials = {} as Record<Caller, string | null>;
/** Each caller's user id (null for anonymous and the token), for events addressed to them. */
const callerIds = {} as Record<Caller, string | null>;

const fieldCount = Object.keys(accessExpectations).length;
const matrixSize = `${fieldCount} fields × ${callers.length} callers = ${fieldCount * callers.length} calls`;
const batchSize = 16;

type Operation = 'query' | 'mutation' | 'subscription';

beforeAll(async () => {
  server = await startTestServer();
  const password = inject('demoPassword');
  const em = server.app.orm.em.fork();
  const [secondAnalyst] = await createEvaluators(em, 1, Role.QA_ANALYST);
  const [secondSpecialist] = await createEvaluators(em, 1, Role.SPECIALIST);
  const [extraEvaluator] = await createEvaluators(em, 1);
  const [admin, manager, otherManager, evaluator, evaluator2, qa, qa2, specialist, specialist2, extra, stakeholder] = await Promise.all(
    [
      'admin@vigil.example',
      'manager@vigil.example',
      'manager.accounts@vigil.example',
      'evaluator@vigil.example',
      'evaluator2@vigil.example',
      'qa@vigil.example',
      secondAnalyst!,
      'specialist@vigil.example',
      secondSpecialist!,
      extraEvaluator!,
      'stakeholder@vigil.example',
    ].map((email) => signedIn(server.url, email)),
  );
  schema = buildClientSchema((await admin!.data(getIntrospectionQuery())) as never);

  // The search team's queue, sampling every decision for QA.
  const queue = await createTestQueue(em, { qaSampleRate: 1 });
  const reports = Array.from({ length: 7 }, (_, i) => queryReport(queue.id, `matrix fixture ${i} ${Date.now()}`));
  await manager!.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted } }', { input: { cases: reports } });
  const claim = async () =>
    (await evaluator2!.data<{ claimNextCase: { case: { id: string } } }>('mutation ($q: ID!) { claimNextCase(queueId: $q) { case { id } } }', { q: queue.id })).claimNextCase.case.id;

  // evaluator2 decides one case (sampled for QA), escalates another, and holds a third.
  const decided = await claim();
  await evaluator2!.data('mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } } }', {
    input: { caseId: decided, verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'fine', handleTimeMs: 1000, idempotencyKey: `matrix-${decided}` },
  });
  const { escalationTiers } = await evaluator2!.data<{ escalationTiers: { code: string }[] }>('{ escalationTiers { code } }');
  const tierCode = escalationTiers[0]!.code;
  const escalatedCase = await claim();
  const { escalateCase } = await evaluator2!.data('mutation ($input: EscalateCaseInput!) { escalateCase(input: $input) { escalation { id } } }', {
    input: { caseId: escalatedCase, reason: 'POLICY_UNCLEAR', note: 'unsure', tierCode },
  });
  const heldCaseId = await claim();

  // Another analyst holds the QA task, another specialist the escalation.
  const { claimNextQaTask } = await qa2!.data('mutation ($q: ID) { claimNextQaTask(kind: SAMPLE, queueId: $q) { task { id } } }', { q: queue.id });
  const { claimNextEscalation } = await specialist2!.data('mutation ($t: String!) { claimNextEscalation(tierCode: $t) { escalation { id } } }', { t: tierCode });
  expect(claimNextEscalation.escalation.id).toBe(escalateCase.escalation.id);

  const { cases } = await admin!.data('query ($q: ID!) { cases(filter: { queueId: $q, statuses: [OPEN] }, first: 10) { edges { node { id } } } }', { q: queue.id });
  const open: string[] = cases.edges.map((edge: { node: { id: string } }) => edge.node.id);
  const { markGoldenCase } = await manager!.data('mutation ($input: MarkGoldenCaseInput!) { markGoldenCase(input: $input) { goldenCase { id } } }', {
    input: { caseId: open[0], verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'known' },
  });

  const { createTrainingProgram } = await manager!.data('mutation ($input: CreateTrainingProgramInput!) { createTrainingProgram(input: $input) { id } }', {
    input: {
      title: 'Search team basics',
      summary: 'The search team’s own program.',
      passMark: 1,
      attemptLimit: 3,
      modules: [{ title: 'One', body: 'Read this.' }],
      questions: [{ kind: 'MULTIPLE_CHOICE', prompt: 'Yes?', options: [{ text: 'yes', correct: true }, { text: 'no', correct: false }] }],
    },
  });
  const { startTrainingAttempt } = await evaluator2!.data('mutation ($p: ID!) { startTrainingAttempt(programId: $p) { id } }', { p: createTrainingProgram.id });

  const participantIds: [string, string] = [evaluator2!.userId, extra!.userId];
  const { createCalibrationSession } = await manager!.data('mutation ($input: CreateCalibrationSessionInput!) { createCalibrationSession(input: $input) { session { id } } }', {
    input: { title: 'Search calibration', caseIds: [open[1], open[2]], participantIds },
  });

  const reviewPeriod = { periodStart: new Date(Date.now() - 7 * 86_400_000).toISOString(), periodEnd: new Date().toISOString() };
  const { createPerformanceReview } = await manager!.data('mutation ($input: CreatePerformanceReviewInput!) { createPerformanceReview(input: $input) { id } }', {
    input: { evaluatorId: evaluator2!.userId, ...reviewPeriod },
  });
  const { addCoachingGoal } = await manager!.data('mutation ($input: AddCoachingGoalInput!) { addCoachingGoal(input: $input) { id } }', {
    input: { reviewId: createPerformanceReview.id, title: 'Faster', dueAt: new Date(Date.now() + 30 * 86_400_000).toISOString() },
  });

  const createToken = 'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret token { id } } }';
  const narrow = (await admin!.data(createToken, { input: { name: 'matrix: cases read only', scopes: ['CASES_READ'] } })).createApiToken;
  const spare = (await admin!.data(createToken, { input: { name: 'matrix: to revoke', scopes: ['REPORTS_READ'] } })).createApiToken;
  const { auditEvents } = await admin!.data('{ auditEvents(first: 1) { edges { node { id } } } }');
  const { me: otherManagerMe } = await otherManager!.data('{ me { team { id } } }');
  const { createWebhookEndpoint } = await admin!.data('mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }', {
    input: { teamId: queue.team.id, url: 'http://127.0.0.1:9/matrix', eventTypes: ['DECISION_EVENT'] },
  });
  const webhookDeliveryId = `msg_matrix${randomUUID().replaceAll('-', '')}`;
  await server.app.orm.em.fork().execute(`insert into webhook_delivery (id, endpoint_id, event_type, payload, attempt_log) values (?, ?, 'DECISION_EVENT', '{}', '[]')`, [webhookDeliveryId, createWebhookEndpoint.endpoint.id]);

  const { requestEvaluationProject } = await stakeholder!.data('mutation ($input: RequestEvaluationProjectInput!) { requestEvaluationProject(input: $input) { project { id } } }', {
    input: { ...projectRequest, teamId: queue.team.id },
  });

  fixture = {
    teamId: queue.team.id,
    queueId: queue.id,
    heldCaseId,
    openCaseIds: [open[1]!, open[2]!],
    goldenSourceCaseId: open[0]!,
    goldenCaseId: markGoldenCase.goldenCase.id,
    qaTaskId: claimNextQaTask.task.id,
    escalationId: escalateCase.escalation.id,
    tierCode,
    programId: createTrainingProgram.id,
    attemptId: startTrainingAttempt.id,
    sessionId: createCalibrationSession.session.id,
    participantIds,
    reviewId: createPerformanceReview.id,
    reviewPeriod,
    goalId: addCoachingGoal.id,
    evaluator2Id: evaluator2!.userId,
    auditEventId: auditEvents.edges[0].node.id,
    otherTeamId: otherManagerMe.team.id,
    spareTokenId: spare.token.id,
    webhookEndpointId: createWebhookEndpoint.endpoint.id,
    webhookDeliveryId,
    projectId: requestEvaluationProject.project.id,
    password,
  };
  Object.assign(credentials, {
    anonymous: null,
    evaluator: evaluator!.token,
    qaAnalyst: qa!.token,
    specialist: specialist!.token,
    manager: manager!.token,
    otherTeamManager: otherManager!.token,
    stakeholder: stakeholder!.token,
    narrowToken: narrow.secret,
    admin: admin!.token,
  } satisfies Record<Caller, string | null>);
  Object.assign(callerIds, {
    anonymous: null,
    evaluator: evaluator!.userId,
    qaAnalyst: qa!.userId,
    specialist: specialist!.userId,
    manager: manager!.userId,
    otherTeamManager: otherManager!.userId,
    stakeholder: stakeholder!.userId,
    narrowToken: null,
    admin: admin!.userId,
  } satisfies Record<Caller, string | null>);
}, 180_000);
afterAll(() => server.stop());

function rootFields(): { operation: Operation; field: GraphQLField<unknown, unknown> }[] {
  const roots: [Operation, GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  return roots.flatMap(([operation, type]) => Object.values(type?.getFields() ?? {}).map((field) => ({ operation, field })));
}

/** A document calling the field with its arguments as variables, typed from the schema. */
function documentFor(operation: Operation, field: GraphQLField<unknown, unknown>, call: FieldCall): { query: string; variables: Record<string, unknown> } {
  const variables = call.args?.(fixture) ?? {};
  for (const arg of field.args) {
    if (isNonNullType(arg.type) && arg.defaultValue === undefined && !(arg.name in variables)) throw new Error(`${field.name}: no value for its required argument ${arg.name}`);
  }
  const used = field.args.filter((arg) => arg.name in variables);
  const definitions = used.length ? `(${used.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')})` : '';
  const passed = used.length ? `(${used.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  const selection = isCompositeType(getNamedType(field.type)) ? (call.select ?? '{ __typename }') : '';
  return { query: `${operation} Matrix${definitions} { ${field.name}${passed} ${selection} }`, variables };
}

interface Answer {
  codes: string[];
  messages: string[];
}

/** What a caller's call came back as, in the table's terms; anything unexpected is spelled out so the failure says what broke. */
function outcomeOf(answer: Answer, expected: Outcome): string {
  const broken = answer.codes.find((code) => ['INTERNAL_SERVER_ERROR', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', undefined, ''].includes(code));
  if (answer.codes.includes('UNAUTHENTICATED')) return 'unauthenticated';
  if (answer.codes.includes('FORBIDDEN')) return 'forbidden';
  if (broken !== undefined || answer.codes.some((code) => !code)) return `broken: ${answer.codes.join(',')} ${answer.messages.join(' | ')}`;
  if (expected === 'hidden' && answer.codes.includes('NOT_FOUND')) return 'hidden';
  return 'allowed';
}

async function overHttp(caller: Caller, document: { query: string; variables: Record<string, unknown> }, call: FieldCall): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const credential = credentials[caller];
  if (credential) headers.authorization = `Bearer ${credential}`;
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify(document) });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  const codes = (body.errors ?? []).map((error) => error.extensions?.code ?? '');
  const inPayload = call.codeInPayload?.(body.data);
  return { codes: inPayload ? [...codes, inPayload] : codes, messages: (body.errors ?? []).map((error) => error.message) };
}

/** Runs the calls in bounded batches, so one server answers them concurrently without a stampede. */
async function inBatches<T>(tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < tasks.length; start += batchSize) results.push(...(await Promise.all(tasks.slice(start, start + batchSize).map((task) => task()))));
  return results;
}

/** Calls every field of the phase for every caller; returns the cells that differ from the table. */
async function runHttpPhase(phase: FieldCall['phase']): Promise<string[]> {
  const cells = rootFields()
    .filter(({ operation, field }) => operation !== 'subscription' && accessExpectations[field.name]?.phase === phase)
    .flatMap(({ operation, field }) => callers.map((caller) => ({ operation, field, caller, call: accessExpectations[field.name]! })));
  const results = await inBatches(
    cells.map(({ operation, field, caller, call }) => async () => {
      const expected = call.outcomes[caller];
      const actual = outcomeOf(await overHttp(caller, documentFor(operation, field, call), call), expected);
      return actual === expected ? null : `${field.name} as ${caller}: expected ${expected}, got ${actual}`;
    }),
  );
  return results.filter((result): result is string => result !== null);
}

/**
 * Subscribes and waits for the first answer: an error (refused, by its code) or a result
 * (accepted). Subscriptions that send nothing until something happens are sent the field's
 * declared event, again every few milliseconds until they answer (an event published before the
 * server listens is missed); a refused subscription answers with its error instead.
 */
async function overSocket(socket: Client, document: { query: string; variables: Record<string, unknown> }, events: Event[]): Promise<Answer | 'accepted'> {
  let settle: (answer: Answer | 'accepted') => void = () => undefined;
  const answered = new Promise<Answer | 'accepted'>((resolve) => (settle = resolve));
  const unsubscribe = socket.subscribe(document, {
    next: (result) => {
      const errors = (result.errors ?? []) as { message: string; extensions?: { code?: string } }[];
      settle(errors.length ? { codes: errors.map((error) => error.extensions?.code ?? ''), messages: errors.map((error) => error.message) } : 'accepted');
    },
    error: (error) => {
      const errors = (Array.isArray(error) ? error : [error]) as { message?: string; code?: number; extensions?: { code?: string } }[];
      settle({ codes: errors.map((item) => (item.code === 4401 ? 'UNAUTHENTICATED' : (item.extensions?.code ?? ''))), messages: errors.map((item) => String(item.message ?? item.code)) });
    },
    complete: () => undefined,
  });
  let done = false;
  void answered.then(() => (done = true));
  const poke = async () => {
    while (!done && events.length) {
      server.app.pubSub.send(events);
      await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, 10))]);
    }
  };
  const [answer] = await Promise.all([answered, poke()]);
  unsubscribe();
  return answer;
}

describe('the authorization matrix', () => {
  it('declares an access expectation for every root field of the schema, and none for a field that is gone', () => {
    const inSchema = rootFields().map(({ field }) => field.name);
    expect(inSchema.filter((name) => !accessExpectations[name]), 'fields with no declared access expectation').toEqual([]);
    expect(Object.keys(accessExpectations).filter((name) => !inSchema.includes(name)), 'expectations for fields the schema no longer has').toEqual([]);
  });

  it(`answers every query and mutation as declared, for every caller (${matrixSize}, with the subscriptions)`, async () => {
    const mismatches = [...(await runHttpPhase(undefined)), ...(await runHttpPhase('late'))];
    expect(mismatches).toEqual([]);
  }, 120_000);

  it('accepts or refuses every subscription over WebSocket as declared; anonymous sockets are closed with 4401', async () => {
    const mismatches: string[] = [];
    const sockets = Object.fromEntries(
      callers.map((caller) => [caller, socketClient(server.url, credentials[caller] ? { authorization: `Bearer ${credentials[caller]}` } : undefined)]),
    ) as Record<Caller, Client>;
    try {
      for (const { operation, field } of rootFields().filter((root) => root.operation === 'subscription')) {
        const call = accessExpectations[field.name]!;
        for (const caller of callers) {
          const expected = call.outcomes[caller];
          const answer = await overSocket(sockets[caller], documentFor(operation, field, call), call.event?.(fixture, callerIds[caller]) ?? []);
          const actual = answer === 'accepted' ? 'allowed' : outcomeOf(answer, expected);
          if (actual !== expected) mismatches.push(`${field.name} as ${caller}: expected ${expected}, got ${actual}`);
        }
      }
    } finally {
      await Promise.all(Object.values(sockets).map((socket) => socket.dispose()));
    }
    expect(mismatches).toEqual([]);
  }, 60_000);

  it('answers the calls that change or end the caller’s session (password change, then sign-out) as declared', async () => {
    expect([...(await runHttpPhase('session')), ...(await runHttpPhase('last'))]).toEqual([]);
  }, 60_000);
});
