import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/kernel/roles.ts';
import { systemActor } from '../../server/src/kernel/viewer.ts';
import { Domain, Severity } from '../../server/src/policies/severity.ts';
import { wilsonInterval } from '../../server/src/quality/estimate.ts';
import { QueueService } from '../../server/src/queues/queue.service.ts';
import { computeFigures } from '../../server/src/reports/report.generator.ts';
import { ReportRollup } from '../../server/src/reports/report.rollup.ts';
import { ReportService } from '../../server/src/reports/report.service.ts';
import { figureFamilies } from '../../server/src/reports/report.sql.ts';
import { SubjectKind } from '../../server/src/subjects/subject-kind.ts';
import { seedDemoHistory } from '../../seeds/demo-history.ts';
import { seedDemoReports } from '../../seeds/demo-reports.ts';
import { ApiClient, collect, signedIn, socketClient } from '../support/api-client.ts';
import { createEvaluators } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * A small fixed data set in a team of its own, in two ISO weeks of March 2025 (Europe/Dublin is
 * on GMT then, so local midnight is UTC midnight): the previous week from Monday 24 February and
 * the reported week from Monday 3 March. Every figure below is counted by hand from this table.
 *
 * | period | term  | cases | verdict       | source          | policy      | decided          |
 * | ------ | ----- | ----- | ------------- | --------------- | ----------- | ---------------- |
 * | cur    | alpha | 4 + 4 | VIOLATING     | model-flag / user-report | SCAMS_FRAUD | within SLA |
 * | cur    | beta  | 6     | VIOLATING     | trusted-flagger | HATE_SPEECH | within SLA       |
 * | cur    | eps   | 4     | VIOLATING     | user-report     | SCAMS_FRAUD | within SLA       |
 * | cur    | gamma | 6     | NOT_VIOLATING | user-report     | —           | after the SLA    |
 * | prev   | alpha | 2     | VIOLATING     | user-report     | SCAMS_FRAUD | within SLA       |
 * | prev   | beta  | 5     | VIOLATING     | trusted-flagger | HATE_SPEECH | within SLA       |
 * | prev   | delta | 3     | VIOLATING     | model-flag      | SPAM        | within SLA       |
 * | prev   | gamma | 10    | NOT_VIOLATING | user-report     | —           | within SLA       |
 *
 * Two escalations on alpha cases this week: one resolved as needed after two hours, one open.
 *
 * Quality, an hour after each decision (after the case resolved, so no verdict above moves):
 * - this week, QA sample reviews of the first 20 cases: the two first alpha cases found not
 *   violating (overturned), the other 18 confirmed. Pairs (decision, QA): V·V 16, V·N 2, N·N 2.
 * - the previous week, second reviews of all 20 cases: two gamma cases seen as violating.
 *   Pairs (primary, second): V·V 10, N·N 8, N·V 2.
 */
const week = { start: '2025-03-03T00:00:00.000Z', end: '2025-03-10T00:00:00.000Z', previous: '2025-02-24T00:00:00.000Z' };

let server: TestServer;
let db: pg.Client;
let teamId: string;
let manager: ApiClient & { userId: string; token: string };
let otherManager: ApiClient;
let admin: ApiClient;
let stakeholder: ApiClient & { userId: string };

