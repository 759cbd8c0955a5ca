import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Domain } from '../../server/src/policies/severity.ts';
import { ApiClient, signedIn } from '../support/api-client.ts';
import { accountReport, createEvaluators, createTestQueue, recordQaReview } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * Account strike ladders: an enforced violation gives the account a strike per policy area,
 * weighted by severity; the standing proposes the next rung; strikes decay, and a reversal lifts them.
 */
let server: TestServer;
let db: pg.Client;
let admin: ApiClient;
let manager: ApiClient;
let evaluator: ApiClient;
let queueId: string;

const standingQuery = `query ($id: ID!, $codes: [String!]) { case(id: $id) { subject { standing(policyCodes: $codes) { policyCode activeStrikes points proposed { type suspensionDays } ladder { expiryDays rungs { type suspensionDays } } }
  strikes { policyCode weight status decisionId removedByDecisionId } } } }`;

/** A new case about the account, claimed and decided by the evaluator; the case and the decision. */
async function decideAbout(accountId: string, finding: Record<string, unknown>): Promise<{ caseId: string; decisionId: string }> {
  const { ingestCases } = await admin.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId status } } }', { input: { cases: [accountReport(queueId, accountId)] } });
  const caseId = ingestCases.results[0].caseId;
  const { claimNextCase } = await evaluator.data('mutation ($q: ID!) { claimNextCase(queueId: $q) { case { id } } }', { q: queueId });
  expect(claimNextCase.case.id).toBe(caseId);
  const { decideCase } = await evaluator.data('mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } } }', { input: { caseId, rationale: 'spam network', handleTimeMs: 1000, idempotencyKey: randomUUID(), ...finding } });
  return { caseId, decisionId: decideCase.decision.id };
}

const spam = (action: Record<string, unknown>) => ({ verdict: 'VIOLATING', policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT'], action });

beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  [admin, manager] = await Promise.all([signedIn(server.url, 'admin@vigil.example'), signedIn(server.url, 'manager@vigil.example')]);
  queueId = (await createTestQueue(server.app.orm.em.fork(), { domain: Domain.ACCOUNT })).id;
  const [email] = await createEvaluators(server.app.orm.em.fork(), 1);
  evaluator = await signedIn(server.url, email!);
});

afterAll(async () => {
  await db?.end();
  await server?.stop();
});

