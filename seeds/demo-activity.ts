/**
 * Demo activity: about two weeks of review work on the demo data, so a first start opens the QA
 * workspace, golden cases and quality pages with something in them. Every step goes through the
 * services as the people would act (claims, decisions, escalations, QA, golden marks), so every
 * rule applies; only the timestamps are moved afterwards. One seeded generator draws both our
 * choices and the services' samples, so every run plays the same work.
 *
 * The deciding and claiming services run on connections of the ORM's pool (kernel/prepared.ts): pass
 * an EntityManager that is not inside a transaction.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseStatus } from '../server/src/cases/case-status.ts';
import { CaseService } from '../server/src/cases/case.service.ts';
import { DashboardService } from '../server/src/dashboard/dashboard.service.ts';
import type { CaseView } from '../server/src/cases/case.view.ts';
import { type ActionChoice, EnforcementAction, ProfileField, RestrictableFeature, VerificationKind } from '../server/src/decisions/actions.ts';
import { Decision, Verdict } from '../server/src/decisions/decision.entity.ts';
import { DecisionService } from '../server/src/decisions/decision.service.ts';
import { StrikeService } from '../server/src/strikes/strike.service.ts';
import { EscalationReason } from '../server/src/escalations/escalation.entities.ts';
import { EscalationService } from '../server/src/escalations/escalation.service.ts';
import { GoldenService } from '../server/src/golden/golden.service.ts';
import { QaTaskKind } from '../server/src/qa/qa-task.entity.ts';
import { QaService } from '../server/src/qa/qa.service.ts';
import { User } from '../server/src/people/user.entity.ts';
import { Severity } from '../server/src/policies/severity.ts';
import { Queue } from '../server/src/queues/queue.entity.ts';
import type { SubjectKind } from '../server/src/subjects/subject-kind.ts';
import { mulberry32 } from '../server/src/kernel/random.ts';
import { demoQueues } from './queues.ts';

type UserActor = { type: 'USER'; id: string };

interface Finding {
  verdict: Verdict;
  policyCodes: string[];
  action: ActionChoice;
}

/** What the seed remembers of a case it touched: enough to answer, review, mark and spread it. */
interface CaseRecord {
  queueId: string;
  kind: SubjectKind;
  policyCode: string | null;
  severity: Severity;
  status: CaseStatus;
  /** The answer QA and specialists give; evaluators mostly give it too. */
  truth: Finding;
  /** The finding the case carries now: the last that resolved or overruled it. */
  standing: Finding | null;
}

/** Who works where: each team's two demo evaluators share the team's queues. */
const plan = [
  { queue: 'search-queries-en', evaluators: ['evaluator@vigil.example', 'evaluator2@vigil.example'], casesEach: 13 },
  { queue: 'search-queries-es-pt', evaluators: ['evaluator2@vigil.example', 'evaluator@vigil.example'], casesEach: 13 },
  // The queue holds about 35 cases: 15 each, with the second reviews, leaves a few for whoever signs in.
  { queue: 'account-impersonation-spam', evaluators: ['evaluator3@vigil.example', 'evaluator4@vigil.example'], casesEach: 15 },
];
const goldenQueue = 'search-queries-en';
const escalationTier = 'TIER_2';

const evaluatorAccuracy = 0.8;
const specialistResolveShare = 0.7;
const neededEscalationRate = 0.85;
const dayMs = 86_400_000;

