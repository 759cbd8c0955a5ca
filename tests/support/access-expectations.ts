/**
 * Who may call each root field of the API: the declared table the authorization matrix
 * (tests/api/authorization-matrix.test.ts) holds the running server to. Every Query, Mutation and
 * Subscription field must have an entry, so a new field cannot skip its access decision.
 *
 * Each field is called with ids that belong to someone else: the search team's queue, cases,
 * golden case, QA task, training program, calibration session and review, a case held and an
 * escalation raised by another evaluator (evaluator2), a QA task and an escalation held by another
 * analyst and specialist. So "forbidden" for an evaluator often means "not yours", not "not your
 * role". `manager` leads the search team that owns all of it; `otherTeamManager` leads accounts.
 * `stakeholder` reads published reports: only their account, inbox and reports let them in.
 */

import type { Event } from '../../server/src/kernel/pubsub.ts';

export const callers = ['anonymous', 'evaluator', 'qaAnalyst', 'specialist', 'manager', 'otherTeamManager', 'stakeholder', 'narrowToken', 'admin'] as const;
export type Caller = (typeof callers)[number];

/**
 * - allowed: no FORBIDDEN or UNAUTHENTICATED error (NOT_FOUND, BAD_USER_INPUT, CONFLICT … are the
 *   field's own business once the caller was let in);
 * - forbidden / unauthenticated: that code;
 * - hidden: NOT_FOUND, for the fields that hide what the caller may not read (performance reviews).
 */
export type Outcome = 'allowed' | 'forbidden' | 'unauthenticated' | 'hidden';

/** The ids the matrix calls fields with, built once per run. */
export interface Fixture {
  teamId: string;
  queueId: string;
  /** A case evaluator2 holds under a live lease. */
  heldCaseId: string;
  /** Open cases of the queue, for calibration. */
  openCaseIds: [string, string];
  /** The case the golden case was marked from. */
  goldenSourceCaseId: string;
  goldenCaseId: string;
  /** Held by a second QA analyst. */
  qaTaskId: string;
  /** Raised by evaluator2, held by a second specialist. */
  escalationId: string;
  tierCode: string;
  /** Written by the search team's manager. */
  programId: string;
  /** evaluator2's attempt. */
  attemptId: string;
  /** Created by the search team's manager; evaluator2 and another evaluator take part. */
  sessionId: string;
  participantIds: [string, string];
  /** The search manager's draft review of evaluator2, and a goal set in it. */
  reviewId: string;
  reviewPeriod: { periodStart: string; periodEnd: string };
  goalId: string;
  evaluator2Id: string;
  auditEventId: string;
  /** The other team's id: its manager's desk hears only its escalations. */
  otherTeamId: string;
  /** A token only the admin's revokeApiToken call touches. */
  spareTokenId: string;
  /** A webhook endpoint of the search team (its URL answers nothing: the matrix runs no jobs), and a delivery of it. */
  webhookEndpointId: string;
  webhookDeliveryId: string;
  /** An evaluation project the stakeholder asked of the search team. */
  projectId: string;
  password: string;
}

export interface FieldCall {
  /** The outcome for each caller. */
  outcomes: Record<Caller, Outcome>;
  /** Argument values (the document's variables); every required argument must have one. */
  args?: (f: Fixture) => Record<string, unknown>;
  /** The selection set for an object result; `{ __typename }` when not given. */
  select?: string;
  /** For fields that report refusals inside the payload (batch ingest): the code the first item failed with. */
  codeInPayload?: (data: any) => string | undefined;
  /**
   * `late`: changes state other fields' calls rely on (archive, close, retire, share, revoke): run
   * after the others. `session`: changes the caller's credentials; `last`: ends their session.
   */
  phase?: 'late' | 'session' | 'last';
  /**
   * Subscriptions that send nothing until something happens: an event that would reach an
   * accepted subscriber, published until the subscription answers (refused ones answer with an error).
   */
  event?: (f: Fixture, callerId: string | null) => Event[];
}

const people: Caller[] = ['evaluator', 'qaAnalyst', 'specialist', 'manager', 'otherTeamManager', 'admin'];