describe('account strike ladders', () => {
  it('gives a strike per enforced violation, proposes the next rung from the standing, and lifts the strike of a reversed decision', async () => {
    const account = `acct-${randomUUID().slice(0, 8)}`;
    const first = await decideAbout(account, spam({ type: 'WARN' }));
    let { case: found } = await admin.data(standingQuery, { id: first.caseId, codes: ['SPAM_AND_FAKE_ENGAGEMENT'] });
    // SPAM_AND_FAKE_ENGAGEMENT is S3: weight 1, so the next violation reaches the second rung.
    expect(found.subject.standing).toEqual([
      { policyCode: 'SPAM_AND_FAKE_ENGAGEMENT', activeStrikes: 1, points: 1, proposed: { type: 'SUSPEND', suspensionDays: 7 }, ladder: { expiryDays: 90, rungs: [{ type: 'WARN', suspensionDays: null }, { type: 'SUSPEND', suspensionDays: 7 }, { type: 'SUSPEND', suspensionDays: 30 }, { type: 'BAN', suspensionDays: null }] } },
    ]);

    const second = await decideAbout(account, spam({ type: 'SUSPEND', suspensionDays: 7 }));
    ({ case: found } = await admin.data(standingQuery, { id: second.caseId, codes: ['SPAM_AND_FAKE_ENGAGEMENT'] }));
    expect(found.subject.standing[0]).toMatchObject({ activeStrikes: 2, points: 2, proposed: { type: 'SUSPEND', suspensionDays: 30 } });

    // QA overturns the second decision: its strike is lifted, and the standing falls back.
    const override = await recordQaReview(db, second.decisionId, { verdict: 'NOT_VIOLATING', policyCodes: [], action: 'NO_ACTION' });
    ({ case: found } = await admin.data(standingQuery, { id: second.caseId, codes: null }));
    expect(found.subject.standing).toEqual([expect.objectContaining({ policyCode: 'SPAM_AND_FAKE_ENGAGEMENT', activeStrikes: 1, points: 1 })]);
    expect(found.subject.strikes).toEqual([
      { policyCode: 'SPAM_AND_FAKE_ENGAGEMENT', weight: 1, status: 'REMOVED', decisionId: second.decisionId, removedByDecisionId: override },
      { policyCode: 'SPAM_AND_FAKE_ENGAGEMENT', weight: 1, status: 'ACTIVE', decisionId: first.decisionId, removedByDecisionId: null },
    ]);
    // The account's history of actions: both outcomes and the override, newest first.
    const { case: history } = await admin.data('query ($id: ID!) { case(id: $id) { subject { outcomes { kind action decisionId supersedesDecisionId } } } }', { id: first.caseId });
    expect(history.subject.outcomes).toEqual([
      { kind: 'QA_OVERRIDE', action: 'NO_ACTION', decisionId: override, supersedesDecisionId: second.decisionId },
      { kind: 'PRIMARY', action: 'SUSPEND', decisionId: second.decisionId, supersedesDecisionId: null },
      { kind: 'PRIMARY', action: 'WARN', decisionId: first.decisionId, supersedesDecisionId: null },
    ]);
  });

  it('lets strikes decay: an expired strike no longer counts', async () => {
    const account = `acct-${randomUUID().slice(0, 8)}`;
    const decided = await decideAbout(account, spam({ type: 'WARN' }));
    await db.query(`update strike set expires_at = now() - interval '1 second' where decision_id = $1`, [decided.decisionId]);
    const { case: found } = await admin.data(standingQuery, { id: decided.caseId, codes: ['SPAM_AND_FAKE_ENGAGEMENT'] });
    expect(found.subject.standing[0]).toMatchObject({ activeStrikes: 0, points: 0, proposed: { type: 'WARN' } });
    expect(found.subject.strikes.map((strike: { status: string }) => strike.status)).toEqual(['EXPIRED']);
  });

  it('takes a policy area’s own ladder and weighs graver areas more', async () => {
    const { setStrikeLadder } = await manager.data('mutation ($input: SetStrikeLadderInput!) { setStrikeLadder(input: $input) { policyCode ladder { expiryDays rungs { type } } } }', {
      input: { policyCode: 'IMPERSONATION', rungs: [{ type: 'WARN' }, { type: 'BAN' }], expiryDays: 30 },
    });
    expect(setStrikeLadder).toEqual({ policyCode: 'IMPERSONATION', ladder: { expiryDays: 30, rungs: [{ type: 'WARN' }, { type: 'BAN' }] } });
    const account = `acct-${randomUUID().slice(0, 8)}`;
    // IMPERSONATION is S2: one strike weighs 2, past the two-rung ladder's top.
    const decided = await decideAbout(account, { verdict: 'VIOLATING', policyCodes: ['IMPERSONATION'], action: { type: 'WARN' } });
    const { case: found } = await admin.data(standingQuery, { id: decided.caseId, codes: ['IMPERSONATION'] });
    expect(found.subject.standing[0]).toMatchObject({ activeStrikes: 1, points: 2, proposed: { type: 'BAN' }, ladder: { expiryDays: 30 } });
    const { rows } = await db.query(`select extract(day from expires_at - created_at)::int as days from strike where decision_id = $1`, [decided.decisionId]);
    expect(rows).toEqual([{ days: 30 }]);
  });

  it('asks for a reason to decide otherwise than the ladder proposes, and records and audits it', async () => {
    const account = `acct-${randomUUID().slice(0, 8)}`;
    const { ingestCases } = await admin.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId } } }', { input: { cases: [accountReport(queueId, account)] } });
    const caseId = ingestCases.results[0].caseId;
    await evaluator.data('mutation ($q: ID!) { claimNextCase(queueId: $q) { case { id } } }', { q: queueId });
    const decide = (extra: Record<string, unknown>) =>
      evaluator.request('mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id ladderProposal { type suspensionDays } ladderDeviationReason } } }', {
        input: { caseId, ...spam({ type: 'SUSPEND', suspensionDays: 30 }), rationale: 'spam network', handleTimeMs: 1000, idempotencyKey: randomUUID(), ...extra },
      });
    // A first violation: the ladder proposes WARN, so a 30-day suspension needs a reason.
    const refused = await decide({ ladderDeviationReason: '   ' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ladderDeviationReason', proposed: { type: 'WARN' } });
    const decided = await decide({ ladderDeviationReason: 'coordinated with a banned network' });
    expect(decided.errors).toBeUndefined();
    const decision = (decided.data as { decideCase: { decision: { id: string } } }).decideCase.decision;
    expect(decision).toMatchObject({ ladderProposal: { type: 'WARN', suspensionDays: null }, ladderDeviationReason: 'coordinated with a banned network' });
    const { rows } = await db.query(`select after from audit_event where action = 'case.decided' and entity_id = $1`, [caseId]);
    expect(rows[0].after).toMatchObject({ decisionId: decision.id, ladderProposal: { type: 'WARN' }, ladderDeviationReason: 'coordinated with a banned network' });

    // The week's report counts it among the account violations the ladder proposed for.
    const { generateReport } = await admin.data('mutation ($input: GenerateReportInput!) { generateReport(input: $input) { figures { ladderDeviationRate { current { count n } } } } }', { input: { kind: 'WEEKLY', at: new Date().toISOString() } });
    const [counted] = (await db.query('select count(*)::int as n, count(ladder_deviation_reason)::int as count from decision where ladder_proposal is not null')).rows;
    expect(counted.count).toBe(1);
    expect(generateReport.figures.ladderDeviationRate.current).toEqual({ count: 1, n: counted.n });
  });

  it('records the proposal of a decision that follows the ladder, with no reason', async () => {
    const account = `acct-${randomUUID().slice(0, 8)}`;
    const { decisionId } = await decideAbout(account, { ...spam({ type: 'WARN' }), ladderDeviationReason: 'not needed' });
    const { rows } = await db.query('select ladder_proposal, ladder_deviation_reason from decision where id = $1', [decisionId]);
    expect(rows).toEqual([{ ladder_proposal: { type: 'WARN' }, ladder_deviation_reason: null }]);
  });

  it('refuses a ladder that does not act, or for a policy accounts cannot break', async () => {
    const set = (input: Record<string, unknown>) => manager.request('mutation ($input: SetStrikeLadderInput!) { setStrikeLadder(input: $input) { policyCode } }', { input });
    expect((await set({ policyCode: 'SPAM_AND_FAKE_ENGAGEMENT', rungs: [{ type: 'NO_ACTION' }], expiryDays: 90 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rungs.0.type' });
    expect((await set({ policyCode: 'GRAPHIC_VIOLENCE', rungs: [{ type: 'WARN' }], expiryDays: 90 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'policyCode' });
    expect((await set({ policyCode: 'SPAM_AND_FAKE_ENGAGEMENT', rungs: [{ type: 'SUSPEND' }], expiryDays: 90 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rungs.0.suspensionDays' });
    expect((await set({ policyCode: 'SPAM_AND_FAKE_ENGAGEMENT', rungs: [{ type: 'BLOCK_RESULTS' }], expiryDays: 90 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await evaluator.request('mutation ($input: SetStrikeLadderInput!) { setStrikeLadder(input: $input) { policyCode } }', { input: { policyCode: 'SPAM_AND_FAKE_ENGAGEMENT', rungs: [{ type: 'WARN' }], expiryDays: 90 } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