async function seedFixedData(): Promise<void> {
  const em = server.app.orm.em.fork();
  const { rows: [site] } = await db.query(`select s.id from site s join team t on t.site_id = s.id where t.name = 'Search Safety EMEA'`);
  teamId = randomUUID();
  await db.query('insert into team (id, name, site_id) values ($1, $2, $3)', [teamId, `Reports test team ${teamId.slice(0, 6)}`, site.id]);
  const queue = await new QueueService(em).create(systemActor, {
    name: `reports queue ${teamId.slice(0, 6)}`,
    domain: Domain.SEARCH,
    subjectKinds: [SubjectKind.SEARCH_QUERY],
    locales: ['en-GB'],
    teamId,
    slaTargetsMs: { [Severity.S0]: 3600_000, [Severity.S1]: 3600_000, [Severity.S2]: 3600_000, [Severity.S3]: 3600_000 },
    leaseMs: 300_000,
    doubleReviewRate: 0,
    qaSampleRate: 0,
    goldenRate: 0,
  });
  const { rows: [decider] } = await db.query(`select id from app_user where email = 'evaluator@vigil.example'`);
  const subjects = new Map<string, string>();
  const subjectOf = async (term: string) => {
    if (!subjects.has(term)) {
      const id = randomUUID();
      await db.query(`insert into subject (id, kind, domain, key, locale, details) values ($1, 'SEARCH_QUERY', 'SEARCH', $2, 'en-GB', '{}')`, [id, `query:en-GB:${term}-${teamId.slice(0, 6)}`]);
      subjects.set(term, id);
    }
    return subjects.get(term)!;
  };
  const caseIds: Record<string, string[]> = {};
  let minute = 0;
  const add = async (periodStart: string, term: string, count: number, verdict: string, source: string, policy: string | null, late = false) => {
    for (let i = 0; i < count; i++) {
      const arrived = new Date(Date.parse(periodStart) + 86_400_000 + minute++ * 60_000);
      const caseId = randomUUID();
      const decided = new Date(arrived.getTime() + (late ? 7200_000 : 1800_000));
      await db.query(
        `insert into review_case (id, queue_id, subject_id, status, severity, sources, reasons, arrived_at, sla_due_at, resolved_at)
         values ($1, $2, $3, 'RESOLVED', 'S2', $4, '{}', $5, $6, $7)`,
        [caseId, queue.id, await subjectOf(term), [source], arrived, new Date(arrived.getTime() + 3600_000), decided],
      );
      await db.query(
        `insert into decision (id, case_id, kind, decided_by_id, verdict, policy_codes, policy_version, action, action_params, rationale, handle_time_ms, idempotency_key, created_at)
         values ($1::uuid, $2, 'PRIMARY', $3, $4, $5, 1, $6, '{}', 'fixed', 60000, $1::text, $7)`,
        [randomUUID(), caseId, decider.id, verdict, policy ? [policy] : [], verdict === 'VIOLATING' ? 'BLOCK_RESULTS' : 'NO_ACTION', decided],
      );
      (caseIds[term] ??= []).push(caseId);
      (casesOf[periodStart] ??= []).push({ caseId, decided, verdict, policy });
    }
  };
  const casesOf: Record<string, { caseId: string; decided: Date; verdict: string; policy: string | null }[]> = {};
  const review = (kind: 'QA_REVIEW' | 'SECOND_REVIEW', caseId: string, by: string, at: Date, verdict: string, policy: string | null) =>
    db.query(
      `insert into decision (id, case_id, kind, decided_by_id, verdict, policy_codes, policy_version, action, action_params, rationale, handle_time_ms, idempotency_key, created_at)
       values ($1::uuid, $2, $3, $4, $5, $6, 1, $7, '{}', 'fixed', 60000, $1::text, $8)`,
      [randomUUID(), caseId, kind, by, verdict, policy ? [policy] : [], verdict === 'VIOLATING' ? 'BLOCK_RESULTS' : 'NO_ACTION', at],
    );
  await add(week.start, 'alpha', 4, 'VIOLATING', 'model-flag', 'SCAMS_FRAUD');
  await add(week.start, 'alpha', 4, 'VIOLATING', 'user-report', 'SCAMS_FRAUD');
  await add(week.start, 'beta', 6, 'VIOLATING', 'trusted-flagger', 'HATE_SPEECH');
  await add(week.start, 'eps', 4, 'VIOLATING', 'user-report', 'SCAMS_FRAUD');
  await add(week.start, 'gamma', 6, 'NOT_VIOLATING', 'user-report', null, true);
  await add(week.previous, 'alpha', 2, 'VIOLATING', 'user-report', 'SCAMS_FRAUD');
  await add(week.previous, 'beta', 5, 'VIOLATING', 'trusted-flagger', 'HATE_SPEECH');
  await add(week.previous, 'delta', 3, 'VIOLATING', 'model-flag', 'SPAM');
  await add(week.previous, 'gamma', 10, 'NOT_VIOLATING', 'user-report', null);
  const [reviewerEmail] = await createEvaluators(em, 1);
  const { rows: [reviewer] } = await db.query('select id from app_user where email = $1', [reviewerEmail]);
  for (const [i, c] of casesOf[week.start]!.slice(0, 20).entries()) {
    const overturned = i < 2;
    await review('QA_REVIEW', c.caseId, reviewer.id, new Date(c.decided.getTime() + 3600_000), overturned ? 'NOT_VIOLATING' : c.verdict, overturned ? null : c.policy);
  }
  for (const [i, c] of casesOf[week.previous]!.entries()) {
    const seenViolating = c.verdict === 'NOT_VIOLATING' && i >= 18;
    await review('SECOND_REVIEW', c.caseId, reviewer.id, new Date(c.decided.getTime() + 3600_000), seenViolating ? 'VIOLATING' : c.verdict, seenViolating ? 'SPAM' : c.policy);
  }
  const { rows: [tier] } = await db.query('select code from escalation_tier order by code limit 1');
  const raisedAt = new Date('2025-03-05T09:00:00Z');
  await db.query(
    `insert into escalation (id, case_id, raised_by_id, reason, note, tier_code, status, sla_due_at, needed_escalation, resolved_at, created_at)
     values ($1, $2, $3, 'LEGAL', 'fixed', $4, 'RESOLVED', $5, true, $6, $5), ($7, $8, $3, 'LEGAL', 'fixed', $4, 'OPEN', $5, null, null, $5)`,
    [randomUUID(), caseIds.alpha![0], decider.id, tier.code, raisedAt, new Date(raisedAt.getTime() + 7200_000), randomUUID(), caseIds.alpha![1]],
  );

  const [managerEmail] = await createEvaluators(em, 1, Role.MANAGER);
  const [stakeholderEmail] = await createEvaluators(em, 1, Role.STAKEHOLDER);
  await db.query('update app_user set team_id = $1 where email = $2', [teamId, managerEmail]);
  await db.query('update app_user set team_id = null where email = $1', [stakeholderEmail]);
  manager = await signedIn(server.url, managerEmail!);
  stakeholder = await signedIn(server.url, stakeholderEmail!);
}

beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  await seedFixedData();
  [otherManager, admin] = await Promise.all([signedIn(server.url, 'manager.accounts@vigil.example'), signedIn(server.url, 'admin@vigil.example')]);
});
afterAll(async () => {
  await db?.end();
  await server?.stop();
});