/**
 * `allowed` callers are let in; the rest get `others`, anonymous callers UNAUTHENTICATED and a
 * stakeholder not named FORBIDDEN (refused at the edge, before the field's own rule). Exceptions last.
 */
function only(allowed: readonly Caller[], others: Outcome = 'forbidden', exceptions: Partial<Record<Caller, Outcome>> = {}): Record<Caller, Outcome> {
  const outcomes = Object.fromEntries(callers.map((caller) => [caller, allowed.includes(caller) ? 'allowed' : others])) as Record<Caller, Outcome>;
  return { ...outcomes, anonymous: 'unauthenticated', ...(allowed.includes('stakeholder') ? {} : { stakeholder: 'forbidden' }), ...exceptions };
}

/** Every signed-in member of staff; tokens never act as a person. */
const anyPerson = only(people);
/** A person's own account and inbox: staff and stakeholders. */
const ownAccount = only([...people, 'stakeholder']);
/** Refused to everyone: the thing belongs to someone else (a lease, an attempt, a session they do not take part in). */
const nobody = only([]);

const period = { from: new Date(Date.now() - 30 * 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() };
const finding = { verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'matrix' };
const nobodysId = '00000000-0000-4000-8000-000000000000';
/** A valid project request, without its team. */
export const projectRequest = {
  title: 'matrix project',
  question: 'How often?',
  guideline: 'Label by policy.',
  requestingTeam: 'Search Ranking',
  domain: 'SEARCH',
  policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT'],
  deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  targetHalfWidth: 0.05,
  priorRate: 0.1,
};
/** Who may ask for a project: stakeholders, managers and admins (the narrow token holds CASES_READ, not PROJECTS_WRITE). */
const projectRequesters = only(['stakeholder', 'manager', 'otherTeamManager', 'admin']);
/** The stakeholder's project of the search team: its requester, the search manager, admins. */
const projectReaders = only(['stakeholder', 'manager', 'admin']);
const projectManagers = only(['manager', 'admin']);
const populationItem = { externalId: 'matrix-1', weight: 1, subject: { kind: 'SEARCH_QUERY', locale: 'en-GB', searchQuery: { text: 'prohibited-item-query-1', dailyVolume: 1, trend: 1, topResults: [] } } };

export const accessExpectations: Record<string, FieldCall> = {
  // ---- Query ----------------------------------------------------------------------------------
  // Appeals are for APPEALS_WRITE tokens (the narrow token holds CASES_READ only) and admins.
  appeal: { outcomes: only(['admin']), args: () => ({ id: nobodysId }), select: '{ id }' },
  webhookDeliveries: { outcomes: only(['admin']), args: (f) => ({ endpointId: f.webhookEndpointId }) },
  evaluationTeams: { outcomes: projectRequesters, select: '{ id }' },
  evaluationProjects: { outcomes: projectRequesters },
  evaluationProject: { outcomes: projectReaders, args: (f) => ({ id: f.projectId }), select: '{ id }' },
  webhookEndpoints: { outcomes: only(['admin']) },
  apiTokens: { outcomes: only(['admin']) },
  auditEvent: { outcomes: only(['admin']), args: (f) => ({ id: f.auditEventId }) },
  auditEvents: { outcomes: only(['admin']) },
  calibrationSession: { outcomes: only(['manager', 'admin']), args: (f) => ({ id: f.sessionId }) },
  calibrationSessions: { outcomes: anyPerson },
  // QA analysts and specialists read every team's cases (they work across teams); CASES_READ tokens too.
  case: { outcomes: only(['qaAnalyst', 'specialist', 'manager', 'narrowToken', 'admin']), args: (f) => ({ id: f.heldCaseId }) },
  cases: { outcomes: only(['qaAnalyst', 'specialist', 'manager', 'narrowToken', 'admin']), args: (f) => ({ filter: { queueId: f.queueId } }) },
  // The feed is for DECISIONS_READ tokens (the matrix's narrow token holds CASES_READ only) and admins.
  decisionEvents: { outcomes: only(['admin']), select: '{ hasMore }' },
  // Enforcement lists are folded from the feed and open to the same callers.
  enforcementChanges: { outcomes: only(['admin']), args: () => ({ domain: 'SEARCH' }), select: '{ hasMore }' },
  enforcementList: { outcomes: only(['admin']), args: () => ({ domain: 'ACCOUNT' }), select: '{ hasMore }' },
  statementOfReasons: { outcomes: only(['admin']), args: () => ({ decisionId: nobodysId }), select: '{ decisionId }' },
  statementsOfReasons: { outcomes: only(['admin']), args: () => ({ from: period.from, to: period.to }), select: '{ hasMore }' },
  dashboard: { outcomes: only(['manager', 'admin']), args: (f) => ({ filter: { teamId: f.teamId } }), select: '{ teamId }' },
  escalation: { outcomes: only(['qaAnalyst', 'specialist', 'manager', 'admin']), args: (f) => ({ id: f.escalationId }) },
  escalationPrecision: { outcomes: only(['manager', 'admin']), args: (f) => ({ userId: f.evaluator2Id, ...period }) },
  escalationSpecialists: { outcomes: anyPerson },
  escalationTiers: { outcomes: anyPerson },
  // The list is narrowed to the manager's own team, so the other team's manager is let in (and sees only theirs).
  escalations: { outcomes: only(['qaAnalyst', 'specialist', 'manager', 'otherTeamManager', 'admin']) },
  goldenCases: { outcomes: only(['qaAnalyst', 'manager', 'admin']), args: (f) => ({ filter: { queueId: f.queueId } }) },
  me: { outcomes: ownAccount, select: '{ id certifications { code } team { members(first: 1) { edges { cursor } } } }' },
  myCertifications: { outcomes: anyPerson },
  myCoachingGoals: { outcomes: anyPerson },
  myNotifications: { outcomes: ownAccount },
  myTraining: { outcomes: anyPerson },
  myUnreadNotificationCount: { outcomes: ownAccount },
  myWellness: { outcomes: anyPerson },
  // A review the caller may not read is NOT_FOUND, not FORBIDDEN: its existence is private.
  performanceReview: { outcomes: only(['manager', 'admin'], 'hidden', { narrowToken: 'forbidden' }), args: (f) => ({ id: f.reviewId }) },
  performanceReviews: { outcomes: anyPerson, args: (f) => ({ evaluatorId: f.evaluator2Id }) },
  // The taxonomy is the community guidelines: stakeholders name its policies in their project requests.
  policies: { outcomes: only([...people, 'narrowToken', 'stakeholder']) },
  // Reports: a made-up id is NOT_FOUND for those let in (a narrow token lacks REPORTS_READ).
  report: { outcomes: only(['manager', 'otherTeamManager', 'stakeholder', 'admin']), args: () => ({ id: '00000000-0000-4000-8000-00000000f00d' }) },
  reports: { outcomes: only(['manager', 'otherTeamManager', 'stakeholder', 'admin']) },
  myReportSubscriptions: { outcomes: only(['manager', 'otherTeamManager', 'stakeholder', 'admin']) },
  qaTask: { outcomes: only(['qaAnalyst', 'manager', 'admin']), args: (f) => ({ id: f.qaTaskId }) },
  qaTaskCounts: { outcomes: only(['qaAnalyst', 'manager', 'admin']), args: (f) => ({ queueId: f.queueId }) },
  qaTasks: { outcomes: only(['qaAnalyst', 'manager', 'admin']), args: (f) => ({ filter: { queueId: f.queueId } }) },
  qualityMetrics: { outcomes: only(['qaAnalyst', 'manager', 'admin']), args: (f) => ({ scope: { ...period, teamId: f.teamId } }) },
  // Queues (with their live counts) are the list every person picks work from; their cases are guarded.
  queue: { outcomes: anyPerson, args: (f) => ({ id: f.queueId }) },
  queues: { outcomes: anyPerson },
  ratingScale: { outcomes: only([...people, 'narrowToken']) },
  team: { outcomes: only(['evaluator', 'qaAnalyst', 'specialist', 'manager', 'admin']), args: (f) => ({ id: f.teamId }) },
  teamWellness: { outcomes: only(['manager', 'admin']), args: (f) => ({ teamId: f.teamId }) },
  teams: { outcomes: only(['admin']) },
  trainingAttempt: { outcomes: nobody, args: (f) => ({ id: f.attemptId }) },
  trainingProgram: { outcomes: anyPerson, args: (f) => ({ id: f.programId }) },
  trainingPrograms: { outcomes: anyPerson },
  trainingProgress: { outcomes: only(['manager', 'admin']), args: (f) => ({ teamId: f.teamId }) },
  user: { outcomes: only(['manager', 'admin']), args: (f) => ({ id: f.evaluator2Id }), select: '{ id certifications { code } }' },
  // QA analysts find people across teams to invite them to calibration.
  users: { outcomes: only(['qaAnalyst', 'manager', 'admin']), args: (f) => ({ filter: { teamId: f.teamId } }) },

  // ---- Mutation -------------------------------------------------------------------------------
  // Drafts are private to their writer: even the manager gets NOT_FOUND acknowledging someone else's.
  acknowledgePerformanceReview: { outcomes: only([], 'hidden', { narrowToken: 'forbidden' }), args: (f) => ({ id: f.reviewId, comment: 'ok' }) },
  addCoachingGoal: { outcomes: only(['manager', 'admin'], 'hidden', { narrowToken: 'forbidden' }), args: (f) => ({ input: { reviewId: f.reviewId, title: 'matrix goal', dueAt: period.to } }) },
  addReviewAddendum: { outcomes: only(['manager', 'admin'], 'hidden', { narrowToken: 'forbidden' }), args: (f) => ({ reviewId: f.reviewId, body: 'matrix' }) },
  archiveTrainingProgram: { outcomes: only(['manager', 'admin']), args: (f) => ({ id: f.programId }), phase: 'late' },
  assignTraining: { outcomes: only(['manager', 'admin']), args: (f) => ({ input: { programId: f.programId, userIds: [f.evaluator2Id], dueAt: period.to } }) },
  changeMyPassword: { outcomes: ownAccount, args: (f) => ({ input: { currentPassword: f.password, newPassword: f.password } }), phase: 'session' },
  // Evaluators, QA analysts and specialists claim in any team's queue (existing behaviour: the queue's certification gates it).
  claimNextCase: { outcomes: only(['evaluator', 'qaAnalyst', 'specialist']), args: (f) => ({ queueId: f.queueId }) },
  claimNextEscalation: { outcomes: only(['specialist']), args: (f) => ({ tierCode: f.tierCode }) },
  claimNextQaTask: { outcomes: only(['qaAnalyst']), args: (f) => ({ kind: 'SAMPLE', queueId: f.queueId }) },
  closeCalibrationSession: { outcomes: only(['manager', 'admin']), args: (f) => ({ id: f.sessionId }), phase: 'late' },
  completeQaTask: { outcomes: nobody, args: (f) => ({ input: { taskId: f.qaTaskId, handleTimeMs: 1000, ...finding } }) },
  submitAppeal: { outcomes: only(['admin']), args: () => ({ input: { decisionId: nobodysId, statement: 'matrix', idempotencyKey: 'matrix' } }), select: '{ appeal { id } }' },
  requestEvaluationProject: { outcomes: projectRequesters, args: (f) => ({ input: { ...projectRequest, teamId: f.teamId } }), select: '{ project { id } }' },
  addPopulationItems: { outcomes: projectReaders, args: (f) => ({ input: { projectId: f.projectId, items: [populationItem] } }), select: '{ added }' },
  drawProjectSample: { outcomes: projectManagers, args: (f) => ({ input: { projectId: f.projectId, design: { kind: 'SIMPLE_RANDOM', size: 1, seed: 1 } } }), select: '{ project { id } }', phase: 'late' },
  closeEvaluationProject: { outcomes: projectManagers, args: (f) => ({ projectId: f.projectId }), select: '{ project { id } }', phase: 'late' },
  publishProjectResults: { outcomes: projectManagers, args: (f) => ({ input: { projectId: f.projectId } }), select: '{ project { id } }', phase: 'late' },
  createApiToken: { outcomes: only(['admin']), args: () => ({ input: { name: 'matrix', scopes: ['REPORTS_READ'] } }) },
  createWebhookEndpoint: { outcomes: only(['admin']), args: (f) => ({ input: { teamId: f.teamId, url: 'http://127.0.0.1:9/matrix-created', eventTypes: ['DECISION_EVENT'] } }) },
  replayWebhookDelivery: { outcomes: only(['admin']), args: (f) => ({ id: f.webhookDeliveryId }) },
  rotateWebhookSecret: { outcomes: only(['admin']), args: (f) => ({ id: f.webhookEndpointId }) },
  setWebhookEndpointEnabled: { outcomes: only(['admin']), args: (f) => ({ id: f.webhookEndpointId, enabled: false }), phase: 'late' },
  createCalibrationSession: {
    outcomes: only(['qaAnalyst', 'manager', 'admin']),
    args: (f) => ({ input: { title: 'matrix', caseIds: f.openCaseIds, participantIds: f.participantIds } }),
  },
  generateReport: { outcomes: only(['manager', 'admin']), args: (f) => ({ input: { kind: 'WEEKLY', at: '2026-11-18T12:00:00Z', teamId: f.teamId } }) },
  updateReportCommentary: { outcomes: only(['manager', 'otherTeamManager', 'admin']), args: () => ({ input: { id: '00000000-0000-4000-8000-00000000f00d', highlights: 'matrix' } }) },
  publishReport: { outcomes: only(['manager', 'otherTeamManager', 'admin']), args: () => ({ id: '00000000-0000-4000-8000-00000000f00d' }) },
  subscribeToReports: { outcomes: only(['manager', 'otherTeamManager', 'stakeholder', 'admin']), args: (f) => ({ teamId: f.teamId }) },
  unsubscribeFromReports: { outcomes: only(['manager', 'otherTeamManager', 'stakeholder', 'admin']), args: (f) => ({ teamId: f.teamId }), phase: 'late' },
  createPerformanceReview: { outcomes: only(['manager', 'admin']), args: (f) => ({ input: { evaluatorId: f.evaluator2Id, ...f.reviewPeriod } }) },
  createTrainingProgram: { outcomes: only(['manager', 'otherTeamManager', 'admin']), args: () => ({ input: programInput }) },
  createUser: { outcomes: only(['admin']), args: (f) => ({ input: { email: 'evaluator@vigil.example', displayName: 'Again', password: f.password, roles: ['EVALUATOR'] } }) },
  decideCase: { outcomes: nobody, args: (f) => ({ input: { caseId: f.heldCaseId, handleTimeMs: 1000, idempotencyKey: 'matrix-decide', ...finding } }) },
  escalateCase: { outcomes: nobody, args: (f) => ({ input: { caseId: f.heldCaseId, reason: 'POLICY_UNCLEAR', note: 'matrix', tierCode: f.tierCode } }) },
  followUpCoachingGoal: { outcomes: only(['manager', 'admin'], 'hidden', { narrowToken: 'forbidden' }), args: (f) => ({ input: { reviewId: f.reviewId, goalId: f.goalId, status: 'ACHIEVED' } }) },
  heartbeatEscalation: { outcomes: nobody, args: (f) => ({ id: f.escalationId }) },
  heartbeatLease: { outcomes: nobody, args: (f) => ({ caseId: f.heldCaseId }) },
  heartbeatQaTask: { outcomes: nobody, args: (f) => ({ id: f.qaTaskId }) },
  holdEscalation: { outcomes: nobody, args: (f) => ({ id: f.escalationId, reason: 'matrix' }) },
  // The other team's manager is refused per report (a batch reports item by item).
  ingestCases: {
    outcomes: only(['manager', 'admin']),
    args: (f) => ({
      input: { cases: [{ queueId: f.queueId, source: 'matrix', reasons: ['matrix'], subject: { kind: 'SEARCH_QUERY', locale: 'en-GB', searchQuery: { text: `matrix ${Math.random()}`, dailyVolume: 1, trend: 0, topResults: [] } } }] },
    }),
    select: '{ results { error { code } } }',
    codeInPayload: (data) => data?.ingestCases?.results?.[0]?.error?.code,
  },
  markGoldenCase: { outcomes: only(['qaAnalyst', 'manager', 'admin']), args: (f) => ({ input: { caseId: f.goldenSourceCaseId, ...finding } }) },
  markNotificationsRead: { outcomes: ownAccount, args: () => ({ ids: [nobodysId] }) },
  postEscalationMessage: { outcomes: only(['qaAnalyst', 'specialist', 'manager', 'admin']), args: (f) => ({ escalationId: f.escalationId, body: 'matrix' }) },
  // The taxonomy is the whole service's, not a team's.
  publishPolicyVersion: {
    outcomes: only(['manager', 'otherTeamManager', 'admin']),
    // One code twice: refused with BAD_USER_INPUT after the access check, so nothing is published.
    args: () => ({ input: { policies: [policyEntry, policyEntry] } }),
  },
  recordReveal: { outcomes: only(['qaAnalyst', 'specialist', 'manager', 'admin']), args: (f) => ({ caseId: f.heldCaseId }) },
  releaseCase: { outcomes: nobody, args: (f) => ({ caseId: f.heldCaseId }) },
  releaseEscalation: { outcomes: nobody, args: (f) => ({ id: f.escalationId }) },
  releaseQaTask: { outcomes: nobody, args: (f) => ({ id: f.qaTaskId }) },
  requireQueueCertification: { outcomes: only(['manager', 'admin']), args: (f) => ({ queueId: f.queueId, certificationCode: null }) },
  setStrikeLadder: { outcomes: only(['manager', 'otherTeamManager', 'admin']), args: () => ({ input: { policyCode: 'SPAM_AND_FAKE_ENGAGEMENT', rungs: [{ type: 'WARN' }, { type: 'BAN' }], expiryDays: 90 } }), select: '{ policyCode }' },
  setQueueVariantPolicy: { outcomes: only(['manager', 'admin']), args: (f) => ({ queueId: f.queueId, policy: 'CONFIRM' }), select: '{ id }' },
  // The held case is a search case, so the specialist's call is refused as BAD_USER_INPUT, deciding nothing.
  applyNetworkAction: { outcomes: only(['specialist']), args: (f) => ({ input: { caseId: f.heldCaseId, subjectIds: [f.evaluator2Id], idempotencyKey: 'matrix-network-action', ...finding } }), select: '{ decisions { id } }' },
  resolveEscalation: { outcomes: nobody, args: (f) => ({ input: { escalationId: f.escalationId, neededEscalation: true, ...finding } }) },
  retireGoldenCase: { outcomes: only(['qaAnalyst', 'manager', 'admin']), args: (f) => ({ id: f.goldenCaseId }), phase: 'late' },
  revokeApiToken: { outcomes: only(['admin']), args: (f) => ({ id: f.spareTokenId }), phase: 'late' },
  sharePerformanceReview: { outcomes: only(['manager', 'admin'], 'hidden', { narrowToken: 'forbidden' }), args: (f) => ({ id: f.reviewId }), phase: 'late' },
  // The one thing anonymous callers may do (and signing in as yourself again is harmless).
  signIn: { outcomes: only([...callers], 'forbidden', { anonymous: 'allowed' }), args: (f) => ({ input: { email: 'evaluator2@vigil.example', password: f.password } }), select: '{ user { id certifications { code } } }' },
  // Anyone, so a browser whose session already ended can still clear its cookie.
  signOut: { outcomes: only([...callers], 'forbidden', { anonymous: 'allowed' }), phase: 'last' },
  startTrainingAttempt: { outcomes: anyPerson, args: (f) => ({ programId: f.programId }) },
  stepAwayFromPolicy: { outcomes: anyPerson, args: () => ({ policyCode: 'ANIMAL_HARM' }) },
  submitCalibrationLabel: { outcomes: nobody, args: (f) => ({ input: { sessionId: f.sessionId, caseId: f.openCaseIds[0], verdict: 'NOT_VIOLATING', policyCodes: [] } }) },
  submitTrainingAttempt: { outcomes: nobody, args: (f) => ({ input: { attemptId: f.attemptId, answers: [] } }) },
  updateMyProfile: { outcomes: ownAccount, args: () => ({ input: {} }) },
  updateMyWellness: { outcomes: anyPerson, args: () => ({ input: {} }) },
  updatePerformanceReview: { outcomes: only(['manager', 'admin'], 'hidden', { narrowToken: 'forbidden' }), args: (f) => ({ input: { id: f.reviewId } }) },
  updateTeamWellness: { outcomes: only(['manager', 'admin']), args: (f) => ({ input: { teamId: f.teamId } }) },

  // ---- Subscription (anonymous sockets are closed with 4401 at connect) -----------------------
  auditEventAppended: { outcomes: only(['admin']), event: (f) => [{ topic: 'AUDIT_EVENT_APPENDED', payload: { auditEventId: f.auditEventId, action: 'matrix.poked', entityType: 'Matrix' } }] },
  caseUpdated: {
    outcomes: only(['qaAnalyst', 'specialist', 'manager', 'narrowToken', 'admin']),
    args: (f) => ({ caseId: f.heldCaseId }),
    event: (f) => [{ topic: 'CASE_CHANGED', payload: { caseId: f.heldCaseId, queueId: f.queueId, status: 'IN_REVIEW' } }],
  },
  // The desk is narrowed to the manager's team, so the other team's manager is let in (and hears only their team's: poked for both teams).
  reportDraftsProgress: {
    outcomes: only(['manager', 'otherTeamManager', 'admin']),
    event: () => [{ topic: 'REPORT_DRAFTS_PROGRESS', payload: { done: 0, total: 1, finished: false, kind: 'WEEKLY', periodStart: '2026-11-23T00:00:00.000Z', teamId: null } }],
  },
  // The demo's outcomes are on the feed already: an admin's subscription answers with the first.
  decisionEventAppended: { outcomes: only(['admin']), select: '{ cursor }' },
  dashboardChanged: {
    outcomes: only(['manager', 'admin']),
    args: (f) => ({ teamId: f.teamId }),
    event: (f) => [{ topic: 'QUEUE_CHANGED', payload: { queueId: f.queueId } }],
  },
  escalationChanged: {
    outcomes: only(['qaAnalyst', 'specialist', 'manager', 'otherTeamManager', 'admin']),
    event: (f) => [f.teamId, f.otherTeamId].map((teamId) => ({ topic: 'ESCALATION_CHANGED', payload: { escalationId: f.escalationId, status: 'CLAIMED', teamId } })),
  },
  escalationMessagePosted: {
    outcomes: only(['qaAnalyst', 'specialist', 'manager', 'admin']),
    args: (f) => ({ escalationId: f.escalationId }),
    event: (f) => [{ topic: 'ESCALATION_MESSAGE_POSTED', payload: { escalationId: f.escalationId, messageId: nobodysId } }],
  },
  notificationReceived: { outcomes: ownAccount, event: (_f, callerId) => [{ topic: 'NOTIFICATION_RECEIVED', payload: { recipientId: callerId ?? nobodysId, notificationId: nobodysId, kind: 'TRAINING_ASSIGNED' } }] },
  qaTaskCountsChanged: { outcomes: only(['qaAnalyst', 'manager', 'admin']), args: (f) => ({ queueId: f.queueId }) },
  queueUpdated: { outcomes: anyPerson, args: (f) => ({ queueId: f.queueId }) },
};

const policyEntry = { code: 'MATRIX_DUPLICATE', name: 'Matrix', description: 'Never published.', severity: 'S3', domains: ['SEARCH'] };

const programInput = {
  title: 'Matrix program',
  summary: 'Made by the authorization matrix.',
  passMark: 1,
  attemptLimit: 1,
  modules: [{ title: 'One', body: 'Read this.' }],
  questions: [{ kind: 'MULTIPLE_CHOICE', prompt: 'Yes?', options: [{ text: 'yes', correct: true }, { text: 'no', correct: false }] }],
};
