import { randomInt, randomUUID } from 'node:crypto';
import { pipeline, Readable } from 'node:stream';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse';
import { AuditService } from '../audit/audit.service.ts';
import { executeBatch } from '../kernel/bulk.ts';
import { AppError, BadUserInputError, ConflictError, NotFoundError } from '../kernel/errors.ts';
import { isUuid } from '../kernel/ids.ts';
import { type Page, type PageResult, findPage } from '../kernel/pagination.ts';
import { event, publish } from '../kernel/pubsub.ts';
import { mulberry32 } from '../kernel/random.ts';
import { unstorableTextError, unstorableTextIn } from '../kernel/text-input.ts';
import type { Actor } from '../kernel/viewer.ts';
import { NotificationKind } from '../notifications/notification.entity.ts';
import { NotificationService } from '../notifications/notification.service.ts';
import { Team } from '../people/team.entity.ts';
import { User } from '../people/user.entity.ts';
import { PolicyService } from '../policies/policy.service.ts';
import { Domain, moreSevere, Severity } from '../policies/severity.ts';
import { QualityGrouping, QualityMetricsService } from '../quality/metrics.service.ts';
import { QueueService } from '../queues/queue.service.ts';
import { domainOfKind, SubjectKind } from '../subjects/subject-kind.ts';
import { identifySubject, type SubjectData } from '../subjects/subject.keys.ts';
import { EvaluationProject, ProjectComparison, ProjectStatus } from './project.entity.ts';
import { computeResults, type DesignStratum, type LabelQuality, type ProjectResults } from './project.results.ts';
import { attributeNames, drawUnits, insertItems, insertSample, itemsOfUnits, type PopulationItemRow, sampledItems, weightMoments } from './project.sql.ts';
import { nextProjectStatus } from './project.transitions.ts';
import { Allocation, drawSample, proposeSampleSize, SampleDesignKind } from './sampling.ts';

export interface ProjectRequest {
  title: string;
  question: string;
  guideline: string;
  requestingTeam: string;
  teamId: string;
  domain: Domain;
  policyCodes: string[];
  deadline: Date;
  targetHalfWidth: number;
  priorRate: number;
  comparison: ProjectComparison;
  armLabels: string[];
}

/** One item as uploaded (GraphQL or CSV), before it is checked. */
export interface PopulationItemData {
  externalId: string;
  subject: SubjectData;
  weight: number;
  attributes?: Record<string, unknown> | null;
  arm?: 'A' | 'B' | null;
  pairKey?: string | null;
}

export interface DrawRequest {
  design: { kind: SampleDesignKind; allocation?: Allocation | null; strataBy: string[]; size?: number | null; seed?: number | null };
  doubleReviewRate: number;
  goldenRate: number;
  requiredCertification?: string | null;
  enforces: boolean;
}

export interface SampleSizeProposal {
  size: number;
  units: number;
  designEffect: number;
}

/** Items per insert statement when loading a CSV: large enough to amortise the round trip, small enough for one statement's JSON. */
const csvBatch = 5000;
const attributeName = /^[a-z][a-z0-9_]{0,39}$/;
const maxAttributes = 16;
/** A lease long enough to read a result list, short enough that an abandoned case returns soon. */
const projectLeaseMs = 10 * 60_000;

export class ProjectService {
  constructor(private readonly em: EntityManager) {}

  async find(id: string): Promise<EvaluationProject> {
    const project = isUuid(id) ? await this.em.findOne(EvaluationProject, { id }) : null;
    if (!project) throw new NotFoundError('Evaluation project');
    return project;
  }

  /** Projects newest first, within what the viewer may read (access.ts `projectListScope`). */
  async list(scope: { teamId: string | null; requestedById: string | null; requestedByTokenId: string | null } | 'all', statuses: ProjectStatus[] | null | undefined, page: Page): Promise<PageResult<EvaluationProject>> {
    const readable =
      scope === 'all'
        ? {}
        : {
            $or: [
              ...(scope.teamId ? [{ team: scope.teamId }] : []),
              ...(scope.requestedById ? [{ requestedBy: scope.requestedById }] : []),
              ...(scope.requestedByTokenId ? [{ requestedByToken: scope.requestedByTokenId }] : []),
              ...(scope.teamId || scope.requestedById || scope.requestedByTokenId ? [] : [{ id: '00000000-0000-0000-0000-000000000000' }]),
            ],
          };
    const where = { ...readable, ...(statuses?.length ? { status: { $in: statuses } } : {}) };
    return findPage(this.em, EvaluationProject, where, { createdAt: 'desc', id: 'desc' }, page);
  }

