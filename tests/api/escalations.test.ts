import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EscalationService } from '../../server/src/escalations/escalation.service.ts';
import { type ApiClient, collect, signedIn, socketClient } from '../support/api-client.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let second: TestServer;
let db: pg.Client;
let manager: ApiClient & { userId: string; token: string };
let evaluator: ApiClient & { userId: string; token: string };
let evaluator2: ApiClient & { userId: string; token: string };
let specialist: ApiClient & { userId: string; token: string };
beforeAll(async () => {
  // The interval check is off: tests run the breach check themselves, at the moment they choose.
  server = await startTestServer();
  second = await startTestServer({ databaseUrl: server.databaseUrl });
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  [manager, evaluator, evaluator2, specialist] = await Promise.all([
    signedIn(server.url, 'manager@vigil.example'),
    signedIn(server.url, 'evaluator@vigil.example'),
    signedIn(server.url, 'evaluator2@vigil.example'),
    signedIn(server.url, 'specialist@vigil.example'),
  ]);
});
afterAll(async () => {
  await db.end();
  await second.app.stop();
  await server.stop();
});

const runId = randomUUID().slice(0, 8);
const unique = (text: string) => `${text}-${runId}-${randomUUID().slice(0, 4)}`;
const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId } } }';
const claim = 'mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id status } } }';
const escalate = 'mutation ($input: EscalateCaseInput!) { escalateCase(input: $input) { escalation { id status reason slaDueAt tier { code slaMs } } case { id status leaseExpiresAt } } }';
const claimEscalation = 'mutation ($tier: String!) { claimNextEscalation(tierCode: $tier) { escalation { id status leaseExpiresAt } } }';
const resolve =
  'mutation ($input: ResolveEscalationInput!) { resolveEscalation(input: $input) { escalation { id status neededEscalation resolution { id kind } } decision { id kind verdict action decidedBy { email } } case { id status resolvedAt } } }';

/** A case of a fresh queue, claimed by the evaluator. */
async function heldCase(by: ApiClient, extra: Record<string, unknown> = {}): Promise<string> {
  const queue = await createTestQueue(server.app.orm.em.fork());
  await manager.data(ingest, { input: { cases: [queryReport(queue.id, unique('prohibited-item-query-17'), extra)] } });
  return (await by.data(claim, { queueId: queue.id })).claimNextCase.case.id;
}

/** A case escalated by `by` to the tier; returns the escalation id. */
async function escalated(by: ApiClient, tierCode: string, extra: Record<string, unknown> = {}): Promise<{ escalationId: string; caseId: string }> {
  const caseId = await heldCase(by);
  const { escalateCase } = await by.data(escalate, { input: { caseId, reason: 'POLICY_UNCLEAR', note: 'unsure which area applies', tierCode, ...extra } });
  return { escalationId: escalateCase.escalation.id, caseId };
}

async function auditActions(entityId: string): Promise<string[]> {
  const { rows } = await db.query('select action from audit_event where entity_id = $1 order by id', [entityId]);
  return rows.map((row) => row.action);
}

/** Specialists' desk tests share tiers; leave nothing claimable behind from earlier tests. */
async function clearTier(tierCode: string): Promise<void> {
  await db.query("update escalation set status = 'RESOLVED' where tier_code = $1 and status <> 'RESOLVED'", [tierCode]);
}

