import { ForbiddenError, UnauthenticatedError } from './errors.ts';
import { Role, Scope } from './roles.ts';
import type { SignedInUser, Viewer } from './viewer.ts';

/**
 * Who may do what: the one home of Vigil's access rules. Pure predicates over the viewer and
 * plain facts (a team id, a person's id and team), so a resolver or a service hands over what it
 * loaded and gets a yes or no; the `assert…` forms throw UNAUTHENTICATED for an anonymous caller
 * and FORBIDDEN for a signed-in one. No other file states a rule: a rule written twice drifts,
 * and the drift is a hole (issue 12 found "a manager sees only their own team" seven times).
 *
 * The shape of the rules:
 * - Admins act everywhere.
 * - A manager acts only within their own team, for everything that belongs to a team (queues and
 *   their cases, golden cases, QA tasks, calibration sessions, training programs, reviews,
 *   wellness, escalations). A manager without a team oversees nothing.
 * - QA analysts and escalation specialists work across teams (QA samples, calibration and the
 *   specialist tiers serve every team), so their reads are not narrowed to a team.
 * - Evaluators read their own work: the case they hold, their escalations, their reviews.
 * - Integrator tokens never act as a person; each scope opens exactly what it names.
 * - Stakeholders read published reports (and subscribe to them), and request evaluation projects
 *   and read their own: no role group below but `reportReaders`, `reportSubscribers` and
 *   `projectRequesters` names them, and `stakeholderRootFields` bounds them to their account,
 *   inbox, reports and projects whatever a field's own check says.
 */

/** Role groups, each named once. Resolvers refer to these, never to a list of their own. */
export const roleGroups = {
  /** Read any case of the queues they oversee and all of its decisions (managers: their team's queues). */
  caseOverseers: [Role.ADMIN, Role.MANAGER, Role.QA_ANALYST, Role.SPECIALIST],
  /** Oversee every team's work, not one team's: QA, calibration and the specialist tiers serve all teams. */
  crossTeam: [Role.ADMIN, Role.QA_ANALYST, Role.SPECIALIST],
  /** Claim and decide cases, and send them on to a specialist tier. */
  reviewers: [Role.EVALUATOR, Role.QA_ANALYST, Role.SPECIALIST],
  /** Can be asked to label a calibration session: the roles that review cases. */
  labellers: [Role.EVALUATOR, Role.QA_ANALYST, Role.SPECIALIST],
  /** Read the escalation desk: every escalation and its thread (managers: their team's). */
  escalationDesk: [Role.SPECIALIST, Role.QA_ANALYST, Role.MANAGER, Role.ADMIN],
  /** Resolve escalations: claim, hold, answer. */
  specialists: [Role.SPECIALIST],
  /** Keep golden cases. Evaluators never read them: the test would show. */
  goldenKeepers: [Role.MANAGER, Role.QA_ANALYST, Role.ADMIN],
  /** Read the QA queue (managers: their team's queues). */
  qaReaders: [Role.QA_ANALYST, Role.MANAGER, Role.ADMIN],
  /** Work the QA queue. */
  qaAnalysts: [Role.QA_ANALYST],
  /** Run calibration sessions. */
  calibrators: [Role.QA_ANALYST, Role.MANAGER, Role.ADMIN],
  /** Lead teams: training, policy versions, pushing cases in, wellness limits, queue settings. */
  teamLeads: [Role.MANAGER, Role.ADMIN],
  /** Find people by name (managers: in their team). */
  peopleFinders: [Role.ADMIN, Role.MANAGER, Role.QA_ANALYST],
  /** Find and measure anyone: QA analysts run calibration and quality across teams. */
  crossTeamAnalysts: [Role.ADMIN, Role.QA_ANALYST],
  /** People, API tokens, teams, the audit log. */
  admins: [Role.ADMIN],
  /** Read published reports (managers: their team's and the all-teams ones; drafts are `mayReadReport`'s). */
  reportReaders: [Role.STAKEHOLDER, Role.MANAGER, Role.ADMIN],
  /** Subscribe to published reports in their inbox. */
  reportSubscribers: [Role.STAKEHOLDER, Role.MANAGER, Role.ADMIN],
  /** Ask the team for an evaluation project (managers and admins on a stakeholder's behalf). */
  projectRequesters: [Role.STAKEHOLDER, Role.MANAGER, Role.ADMIN],
} as const satisfies Record<string, readonly Role[]>;

export type RoleGroup = keyof typeof roleGroups;

/** A person as access sees them: who, and which team. */
export interface PersonFacts {
  id: string;
  teamId: string | null;
}

/** The nil uuid: no team has it, so a manager without a team is scoped to nothing rather than everything. */
export const noTeam = '00000000-0000-0000-0000-000000000000';