  async request(actor: Actor, input: ProjectRequest, now = new Date()): Promise<EvaluationProject> {
    if (!isUuid(input.teamId)) throw new BadUserInputError('No team has this id.', 'teamId');
    if (input.deadline.getTime() <= now.getTime()) throw new BadUserInputError('The deadline must be in the future.', 'deadline');
    const policies = await new PolicyService(this.em).current();
    const codes = [...new Set(input.policyCodes)];
    for (const code of codes) {
      const policy = policies.get(code);
      if (!policy) throw new BadUserInputError(`No current policy has the code ${code}.`, 'policyCodes');
      if (!policy.domains.includes(input.domain)) throw new BadUserInputError(`${code} does not apply to ${input.domain.toLowerCase()} subjects.`, 'policyCodes');
    }
    const armLabels = input.comparison === ProjectComparison.NONE ? [] : input.armLabels.map((label) => label.trim());
    if (input.comparison !== ProjectComparison.NONE && (armLabels.length !== 2 || armLabels.some((label) => !label) || armLabels[0] === armLabels[1])) {
      throw new BadUserInputError('A comparison needs two different arm names, A first.', 'armLabels');
    }
    if (input.comparison === ProjectComparison.NONE && input.armLabels.length > 0) throw new BadUserInputError('Arm names are for a comparison.', 'armLabels');
    return this.em.transactional(async (tx) => {
      const team = await tx.findOne(Team, { id: input.teamId });
      if (!team) throw new BadUserInputError('No team has this id.', 'teamId');
      const project = tx.create(EvaluationProject, {
        title: input.title.trim(),
        question: input.question.trim(),
        guideline: input.guideline,
        requestingTeam: input.requestingTeam.trim(),
        requestedBy: actor.type === 'USER' ? actor.id : null,
        requestedByToken: actor.type === 'API_TOKEN' ? actor.id : null,
        team,
        domain: input.domain,
        policyCodes: codes,
        deadline: input.deadline,
        targetHalfWidth: input.targetHalfWidth,
        priorRate: input.priorRate,
        comparison: input.comparison,
        armLabels,
      });
      await new AuditService(tx).record(actor, {
        action: 'project.requested',
        entityType: 'EvaluationProject',
        entityId: project.id,
        after: { title: project.title, teamId: team.id, domain: project.domain, policyCodes: codes, deadline: input.deadline, targetHalfWidth: input.targetHalfWidth, priorRate: input.priorRate, comparison: input.comparison },
      });
      return project;
    });
  }

  /** Adds a batch of items, all or nothing (the first invalid one refuses the batch, naming it). */
  async addItems(actor: Actor, projectId: string, items: readonly PopulationItemData[]): Promise<{ project: EvaluationProject; added: number; alreadyPresent: number }> {
    return this.em.transactional(async (tx) => {
      const project = await new ProjectService(tx).lockForUpload(projectId);
      const rows = checkedItems(project, items, (i) => `items.${i}`);
      const { inserted, weight } = await insertItemsNamingConflicts(tx, project.id, rows);
      await new ProjectService(tx).recordUpload(actor, project, inserted, weight);
      return { project, added: inserted, alreadyPresent: rows.length - inserted };
    });
  }