const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;
const estimate = 'value low high n count method minimumSample tooFewToTell';
const count = `key label current previous change currentShare { ${estimate} } previousShare { ${estimate} }`;
const rate = `key label change current { ${estimate} } previous { ${estimate} }`;
const reportFields = `id kind status periodStart periodEnd timeZone highlights context actionsTaken publishedAt csvUrl team { id }
  figures {
    previousPeriodStart
    totals { casesArrived previousCasesArrived casesReviewed previousCasesReviewed escalationsRaised previousEscalationsRaised }
    volumeByQueue { ${count} } volumeByDomain { ${count} } volumeBySubjectKind { ${count} } volumeBySource { ${count} }
    proactiveShare { ${rate} } verdicts { ${count} } actions { ${count} } topPolicies { ${count} } violationRate { ${rate} }
    emergingTerms { term locale current previous score currentShare { ${estimate} } previousShare { ${estimate} } } emergingTermsMethod
    quality { ${rate} } slaAdherence { ${rate} }
    escalationsByReason { ${count} } escalationsByTier { ${count} } escalationOutcomes { ${count} } escalationMedianResolveMs { ${rate} }
    appealOutcomes { ${count} } appealRate { ${rate} } appealReversalRate { ${rate} }
  }`;
const generate = `mutation ($input: GenerateReportInput!) { generateReport(input: $input) { ${reportFields} } }`;
const read = `query ($id: ID!) { report(id: $id) { ${reportFields} } }`;
const comment = 'mutation ($input: UpdateReportCommentaryInput!) { updateReportCommentary(input: $input) { id highlights context actionsTaken } }';
const publish = 'mutation ($id: ID!) { publishReport(id: $id) { id status publishedAt } }';
const list = '{ reports(first: 50) { edges { node { id status } } } }';

const wilson = (k: number, n: number) => {
  const [low, high] = wilsonInterval(k, n);
  return { value: k / n, low, high, n, count: k, tooFewToTell: false, method: 'WILSON' };
};
const byKey = (rows: any[]) => Object.fromEntries(rows.map((row) => [row.key, row]));
const score = (c: number, p: number, C: number, P: number) => Math.log((c + 1) / (C + 1)) - Math.log((p + 1) / (P + 1));

async function auditActions(entityId: string): Promise<string[]> {
  const { rows } = await db.query('select action from audit_event where entity_id = $1 order by id', [entityId]);
  return rows.map((row) => row.action);
}

let weekly: any;