/** The action a VIOLATING finding takes, by policy: on a search query, and on an account (with its parameters). A search result is removed. */
const searchActions: Record<string, EnforcementAction> = {
  CHILD_SAFETY: EnforcementAction.BLOCK_RESULTS,
  VIOLENT_EXTREMISM: EnforcementAction.BLOCK_RESULTS,
  SELF_HARM: EnforcementAction.WARNING_INTERSTITIAL,
  HATE_SPEECH: EnforcementAction.BLOCK_RESULTS,
  HARASSMENT_AND_BULLYING: EnforcementAction.DEMOTE_RESULTS,
  DANGEROUS_ACTS: EnforcementAction.WARNING_INTERSTITIAL,
  GRAPHIC_VIOLENCE: EnforcementAction.DEMOTE_RESULTS,
  ANIMAL_HARM: EnforcementAction.DEMOTE_RESULTS,
  ADULT_CONTENT: EnforcementAction.DEMOTE_RESULTS,
  SCAMS_AND_FRAUD: EnforcementAction.BLOCK_RESULTS,
  SPAM_AND_FAKE_ENGAGEMENT: EnforcementAction.DEMOTE_RESULTS,
  REGULATED_GOODS: EnforcementAction.BLOCK_RESULTS,
};
const accountActions: Record<string, ActionChoice> = {
  CHILD_SAFETY: { type: EnforcementAction.BAN },
  VIOLENT_EXTREMISM: { type: EnforcementAction.BAN },
  SELF_HARM: { type: EnforcementAction.WARN },
  HATE_SPEECH: { type: EnforcementAction.SUSPEND, suspensionDays: 30 },
  HARASSMENT_AND_BULLYING: { type: EnforcementAction.RESTRICT_FEATURES, restrictedFeatures: [RestrictableFeature.MESSAGING, RestrictableFeature.COMMENTING] },
  DANGEROUS_ACTS: { type: EnforcementAction.WARN },
  ANIMAL_HARM: { type: EnforcementAction.SUSPEND, suspensionDays: 14 },
  ADULT_CONTENT: { type: EnforcementAction.RESET_PROFILE_FIELDS, profileFields: [ProfileField.BIO] },
  SCAMS_AND_FRAUD: { type: EnforcementAction.BAN },
  IMPERSONATION: { type: EnforcementAction.REQUIRE_VERIFICATION, verification: VerificationKind.IDENTITY },
  SPAM_AND_FAKE_ENGAGEMENT: { type: EnforcementAction.SUSPEND, suspensionDays: 7 },
  MINIMUM_AGE: { type: EnforcementAction.REQUIRE_VERIFICATION, verification: VerificationKind.AGE },
  REGULATED_GOODS: { type: EnforcementAction.RESTRICT_FEATURES, restrictedFeatures: [RestrictableFeature.POSTING] },
};
/** Reports without a policy that turn out violating are, in the demo, spam (it applies to both domains). */
const fallbackPolicy = 'SPAM_AND_FAKE_ENGAGEMENT';

const notViolating: Finding = { verdict: Verdict.NOT_VIOLATING, policyCodes: [], action: { type: EnforcementAction.NO_ACTION } };

function violating(policyCode: string, kind: SubjectKind): Finding {
  const action: ActionChoice =
    kind === 'ACCOUNT'
      ? accountActions[policyCode]!
      : { type: kind === 'SEARCH_RESULT' ? EnforcementAction.REMOVE_RESULT : searchActions[policyCode]! };
  return { verdict: Verdict.VIOLATING, policyCodes: [policyCode], action };
}

/** The same policy with a milder action than the finding's: the usual near miss. */
function milder(finding: Finding, kind: SubjectKind): Finding {
  const action: ActionChoice =
    kind === 'ACCOUNT'
      ? finding.action.type === EnforcementAction.WARN
        ? { type: EnforcementAction.RESTRICT_FEATURES, restrictedFeatures: [RestrictableFeature.POSTING] }
        : { type: EnforcementAction.WARN }
      : { type: finding.action.type === EnforcementAction.DEMOTE_RESULTS ? EnforcementAction.WARNING_INTERSTITIAL : EnforcementAction.DEMOTE_RESULTS };
  return { ...finding, action };
}

/** A plausible wrong answer: a miss, a milder action, or a violation where there is none. */
function mistake(record: CaseRecord, answer: Finding, random: () => number): Finding {
  if (answer.verdict !== Verdict.VIOLATING) return violating(record.policyCode ?? fallbackPolicy, record.kind);
  return random() < 0.5 ? notViolating : milder(answer, record.kind);
}

function rationaleFor(finding: Finding): string {
  return finding.verdict === Verdict.VIOLATING
    ? `Fits the ${finding.policyCodes.join(', ')} policy description; action per the enforcement guide.`
    : 'No policy area applies to this subject.';
}

/**
 * QA samples only 5 to 10% of decisions, so the hundred or so decisions here give each evaluator a
 * handful of checks: this seed is one where each of the four has some and QA both confirms and
 * overturns. tests/db/demo-activity.test.ts holds it to that.
 */
const activitySeed = 1;

export async function seedDemoActivity(em: EntityManager): Promise<void> {
  await new DemoWeeks(em, mulberry32(activitySeed)).play();
  // The spreading moved timestamps after the dashboard's triggers recorded them: count again.
  await new DashboardService(em).rebuild();
}

/** The two weeks, step by step; `random` draws every choice, ours and the services'. */
class DemoWeeks {
  private readonly cases: CaseService;
  private readonly decisions: DecisionService;
  private readonly escalations: EscalationService;
  private readonly qa: QaService;
  private readonly golden: GoldenService;
  /** In the order first touched, which keeps the spreading deterministic. */
  private readonly records = new Map<string, CaseRecord>();
  private readonly subjectKinds = new Map<string, SubjectKind>();
  private readonly people = new Map<string, UserActor>();
  private readonly queues = new Map<string, string>();