describe('escalating a case', () => {
  it('lists the tiers with their SLAs', async () => {
    const { escalationTiers } = await evaluator.data('{ escalationTiers { code name slaMs } }');
    expect(escalationTiers.map((tier: any) => [tier.code, tier.slaMs])).toEqual([
      ['TIER_2', 4 * 3600_000],
      ['POLICY', 24 * 3600_000],
      ['LEGAL', 72 * 3600_000],
    ]);
  });

  it('needs the live lease, and sends the case to the tier with its SLA', async () => {
    const caseId = await heldCase(evaluator);
    const input = { caseId, reason: 'LEGAL', note: 'a request from a regulator', tierCode: 'LEGAL' };
    expect((await evaluator2.request(escalate, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const before = Date.now();
    const { escalateCase } = await evaluator.data(escalate, { input });
    expect(escalateCase.case).toEqual({ id: caseId, status: 'ESCALATED', leaseExpiresAt: null });
    expect(escalateCase.escalation).toMatchObject({ status: 'OPEN', reason: 'LEGAL', tier: { code: 'LEGAL' } });
    const due = new Date(escalateCase.escalation.slaDueAt).getTime();
    expect(due).toBeGreaterThanOrEqual(before + 72 * 3600_000 - 1000);
    expect(due).toBeLessThanOrEqual(Date.now() + 72 * 3600_000 + 1000);
    const { rows } = await db.query('select assignee_id from review_case where id = $1', [caseId]);
    expect(rows[0].assignee_id).toBeNull();
    expect(await auditActions(caseId)).toContain('case.escalated');
    expect(await auditActions(escalateCase.escalation.id)).toEqual(['escalation.raised']);

    // Once escalated it is no longer held: a second escalation is refused.
    expect((await evaluator.request(escalate, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a lapsed lease and a named person who is not a specialist', async () => {
    const caseId = await heldCase(evaluator);
    const notSpecialist = await evaluator.request(escalate, { input: { caseId, reason: 'LEGAL', note: '', tierCode: 'LEGAL', specialistId: evaluator2.userId } });
    expect(notSpecialist.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'specialistId' });
    const noTier = await evaluator.request(escalate, { input: { caseId, reason: 'LEGAL', note: '', tierCode: 'NO_SUCH_TIER' } });
    expect(noTier.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'tierCode' });
    await db.query("update review_case set lease_expires_at = now() - interval '1 second' where id = $1", [caseId]);
    const late = await evaluator.request(escalate, { input: { caseId, reason: 'LEGAL', note: '', tierCode: 'LEGAL' } });
    expect(late.errors?.[0]?.extensions?.code).toBe('LEASE_EXPIRED');
  });

  it('refuses a primary decision on an S0 case and keeps it with the evaluator to escalate', async () => {
    const caseId = await heldCase(evaluator, { severity: 'S0' });
    const decide = 'mutation ($input: DecideCaseInput!) { decideCase(input: $input) { case { status } } }';
    const refused = await evaluator.request(decide, {
      input: { caseId, verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'benign', handleTimeMs: 1000, idempotencyKey: `s0-${caseId}` },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('ESCALATION_REQUIRED');
    const { rows } = await db.query('select status, assignee_id, (select count(*)::int from decision where case_id = $1) as decisions from review_case where id = $1', [caseId]);
    expect(rows[0]).toEqual({ status: 'IN_REVIEW', assignee_id: evaluator.userId, decisions: 0 });
    const { escalateCase } = await evaluator.data(escalate, { input: { caseId, reason: 'CRITICAL_SEVERITY', note: '[slur placeholder] in query', tierCode: 'TIER_2' } });
    expect(escalateCase.case.status).toBe('ESCALATED');
  });
});

describe("the specialists' desk", () => {
  it('hands out escalations of a tier in SLA order, never one to two specialists, and a named one only to its specialist', async () => {
    await clearTier('POLICY');
    const later = await escalated(evaluator, 'POLICY');
    const sooner = await escalated(evaluator, 'POLICY');
    await db.query("update escalation set sla_due_at = now() + interval '1 hour' where id = $1", [sooner.escalationId]);
    const other = await createSpecialist();
    const namedForOther = await escalated(evaluator, 'POLICY', { specialistId: other.userId });
    // The most urgent of all, but sent to the other specialist by name.
    await db.query("update escalation set sla_due_at = now() + interval '1 minute' where id = $1", [namedForOther.escalationId]);

    const [mine, theirs] = await Promise.all([specialist.data(claimEscalation, { tier: 'POLICY' }), other.data(claimEscalation, { tier: 'POLICY' })]);
    expect(mine.claimNextEscalation.escalation.id).toBe(sooner.escalationId);
    expect(theirs.claimNextEscalation.escalation.id).toBe(namedForOther.escalationId);

    // Still held: claiming again gives it back instead of a second one.
    expect((await specialist.data(claimEscalation, { tier: 'POLICY' })).claimNextEscalation.escalation.id).toBe(sooner.escalationId);
    await specialist.data('mutation ($id: ID!) { releaseEscalation(id: $id) { escalation { status } } }', { id: sooner.escalationId });
    const { escalation } = await specialist.data('query ($id: ID!) { escalation(id: $id) { status assignee { id } } }', { id: sooner.escalationId });
    expect(escalation).toEqual({ status: 'OPEN', assignee: null });
    expect(await auditActions(sooner.escalationId)).toEqual(['escalation.raised', 'escalation.claimed', 'escalation.released']);

    // A lapsed claim is claimable again, by anyone of the tier.
    await specialist.data(claimEscalation, { tier: 'POLICY' });
    await db.query("update escalation set lease_expires_at = now() - interval '1 second' where id = $1", [sooner.escalationId]);
    const rival = await createSpecialist();
    expect((await rival.data(claimEscalation, { tier: 'POLICY' })).claimNextEscalation.escalation.id).toBe(sooner.escalationId);
    expect((await rival.data(claimEscalation, { tier: 'POLICY' })).claimNextEscalation.escalation.id).toBe(sooner.escalationId);
    const third = await createSpecialist();
    expect((await third.data(claimEscalation, { tier: 'POLICY' })).claimNextEscalation.escalation.id).toBe(later.escalationId);
    expect((await createSpecialist().then((fourth) => fourth.data(claimEscalation, { tier: 'POLICY' }))).claimNextEscalation.escalation).toBeNull();
  });

  it('keeps an escalation on hold with its specialist past the lease', async () => {
    await clearTier('TIER_2');
    const { escalationId } = await escalated(evaluator, 'TIER_2');
    await specialist.data(claimEscalation, { tier: 'TIER_2' });
    const { holdEscalation } = await specialist.data('mutation ($id: ID!) { holdEscalation(id: $id, reason: "waiting on the account owner") { escalation { status holdReason } } }', {
      id: escalationId,
    });
    expect(holdEscalation.escalation).toEqual({ status: 'ON_HOLD', holdReason: 'waiting on the account owner' });
    // Time passes beyond the 15-minute claim: the hold keeps it with its specialist.
    await db.query("update escalation set claimed_at = now() - interval '1 hour' where id = $1", [escalationId]);
    const rival = await createSpecialist();
    expect((await rival.data(claimEscalation, { tier: 'TIER_2' })).claimNextEscalation.escalation).toBeNull();
    expect(await auditActions(escalationId)).toEqual(['escalation.raised', 'escalation.claimed', 'escalation.held']);
  });

  it('extends a claim while the specialist works, only for its holder', async () => {
    await clearTier('TIER_2');
    const { escalationId } = await escalated(evaluator, 'TIER_2');
    const { claimNextEscalation } = await specialist.data(claimEscalation, { tier: 'TIER_2' });
    await db.query("update escalation set lease_expires_at = now() + interval '1 minute' where id = $1", [escalationId]);
    const heartbeat = 'mutation ($id: ID!) { heartbeatEscalation(id: $id) { escalation { leaseExpiresAt } } }';
    const { heartbeatEscalation } = await specialist.data(heartbeat, { id: escalationId });
    expect(new Date(heartbeatEscalation.escalation.leaseExpiresAt).getTime()).toBeGreaterThan(new Date(claimNextEscalation.escalation.leaseExpiresAt).getTime() - 1000);
    expect(new Date(heartbeatEscalation.escalation.leaseExpiresAt).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    const rival = await createSpecialist();
    expect((await rival.request(heartbeat, { id: escalationId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await db.query("update escalation set lease_expires_at = now() - interval '1 second' where id = $1", [escalationId]);
    expect((await specialist.request(heartbeat, { id: escalationId })).errors?.[0]?.extensions?.code).toBe('LEASE_EXPIRED');
  });

  it('tells the specialist how long a claim lasts, the length each heartbeat extends it by', async () => {
    await clearTier('TIER_2');
    const { escalationId } = await escalated(evaluator, 'TIER_2');
    await specialist.data(claimEscalation, { tier: 'TIER_2' });
    const { escalation } = await specialist.data('query ($id: ID!) { escalation(id: $id) { leaseMs } }', { id: escalationId });
    expect(escalation.leaseMs).toBe(15 * 60_000);
    await db.query("update escalation set lease_expires_at = now() + interval '1 second' where id = $1", [escalationId]);
    await specialist.data('mutation ($id: ID!) { heartbeatEscalation(id: $id) { escalation { id } } }', { id: escalationId });
    const { rows } = await db.query('select extract(epoch from lease_expires_at - now()) * 1000 as left_ms from escalation where id = $1', [escalationId]);
    expect(Number(rows[0].left_ms)).toBeGreaterThan(escalation.leaseMs - 60_000);
  });

  it('names the specialists to whoever escalates', async () => {
    const { escalationSpecialists } = await evaluator.data('{ escalationSpecialists { id displayName } }');
    expect(escalationSpecialists.map((person: { id: string }) => person.id)).toContain(specialist.userId);
  });

  it('tells the desks live, each manager only of their own team’s escalations', async () => {
    const otherManager = await signedIn(server.url, 'manager.accounts@vigil.example');
    const query = 'subscription { escalationChanged { escalationId status } }';
    const ownDesk = collect<{ escalationChanged: { escalationId: string; status: string } }>(socketClient(second.url, { authorization: `Bearer ${manager.token}` }), query);
    const otherDesk = collect<{ escalationChanged: { escalationId: string; status: string } }>(socketClient(second.url, { authorization: `Bearer ${otherManager.token}` }), query);
    await Promise.all([ownDesk.ready, otherDesk.ready]);
    await new Promise((resolve) => setTimeout(resolve, 250));
    await clearTier('TIER_2');
    const { escalationId } = await escalated(evaluator, 'TIER_2');
    expect(await ownDesk.next()).toEqual({ escalationChanged: { escalationId, status: 'OPEN' } });
    await specialist.data(claimEscalation, { tier: 'TIER_2' });
    expect(await ownDesk.next()).toEqual({ escalationChanged: { escalationId, status: 'CLAIMED' } });
    expect(otherDesk.values).toEqual([]);
    ownDesk.stop();
    otherDesk.stop();
  });

  it('is for specialists: evaluators cannot claim, list or read others’ escalations', async () => {
    const { escalationId } = await escalated(evaluator, 'LEGAL');
    expect((await evaluator.request(claimEscalation, { tier: 'LEGAL' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await evaluator.request('{ escalations(first: 5) { edges { node { id } } } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = 'query ($id: ID!) { escalation(id: $id) { id raisedBy { email } } }';
    expect((await evaluator2.request(read, { id: escalationId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await evaluator.data(read, { id: escalationId })).escalation.raisedBy.email).toBe('evaluator@vigil.example');
    const qa = await signedIn(server.url, 'qa@vigil.example');
    expect((await qa.data(read, { id: escalationId })).escalation.id).toBe(escalationId);
    const { escalations } = await manager.data('{ escalations(first: 100, filter: { tierCode: "LEGAL", status: OPEN }) { edges { node { id } } } }');
    expect(escalations.edges.map((edge: any) => edge.node.id)).toContain(escalationId);
  });
});

describe('the thread and the answer', () => {
  it('delivers thread messages live over graphql-ws, and refuses strangers', async () => {
    const { escalationId } = await escalated(evaluator, 'LEGAL');
    const socket = socketClient(second.url, { authorization: `Bearer ${evaluator.token}` });
    const posted = collect<{ escalationMessagePosted: { escalationId: string; messageId: string } }>(
      socket,
      `subscription { escalationMessagePosted(escalationId: "${escalationId}") { escalationId messageId } }`,
    );
    await posted.ready;
    await new Promise((resolve) => setTimeout(resolve, 250));
    const post = 'mutation ($id: ID!, $body: String!) { postEscalationMessage(escalationId: $id, body: $body) { message { id body author { email } } } }';
    const { postEscalationMessage } = await specialist.data(post, { id: escalationId, body: 'Which locale was the query in?' });
    expect((await posted.next()).escalationMessagePosted).toEqual({ escalationId, messageId: postEscalationMessage.message.id });
    await evaluator.data(post, { id: escalationId, body: 'en-GB' });
    expect((await posted.next()).escalationMessagePosted.escalationId).toBe(escalationId);
    posted.stop();
    await socket.dispose();

    const { escalation } = await evaluator.data('query ($id: ID!) { escalation(id: $id) { messages { body author { email } } } }', { id: escalationId });
    expect(escalation.messages).toEqual([
      { body: 'Which locale was the query in?', author: { email: 'specialist@vigil.example' } },
      { body: 'en-GB', author: { email: 'evaluator@vigil.example' } },
    ]);
    expect((await evaluator2.request(post, { id: escalationId, body: 'hello' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const stranger = socketClient(second.url, { authorization: `Bearer ${evaluator2.token}` });
    const errors = await new Promise<any[]>((done) => {
      stranger.subscribe(
        { query: `subscription { escalationMessagePosted(escalationId: "${escalationId}") { messageId } }` },
        { next: (r: any) => done(r.errors ?? []), error: (e) => done(e as any[]), complete: () => undefined },
      );
    });
    expect(errors[0]?.extensions?.code).toBe('FORBIDDEN');
    await stranger.dispose();
  });

  it('resolves the case with an ESCALATION_RESOLUTION decision and tells the evaluator, whose inbox clears when read', async () => {
    await clearTier('TIER_2');
    const { escalationId, caseId } = await escalated(evaluator, 'TIER_2');
    const answer = { escalationId, verdict: 'VIOLATING', policyCodes: ['REGULATED_GOODS'], action: { type: 'BLOCK_RESULTS' }, rationale: 'seeks prohibited items', neededEscalation: true };
    expect((await specialist.request(resolve, { input: answer })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await specialist.data(claimEscalation, { tier: 'TIER_2' });
    const wrongDomain = await specialist.request(resolve, { input: { ...answer, action: { type: 'BAN' } } });
    expect(wrongDomain.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'action.type' });

    const inbox = socketClient(second.url, { authorization: `Bearer ${evaluator.token}` });
    const received = collect<{ notificationReceived: { notificationId: string; kind: string } }>(inbox, 'subscription { notificationReceived { notificationId kind } }');
    await received.ready;
    await new Promise((resolve) => setTimeout(resolve, 250));

    const { resolveEscalation } = await specialist.data(resolve, { input: answer });
    expect(resolveEscalation.escalation).toMatchObject({ status: 'RESOLVED', neededEscalation: true, resolution: { id: resolveEscalation.decision.id, kind: 'ESCALATION_RESOLUTION' } });
    expect(resolveEscalation.decision).toMatchObject({ kind: 'ESCALATION_RESOLUTION', verdict: 'VIOLATING', action: 'BLOCK_RESULTS', decidedBy: { email: 'specialist@vigil.example' } });
    expect(resolveEscalation.case).toMatchObject({ id: caseId, status: 'RESOLVED' });
    expect(resolveEscalation.case.resolvedAt).not.toBeNull();
    expect((await received.next()).notificationReceived.kind).toBe('ESCALATION_ANSWERED');
    received.stop();
    await inbox.dispose();

    const notifications = 'query { myUnreadNotificationCount myNotifications(first: 5, unreadOnly: true) { edges { node { id kind escalationId readAt } } } }';
    const unread = await evaluator.data(notifications);
    const mine = unread.myNotifications.edges.map((edge: any) => edge.node).filter((node: any) => node.escalationId === escalationId);
    expect(mine).toEqual([{ id: expect.any(String), kind: 'ESCALATION_ANSWERED', escalationId, readAt: null }]);
    expect(unread.myUnreadNotificationCount).toBeGreaterThanOrEqual(1);

    // Someone else's ids are passed over.
    expect((await evaluator2.data('mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) { marked } }', { ids: [mine[0].id] })).markNotificationsRead.marked).toBe(0);
    const { markNotificationsRead } = await evaluator.data('mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) { marked unreadCount } }', { ids: [mine[0].id] });
    expect(markNotificationsRead).toEqual({ marked: 1, unreadCount: unread.myUnreadNotificationCount - 1 });
    const after = await evaluator.data(notifications);
    expect(after.myNotifications.edges.map((edge: any) => edge.node.id)).not.toContain(mine[0].id);

    expect(await auditActions(escalationId)).toEqual(['escalation.raised', 'escalation.claimed', 'escalation.resolved']);
    expect(await auditActions(caseId)).toEqual(['case.ingested', 'case.claimed', 'case.escalated', 'case.decided']);
    expect(await auditActions(mine[0].id)).toEqual(['notification.read']);
    expect((await specialist.request(resolve, { input: answer })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('SLA breaches', () => {
  it('notifies the queue team’s managers exactly once, even with two instances checking at once', async () => {
    const { escalationId } = await escalated(evaluator, 'LEGAL');
    await db.query("update escalation set sla_due_at = now() - interval '1 minute' where id = $1", [escalationId]);
    const counts = await Promise.all([
      new EscalationService(server.app.orm.em.fork()).notifyBreaches(),
      new EscalationService(second.app.orm.em.fork()).notifyBreaches(),
      new EscalationService(second.app.orm.em.fork()).notifyBreaches(),
    ]);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(1);
    expect(await new EscalationService(server.app.orm.em.fork()).notifyBreaches()).toBe(0);

    const { rows } = await db.query('select u.email, n.kind from notification n join app_user u on u.id = n.recipient_id where n.escalation_id = $1', [escalationId]);
    expect(rows).toEqual([{ email: 'manager@vigil.example', kind: 'ESCALATION_SLA_BREACHED' }]);
    expect(await auditActions(escalationId)).toEqual(['escalation.raised', 'escalation.sla_breached']);
    const { myNotifications } = await manager.data('{ myNotifications(first: 20, unreadOnly: true) { edges { node { kind escalationId } } } }');
    expect(myNotifications.edges.map((edge: any) => edge.node)).toContainEqual({ kind: 'ESCALATION_SLA_BREACHED', escalationId });
  });
});

describe('escalation precision', () => {
  it('is the share of resolved discretionary escalations the specialist confirmed, readable by the evaluator, their manager and admins', async () => {
    const evaluator3 = await createEvaluator();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await escalated(evaluator3, 'POLICY')).escalationId);
    await db.query("update escalation set status = 'RESOLVED', needed_escalation = true where id = $1", [ids[0]]);
    await db.query("update escalation set status = 'RESOLVED', needed_escalation = false where id = $1", [ids[1]]);
    // A compulsory escalation is needed by rule: counted apart, never in the precision.
    await db.query("update escalation set status = 'RESOLVED', needed_escalation = true, compulsory = true where id = $1", [ids[2]]);
    const query = 'query ($userId: ID!, $from: DateTime!, $to: DateTime!) { escalationPrecision(userId: $userId, from: $from, to: $to) { raised compulsory resolved confirmed precision } }';
    const period = { userId: evaluator3.userId, from: new Date(Date.now() - 3600_000).toISOString(), to: new Date(Date.now() + 3600_000).toISOString() };
    const expected = { raised: 3, compulsory: 1, resolved: 2, confirmed: 1, precision: 0.5 };
    expect((await evaluator3.data(query, period)).escalationPrecision).toEqual(expected);
    expect((await manager.data(query, period)).escalationPrecision).toEqual(expected);
    expect((await evaluator.request(query, period)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherManager = await signedIn(server.url, 'manager.accounts@vigil.example');
    expect((await otherManager.request(query, period)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

/** Another person with the demo password: the demo evaluator's hash, with the given role. */
async function createPerson(role: string): Promise<ApiClient & { userId: string; token: string }> {
  const email = `${role.toLowerCase()}.${randomUUID().slice(0, 8)}@vigil.example`;
  await db.query(
    `insert into app_user (id, email, display_name, roles, team_id, password_hash)
     select gen_random_uuid(), $1, $1, array[$2], team_id, password_hash from app_user where email = 'evaluator@vigil.example'`,
    [email, role],
  );
  return signedIn(server.url, email);
}
const createSpecialist = () => createPerson('SPECIALIST');
const createEvaluator = () => createPerson('EVALUATOR');
