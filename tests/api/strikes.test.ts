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
  const { decideCase } = await evaluator.data('mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } } }', { input: { caseId, ...finding, rationale: 'spam network', handleTimeMs: 1000, idempotencyKey: randomUUID() } });
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

  it('refuses a ladder that does not act, or for a policy accounts cannot break', async () => {
    const set = (input: Record<string, unknown>) => manager.request('mutation ($input: SetStrikeLadderInput!) { setStrikeLadder(input: $input) { policyCode } }', { input });
    expect((await set({ policyCode: 'SPAM_AND_FAKE_ENGAGEMENT', rungs: [{ type: 'NO_ACTION' }], expiryDays: 90 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rungs.0.type' });
    expect((await set({ policyCode: 'GRAPHIC_VIOLENCE', rungs: [{ type: 'WARN' }], expiryDays: 90 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'policyCode' });
    expect((await set({ policyCode: 'SPAM_AND_FAKE_ENGAGEMENT', rungs: [{ type: 'SUSPEND' }], expiryDays: 90 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rungs.0.suspensionDays' });
    expect((await set({ policyCode: 'SPAM_AND_FAKE_ENGAGEMENT', rungs: [{ type: 'BLOCK_RESULTS' }], expiryDays: 90 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await evaluator.request('mutation ($input: SetStrikeLadderInput!) { setStrikeLadder(input: $input) { policyCode } }', { input: { policyCode: 'SPAM_AND_FAKE_ENGAGEMENT', rungs: [{ type: 'WARN' }], expiryDays: 90 } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