  constructor(
    private readonly em: EntityManager,
    private readonly random: () => number,
  ) {
    this.cases = new CaseService(em, random);
    this.decisions = new DecisionService(em, random);
    this.escalations = new EscalationService(em);
    this.qa = new QaService(em);
    this.golden = new GoldenService(em);
  }

  async play(): Promise<void> {
    // A database seeded before this activity existed may hold people's own work, which the steps
    // below would meet in the queues; that demo is already in use, so it is left as it is.
    if ((await this.em.count(Decision, {})) > 0) return;
    await this.load();
    await this.setGuideLadders();
    for (const step of plan) {
      await this.workQueue(this.queues.get(step.queue)!, step.evaluators.map((email) => this.person(email)), step.casesEach);
    }
    await this.answerEscalations();
    await this.workQa();
    await this.playGoldenCases();
    await this.spreadOverTwoWeeks();
  }

  private async load(): Promise<void> {
    for (const user of await this.em.find(User, {})) this.people.set(user.email, { type: 'USER', id: user.id });
    const byName = new Map((await this.em.find(Queue, {})).map((queue) => [queue.name, queue.id]));
    for (const queue of demoQueues) this.queues.set(queue.key, byName.get(queue.name)!);
    for (const subject of await this.em.execute<{ id: string; kind: SubjectKind }[]>('select id, kind from subject')) this.subjectKinds.set(subject.id, subject.kind);
  }

  /**
   * Each account area's strike ladder starts at the enforcement guide's action, then suspends for
   * 30 days, then bans: evaluators who follow the guide follow the ladder on a first violation.
   */
  private async setGuideLadders(): Promise<void> {
    const strikes = new StrikeService(this.em);
    const thenFirmer: ActionChoice[] = [{ type: EnforcementAction.SUSPEND, suspensionDays: 30 }, { type: EnforcementAction.BAN }];
    for (const [policyCode, guide] of Object.entries(accountActions)) {
      const firmer = guide.type === EnforcementAction.BAN ? [] : guide.type === EnforcementAction.SUSPEND && guide.suspensionDays === 30 ? thenFirmer.slice(1) : thenFirmer;
      await strikes.setLadder(this.person('admin@vigil.example'), policyCode, [guide, ...firmer], 90);
    }
  }