describe('report figures', () => {
  it('computes every figure of the fixed data set, each beside the previous week’s, in the site’s time zone', async () => {
    ({ generateReport: weekly } = await manager.data(generate, { input: { kind: 'WEEKLY', at: '2025-03-06T15:00:00Z', teamId } }));
    expect(weekly).toMatchObject({ kind: 'WEEKLY', status: 'DRAFT', periodStart: week.start, periodEnd: week.end, timeZone: 'Europe/Dublin', team: { id: teamId } });
    const f = weekly.figures;
    expect(f.previousPeriodStart).toBe(week.previous);
    expect(f.totals).toEqual({ casesArrived: 24, previousCasesArrived: 20, casesReviewed: 24, previousCasesReviewed: 20, escalationsRaised: 2, previousEscalationsRaised: 0 });

    const sources = byKey(f.volumeBySource);
    expect(Object.keys(sources).sort()).toEqual(['model-flag', 'trusted-flagger', 'user-report']);
    expect(sources['user-report']).toMatchObject({ current: 14, previous: 12, change: 2, currentShare: wilson(14, 24), previousShare: wilson(12, 20) });
    expect(sources['model-flag']).toMatchObject({ current: 4, previous: 3, change: 1 });
    expect(sources['trusted-flagger']).toMatchObject({ current: 6, previous: 5, change: 1 });
    expect(f.proactiveShare.current).toMatchObject(wilson(10, 24));
    expect(f.proactiveShare.previous).toMatchObject(wilson(8, 20));
    expect(f.proactiveShare.change).toBeCloseTo(10 / 24 - 8 / 20, 12);
    expect(f.volumeByDomain).toMatchObject([{ key: 'SEARCH', current: 24, previous: 20 }]);
    expect(f.volumeBySubjectKind).toMatchObject([{ key: 'SEARCH_QUERY', current: 24, previous: 20 }]);
    expect(f.volumeByQueue).toHaveLength(1);

    expect(byKey(f.verdicts)).toMatchObject({ VIOLATING: { current: 18, previous: 10 }, NOT_VIOLATING: { current: 6, previous: 10 } });
    expect(byKey(f.actions)).toMatchObject({ BLOCK_RESULTS: { current: 18, previous: 10 }, NO_ACTION: { current: 6, previous: 10 } });
    // Worked by hand: 18 of 24 is 0.75, Wilson 95 % interval 0.551–0.880.
    expect(f.violationRate.current).toMatchObject(wilson(18, 24));
    expect(f.violationRate.current.low).toBeCloseTo(0.5509, 3);
    expect(f.violationRate.current.high).toBeCloseTo(0.8803, 3);
    expect(f.violationRate.previous).toMatchObject(wilson(10, 20));
    expect(f.violationRate.change).toBeCloseTo(0.25, 12);
    expect(f.topPolicies.map((row: any) => [row.key, row.current, row.previous])).toEqual([
      ['SCAMS_FRAUD', 12, 2],
      ['HATE_SPEECH', 6, 5],
      ['SPAM', 0, 3],
    ]);
    // 12 of 18 violating cases: below the proportion minimum of 20, so too few to tell.
    expect(f.topPolicies[0].currentShare).toMatchObject({ count: 12, n: 18, value: null, tooFewToTell: true });

    // Emerging terms: eps (4 cases) is below the minimum support of 5; delta has none this week.
    expect(f.emergingTermsMethod).toMatch(/at least 5 violating cases/);
    const suffix = `-${teamId.slice(0, 6)}`;
    expect(f.emergingTerms.map((term: any) => [term.term, term.current, term.previous])).toEqual([
      [`alpha${suffix}`, 8, 2],
      [`beta${suffix}`, 6, 5],
    ]);
    expect(f.emergingTerms[0].score).toBeCloseTo(score(8, 2, 18, 10), 12);
    expect(f.emergingTerms[0].score).toBeCloseTo(0.5521, 3);
    expect(f.emergingTerms[1].score).toBeCloseTo(score(6, 5, 18, 10), 12);
    expect(f.emergingTerms[0].currentShare).toMatchObject({ count: 8, n: 18, tooFewToTell: true });

    const sla = byKey(f.slaAdherence);
    expect(sla.S2.current).toMatchObject(wilson(18, 24));
    expect(sla.S2.previous).toMatchObject(wilson(20, 20));
    expect(sla.S0.current).toMatchObject({ n: 0, value: null, tooFewToTell: true });

    expect(byKey(f.escalationsByReason)).toMatchObject({ LEGAL: { current: 2, previous: 0 } });
    expect(f.escalationsByTier).toHaveLength(1);
    expect(byKey(f.escalationOutcomes)).toMatchObject({ NEEDED: { current: 1 }, UNRESOLVED: { current: 1 } });
    // One resolve time (two hours) is below the median's minimum of 10: too few to tell.
    expect(f.escalationMedianResolveMs.current).toMatchObject({ n: 1, value: null, tooFewToTell: true, method: 'ORDER_STATISTIC' });
    const quality = byKey(f.quality);
    expect(quality.accuracy.current).toMatchObject(wilson(18, 20));
    expect(quality.overturnRate.current).toMatchObject(wilson(2, 20));
    // No QA work the previous week: too few to tell rather than zero.
    expect(quality.accuracy.previous).toMatchObject({ n: 0, value: null, tooFewToTell: true });
    // Cohen's κ by hand: p_o = 18/20, p_e = (18/20)(16/20) + (2/20)(4/20) = 0.74, κ = 0.16 / 0.26.
    expect(quality.cohensKappa.current).toMatchObject({ n: 20, method: 'BOOTSTRAP_PERCENTILE', tooFewToTell: false });
    expect(quality.cohensKappa.current.value).toBeCloseTo(0.16 / 0.26, 12);
    expect(quality.cohensKappa.current.low).toBeLessThan(quality.cohensKappa.current.value);
    expect(quality.cohensKappa.current.high).toBeGreaterThan(quality.cohensKappa.current.value);
    // Fleiss' κ by hand: P̄ = 18/20; shares V 22/40, N 18/40, P̄e = 0.505; κ = 0.395 / 0.495.
    expect(quality.fleissKappa.previous).toMatchObject({ n: 20, tooFewToTell: false });
    expect(quality.fleissKappa.previous.value).toBeCloseTo(0.395 / 0.495, 12);
    expect(quality.fleissKappa.current).toMatchObject({ n: 0, value: null, tooFewToTell: true });
    expect(await auditActions(weekly.id)).toEqual(['report.generated']);
  });

  it('counts the week’s appeals by outcome, per enforcing outcome, and how many of those decided were reversed', async () => {
    expect(weekly.figures.appealOutcomes).toEqual([]);
    expect(weekly.figures.appealRate.current).toMatchObject({ count: 0, n: 18 });
    const { rows: appealed } = await db.query(
      `select d.id as decision_id, d.case_id from decision d join review_case c on c.id = d.case_id join queue q on q.id = c.queue_id
        where q.team_id = $1 and d.kind = 'PRIMARY' and d.action = 'BLOCK_RESULTS' and d.created_at >= $2 and d.created_at < $3 order by d.created_at, d.id limit 3`,
      [teamId, week.start, week.end],
    );
    // The appeal cases stand in as rows of their own (any case of another subject): the figures read the appeals alone.
    const { rows: stands } = await db.query(`select c.id from review_case c join queue q on q.id = c.queue_id where q.team_id = $1 and c.id <> all($2) order by c.id limit 3`, [teamId, appealed.map((row) => row.case_id)]);
    for (const [i, status] of ['OPEN', 'UPHELD', 'REVERSED'].entries()) {
      await db.query(`insert into appeal (id, case_id, appealed_case_id, appealed_decision_id, statement, status, idempotency_key, created_at) values ($1, $2, $3, $4, 'placeholder statement', $5, $6, $7)`, [
        randomUUID(), stands[i].id, appealed[i].case_id, appealed[i].decision_id, status, randomUUID(), new Date(Date.parse(week.start) + (i + 1) * 3600_000),
      ]);
    }
    const f = await computeFigures(server.app.orm.em.fork(), { teamId, start: new Date(week.start), end: new Date(week.end), previousStart: new Date(week.previous) });
    expect(byKey(f.appealOutcomes!)).toMatchObject({ OPEN: { current: 1, label: 'Open' }, UPHELD: { current: 1 }, REVERSED: { current: 1, previous: 0 } });
    // 3 appeals of 18 enforcing outcomes, 1 reversed of 2 decided: too few to tell, each with its count.
    expect(f.appealRate!.current).toMatchObject({ count: 3, n: 18, tooFewToTell: true });
    expect(f.appealReversalRate!.current).toMatchObject({ count: 1, n: 2, tooFewToTell: true });
    expect(f.appealReversalRate!.previous).toMatchObject({ count: 0, n: 0 });
  });

  it('computes ISO weeks and months at local midnight across daylight saving time', async () => {
    const { generateReport: summer } = await manager.data(generate, { input: { kind: 'WEEKLY', at: '2025-07-09T12:00:00Z', teamId } });
    expect([summer.periodStart, summer.periodEnd]).toEqual(['2025-07-06T23:00:00.000Z', '2025-07-13T23:00:00.000Z']);
    const { generateReport: march } = await manager.data(generate, { input: { kind: 'MONTHLY', at: '2025-03-15T12:00:00Z', teamId } });
    // March 2025 in Dublin starts on GMT and ends on IST.
    expect([march.periodStart, march.periodEnd]).toEqual(['2025-03-01T00:00:00.000Z', '2025-03-31T23:00:00.000Z']);
    expect(march.figures.totals.casesArrived).toBe(24);
    expect(march.figures.totals.previousCasesArrived).toBe(20);
    expect(code(await manager.request(generate, { input: { kind: 'WEEKLY', at: '2025-03-03T00:00:00Z', teamId } }))).toBe('CONFLICT');
  });
});

