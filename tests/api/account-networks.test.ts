import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Domain } from '../../server/src/policies/severity.ts';
import { ApiClient, signedIn } from '../support/api-client.ts';
import { accountReport, createEvaluators, createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * Account networks: accounts linked by the ids they name and by shared device or payment
 * fingerprints form clusters; a specialist's network action decides the members they tick, each
 * its own decision on the feed, all in one transaction or none.
 */
let server: TestServer;
let db: pg.Client;
let admin: ApiClient;
let specialist: ApiClient;
let evaluator: ApiClient;
let queueId: string;

const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId status } } }';
const clusterQuery = `query ($id: ID!, $first: Int) { case(id: $id) { subject { id cluster(first: $first) { truncated
  members { subjectId accountId handle linkedBy strikePoints openCases { id status queueId } subject { standing { policyCode points } } } } } } }`;
const apply = 'mutation ($input: NetworkActionInput!) { applyNetworkAction(input: $input) { decisions { id kind rationale } cases { id status } } }';
const ban = { verdict: 'VIOLATING', policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT'], action: { type: 'BAN' }, rationale: 'one operator runs these accounts' };

interface Network {
  /** Account ids and the case of each, in the order reported. */
  accounts: string[];
  caseIds: string[];
  subjectIds: string[];
}

/**
 * Five accounts: a names b; b and c share a device; c and d a payment instrument; e names d. Plus
 * a loner sharing nothing.
 */
async function reportNetwork(queueOfC = queueId): Promise<Network & { loner: string }> {
  const run = randomUUID().slice(0, 8);
  const [a, b, c, d, e, loner] = ['a', 'b', 'c', 'd', 'e', 'loner'].map((name) => `net-${run}-${name}`) as [string, string, string, string, string, string];
  const device = `device-${run}`;
  const payment = `payment-${run}`;
  const { ingestCases } = await admin.data(ingest, {
    input: {
      cases: [
        accountReport(queueId, a, { linkedAccountIds: [b] }),
        accountReport(queueId, b, { fingerprints: [{ kind: 'DEVICE', id: device }] }),
        accountReport(queueOfC, c, { fingerprints: [{ kind: 'DEVICE', id: device }, { kind: 'PAYMENT', id: payment }] }),
        accountReport(queueId, d, { fingerprints: [{ kind: 'PAYMENT', id: payment }] }),
        accountReport(queueId, e, { linkedAccountIds: [d] }),
        accountReport(queueId, loner, { fingerprints: [{ kind: 'DEVICE', id: `other-${run}` }] }),
      ],
    },
  });
  const caseIds = ingestCases.results.map((result: { caseId: string }) => result.caseId);
  const { rows } = await db.query('select id, case_id from (select s.id, c.id as case_id, c.arrived_at from subject s join review_case c on c.subject_id = s.id where c.id = any($1)) x', [caseIds]);
  const subjectOf = new Map(rows.map((row: { id: string; case_id: string }) => [row.case_id, row.id]));
  return { accounts: [a, b, c, d, e], caseIds: caseIds.slice(0, 5), subjectIds: caseIds.slice(0, 5).map((id: string) => subjectOf.get(id)!), loner: caseIds[5] };
}

beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  [admin, specialist] = await Promise.all([signedIn(server.url, 'admin@vigil.example'), signedIn(server.url, 'specialist@vigil.example')]);
  queueId = (await createTestQueue(server.app.orm.em.fork(), { domain: Domain.ACCOUNT })).id;
  const [email] = await createEvaluators(server.app.orm.em.fork(), 1);
  evaluator = await signedIn(server.url, email!);
});

afterAll(async () => {
  await db?.end();
  await server?.stop();
});