  private person(email: string): UserActor {
    return this.people.get(email)!;
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  /** The evaluators take turns claiming until each has handled `casesEach` cases or the queue has none left for them. */
  private async workQueue(queueId: string, evaluators: UserActor[], casesEach: number): Promise<void> {
    const handled = new Map(evaluators.map((evaluator) => [evaluator.id, 0]));
    let working = evaluators;
    while (working.length > 0) {
      for (const evaluator of working) {
        const claimed = await this.cases.claimNext(evaluator.id, queueId);
        if (claimed) await this.handle(evaluator, claimed);
        handled.set(evaluator.id, claimed ? handled.get(evaluator.id)! + 1 : casesEach);
      }
      working = working.filter((evaluator) => handled.get(evaluator.id)! < casesEach);
    }
  }

  /** S0 cases cannot be decided, so they go to a specialist; anything else is decided (a second review too). */
  private async handle(evaluator: UserActor, claimed: CaseView): Promise<void> {
    const record = this.recordOf(claimed);
    if (claimed.severity === Severity.S0 && claimed.status === CaseStatus.IN_REVIEW) {
      const { case: escalated } = await this.escalations.escalate(evaluator, {
        caseId: claimed.id,
        reason: EscalationReason.CRITICAL_SEVERITY,
        note: 'S0 case: sent to a specialist as the policy requires.',
        tierCode: escalationTier,
      });
      record.status = escalated.status;
      return;
    }
    const finding = this.chance(evaluatorAccuracy) ? record.truth : mistake(record, record.truth, this.random);
    const { case: decided } = await this.decide(evaluator, claimed.id, finding);
    record.status = decided.status;
    if (decided.status === CaseStatus.RESOLVED) record.standing = finding;
  }

  private decide(evaluator: UserActor, caseId: string, finding: Finding) {
    return this.decisions.decide(evaluator, {
      caseId,
      ...finding,
      rationale: rationaleFor(finding),
      handleTimeMs: Math.round(20_000 + this.random() * 220_000),
      idempotencyKey: `demo-activity:${caseId}`,
      // Ignored where the action is the ladder's: a repeat violation, or a near miss, is acted on per the guide.
      ladderDeviationReason: 'Acted on per the enforcement guide for this policy area.',
    });
  }

  /** The case's record; on first sight its true answer is drawn: mostly what its reports suspect. */
  private recordOf(claimed: CaseView): CaseRecord {
    let record = this.records.get(claimed.id);
    if (!record) {
      const kind = this.subjectKinds.get(claimed.subject.id)!;
      const policyCode = claimed.policyCode ?? null;
      const truth = policyCode ? (this.chance(0.85) ? violating(policyCode, kind) : notViolating) : this.chance(0.1) ? violating(fallbackPolicy, kind) : notViolating;
      record = { queueId: claimed.queue.id, kind, policyCode, severity: claimed.severity, status: claimed.status, truth, standing: null };
      this.records.set(claimed.id, record);
    }
    return record;
  }

  /** specialist@ answers most escalations, the most urgent first; the rest wait on the desk. */
  private async answerEscalations(): Promise<void> {
    const specialist = this.person('specialist@vigil.example');
    const raised = [...this.records.values()].filter((record) => record.status === CaseStatus.ESCALATED).length;
    for (let answered = 0; answered < Math.round(raised * specialistResolveShare); answered++) {
      const escalation = await this.escalations.claimNext(specialist, escalationTier);
      if (!escalation) return;
      const record = this.records.get(escalation.case.id)!;
      const { case: resolved } = await this.escalations.resolve(specialist, {
        escalationId: escalation.id,
        ...record.truth,
        rationale: rationaleFor(record.truth),
        neededEscalation: this.chance(neededEscalationRate),
      });
      record.status = resolved.status;
      record.standing = record.truth;
    }
  }

  /**
   * qa@ reviews every sample and adjudicates every disagreement, always with the true answer: the
   * same finding confirms a sample (most do, as evaluators are mostly right), another overturns it.
   */
  private async workQa(): Promise<void> {
    const analyst = this.person('qa@vigil.example');
    for (const kind of [QaTaskKind.SAMPLE, QaTaskKind.ADJUDICATION]) {
      for (let task = await this.qa.claimNext(analyst, kind); task; task = await this.qa.claimNext(analyst, kind)) {
        const record = this.records.get(task.case.id)!;
        const { case: after } = await this.qa.complete(analyst, {
          taskId: task.id,
          ...record.truth,
          rationale: rationaleFor(record.truth),
          handleTimeMs: Math.round(30_000 + this.random() * 150_000),
        });
        record.status = after.status;
        record.standing = record.truth;
      }
    }
  }

  /**
   * manager@ marks three resolved cases golden with the answer they stand on; then evaluator@
   * meets two of them, with a draw that forces the claim's golden branch, and answers one right.
   */
  private async playGoldenCases(): Promise<void> {
    const manager = this.person('manager@vigil.example');
    const evaluator = this.person('evaluator@vigil.example');
    const queueId = this.queues.get(goldenQueue)!;
    // Golden copies are never served to anyone who decided the original: pick cases evaluator@ did not decide.
    const decidedByEvaluator = new Set(
      (await this.em.execute<{ case_id: string }[]>('select distinct case_id from decision where decided_by_id = ?', [evaluator.id])).map((row) => row.case_id),
    );
    const sources = [...this.records.entries()]
      .filter(([caseId, record]) => record.queueId === queueId && record.standing && record.severity !== Severity.S0 && !decidedByEvaluator.has(caseId))
      .slice(0, 3);
    const marked = new Map<string, { record: CaseRecord; answer: Finding }>();
    for (const [caseId, record] of sources) {
      const answer = record.standing!;
      const golden = await this.golden.mark(manager, { caseId, ...answer, rationale: `Reference answer: ${rationaleFor(answer)}` });
      marked.set(golden.id, { record, answer });
    }
    const servingGolden = new CaseService(this.em, () => 0);
    for (const right of [true, false]) {
      const copy = await servingGolden.claimNext(evaluator.id, queueId);
      const { record, answer } = marked.get(copy!.goldenCase!.id)!;
      await this.decide(evaluator, copy!.id, right ? answer : mistake(record, answer, this.random));
    }
  }

  /**
   * The services stamp now(), so everything above happened in the last seconds. This is the one
   * direct write: it moves each touched case's timestamps back by one offset per case (keeping
   * the order of its decisions, QA and escalation) to within the past 14 days, finished work up
   * to two weeks back, work still waiting within the last half day. Golden copies stay today,
   * after their golden cases were marked.
   *
   * Claims, decisions and handle times agree: each evaluator decision (primary, second review)
   * is moved later by the handle times of the case's evaluator decisions up to it, so it comes
   * its handle time after its claim and after the decision before it; the server's handle time
   * is then that gap (the client's figure), and the case's claim time the last decision's time
   * less its handle time. Later rows of the case (QA, escalations) move by the same sums.
   */
  private async spreadOverTwoWeeks(): Promise<void> {
    const shifts = [...this.records.entries()].map(([caseId, record]) => {
      const [from, to] = record.status === CaseStatus.RESOLVED ? [0.25, 13.5] : [0, 0.5];
      // One hour on top, more than any case's handle times add up to, so nothing moves past now.
      return { case_id: caseId, seconds: Math.round(((from + this.random() * (to - from)) * dayMs) / 1000) + 3600 };
    });
    // The handle time of the case's evaluator decisions up to an instant, as an interval.
    const workedBy = (caseId: string, at: string) =>
      `make_interval(secs => coalesce((select sum(w.handle_time_ms) from decision w
         where w.case_id = ${caseId} and w.kind in ('PRIMARY', 'SECOND_REVIEW') and w.created_at <= ${at}), 0) / 1000.0)`;
    await this.em.execute(
      `with shift as (
         select case_id, make_interval(secs => seconds) as back
         from jsonb_to_recordset(?::jsonb) as s(case_id uuid, seconds double precision)
       ),
       decisions as (
         update decision d
         set created_at = d.created_at - shift.back + ${workedBy('d.case_id', 'd.created_at')},
             server_handle_time_ms = case when d.kind in ('PRIMARY', 'SECOND_REVIEW') then d.handle_time_ms else d.server_handle_time_ms end
         from shift where d.case_id = shift.case_id
       ),
       qa_tasks as (
         update qa_task t
         set created_at = t.created_at - shift.back + ${workedBy('t.case_id', 't.created_at')},
             done_at = t.done_at - shift.back + ${workedBy('t.case_id', 't.done_at')}
         from shift where t.case_id = shift.case_id
       ),
       escalations as (
         update escalation e
         set created_at = e.created_at - shift.back + ${workedBy('e.case_id', 'e.created_at')},
             sla_due_at = e.sla_due_at - shift.back + ${workedBy('e.case_id', 'e.created_at')},
             claimed_at = e.claimed_at - shift.back + ${workedBy('e.case_id', 'e.claimed_at')},
             resolved_at = e.resolved_at - shift.back + ${workedBy('e.case_id', 'e.resolved_at')}
         from shift where e.case_id = shift.case_id
       )
       update review_case c
       set arrived_at = c.arrived_at - shift.back, sla_due_at = c.sla_due_at - shift.back,
           resolved_at = c.resolved_at - shift.back + ${workedBy('c.id', 'c.resolved_at')},
           claimed_at = coalesce(
             (select l.created_at - shift.back + ${workedBy('c.id', 'l.created_at')} - make_interval(secs => l.handle_time_ms / 1000.0)
              from decision l where l.case_id = c.id and l.kind in ('PRIMARY', 'SECOND_REVIEW') order by l.created_at desc limit 1),
             c.claimed_at - shift.back)
       from shift where c.id = shift.case_id`,
      [JSON.stringify(shifts)],
    );
    // Golden copies: marked, claimed and answered an hour back, each answer its handle time after its claim.
    await this.em.execute(
      `with copies as (
         select c.id, c.golden_case_id from review_case c where c.golden_case_id is not null
       ),
       golden as (
         update golden_case g set created_at = g.created_at - interval '70 minutes' where g.id in (select golden_case_id from copies)
       ),
       answers as (
         update decision d
         set created_at = (select c.claimed_at from review_case c where c.id = d.case_id) - interval '1 hour' + make_interval(secs => d.handle_time_ms / 1000.0),
             server_handle_time_ms = d.handle_time_ms
         where d.case_id in (select id from copies)
       )
       update review_case c
       set arrived_at = c.arrived_at - interval '1 hour', claimed_at = c.claimed_at - interval '1 hour', sla_due_at = c.sla_due_at - interval '1 hour',
           resolved_at = c.claimed_at - interval '1 hour' + coalesce((select make_interval(secs => d.handle_time_ms / 1000.0) from decision d where d.case_id = c.id limit 1), interval '0')
       where c.id in (select id from copies)`,
    );
  }
}