describe('report lifecycle', () => {
  it('edits the commentary of a draft, publishes it once, and then the database refuses any change', async () => {
    const { updateReportCommentary } = await manager.data(comment, { input: { id: weekly.id, highlights: ' Scam queries up ', actionsTaken: 'Blocked alpha' } });
    expect(updateReportCommentary).toMatchObject({ highlights: 'Scam queries up', context: '', actionsTaken: 'Blocked alpha' });
    expect(code(await otherManager.request(comment, { input: { id: weekly.id, highlights: 'not mine' } }))).toBe('NOT_FOUND');

    await stakeholder.data('mutation ($t: ID) { subscribeToReports(teamId: $t) { id } }', { t: teamId });
    const { publishReport } = await manager.data(publish, { id: weekly.id });
    expect(publishReport.status).toBe('PUBLISHED');
    expect(code(await manager.request(comment, { input: { id: weekly.id, highlights: 'later' } }))).toBe('CONFLICT');
    expect(code(await manager.request(publish, { id: weekly.id }))).toBe('CONFLICT');
    expect(await auditActions(weekly.id)).toEqual(['report.generated', 'report.commentary_updated', 'report.published']);

    await expect(db.query(`update report set highlights = 'rewritten' where id = $1`, [weekly.id])).rejects.toThrow(/published report is immutable/);
    await expect(db.query('delete from report where id = $1', [weekly.id])).rejects.toThrow(/published report is immutable/);
    const { rows } = await db.query('select highlights, figures from report where id = $1', [weekly.id]);
    expect(rows[0].highlights).toBe('Scam queries up');

    const inbox = await stakeholder.data<{ myNotifications: { edges: { node: { kind: string; reportId: string } }[] } }>('{ myNotifications(first: 10) { edges { node { kind reportId } } } }');
    expect(inbox.myNotifications.edges.map((edge) => edge.node)).toEqual([{ kind: 'REPORT_PUBLISHED', reportId: weekly.id }]);
  });
});