export function holdsRole(viewer: Viewer, group: RoleGroup): boolean {
  return viewer.hasRole(...roleGroups[group]);
}

export function isAdmin(viewer: Viewer): boolean {
  return holdsRole(viewer, 'admins');
}

/** Admins oversee every team; a manager oversees their own. */
export function mayOverseeTeam(viewer: Viewer, teamId: string | null | undefined): boolean {
  if (isAdmin(viewer)) return true;
  return viewer.hasRole(Role.MANAGER) && !!viewer.user?.teamId && viewer.user.teamId === teamId;
}

/** Reads every team's queues and cases: admins, QA analysts, specialists and CASES_READ tokens. */
export function readsEveryTeam(viewer: Viewer): boolean {
  return holdsRole(viewer, 'crossTeam') || viewer.hasScope(Scope.CASES_READ);
}

/**
 * Oversees cases as a role, whatever the team: for the fields of a case (its assignee, every
 * decision, the standing decision) once the case itself was let through by `mayReadCase`.
 */
export function overseesCases(viewer: Viewer): boolean {
  return holdsRole(viewer, 'caseOverseers') || viewer.hasScope(Scope.CASES_READ);
}

/** The cases (and QA tasks, golden cases, escalations) of a queue owned by the team. */
export function mayReadTeamWork(viewer: Viewer, teamId: string | null | undefined): boolean {
  return readsEveryTeam(viewer) || mayOverseeTeam(viewer, teamId);
}

/** That a team's queue holds a case (a linked account's open case, say): for readers of the team's work and the team's own members. */
export function maySeeTeamCase(viewer: Viewer, teamId: string): boolean {
  return mayReadTeamWork(viewer, teamId) || (!!viewer.user?.teamId && viewer.user.teamId === teamId);
}

/**
 * Which team's work a list shows the viewer: null for every team, or the one team a manager
 * leads (the nil uuid when they lead none, so the list is empty rather than everything).
 */
export function teamScope(viewer: Viewer): string | null {
  if (readsEveryTeam(viewer)) return null;
  return viewer.user?.teamId ?? noTeam;
}

/** Members read their own team; admins any. (Who is in it is `mayOverseeTeam`.) */
export function mayReadTeam(viewer: Viewer, teamId: string): boolean {
  return isAdmin(viewer) || (!!viewer.user?.teamId && viewer.user.teamId === teamId);
}

/** Everyone reads themselves; admins anyone; managers their own team. */
export function mayReadPerson(viewer: Viewer, person: PersonFacts): boolean {
  if (!viewer.user) return false;
  return viewer.user.id === person.id || mayOverseeTeam(viewer, person.teamId);
}

/** CASES_WRITE tokens push into any queue; admins too; a manager into their team's queues. */
export function mayIngestInto(viewer: Viewer, queueTeamId: string): boolean {
  return viewer.hasScope(Scope.CASES_WRITE) || mayOverseeTeam(viewer, queueTeamId);
}

/** Who may push cases in at all (which queues is `mayIngestInto`). */
export function mayIngest(viewer: Viewer): boolean {
  return viewer.hasScope(Scope.CASES_WRITE) || holdsRole(viewer, 'teamLeads');
}

/** The decision feed and the enforcement lists folded from it, every team's outcomes: DECISIONS_READ tokens (the enforcing systems) and admins. */
export function mayReadDecisionFeed(viewer: Viewer): boolean {
  return viewer.hasScope(Scope.DECISIONS_READ) || isAdmin(viewer);
}

/** Appeals come in from the platforms whose users appeal (APPEALS_WRITE tokens), and admins may file one for a user. */
export function mayAppeal(viewer: Viewer): boolean {
  return viewer.hasScope(Scope.APPEALS_WRITE) || isAdmin(viewer);
}

export function mayReadAudit(viewer: Viewer): boolean {
  return viewer.hasScope(Scope.AUDIT_READ) || isAdmin(viewer);
}

/** Quality measures of anyone: admins, QA analysts and REPORTS_READ tokens. */
export function measuresEveryone(viewer: Viewer): boolean {
  return viewer.hasScope(Scope.REPORTS_READ) || holdsRole(viewer, 'crossTeamAnalysts');
}

/** The evaluator reads their own review once shared; their team's managers and admins read any. */
export function mayReadReview(viewer: Viewer, review: { evaluator: PersonFacts; shared: boolean }): boolean {
  if (!viewer.user) return false;
  if (isAdmin(viewer)) return true;
  if (review.evaluator.id === viewer.user.id) return review.shared;
  return mayOverseeTeam(viewer, review.evaluator.teamId);
}

/** Reviews are written by the evaluator's manager (never of themselves) and by admins. */
export function mayWriteReviewOf(viewer: Viewer, evaluator: PersonFacts): boolean {
  if (isAdmin(viewer)) return true;
  return viewer.user?.id !== evaluator.id && mayOverseeTeam(viewer, evaluator.teamId);
}

