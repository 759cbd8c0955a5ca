import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../support/api-client.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const publish = 'mutation ($input: PublishPolicyVersionInput!) { publishPolicyVersion(input: $input) { version policies { code severity version } } }';
const current = '{ policies { code name severity domains version } }';

describe('the policy taxonomy', () => {
  it('is seeded as version 1 with every area of the design', async () => {
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const { policies } = await evaluator.data(current);
    expect(new Set(policies.map((policy: any) => policy.version))).toEqual(new Set([1]));
    const codes = policies.map((policy: any) => policy.code);
    for (const code of ['CHILD_SAFETY', 'VIOLENT_EXTREMISM', 'SELF_HARM', 'HATE_SPEECH', 'IMPERSONATION', 'MINIMUM_AGE', 'SPAM_AND_FAKE_ENGAGEMENT']) expect(codes).toContain(code);
    expect(policies.find((policy: any) => policy.code === 'CHILD_SAFETY').severity).toBe('S0');
  });

  it('takes a new version from a manager, and decisions record the version they used', async () => {
    const manager = await signedIn(server.url, 'manager@vigil.example');
    const { policies } = await manager.data(current);
    const next = policies.map((policy: any) => ({ code: policy.code, name: policy.name, severity: policy.code === 'SPAM_AND_FAKE_ENGAGEMENT' ? 'S2' : policy.severity, domains: policy.domains, description: 'Revised wording.' }));
    const { publishPolicyVersion } = await manager.data(publish, { input: { policies: next } });
    expect(publishPolicyVersion.version).toBe(2);
    expect(publishPolicyVersion.policies.find((policy: any) => policy.code === 'SPAM_AND_FAKE_ENGAGEMENT')).toEqual({ code: 'SPAM_AND_FAKE_ENGAGEMENT', severity: 'S2', version: 2 });

    const queue = await createTestQueue(server.app.orm.em.fork());
    await manager.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted } }', { input: { cases: [queryReport(queue.id, `spam-v2-${Date.now()}`, { policyCode: 'SPAM_AND_FAKE_ENGAGEMENT' })] } });
    const evaluator = await signedIn(server.url, 'evaluator2@vigil.example');
    const { claimNextCase } = await evaluator.data('mutation ($q: ID!) { claimNextCase(queueId: $q) { case { id severity } } }', { q: queue.id });
    expect(claimNextCase.case.severity).toBe('S2');
    const { decideCase } = await evaluator.data('mutation ($i: DecideCaseInput!) { decideCase(input: $i) { decision { policyVersion } } }', {
      i: { caseId: claimNextCase.case.id, verdict: 'VIOLATING', policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT'], action: { type: 'DEMOTE_RESULTS' }, rationale: 'spam', handleTimeMs: 900, idempotencyKey: `v2-${Date.now()}` },
    });
    expect(decideCase.decision.policyVersion).toBe(2);
  });

  it('refuses evaluators, duplicate codes and malformed codes', async () => {
    const entry = { code: 'NEW_AREA', name: 'New area', severity: 'S3', domains: ['SEARCH'], description: 'x' };
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    expect((await evaluator.request(publish, { input: { policies: [entry] } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await signedIn(server.url, 'admin@vigil.example');
    expect((await admin.request(publish, { input: { policies: [entry, entry] } })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'policies' });
    expect((await admin.request(publish, { input: { policies: [{ ...entry, code: 'new area' }] } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