describe('report access', () => {
  it('lets a stakeholder read published reports and nothing else', async () => {
    const { reports } = await stakeholder.data(list);
    const ids = reports.edges.map((edge: any) => edge.node.id);
    expect(ids).toContain(weekly.id);
    expect(reports.edges.every((edge: any) => edge.node.status === 'PUBLISHED')).toBe(true);
    expect((await stakeholder.data(read, { id: weekly.id })).report.figures.totals.casesArrived).toBe(24);
    const { rows: [draft] } = await db.query(`select id from report where status = 'DRAFT' and scope_key = $1 limit 1`, [teamId]);
    expect(code(await stakeholder.request(read, { id: draft.id }))).toBe('NOT_FOUND');
    expect(code(await stakeholder.request(generate, { input: { kind: 'WEEKLY', at: '2025-04-09T12:00:00Z', teamId } }))).toBe('FORBIDDEN');
    const { rows: [queue] } = await db.query('select id from queue where team_id = $1', [teamId]);
    expect(code(await stakeholder.request('query ($q: ID!) { cases(first: 1, filter: { queueId: $q }) { edges { cursor } } }', { q: queue.id }))).toBe('FORBIDDEN');
    const measure = 'query ($t: ID!) { qualityMetrics(scope: { from: "2025-03-01T00:00:00Z", to: "2025-03-08T00:00:00Z", teamId: $t }) { key } }';
    expect(code(await stakeholder.request(measure, { t: teamId }))).toBe('FORBIDDEN');
  });

  it('refuses a manager of another team, and shows the team’s drafts to its own manager', async () => {
    expect(code(await otherManager.request(generate, { input: { kind: 'WEEKLY', at: '2025-04-09T12:00:00Z', teamId } }))).toBe('FORBIDDEN');
    expect(code(await otherManager.request(read, { id: weekly.id }))).toBe('NOT_FOUND');
    expect(code(await manager.request(generate, { input: { kind: 'WEEKLY', at: '2025-04-09T12:00:00Z' } }))).toBe('FORBIDDEN');
    const { reports } = await manager.data(list);
    expect(reports.edges.some((edge: any) => edge.node.status === 'DRAFT')).toBe(true);
    const { reports: others } = await otherManager.data(list);
    expect(others.edges.map((edge: any) => edge.node.id)).not.toContain(weekly.id);
  });

  it('lets a REPORTS_READ token read published reports only, and refuses a token without the scope', async () => {
    const token = async (scopes: string[]) => {
      const { createApiToken } = await admin.data('mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }', { input: { name: `reports ${scopes.join()}`, scopes } });
      return new ApiClient(server.url, createApiToken.secret);
    };
    const reader = await token(['REPORTS_READ']);
    const narrow = await token(['CASES_READ']);
    const { reports } = await reader.data(list);
    expect(reports.edges.length).toBeGreaterThan(0);
    expect(reports.edges.every((edge: any) => edge.node.status === 'PUBLISHED')).toBe(true);
    expect((await reader.data(read, { id: weekly.id })).report.id).toBe(weekly.id);
    expect(code(await narrow.request(list))).toBe('FORBIDDEN');
    expect(code(await narrow.request(read, { id: weekly.id }))).toBe('FORBIDDEN');
    expect(code(await reader.request(comment, { input: { id: weekly.id, highlights: 'x' } }))).toBe('FORBIDDEN');
  });
});

describe('report CSV', () => {
  it('exports every figure with its count, n and interval, and parses back to the same figures', async () => {
    const download = (client: ApiClient) =>
      fetch(`${server.url}${weekly.csvUrl}`, { headers: client.bearer ? { authorization: `Bearer ${client.bearer}` } : { cookie: client.cookie ?? '' } });
    const response = await download(stakeholder);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="vigil-weekly-report-2025-03-03.csv"');
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
    const row = (section: string, key: string, period: string) => rows.find((r) => r.section === section && r.key === key && r.period === period)!;
    const f = weekly.figures;
    const asEstimate = (r: Record<string, string>) => ({
      n: Number(r.n),
      value: r.value === '' ? null : Number(r.value),
      low: r.low === '' ? null : Number(r.low),
      high: r.high === '' ? null : Number(r.high),
      tooFewToTell: r.too_few_to_tell === 'true',
      method: r.method,
    });
    for (const section of ['volumeByQueue', 'volumeByDomain', 'volumeBySubjectKind', 'volumeBySource', 'verdicts', 'actions', 'topPolicies', 'escalationsByReason', 'escalationsByTier', 'escalationOutcomes']) {
      for (const figure of f[section]) {
        expect(Number(row(section, figure.key, 'current').count)).toBe(figure.current);
        expect(Number(row(section, figure.key, 'previous').count)).toBe(figure.previous);
        const { count: _count, minimumSample: _minimum, ...share } = figure.currentShare;
        expect(asEstimate(row(section, figure.key, 'current'))).toEqual(share);
      }
    }
    for (const figure of [f.violationRate, f.proactiveShare, f.escalationMedianResolveMs, ...f.quality, ...f.slaAdherence]) {
      const section = rows.find((r) => r.key === figure.key && r.label === figure.label)!.section!;
      const { count: _c, minimumSample: _m, ...current } = figure.current;
      expect(asEstimate(row(section, figure.key, 'current'))).toEqual(current);
    }
    expect(row('violationRate', 'violation', 'current')).toMatchObject({ count: '18', n: '24', value: '0.75', too_few_to_tell: 'false' });
    const terms = rows.filter((r) => r.section === 'emergingTerms' && r.period === 'current');
    expect(terms.map((r) => [r.label, Number(r.count), Number(r.score)])).toEqual(f.emergingTerms.map((t: any) => [t.term, t.current, t.score]));

    expect((await fetch(`${server.url}${weekly.csvUrl}`)).status).toBe(401);
    expect((await download(otherManager)).status).toBe(404);
  });
});

