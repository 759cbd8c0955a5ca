import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let db: pg.Client;
let manager: ApiClient & { userId: string };
let teamId: string;
beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  manager = await signedIn(server.url, 'manager@vigil.example');
  teamId = (await manager.data('{ me { team { id } } }')).me.team.id;
});
afterAll(async () => {
  await db.end();
  await server.stop();
});

const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted } }';
const claim = 'mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id severity policyCode } } }';
const myWellness = '{ myWellness { blurPx greyscale severeToday severeCap severeUntilBreak reveals breakEndsAt steppedAway } }';
const release = 'mutation ($id: ID!) { releaseCase(caseId: $id) { case { id } } }';
const text = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

describe('wellness', () => {
  it('enforces a break once the severe-case cap is reached, and says when claims resume', async () => {
    await manager.data('mutation ($input: UpdateTeamWellnessInput!) { updateTeamWellness(input: $input) { settings { dailySevereCap breakMinutes } } }', {
      input: { teamId, dailySevereCap: 2, breakMinutes: 10 },
    });
    const queue = await createTestQueue(server.app.orm.em.fork());
    await manager.data(ingest, { input: { cases: [1, 2, 3].map(() => queryReport(queue.id, text('severe'), { severity: 'S1' })) } });
    const evaluator = await signedIn(server.url, 'evaluator2@vigil.example');
    for (let i = 0; i < 2; i++) {
      const { claimNextCase } = await evaluator.data(claim, { queueId: queue.id });
      expect(claimNextCase.case.severity).toBe('S1');
      await evaluator.data(release, { id: claimNextCase.case.id });
    }
    const refused = await evaluator.request(claim, { queueId: queue.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('WELLNESS_BREAK');
    const breakEndsAt = new Date(refused.errors?.[0]?.extensions?.breakEndsAt as unknown as string);
    expect(breakEndsAt.getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    const { myWellness: mine } = await evaluator.data(myWellness);
    expect(mine).toMatchObject({ severeToday: 2, severeCap: 2, breakEndsAt: breakEndsAt.toISOString() });

    // The break ends (time passes): claims resume.
    await db.query("update exposure_day set break_until = now() - interval '1 second' where user_id = (select id from app_user where email = 'evaluator2@vigil.example')");
    expect((await evaluator.data(claim, { queueId: queue.id })).claimNextCase.case).not.toBeNull();
    await manager.data('mutation ($input: UpdateTeamWellnessInput!) { updateTeamWellness(input: $input) { settings { dailySevereCap } } }', { input: { teamId, dailySevereCap: 40 } });
  });

  it('skips the cases of a policy area the evaluator stepped away from today', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    await manager.data(ingest, {
      input: { cases: [queryReport(queue.id, text('hate'), { policyCode: 'HATE_SPEECH', severity: 'S0' }), queryReport(queue.id, text('spam'), { policyCode: 'SPAM_AND_FAKE_ENGAGEMENT' })] },
    });
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const { stepAwayFromPolicy } = await evaluator.data('mutation { stepAwayFromPolicy(policyCode: "HATE_SPEECH") { wellness { steppedAway } } }');
    expect(stepAwayFromPolicy.wellness.steppedAway).toEqual(['HATE_SPEECH']);
    const first = (await evaluator.data(claim, { queueId: queue.id })).claimNextCase.case;
    expect(first.policyCode).toBe('SPAM_AND_FAKE_ENGAGEMENT');
    await evaluator.data(release, { id: first.id });
    const other = await signedIn(server.url, 'qa@vigil.example');
    expect((await other.data(claim, { queueId: queue.id })).claimNextCase.case.policyCode).toBe('HATE_SPEECH');
  });

  it('lets a person blur more than the team, never less', async () => {
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const looser = await evaluator.request('mutation { updateMyWellness(input: { blurPx: 2 }) { wellness { blurPx } } }');
    expect(looser.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'blurPx' });
    const noGrey = await evaluator.request('mutation { updateMyWellness(input: { greyscale: false }) { wellness { greyscale } } }');
    expect(noGrey.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'greyscale' });
    const stricter = await evaluator.data('mutation { updateMyWellness(input: { blurPx: 24 }) { wellness { blurPx } } }');
    expect(stricter.updateMyWellness.wellness.blurPx).toBe(24);
  });

  it('counts reveals, and shows managers team totals only', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    await manager.data(ingest, { input: { cases: [queryReport(queue.id, text('reveal'), { severity: 'S0' })] } });
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const held = (await evaluator.data(claim, { queueId: queue.id })).claimNextCase.case;
    const { recordReveal } = await evaluator.data('mutation ($id: ID!) { recordReveal(caseId: $id) { wellness { reveals } } }', { id: held.id });
    expect(recordReveal.wellness.reveals).toBeGreaterThanOrEqual(1);
    const stranger = await signedIn(server.url, 'evaluator2@vigil.example');
    expect((await stranger.request('mutation ($id: ID!) { recordReveal(caseId: $id) { wellness { reveals } } }', { id: held.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { teamWellness } = await manager.data('query ($teamId: ID!) { teamWellness(teamId: $teamId) { members severeTotal reveals onBreakNow steppedAwayCount } }', { teamId });
    expect(teamWellness.severeTotal).toBeGreaterThanOrEqual(3);
    expect(teamWellness.reveals).toBeGreaterThanOrEqual(1);
    expect(teamWellness.steppedAwayCount).toBeGreaterThanOrEqual(1);
    expect((await evaluator.request('query ($teamId: ID!) { teamWellness(teamId: $teamId) { members } }', { teamId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