  /**
   * Loads a CSV population in one transaction (all or nothing, like a batch): a header row, then
   * one item per row. Columns: `external_id`, `kind`, `locale`, `weight`, the kind's own
   * (`query` and optional `results`, titles separated by `|`; `prefix` and `suggestion`;
   * `account_id`, `handle`, `display_name`, `bio`, `account_age_days`, `followers`), with a
   * comparison `arm` (and `pair_key`); every other column is a strata attribute.
   */
  async loadCsv(actor: Actor, projectId: string, csv: AsyncIterable<Buffer | string> | Iterable<string>): Promise<{ project: EvaluationProject; added: number; alreadyPresent: number }> {
    return this.em.transactional(async (tx) => {
      const project = await new ProjectService(tx).lockForUpload(projectId);
      const parser = parse({ columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()), skip_empty_lines: true, trim: true, relax_column_count: false });
      let added = 0;
      let seen = 0;
      let weightAdded = 0;
      let batch: PopulationItemData[] = [];
      const flush = async () => {
        const rows = checkedItems(project, batch, (i) => `line ${seen - batch.length + i + 2}`);
        const result = await insertItemsNamingConflicts(tx, project.id, rows);
        added += result.inserted;
        weightAdded += result.weight;
        batch = [];
      };
      try {
        // pipeline destroys the parser with the body's error (a client that hangs up), so the loop ends.
        pipeline(Readable.from(csv), parser, () => undefined);
        for await (const record of parser as AsyncIterable<Record<string, string>>) {
          seen++;
          batch.push(itemOfCsvRecord(record, seen + 1));
          if (batch.length >= csvBatch) await flush();
        }
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new BadUserInputError(`The CSV could not be read: ${(error as Error).message}`, 'csv');
      }
      if (batch.length) await flush();
      if (seen === 0) throw new BadUserInputError('The CSV has no items.', 'csv');
      await new ProjectService(tx).recordUpload(actor, project, added, weightAdded);
      return { project, added, alreadyPresent: seen - added };
    });
  }

  /** The size the target precision needs at the prior rate, for a design (per arm in a comparison). */
  async proposal(project: EvaluationProject, kind: SampleDesignKind): Promise<SampleSizeProposal> {
    const paired = project.comparison === ProjectComparison.PAIRED;
    const arms: ('A' | 'B' | null)[] = project.comparison === ProjectComparison.ARMS ? ['A', 'B'] : [null];
    const proposals = await Promise.all(
      arms.map(async (arm) => {
        const moments = await weightMoments(this.em, project.id, { arm, paired });
        if (moments.units === 0) return { size: 0, units: 0, designEffect: 1 };
        // Kish's weighting effect: a sample of equal chances carries unequal weights; drawing by weight does not.
        const designEffect = kind === SampleDesignKind.PPS || moments.weight === 0 ? 1 : (moments.units * moments.weightSquared) / (moments.weight * moments.weight);
        const size = proposeSampleSize({ targetHalfWidth: project.targetHalfWidth, priorRate: project.priorRate, populationSize: moments.units, designEffect });
        return { size, units: moments.units, designEffect };
      }),
    );
    return proposals.reduce((largest, next) => (next.size > largest.size ? next : largest));
  }

  /**
   * Draws the sample (reproducibly, from the seed) and opens its cases in a new project queue, in
   * one transaction: the queue, the subjects, the cases (blind: nothing says which arm; in a
   * seeded random order that mixes the arms), the sample rows, and their audit rows.
   */
  async draw(actor: Actor & { type: 'USER' }, projectId: string, input: DrawRequest, now = new Date()): Promise<EvaluationProject> {
    return this.em.transactional(async (tx) => {
      const project = await new ProjectService(tx).lock(projectId);
      const status = nextProjectStatus(project.status, 'draw');
      if (project.populationItems === 0) throw new ConflictError('Upload the population before drawing its sample.');
      const design = input.design;
      const strataBy = design.kind === SampleDesignKind.STRATIFIED ? [...new Set(design.strataBy)] : [];
      if (design.kind !== SampleDesignKind.STRATIFIED && design.strataBy.length) throw new BadUserInputError('Only a stratified design takes strata attributes.', 'design.strataBy');
      if (design.kind !== SampleDesignKind.STRATIFIED && design.allocation) throw new BadUserInputError('Only a stratified design takes an allocation.', 'design.allocation');
      if (design.kind === SampleDesignKind.STRATIFIED) {
        const known = new Set(await attributeNames(tx, project.id));
        if (strataBy.length === 0) throw new BadUserInputError('Name the attributes to stratify by.', 'design.strataBy');
        const unknown = strataBy.find((name) => !known.has(name));
        if (unknown) throw new BadUserInputError(`No item has the attribute ${unknown}.`, 'design.strataBy');
      }
      const seed = design.seed ?? randomInt(2 ** 31 - 1);
      const size = design.size ?? (await new ProjectService(tx).proposal(project, design.kind)).size;
      const paired = project.comparison === ProjectComparison.PAIRED;
      const arms: ('A' | 'B' | null)[] = project.comparison === ProjectComparison.ARMS ? ['A', 'B'] : [null];

      const strata: DesignStratum[] = [];
      const drawn: { unitId: string; stratum: string; inclusionProbability: number }[] = [];
      for (const [index, arm] of arms.entries()) {
        const units = await drawUnits(tx, project.id, { strataBy, arm, paired });
        if (units.length === 0) throw new ConflictError(paired ? 'No pair has an item in both arms.' : `Arm ${arm} has no items.`);
        // Each arm is its own population: its own draw, from the seed and the arm's place.
        const sample = drawSample(units, { kind: design.kind, allocation: design.allocation ?? Allocation.PROPORTIONAL, size, priorRate: project.priorRate }, seed + index);
        const totals = new Map<string, DesignStratum>();
        for (const unit of units) {
          const key = armStratum(arm, unit.stratum);
          const stratum = totals.get(key) ?? { key, arm, units: 0, weight: 0, sampled: 0 };
          stratum.units++;
          stratum.weight += unit.weight;
          totals.set(key, stratum);
        }
        for (const unit of sample) {
          const key = armStratum(arm, unit.stratum);
          totals.get(key)!.sampled++;
          drawn.push({ unitId: unit.id, stratum: key, inclusionProbability: unit.inclusionProbability });
        }
        strata.push(...[...totals.values()].sort((a, b) => a.key.localeCompare(b.key)));
      }
      const incompletePairs = paired ? await countIncompletePairs(tx, project.id) : 0;

      const items = await itemsOfUnits(tx, project.id, drawn.map((unit) => unit.unitId), paired);
      const unitOf = new Map(drawn.map((unit) => [unit.unitId, unit]));
      const policies = await new PolicyService(tx).current();
      // Blur and exposure follow the gravest policy in scope: the evaluator cannot know the item is benign.
      const severity = project.policyCodes.reduce<Severity>((gravest, code) => moreSevere(gravest, policies.get(code)?.severity ?? Severity.S3), Severity.S3);
      const kinds = new Set<SubjectKind>();
      const locales = new Set<string>();
      const subjects = items.map((item) => {
        const identified = identifySubject(item.subject);
        kinds.add(item.subject.kind);
        locales.add(identified.locale);
        return { id: randomUUID(), kind: item.subject.kind, domain: domainOfKind[item.subject.kind], key: `project:${project.id}:${item.externalId}`, locale: identified.locale, details: identified.details };
      });
      const due = new Date(Math.max(project.deadline.getTime(), now.getTime() + 3_600_000));
      const slaMs = due.getTime() - now.getTime();
      const queue = await new QueueService(tx).create(actor, {
        // Neutral: evaluators see the queue's name, and a title may name the arms they must not know.
        name: `Evaluation project ${project.id.slice(0, 8)}`,
        domain: project.domain,
        subjectKinds: [...kinds].sort(),
        locales: [...locales].sort(),
        teamId: project.team.id,
        slaTargetsMs: { S0: slaMs, S1: slaMs, S2: slaMs, S3: slaMs },
        leaseMs: projectLeaseMs,
        doubleReviewRate: input.doubleReviewRate,
        qaSampleRate: 0,
        goldenRate: input.goldenRate,
        requiredCertification: input.requiredCertification ?? null,
      });
      await tx.flush();
      await executeBatch(
        tx,
        `insert into subject (id, kind, domain, key, locale, details)
         select id, kind, domain, key, locale, details from jsonb_to_recordset(?::jsonb) as s(id uuid, kind text, domain text, key text, locale text, details jsonb)`,
        [JSON.stringify(subjects)],
      );
      // Arrival order is the claim's last tie-break: a seeded shuffle mixes arms and strata.
      const order = shuffledIndices(items.length, mulberry32(seed ^ 0x5bd1e995));
      const cases = items.map((item, i) => ({ id: randomUUID(), subject_id: subjects[i]!.id, arrived_at: new Date(now.getTime() + order[i]!).toISOString(), item }));
      await executeBatch(
        tx,
        `insert into review_case (id, queue_id, subject_id, severity, policy_code, sources, reasons, report_count, external_id, arrived_at, sla_due_at)
         select id, ?::uuid, subject_id, ?, null, array['evaluation project'], '{}', 1, null, arrived_at, ?::timestamptz
         from jsonb_to_recordset(?::jsonb) as r(id uuid, subject_id uuid, arrived_at timestamptz)`,
        [queue.id, severity, due, JSON.stringify(cases.map(({ id, subject_id, arrived_at }) => ({ id, subject_id, arrived_at })))],
      );
      await insertSample(
        tx,
        project.id,
        cases.map(({ id, item }) => {
          const unit = unitOf.get(item.unitId)!;
          return { item, stratum: unit.stratum, inclusionProbability: unit.inclusionProbability, caseId: id };
        }),
      );
      const before = { status: project.status, enforces: project.enforces };
      project.status = status;
      project.design = { kind: design.kind, allocation: design.kind === SampleDesignKind.STRATIFIED ? (design.allocation ?? Allocation.PROPORTIONAL) : null, strataBy, size, seed, priorRate: project.priorRate, unit: paired ? 'PAIR' : 'ITEM', strata, incompletePairs };
      project.queue = queue;
      project.owner = tx.getReference(User, actor.id);
      project.drawnAt = now;
      project.enforces = input.enforces;
      await new AuditService(tx).record(
        actor,
        { action: 'project.sample_drawn', entityType: 'EvaluationProject', entityId: project.id, before, after: { status, enforces: input.enforces, queueId: queue.id, design: { kind: design.kind, allocation: project.design.allocation, strataBy, size, seed }, cases: cases.length } },
        ...cases.map(({ id, subject_id }) => ({ action: 'case.sampled', entityType: 'Case', entityId: id, after: { queueId: queue.id, subjectId: subject_id, projectId: project.id, severity } })),
      );
      await publish(tx, event('QUEUE_CHANGED', { queueId: queue.id }));
      return project;
    });
  }

  /** The estimates: frozen once closed, else computed now from the labels so far. */
  async results(project: EvaluationProject, now = new Date()): Promise<ProjectResults | null> {
    if (project.results) return project.results;
    if (!project.design) return null;
    return computeResults(
      { design: project.design, policyCodes: project.policyCodes, comparison: project.comparison, armLabels: project.armLabels, targetHalfWidth: project.targetHalfWidth, rows: await sampledItems(this.em, project.id) },
      now,
    );
  }

  /** Agreement on double-reviewed items and accuracy on golden ones, in the project queue. */
  async labelQuality(project: EvaluationProject, now = new Date()): Promise<LabelQuality | null> {
    if (project.results?.labelQuality) return project.results.labelQuality;
    if (!project.queue || !project.drawnAt) return null;
    const [measures] = await new QualityMetricsService(this.em).measure({ from: project.drawnAt, to: new Date(now.getTime() + 1), queueId: project.queue.id }, QualityGrouping.ALL, now);
    return { goldenAnswered: measures!.goldenAnswered, goldenAccuracy: measures!.goldenAccuracy, doubleReviewedCases: measures!.doubleReviewedCases, doubleReviewKappa: measures!.fleissKappa };
  }

  /** Stops labelling and freezes the estimates (with the label quality) as they stand. */
  async close(actor: Actor, projectId: string, now = new Date()): Promise<EvaluationProject> {
    return this.em.transactional(async (tx) => {
      const project = await new ProjectService(tx).lock(projectId);
      const status = nextProjectStatus(project.status, 'close');
      const service = new ProjectService(tx);
      const results = (await service.results(project, now))!;
      project.results = { ...results, frozen: true, labelQuality: await service.labelQuality(project, now) };
      project.status = status;
      project.closedAt = now;
      const overall = results.overall.map((row) => ({ arm: row.arm, value: row.estimate.value, low: row.estimate.low, high: row.estimate.high, n: row.estimate.n }));
      await new AuditService(tx).record(actor, { action: 'project.closed', entityType: 'EvaluationProject', entityId: project.id, before: { status: ProjectStatus.LABELLING }, after: { status, labelled: results.labelled, overall } });
      return project;
    });
  }

  async publish(actor: Actor, projectId: string, summary: string, now = new Date()): Promise<EvaluationProject> {
    return this.em.transactional(async (tx) => {
      const project = await new ProjectService(tx).lock(projectId);
      const status = nextProjectStatus(project.status, 'publish');
      project.status = status;
      project.summary = summary.trim();
      project.publishedAt = now;
      if (project.requestedBy) {
        await new NotificationService(tx).notify([project.requestedBy.id], { kind: NotificationKind.PROJECT_RESULTS_PUBLISHED, text: `Results published: ${project.title}`, projectId: project.id });
      }
      await new AuditService(tx).record(actor, { action: 'project.published', entityType: 'EvaluationProject', entityId: project.id, before: { status: ProjectStatus.CLOSED }, after: { status, summary: project.summary } });
      return project;
    });
  }

  /** The sample's items and labels for the CSV: the requester's own ids and attributes, never who labelled or why. */
  async labelledItems(project: EvaluationProject) {
    return sampledItems(this.em, project.id);
  }

  private async lock(projectId: string): Promise<EvaluationProject> {
    const project = isUuid(projectId) ? await this.em.findOne(EvaluationProject, { id: projectId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!project) throw new NotFoundError('Evaluation project');
    return project;
  }

  private async lockForUpload(projectId: string): Promise<EvaluationProject> {
    const project = await this.lock(projectId);
    if (project.status !== ProjectStatus.REQUESTED) throw new ConflictError('The sample is drawn: the population cannot change any more.');
    return project;
  }

  private async recordUpload(actor: Actor, project: EvaluationProject, added: number, weight: number): Promise<void> {
    const before = { populationItems: project.populationItems, populationWeight: project.populationWeight };
    project.populationItems += added;
    project.populationWeight += weight;
    await new AuditService(this.em).record(actor, { action: 'project.population_added', entityType: 'EvaluationProject', entityId: project.id, before, after: { populationItems: project.populationItems, populationWeight: project.populationWeight, added } });
  }
}