describe('report rollups', () => {
  const figures = (scope: { start: string; end: string; previous: string }) =>
    computeFigures(server.app.orm.em.fork(), { teamId, start: new Date(scope.start), end: new Date(scope.end), previousStart: new Date(scope.previous) });
  const unfold = async () => {
    await db.query('update report_rollup_state set folded_until = null');
    for (const family of figureFamilies) await db.query(`truncate ${family.table}`);
  };
  // Local midnight in Asia/Kolkata (UTC+05:30): every period edge falls inside an hour.
  const kolkataWeek = { start: '2025-03-02T18:30:00.000Z', end: '2025-03-09T18:30:00.000Z', previous: '2025-02-23T18:30:00.000Z' };

  it('gives the same figures from the rollups as from the tables, edges inside an hour included', async () => {
    await unfold();
    const fromTables = [await figures(week), await figures(kolkataWeek)];
    const folded = await new ReportRollup(server.app.orm.em.fork()).fold();
    // The fixed data's first case arrived a day into the previous week.
    expect(folded.from!.getTime()).toBeLessThanOrEqual(Date.parse(week.previous) + 86_400_000);
    const { rows } = await db.query('select count(*)::int as n from report_arrival_hour x join queue q on q.id = x.queue_id where q.team_id = $1', [teamId]);
    expect(rows[0].n).toBeGreaterThan(0);
    expect([await figures(week), await figures(kolkataWeek)]).toEqual(fromTables);
    expect(fromTables[0]!.totals.casesArrived).toBe(24);
  });

  it('refolds an hour a late row lands in, and counts it before the refold too', async () => {
    await new ReportRollup(server.app.orm.em.fork()).fold();
    const later = { start: '2025-03-17T00:00:00.000Z', end: '2025-03-24T00:00:00.000Z', previous: '2025-03-10T00:00:00.000Z' };
    expect((await figures(later)).totals.casesArrived).toBe(0);
    const { rows: [queue] } = await db.query('select id from queue where team_id = $1', [teamId]);
    const { rows: [subject] } = await db.query("select subject_id as id from review_case where queue_id = $1 limit 1", [queue.id]);
    await db.query(
      `insert into review_case (id, queue_id, subject_id, status, severity, sources, reasons, arrived_at, sla_due_at, resolved_at, golden_case_id)
       values ($1, $2, $3, 'OPEN', 'S1', '{user-report}', '{}', '2025-03-18T10:15:00Z', '2025-03-18T11:15:00Z', null, null)`,
      [randomUUID(), queue.id, subject.id],
    );
    const { rows: dirty } = await db.query("select hour from report_dirty_hour where hour = '2025-03-18T10:00:00Z'");
    expect(dirty).toHaveLength(1);
    const before = await figures(later);
    expect(before.totals.casesArrived).toBe(1);
    await new ReportRollup(server.app.orm.em.fork()).fold();
    expect((await db.query('select count(*)::int as n from report_dirty_hour')).rows[0].n).toBe(0);
    expect(await figures(later)).toEqual(before);
    await unfold();
    expect(await figures(later)).toEqual(before);
  });
  it('refolds for a new severity only once a primary decision has counted the old one', async () => {
    const rollup = () => new ReportRollup(server.app.orm.em.fork()).fold();
    const dirtyHours = async () => (await db.query('select hour from report_dirty_hour order by hour')).rows.map((row) => new Date(row.hour).toISOString());
    const { rows: [queue] } = await db.query('select id from queue where team_id = $1', [teamId]);
    const subject = { id: randomUUID() };
    await db.query(`insert into subject (id, kind, domain, key, locale, details) values ($1, 'SEARCH_QUERY', 'SEARCH', $2, 'en-GB', '{}')`, [subject.id, `query:en-GB:severity-${subject.id}`]);
    const { rows: [decider] } = await db.query(`select id from app_user where email = 'evaluator@vigil.example'`);
    const caseId = randomUUID();
    await db.query(
      `insert into review_case (id, queue_id, subject_id, status, severity, sources, reasons, arrived_at, sla_due_at)
       values ($1, $2, $3, 'OPEN', 'S3', '{user-report}', '{}', '2025-04-01T10:15:00Z', '2025-04-02T10:15:00Z')`,
      [caseId, queue.id, subject.id],
    );
    await rollup();
    await db.query("update review_case set severity = 'S2', report_count = 2 where id = $1", [caseId]);
    expect(await dirtyHours()).toEqual([]);
    await db.query(
      `insert into decision (id, case_id, kind, decided_by_id, verdict, policy_codes, policy_version, action, action_params, rationale, handle_time_ms, idempotency_key, created_at)
       values ($1::uuid, $2, 'PRIMARY', $3, 'NOT_VIOLATING', '{}', 1, 'NO_ACTION', '{}', 'fixed', 60000, $1::text, '2025-04-01T11:20:00Z')`,
      [randomUUID(), caseId, decider.id],
    );
    await rollup();
    await db.query("update review_case set severity = 'S1' where id = $1", [caseId]);
    expect(await dirtyHours()).toEqual(['2025-04-01T11:00:00.000Z']);
    await rollup();
  });
});