describe('account networks', () => {
  it('clusters accounts by the ids they name and the fingerprints they share, with each member’s open cases and strikes', async () => {
    const network = await reportNetwork();
    const { case: found } = await admin.data(clusterQuery, { id: network.caseIds[0] });
    const members = found.subject.cluster.members;
    expect(found.subject.cluster.truncated).toBe(false);
    expect(members[0].subjectId).toBe(found.subject.id);
    expect(members.map((member: { accountId: string }) => member.accountId).sort()).toEqual([...network.accounts].sort());
    const byAccount = new Map(members.map((member: { accountId: string }) => [member.accountId, member]));
    expect(byAccount.get(network.accounts[0])).toMatchObject({ handle: `handle-${network.accounts[0]}`, linkedBy: ['LINKED_ACCOUNT'], strikePoints: 0, openCases: [{ id: network.caseIds[0], status: 'OPEN', queueId }] });
    expect(byAccount.get(network.accounts[1])).toMatchObject({ linkedBy: ['DEVICE', 'LINKED_ACCOUNT'] });
    expect(byAccount.get(network.accounts[2])).toMatchObject({ linkedBy: ['DEVICE', 'PAYMENT'] });

    // The loner shares its device with no one: a cluster of one.
    const { case: alone } = await admin.data(clusterQuery, { id: network.loner });
    expect(alone.subject.cluster.members.map((member: { subjectId: string }) => member.subjectId)).toEqual([alone.subject.id]);

    const { case: cut } = await admin.data(clusterQuery, { id: network.caseIds[0], first: 2 });
    expect(cut.subject.cluster).toMatchObject({ truncated: true, members: [expect.anything(), expect.anything()] });
  });

  it('has no cluster for a search subject', async () => {
    const searchQueue = await createTestQueue(server.app.orm.em.fork());
    const { ingestCases } = await admin.data(ingest, { input: { cases: [queryReport(searchQueue.id, `prohibited-item-query-${randomUUID().slice(0, 8)}`)] } });
    const { case: found } = await admin.data('query ($id: ID!) { case(id: $id) { subject { cluster { truncated } } } }', { id: ingestCases.results[0].caseId });
    expect(found.subject.cluster).toBeNull();
  });

  it('decides the ticked members at once: one decision each with the shared rationale, each case resolved, each on the feed, audited', async () => {
    const network = await reportNetwork();
    const ticked = [network.subjectIds[0], network.subjectIds[2], network.subjectIds[4]];
    const idempotencyKey = randomUUID();
    const { applyNetworkAction } = await specialist.data(apply, { input: { caseId: network.caseIds[0], subjectIds: ticked, idempotencyKey, ...ban } });
    expect(applyNetworkAction.decisions).toHaveLength(3);
    expect(applyNetworkAction.decisions.every((decision: { kind: string; rationale: string }) => decision.kind === 'NETWORK_ACTION' && decision.rationale === ban.rationale)).toBe(true);
    expect(applyNetworkAction.cases.map((decided: { id: string; status: string }) => decided.status)).toEqual(['RESOLVED', 'RESOLVED', 'RESOLVED']);
    expect(applyNetworkAction.cases.map((decided: { id: string }) => decided.id).sort()).toEqual([network.caseIds[0], network.caseIds[2], network.caseIds[4]].sort());

    const decisionIds = applyNetworkAction.decisions.map((decision: { id: string }) => decision.id);
    const feed = await db.query('select kind, action from decision_event where decision_id = any($1)', [decisionIds]);
    expect(feed.rows).toEqual(Array(3).fill({ kind: 'NETWORK_ACTION', action: 'BAN' }));
    const audited = await db.query(`select after from audit_event where action = 'network_action.applied' and entity_id = $1`, [network.caseIds[0]]);
    expect(audited.rows[0].after).toMatchObject({ subjectIds: [...ticked].sort(), decisionIds });
    const caseAudits = await db.query(`select count(*)::int as n from audit_event where action = 'case.decided' and after->>'kind' = 'NETWORK_ACTION' and entity_id = any($1)`, [network.caseIds]);
    expect(caseAudits.rows[0].n).toBe(3);

    // The others stay open; the decided ones carry a strike, which the cluster shows.
    const { case: found } = await admin.data(clusterQuery, { id: network.caseIds[1] });
    const bySubject = new Map(found.subject.cluster.members.map((member: { subjectId: string }) => [member.subjectId, member]));
    expect(bySubject.get(network.subjectIds[1])).toMatchObject({ strikePoints: 0, openCases: [{ id: network.caseIds[1] }] });
    expect(bySubject.get(network.subjectIds[2])).toMatchObject({ strikePoints: 1, openCases: [], subject: { standing: [{ policyCode: 'SPAM_AND_FAKE_ENGAGEMENT', points: 1 }] } });

    // A retry with the same key returns the same decisions and decides nothing again.
    const { applyNetworkAction: retried } = await specialist.data(apply, { input: { caseId: network.caseIds[0], subjectIds: ticked, idempotencyKey, ...ban } });
    expect(retried.decisions.map((decision: { id: string }) => decision.id).sort()).toEqual([...decisionIds].sort());
  });

  it('opens a resolved case for a ticked member that has no open case', async () => {
    const network = await reportNetwork();
    const first = await specialist.data(apply, { input: { caseId: network.caseIds[0], subjectIds: [network.subjectIds[3]], idempotencyKey: randomUUID(), ...ban, action: { type: 'SUSPEND', suspensionDays: 30 } } });
    const again = await specialist.data(apply, { input: { caseId: network.caseIds[0], subjectIds: [network.subjectIds[3]], idempotencyKey: randomUUID(), ...ban } });
    const opened = again.applyNetworkAction.cases[0].id;
    expect(opened).not.toBe(first.applyNetworkAction.cases[0].id);
    const { rows } = await db.query('select status, sources, report_count, queue_id from review_case where id = $1', [opened]);
    expect(rows).toEqual([{ status: 'RESOLVED', sources: ['network-action'], report_count: 0, queue_id: queueId }]);
  });

  it('applies to none when one ticked member’s case is someone else’s to decide', async () => {
    // c's case is alone in its queue, so the evaluator's claim there takes it.
    const heldQueue = await createTestQueue(server.app.orm.em.fork(), { domain: Domain.ACCOUNT });
    const network = await reportNetwork(heldQueue.id);
    const { claimNextCase } = await evaluator.data('mutation ($q: ID!) { claimNextCase(queueId: $q) { case { id } } }', { q: heldQueue.id });
    expect(claimNextCase.case.id).toBe(network.caseIds[2]);
    const refused = await specialist.request(apply, { input: { caseId: network.caseIds[0], subjectIds: network.subjectIds.slice(0, 4), idempotencyKey: randomUUID(), ...ban } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'subjectIds', caseId: network.caseIds[2] });
    const { rows } = await db.query(`select count(*)::int as decisions from decision where kind = 'NETWORK_ACTION' and case_id = any($1)`, [network.caseIds]);
    expect(rows[0].decisions).toBe(0);
    const statuses = await db.query('select status from review_case where id = any($1)', [network.caseIds.slice(0, 4)]);
    expect(statuses.rows.map((row: { status: string }) => row.status).sort()).toEqual(['IN_REVIEW', 'OPEN', 'OPEN', 'OPEN']);
  });

  it('refuses accounts outside the cluster, a search case, a finding that does not hold together, and anyone but a specialist', async () => {
    const network = await reportNetwork();
    const other = await reportNetwork();
    const call = (client: ApiClient, input: Record<string, unknown>) => client.request(apply, { input: { caseId: network.caseIds[0], subjectIds: [network.subjectIds[1]], idempotencyKey: randomUUID(), ...ban, ...input } });
    expect((await call(specialist, { subjectIds: [network.subjectIds[1], other.subjectIds[0]] })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subjectIds' });
    expect((await call(specialist, { subjectIds: [] })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await call(specialist, { rationale: '  ' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rationale' });
    expect((await call(specialist, { verdict: 'NOT_VIOLATING' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'action.type' });
    expect((await call(specialist, { action: { type: 'BLOCK_RESULTS' } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'action.type' });
    expect((await call(specialist, { caseId: randomUUID() })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await call(evaluator, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const searchQueue = await createTestQueue(server.app.orm.em.fork());
    const { ingestCases } = await admin.data(ingest, { input: { cases: [queryReport(searchQueue.id, `prohibited-item-query-${randomUUID().slice(0, 8)}`)] } });
    expect((await call(specialist, { caseId: ingestCases.results[0].caseId })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
    const { rows } = await db.query(`select count(*)::int as n from decision where case_id = any($1)`, [network.caseIds]);
    expect(rows[0].n).toBe(0);
  });
});
