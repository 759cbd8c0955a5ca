import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { claimNextCase } from '../../server/src/cases/case.sql.ts';
import { ormConfig } from '../../server/src/root/db/orm-config.ts';
import { positionalBindings, type PreparedStatement } from '../../server/src/kernel/prepared.ts';
import { claimNextEscalation } from '../../server/src/escalations/escalation.sql.ts';
import { claimNextQaTask } from '../../server/src/qa/qa.sql.ts';
import { createTestDatabase } from '../support/database.ts';
import { createTestQueue } from '../support/queues.ts';

/**
 * Every claim walks its partial index in the index's order and stops at the first row it can
 * lock: with thousands of claimable rows, no plan sorts the leased table. (A claim that joins a
 * `params` CTE in its candidate scan loses the order and sorts the whole queue on every claim;
 * the control below shows the planner does exactly that on these tables.)
 */

const rows = 6000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Subplan Name'?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/** The claim's candidate scan: the `candidate` CTE (the whole plan for a bare scan). */
function candidateOf(plan: PlanNode): PlanNode {
  return nodes(plan).find((node) => node['Subplan Name'] === 'CTE candidate') ?? plan;
}

/** Sort nodes (plain or incremental) in the candidate scan with the leased table beneath them. */
function sortsOver(plan: PlanNode, table: string): PlanNode[] {
  return nodes(candidateOf(plan)).filter((node) => node['Node Type'].includes('Sort') && nodes(node).some((below) => below['Relation Name'] === table));
}

/** Indexes the candidate scan walks on the leased table. */
function indexesScanned(plan: PlanNode, table: string): string[] {
  return nodes(candidateOf(plan))
    .filter((node) => node['Relation Name'] === table && node['Index Name'])
    .map((node) => node['Index Name']!);
}

let orm: MikroORM;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let client: pg.Client;
let queueId: string;
let otherQueueId: string;
let userId: string;
const tierCode = 'PLAN_TEST';

beforeAll(async () => {
  database = await createTestDatabase(inject('postgresUrl'));
  orm = await MikroORM.init(ormConfig(database.url, { poolMax: 2 }));
  const em = orm.em.fork();
  queueId = (await createTestQueue(em)).id;
  otherQueueId = (await createTestQueue(em)).id;
  const [someone] = await em.execute<{ id: string }[]>(`select id from app_user where email = 'evaluator@vigil.example'`);
  userId = someone!.id;
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  // Thousands of claimable cases, escalations of one tier and QA tasks in two queues, with the
  // statistics analysed, so the planner knows a sort would be over thousands of rows.
  await client.query(`insert into escalation_tier (code, name, sla_ms) values ($1, 'Plan test tier', 3600000)`, [tierCode]);
  await client.query(
    `insert into subject (id, kind, domain, key, locale, details)
     select gen_random_uuid(), 'SEARCH_QUERY', 'SEARCH', 'plan-test:' || i, 'en-GB', '{}'::jsonb from generate_series(1, $1) i`,
    [rows],
  );
  await client.query(
    `insert into review_case (id, queue_id, subject_id, severity, sources, reasons, sla_due_at, arrived_at)
     select gen_random_uuid(), case when n % 2 = 0 then $1::uuid else $2::uuid end, s.id,
            (array['S0', 'S1', 'S2', 'S3'])[1 + n % 4], '{plan-test}', '{}', now() + n * interval '1 minute', now() - n * interval '1 second'
     from (select id, row_number() over (order by key) as n from subject where key like 'plan-test:%') s`,
    [queueId, otherQueueId],
  );
  await client.query(
    `insert into decision (id, case_id, kind, decided_by_id, verdict, policy_codes, policy_version, action, action_params, rationale, handle_time_ms, idempotency_key)
     select gen_random_uuid(), c.id, 'PRIMARY', (select id from app_user where email = 'admin@vigil.example'), 'NOT_VIOLATING', '{}', 1, 'NO_ACTION', '{}'::jsonb, 'plan test', 1000, 'plan-test:' || c.id
     from review_case c where c.sources = '{plan-test}'`,
  );
  await client.query(
    `insert into escalation (id, case_id, raised_by_id, reason, note, tier_code, sla_due_at)
     select gen_random_uuid(), c.id, $1, 'POLICY_UNCLEAR', 'plan test', $2, c.sla_due_at from review_case c where c.sources = '{plan-test}'`,
    [userId, tierCode],
  );
  await client.query(
    `insert into qa_task (id, kind, case_id, queue_id, reviewed_decision_id, created_at)
     select gen_random_uuid(), 'SAMPLE', d.case_id, c.queue_id, d.id, c.arrived_at
     from decision d join review_case c on c.id = d.case_id where c.sources = '{plan-test}'`,
  );
  await client.query('analyze');
});