describe('scheduled drafts', () => {
  it('generates each closed week’s and month’s draft exactly once across two instances, saying how far it got', async () => {
    const socket = socketClient(server.url, { authorization: `Bearer ${manager.token}` });
    const progress = collect<{ reportDraftsProgress: { done: number; total: number; finished: boolean; kind: string | null } }>(
      socket,
      'subscription { reportDraftsProgress { done total finished kind periodStart teamId } }',
    );
    await progress.ready;
    await new Promise((resolve) => setTimeout(resolve, 250));
    const [first, second] = await Promise.all([
      startTestServer({ databaseUrl: server.databaseUrl, jobs: true }),
      startTestServer({ databaseUrl: server.databaseUrl, jobs: true }),
    ]);
    try {
      const { rows: [teams] } = await db.query('select count(*)::int as n from team');
      const expected = (teams.n + 1) * 2;
      const scheduled = async () => (await db.query(`select id from report where generated_by_id is null`)).rows.map((row) => row.id as string);
      await expect.poll(async () => (await scheduled()).length, { timeout: 20_000, interval: 50 }).toBe(expected);
      // Both instances tick again, and direct calls race each other: nothing more is generated.
      const again = await Promise.all([
        new ReportService(first.app.orm.em.fork()).generateDue(),
        new ReportService(second.app.orm.em.fork()).generateDue(),
        new ReportService(server.app.orm.em.fork()).generateDue(),
      ]);
      expect(again.flat()).toEqual([]);
      // One run did the work, live: an event before each draft (done 0 … total − 1), then finished.
      await expect.poll(() => progress.values.some((value) => value.reportDraftsProgress.finished), { timeout: 10_000 }).toBe(true);
      const events = progress.values.map((value) => value.reportDraftsProgress);
      expect(events.map((e) => [e.done, e.finished])).toEqual([...Array.from({ length: expected }, (_, i) => [i, false]), [expected, true]]);
      expect(events.every((e) => e.total === expected)).toBe(true);
      expect(events.slice(0, -1).every((e) => e.kind === 'WEEKLY' || e.kind === 'MONTHLY')).toBe(true);
      progress.stop();
      await socket.dispose();
      const ids = await scheduled();
      expect(ids).toHaveLength(expected);
      const { rows } = await db.query(`select count(*)::int as n, count(distinct entity_id)::int as distinct_ids from audit_event where action = 'report.generated' and entity_id = any($1)`, [ids]);
      expect(rows[0]).toEqual({ n: expected, distinct_ids: expected });
      const { rows: periods } = await db.query(`select kind, count(distinct period_start)::int as n from report where generated_by_id is null group by kind order by kind`);
      expect(periods).toEqual([{ kind: 'MONTHLY', n: 1 }, { kind: 'WEEKLY', n: expect.any(Number) }]);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });
});

describe('the demo stakeholder', () => {
  it('signs in with the demo password and is subscribed to every team’s reports', async () => {
    const demo = await signedIn(server.url, 'stakeholder@vigil.example');
    const { me, myReportSubscriptions } = await demo.data('{ me { roles } myReportSubscriptions { team { id } } }');
    expect(me.roles).toEqual(['STAKEHOLDER']);
    expect(myReportSubscriptions).toEqual([{ team: null }]);
  });

  it('finds the demo’s published reports (two weeks and a month, for the search team and all teams) in the inbox', async () => {
    await seedDemoReports(server.app.orm.em.fork(), new Date('2025-09-20T12:00:00Z'));
    const demo = await signedIn(server.url, 'stakeholder@vigil.example');
    const { reports } = await demo.data(`{ reports(first: 50) { edges { node { id kind periodStart status team { name } highlights } } } }`);
    const seeded = reports.edges.map((edge: any) => edge.node).filter((node: any) => node.periodStart.startsWith('2025-0'));
    expect(seeded.filter((node: any) => node.periodStart >= '2025-07-31T23').map((node: any) => [node.kind, node.periodStart, node.team?.name ?? 'ALL']).sort()).toEqual(
      [
        ['MONTHLY', '2025-07-31T23:00:00.000Z', 'ALL'],
        ['MONTHLY', '2025-07-31T23:00:00.000Z', 'Search Safety EMEA'],
        ['WEEKLY', '2025-08-31T23:00:00.000Z', 'ALL'],
        ['WEEKLY', '2025-08-31T23:00:00.000Z', 'Search Safety EMEA'],
        ['WEEKLY', '2025-09-07T23:00:00.000Z', 'ALL'],
        ['WEEKLY', '2025-09-07T23:00:00.000Z', 'Search Safety EMEA'],
      ].sort(),
    );
    const seededIds = seeded.filter((node: any) => node.periodStart >= '2025-07-31T23').map((node: any) => node.id).sort();
    const { myNotifications } = await demo.data('{ myNotifications(first: 20) { edges { node { kind reportId } } } }');
    // Subscribed to all teams, the stakeholder also heard of the test team's report published above.
    const heard = myNotifications.edges.map((edge: any) => edge.node).filter((node: any) => node.kind === 'REPORT_PUBLISHED' && seededIds.includes(node.reportId));
    expect(heard.map((node: any) => node.reportId).sort()).toEqual(seededIds);
  });

  it('states the demo history’s weekly figures with narrow intervals and ranks its emerging terms', async () => {
    const now = new Date('2025-11-20T12:00:00Z');
    await seedDemoHistory(server.app.orm.em.fork(), now);
    await seedDemoReports(server.app.orm.em.fork(), now);
    const { rows: [report] } = await db.query(
      `select r.figures from report r join team t on t.id = r.team_id where t.name = 'Search Safety EMEA' and r.kind = 'WEEKLY' and r.period_start = '2025-11-10T00:00:00Z' and r.status = 'PUBLISHED'`,
    );
    const f = report.figures;
    expect(f.violationRate.current.n).toBeGreaterThan(1000);
    expect(f.violationRate.current.high - f.violationRate.current.low).toBeLessThan(0.06);
    expect(f.proactiveShare.current.high - f.proactiveShare.current.low).toBeLessThan(0.06);
    for (const row of f.quality) expect(row.current).toMatchObject({ tooFewToTell: false });
    expect(byKey(f.slaAdherence).S2.current.tooFewToTell).toBe(false);
    expect(f.escalationMedianResolveMs.current.tooFewToTell).toBe(false);
    expect(f.emergingTerms.slice(0, 2).map((term: any) => `${term.term} ${term.locale}`).sort()).toEqual(['emerging-scam-query-1 en-US', 'emerging-scam-query-2 en-US']);
  });
});