/** A session's creator, its participants, admins and the managers of the creator's team. */
export function mayReadCalibrationSession(viewer: Viewer, session: { creator: PersonFacts; viewerTakesPart: boolean }): boolean {
  return session.viewerTakesPart || mayReadPerson(viewer, session.creator);
}

/** The session's creator or an admin. */
export function mayCloseCalibrationSession(viewer: Viewer, session: { creatorId: string }): boolean {
  return isAdmin(viewer) || viewer.user?.id === session.creatorId;
}

/**
 * A calibration session's cases and participants must be ones its creator may put together: a
 * manager uses their own team's cases and people; QA analysts (who calibrate across teams) and
 * admins use anyone's.
 */
export function mayCalibrateWith(viewer: Viewer, facts: { caseTeamIds: readonly string[]; participantTeamIds: readonly (string | null)[] }): boolean {
  if (holdsRole(viewer, 'crossTeam')) return true;
  return [...facts.caseTeamIds, ...facts.participantTeamIds].every((teamId) => mayOverseeTeam(viewer, teamId));
}

/** Its raiser, and the escalation desk of the case's queue team. */
export function mayReadEscalation(viewer: Viewer, escalation: { raisedById: string; queueTeamId: string }): boolean {
  if (viewer.user?.id === escalation.raisedById) return true;
  return holdsRole(viewer, 'escalationDesk') && mayReadTeamWork(viewer, escalation.queueTeamId);
}

/**
 * A training program belongs to the team of the manager who wrote it; its managers and admins
 * archive it or change it. Programs written by an admin (who has no team) are admins' to change.
 * The catalogue itself is shared: anyone reads it, and a manager assigns any program to their team.
 */
export function mayManageProgram(viewer: Viewer, program: { ownerTeamId: string | null }): boolean {
  return isAdmin(viewer) || (holdsRole(viewer, 'teamLeads') && mayOverseeTeam(viewer, program.ownerTeamId));
}

/**
 * Generates a report and edits or publishes its draft: a team's report, its managers and admins;
 * the all-teams report, admins.
 */
export function mayWriteReport(viewer: Viewer, teamId: string | null): boolean {
  if (teamId === null) return isAdmin(viewer);
  return holdsRole(viewer, 'teamLeads') && mayOverseeTeam(viewer, teamId);
}

/**
 * A published report: stakeholders, admins, REPORTS_READ tokens, and managers for their own
 * team's and the all-teams reports. A draft: only those who may write it.
 */
export function mayReadReport(viewer: Viewer, report: { teamId: string | null; published: boolean }): boolean {
  if (!report.published) return mayWriteReport(viewer, report.teamId);
  if (isAdmin(viewer) || viewer.hasScope(Scope.REPORTS_READ) || viewer.hasRole(Role.STAKEHOLDER)) return true;
  return viewer.hasRole(Role.MANAGER) && (report.teamId === null || mayOverseeTeam(viewer, report.teamId));
}

/** Who lists reports at all (which ones is `reportListScope`). */
export function mayListReports(viewer: Viewer): boolean {
  return holdsRole(viewer, 'reportReaders') || viewer.hasScope(Scope.REPORTS_READ);
}

/**
 * The list form of `mayReadReport`: `all` for admins; `published` for stakeholders and tokens;
 * for a manager, their team's reports (drafts too) and the published all-teams ones.
 */
export function reportListScope(viewer: Viewer): { kind: 'all' } | { kind: 'published' } | { kind: 'team'; teamId: string } {
  if (isAdmin(viewer)) return { kind: 'all' };
  if (viewer.hasRole(Role.MANAGER)) return { kind: 'team', teamId: viewer.user?.teamId ?? noTeam };
  return { kind: 'published' };
}

/** Who asked for a project: a person or an integrator's token. */
export interface ProjectFacts {
  teamId: string;
  requestedById: string | null;
  requestedByTokenId: string | null;
}

/** Stakeholders, PROJECTS_WRITE tokens, and managers and admins on a stakeholder's behalf. */
export function mayRequestProject(viewer: Viewer): boolean {
  return viewer.hasScope(Scope.PROJECTS_WRITE) || holdsRole(viewer, 'projectRequesters');
}

/** The person or token that asked for it. */
export function requestedProject(viewer: Viewer, project: ProjectFacts): boolean {
  if (viewer.user) return project.requestedById === viewer.user.id;
  return !!viewer.token && viewer.hasScope(Scope.PROJECTS_WRITE) && project.requestedByTokenId === viewer.token.id;
}