/** Inserts, naming a second item for one arm of a pair instead of failing without a field. */
async function insertItemsNamingConflicts(em: EntityManager, projectId: string, rows: PopulationItemRow[]): Promise<{ inserted: number; weight: number }> {
  try {
    return await insertItems(em, projectId, rows);
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new BadUserInputError('A pair has two items in one arm.', 'pairKey');
    throw error;
  }
}

async function countIncompletePairs(em: EntityManager, projectId: string): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from (select pair_key from project_item where project_id = ? and pair_key is not null group by pair_key having count(*) < 2) p`,
    [projectId],
  );
  return row!.n;
}

/** Checks a batch against the project and normalises it for storage; the first fault refuses the batch. */
function checkedItems(project: EvaluationProject, items: readonly PopulationItemData[], where: (index: number) => string): PopulationItemRow[] {
  const seen = new Set<string>();
  return items.map((item, index) => {
    const at = where(index);
    const fail = (message: string, field: string): never => {
      throw new BadUserInputError(`Item ${at}: ${message}`, field);
    };
    const unstorable = unstorableTextIn(item);
    if (unstorable !== null) throw unstorableTextError(unstorable);
    const externalId = item.externalId.trim();
    if (!externalId || externalId.length > 200) fail('externalId is 1 to 200 characters.', 'externalId');
    if (seen.has(externalId)) fail(`externalId ${externalId} appears twice in the batch.`, 'externalId');
    seen.add(externalId);
    if (!Number.isFinite(item.weight) || item.weight < 0 || item.weight > 1e12) fail('weight is a number from 0 to 10¹².', 'weight');
    if (domainOfKind[item.subject.kind] !== project.domain) fail(`a ${item.subject.kind} item is not a ${project.domain.toLowerCase()} item.`, 'subject.kind');
    let identified: ReturnType<typeof identifySubject>;
    try {
      identified = identifySubject(item.subject);
    } catch (error) {
      if (error instanceof AppError) fail(error.message, error.field ?? 'subject');
      throw error;
    }
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(item.attributes ?? {})) {
      if (!attributeName.test(name)) fail(`attribute names are lowercase letters, digits and _ (got ${name.slice(0, 40)}).`, 'attributes');
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') fail(`attribute ${name} must be text.`, 'attributes');
      const text = String(value).trim();
      if (text.length > 120) fail(`attribute ${name} is at most 120 characters.`, 'attributes');
      attributes[name] = text;
    }
    attributes.locale = identified!.locale;
    if (Object.keys(attributes).length > maxAttributes) fail(`at most ${maxAttributes} attributes.`, 'attributes');
    const arm = item.arm ?? null;
    if (project.comparison === ProjectComparison.NONE && arm) fail('arm is for a comparison.', 'arm');
    if (project.comparison !== ProjectComparison.NONE && arm !== 'A' && arm !== 'B') fail('arm must be A or B in a comparison.', 'arm');
    const pairKey = item.pairKey?.trim() || null;
    if (project.comparison === ProjectComparison.PAIRED && !pairKey) fail('pairKey is needed in a paired comparison.', 'pairKey');
    if (project.comparison !== ProjectComparison.PAIRED && pairKey) fail('pairKey is for a paired comparison.', 'pairKey');
    if (pairKey && pairKey.length > 200) fail('pairKey is at most 200 characters.', 'pairKey');
    return { externalId, subject: { ...item.subject, locale: identified!.locale }, weight: item.weight, attributes, arm, pairKey };
  });
}

const csvKnown = new Set(['external_id', 'kind', 'locale', 'weight', 'arm', 'pair_key', 'query', 'results', 'prefix', 'suggestion', 'account_id', 'handle', 'display_name', 'bio', 'account_age_days', 'followers']);

/** One CSV record as an item (checked with the rest of its batch). */
function itemOfCsvRecord(record: Record<string, string>, line: number): PopulationItemData {
  const need = (name: string): string => {
    const value = record[name];
    if (value === undefined || value === '') throw new BadUserInputError(`Line ${line}: ${name} is needed.`, name);
    return value;
  };
  const number = (name: string, fallback?: number): number => {
    const text = record[name];
    if ((text === undefined || text === '') && fallback !== undefined) return fallback;
    const value = Number(need(name));
    if (!Number.isFinite(value)) throw new BadUserInputError(`Line ${line}: ${name} is not a number.`, name);
    return value;
  };
  const kind = need('kind').toUpperCase() as SubjectKind;
  if (!Object.values(SubjectKind).includes(kind)) throw new BadUserInputError(`Line ${line}: kind is one of ${Object.values(SubjectKind).join(', ')}.`, 'kind');
  const weight = number('weight');
  const subject: SubjectData = { kind, locale: need('locale') };
  if (kind === SubjectKind.SEARCH_QUERY) {
    const titles = (record.results ?? '').split('|').map((title) => title.trim()).filter(Boolean).slice(0, 20);
    subject.searchQuery = { text: need('query'), dailyVolume: Math.round(weight), trend: 1, topResults: titles.map((title, i) => ({ resultId: `r${i + 1}`, title, url: '' })) } as SubjectData['searchQuery'];
  } else if (kind === SubjectKind.TYPEAHEAD_SUGGESTION) {
    subject.typeahead = { prefix: need('prefix'), suggestion: need('suggestion') };
  } else if (kind === SubjectKind.ACCOUNT) {
    subject.account = {
      accountId: need('account_id'),
      handle: record.handle ?? '',
      displayName: record.display_name ?? '',
      bio: record.bio ?? '',
      avatarRef: null,
      accountAgeDays: number('account_age_days', 0),
      followers: number('followers', 0),
      reports: [],
      riskScores: [],
      linkedAccountIds: [],
    } as SubjectData['account'];
  } else {
    throw new BadUserInputError(`Line ${line}: ${kind} items come through the API, not CSV.`, 'kind');
  }
  const attributes = Object.fromEntries(Object.entries(record).filter(([name, value]) => !csvKnown.has(name) && value !== ''));
  const arm = record.arm ? (record.arm.toUpperCase() as 'A' | 'B') : null;
  return { externalId: need('external_id'), subject, weight, attributes, arm, pairKey: record.pair_key || null };
}

/** A design stratum's key: within an arm, the arm first (`arm=A · surface=top10`, or `arm=A` unstratified). */
function armStratum(arm: 'A' | 'B' | null, stratum: string): string {
  if (!arm) return stratum;
  return stratum === 'all' ? `arm=${arm}` : `arm=${arm} · ${stratum}`;
}

/** 0…n−1 in a seeded random order: position[i] is item i's place. */
function shuffledIndices(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