afterAll(async () => {
  await client?.end();
  await orm?.close();
  await database?.drop();
});

/** The plan of a statement as the server sends it through `pg` with its values bound. */
async function planOf(statement: PreparedStatement, values: unknown[], options = ''): Promise<PlanNode> {
  const { rows: [row] } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>({ text: `explain (format json${options}) ${statement.text}`, values });
  return row!['QUERY PLAN'][0].Plan;
}

/** The plan of a statement run through the ORM inside a transaction (`executeStatement`), where values are inlined. */
async function ormPlanOf(statement: PreparedStatement, values: unknown[]): Promise<PlanNode> {
  const { text, bindings } = positionalBindings(statement.text, values);
  const [row] = await orm.em.fork().execute<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(`explain (format json) ${text}`, bindings);
  return row!['QUERY PLAN'][0].Plan;
}

describe('the claim plans', () => {
  it('claims a case by walking review_case_claim_order, with no sort over the queue', async () => {
    const plan = await planOf(claimNextCase, [queueId, userId, 0.99]);
    expect(nodes(plan).some((node) => node['Subplan Name'] === 'CTE candidate')).toBe(true);
    expect(sortsOver(plan, 'review_case')).toEqual([]);
    expect(indexesScanned(plan, 'review_case')).toContain('review_case_claim_order');
  });

  it('keeps the case claim in index order in the generic plan a prepared statement settles on', async () => {
    const plan = await planOf(claimNextCase, [], ', generic_plan');
    expect(sortsOver(plan, 'review_case')).toEqual([]);
    expect(indexesScanned(plan, 'review_case')).toContain('review_case_claim_order');
  });

  it('claims an escalation by walking escalation_claim_order, with no sort over the tier', async () => {
    const plan = await ormPlanOf(claimNextEscalation, [tierCode, userId, 60_000]);
    expect(sortsOver(plan, 'escalation')).toEqual([]);
    expect(indexesScanned(plan, 'escalation')).toContain('escalation_claim_order');
  });

  it('claims a QA task of any queue by walking qa_task_claim_order, with no sort', async () => {
    const plan = await ormPlanOf(claimNextQaTask, ['SAMPLE', userId, null]);
    expect(sortsOver(plan, 'qa_task')).toEqual([]);
    expect(indexesScanned(plan, 'qa_task')).toContain('qa_task_claim_order');
  });

  it('claims a QA task of one queue by walking qa_task_queue_claim_order, with no sort', async () => {
    const plan = await ormPlanOf(claimNextQaTask, ['SAMPLE', userId, queueId]);
    expect(sortsOver(plan, 'qa_task')).toEqual([]);
    expect(indexesScanned(plan, 'qa_task')).toContain('qa_task_queue_claim_order');
  });

  it('would sort: the same escalation scan taking the tier from a params join (the control that shows the test can fail)', async () => {
    const joined: PreparedStatement = {
      name: 'control',
      text: `with params as materialized (select $1::text as tier_code)
             select e.id from escalation e, params p
             where e.tier_code = p.tier_code and e.status in ('OPEN', 'CLAIMED') and (e.status = 'OPEN' or e.lease_expires_at <= now())
             order by e.sla_due_at, e.created_at limit 1 for update of e skip locked`,
    };
    expect(sortsOver(await ormPlanOf(joined, [tierCode]), 'escalation')).not.toEqual([]);
  });
});