/** Draws, labels, closes and publishes a project, and sees its live estimates and queue: the evaluating team's managers and admins. */
export function mayManageProject(viewer: Viewer, project: { teamId: string }): boolean {
  return holdsRole(viewer, 'teamLeads') && mayOverseeTeam(viewer, project.teamId);
}

/** A project is read by its requester (their projects only) and by those who manage it. */
export function mayReadProject(viewer: Viewer, project: ProjectFacts): boolean {
  return requestedProject(viewer, project) || mayManageProject(viewer, project);
}

/** Its estimates and labels: the team's managers while they are made, the requester once published. */
export function mayReadProjectResults(viewer: Viewer, project: ProjectFacts & { published: boolean }): boolean {
  return mayManageProject(viewer, project) || (project.published && requestedProject(viewer, project));
}

/**
 * Which projects a list shows: every one for admins; a manager's team's and their own requests;
 * for anyone else, the ones they (or their token) asked for.
 */
export function projectListScope(viewer: Viewer): { teamId: string | null; requestedById: string | null; requestedByTokenId: string | null } | 'all' {
  if (isAdmin(viewer)) return 'all';
  const teamId = viewer.hasRole(Role.MANAGER) ? (viewer.user?.teamId ?? noTeam) : null;
  return { teamId, requestedById: viewer.user?.id ?? null, requestedByTokenId: viewer.hasScope(Scope.PROJECTS_WRITE) ? (viewer.token?.id ?? null) : null };
}

/**
 * The root fields someone who is only a stakeholder may call: their own account, their inbox and
 * the reports, the evaluation projects they ask for and the policy taxonomy they name in them (the
 * community guidelines, public anyway). Every other root field refuses them before its resolver runs (root/edge.ts, for
 * HTTP and WebSocket alike), so a field written for "any signed-in person" (queues,
 * policies, training) never opens operational data to a stakeholder by accident.
 */
export const stakeholderRootFields: ReadonlySet<string> = new Set([
  'signIn', 'signOut', 'changeMyPassword', 'updateMyProfile', 'me',
  'myNotifications', 'myUnreadNotificationCount', 'markNotificationsRead', 'notificationReceived',
  'reports', 'report', 'myReportSubscriptions', 'subscribeToReports', 'unsubscribeFromReports',
  'policies', 'evaluationTeams', 'evaluationProjects', 'evaluationProject', 'requestEvaluationProject', 'addPopulationItems',
]);

/** A person whose only role is STAKEHOLDER (a stakeholder who is also staff acts as staff). */
export function isOnlyStakeholder(viewer: Viewer): boolean {
  const roles = viewer.user?.roles ?? [];
  return roles.length > 0 && roles.every((role) => role === Role.STAKEHOLDER);
}

export function mayCallRootField(viewer: Viewer, field: string): boolean {
  return !isOnlyStakeholder(viewer) || stakeholderRootFields.has(field);
}

// ---- assert forms -------------------------------------------------------------------------

/** A signed-in person; tokens are refused because they never act as a person. */
export function requireSignedIn(viewer: Viewer): SignedInUser {
  return viewer.requireUser();
}

/** A signed-in person holding one of the group's roles. */
export function requireRole(viewer: Viewer, group: RoleGroup): SignedInUser {
  const user = requireSignedIn(viewer);
  if (!holdsRole(viewer, group)) throw new ForbiddenError(`This needs the role ${roleGroups[group].join(' or ')}.`);
  return user;
}

/** Someone signed in or holding a token; anonymous callers get UNAUTHENTICATED. */
export function requireAuthenticated(viewer: Viewer): void {
  if (!viewer.isAuthenticated) throw new UnauthenticatedError();
}

/** Refuses unless `allowed`: UNAUTHENTICATED for an anonymous caller (they may simply need to sign in), FORBIDDEN otherwise. */
export function assertAllowed(viewer: Viewer, allowed: boolean, why: string): void {
  requireAuthenticated(viewer);
  if (!allowed) throw new ForbiddenError(why);
}

export function assertMayOverseeTeam(viewer: Viewer, teamId: string | null | undefined, why = 'You manage another team.'): void {
  assertAllowed(viewer, mayOverseeTeam(viewer, teamId), why);
}

export function assertMayReadTeamWork(viewer: Viewer, teamId: string | null | undefined, why = 'Managers read the work of their own team’s queues.'): void {
  assertAllowed(viewer, mayReadTeamWork(viewer, teamId), why);
}

export function assertMayReadPerson(viewer: Viewer, person: PersonFacts): void {
  requireSignedIn(viewer);
  if (!mayReadPerson(viewer, person)) throw new ForbiddenError('You may not read this person.');
}

/** The person facts of a User entity (its team reference may be unloaded; the id is enough). */
export function personFacts(user: { id: string; team?: { id: string } | null }): PersonFacts {
  return { id: user.id, teamId: user.team?.id ?? null };
}
