import { describe, expect, it } from 'vitest';
import {
  assertAllowed,
  mayCalibrateWith,
  mayIngestInto,
  mayManageProgram,
  mayOverseeTeam,
  mayReadEscalation,
  mayReadPerson,
  mayManageProject,
  mayReadProject,
  mayReadProjectResults,
  mayRequestProject,
  projectListScope,
  mayReadReport,
  mayReadReview,
  mayWriteReport,
  roleGroups,
  mayWriteReviewOf,
  noTeam,
  requireRole,
  teamScope,
} from '../../server/src/kernel/access.ts';
import type { ApiToken } from '../../server/src/people/api-token.entity.ts';
import { Role, Scope } from '../../server/src/kernel/roles.ts';
import { Viewer } from '../../server/src/kernel/viewer.ts';

const search = 'team-search';
const accounts = 'team-accounts';
const person = (id: string, roles: Role[], teamId: string | null) => Viewer.ofUser({ id, roles, teamId });
const manager = person('m', [Role.MANAGER], search);
const teamlessManager = person('m0', [Role.MANAGER], null);
const evaluator = person('e', [Role.EVALUATOR], search);
const analyst = person('q', [Role.QA_ANALYST], search);
const admin = person('a', [Role.ADMIN], null);
const token = (...scopes: Scope[]) => Viewer.ofToken({ id: 't', scopes } as unknown as ApiToken);
const code = (run: () => void) => {
  try {
    run();
    return 'allowed';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('access rules', () => {
  it('lets a manager oversee their own team only, and a manager who leads none oversee nothing', () => {
    expect(mayOverseeTeam(manager, search)).toBe(true);
    expect(mayOverseeTeam(manager, accounts)).toBe(false);
    expect(mayOverseeTeam(teamlessManager, null)).toBe(false);
    expect(mayOverseeTeam(admin, accounts)).toBe(true);
    expect(mayOverseeTeam(evaluator, search)).toBe(false);
  });

  it('scopes team lists to the manager’s team, the nil team for a manager who leads none, and all teams for QA and CASES_READ tokens', () => {
    expect(teamScope(manager)).toBe(search);
    expect(teamScope(teamlessManager)).toBe(noTeam);
    expect(teamScope(analyst)).toBeNull();
    expect(teamScope(token(Scope.CASES_READ))).toBeNull();
  });

  it('lets people read themselves, managers their team, admins anyone; tokens nobody', () => {
    expect(mayReadPerson(evaluator, { id: 'e', teamId: search })).toBe(true);
    expect(mayReadPerson(evaluator, { id: 'e2', teamId: search })).toBe(false);
    expect(mayReadPerson(manager, { id: 'e2', teamId: search })).toBe(true);
    expect(mayReadPerson(manager, { id: 'e3', teamId: accounts })).toBe(false);
    expect(mayReadPerson(token(Scope.CASES_READ, Scope.REPORTS_READ), { id: 'e', teamId: search })).toBe(false);
  });

  it('keeps reviews to the evaluator once shared, their managers and admins; nobody writes their own', () => {
    const review = (shared: boolean) => ({ evaluator: { id: 'e', teamId: search }, shared });
    expect(mayReadReview(evaluator, review(false))).toBe(false);
    expect(mayReadReview(evaluator, review(true))).toBe(true);
    expect(mayReadReview(person('m2', [Role.MANAGER], accounts), review(true))).toBe(false);
    expect(mayWriteReviewOf(manager, { id: 'e', teamId: search })).toBe(true);
    expect(mayWriteReviewOf(manager, { id: 'm', teamId: search })).toBe(false);
  });

  it('gives a program to the team of the manager who wrote it, and an admin’s program to admins', () => {
    expect(mayManageProgram(manager, { ownerTeamId: search })).toBe(true);
    expect(mayManageProgram(manager, { ownerTeamId: accounts })).toBe(false);
    expect(mayManageProgram(manager, { ownerTeamId: null })).toBe(false);
    expect(mayManageProgram(admin, { ownerTeamId: null })).toBe(true);
  });

  it('lets a manager ingest and calibrate within their team only; tokens with CASES_WRITE and QA analysts anywhere', () => {
    expect(mayIngestInto(manager, accounts)).toBe(false);
    expect(mayIngestInto(token(Scope.CASES_WRITE), accounts)).toBe(true);
    expect(mayCalibrateWith(manager, { caseTeamIds: [search], participantTeamIds: [search, accounts] })).toBe(false);
    expect(mayCalibrateWith(manager, { caseTeamIds: [search], participantTeamIds: [search] })).toBe(true);
    expect(mayCalibrateWith(analyst, { caseTeamIds: [accounts], participantTeamIds: [null] })).toBe(true);
  });

  it('opens an escalation to its raiser and the desk of its queue’s team', () => {
    expect(mayReadEscalation(evaluator, { raisedById: 'e', queueTeamId: search })).toBe(true);
    expect(mayReadEscalation(person('e2', [Role.EVALUATOR], search), { raisedById: 'e', queueTeamId: search })).toBe(false);
    expect(mayReadEscalation(person('m2', [Role.MANAGER], accounts), { raisedById: 'e', queueTeamId: search })).toBe(false);
    expect(mayReadEscalation(person('s', [Role.SPECIALIST], accounts), { raisedById: 'e', queueTeamId: search })).toBe(true);
  });

  it('refuses anonymous callers with UNAUTHENTICATED and everyone else with FORBIDDEN', () => {
    expect(code(() => assertAllowed(Viewer.anonymous(), false, 'no'))).toBe('UNAUTHENTICATED');
    expect(code(() => assertAllowed(token(), false, 'no'))).toBe('FORBIDDEN');
    expect(code(() => requireRole(Viewer.anonymous(), 'admins'))).toBe('UNAUTHENTICATED');
    expect(code(() => requireRole(token(Scope.AUDIT_READ), 'admins'))).toBe('FORBIDDEN');
    expect(code(() => requireRole(evaluator, 'teamLeads'))).toBe('FORBIDDEN');
    expect(code(() => requireRole(manager, 'teamLeads'))).toBe('allowed');
  });
});

describe('reports', () => {
  const stakeholder = person('s', [Role.STAKEHOLDER], null);
  const otherManager = person('m2', [Role.MANAGER], accounts);

  it('names stakeholders in the report and project groups only', () => {
    const withStakeholders = Object.entries(roleGroups)
      .filter(([, roles]) => (roles as readonly Role[]).includes(Role.STAKEHOLDER))
      .map(([name]) => name);
    expect(withStakeholders.sort()).toEqual(['projectRequesters', 'reportReaders', 'reportSubscribers']);
  });

  it('lets stakeholders and REPORTS_READ tokens read published reports, never drafts', () => {
    for (const reader of [stakeholder, token(Scope.REPORTS_READ)]) {
      expect(mayReadReport(reader, { teamId: search, published: true })).toBe(true);
      expect(mayReadReport(reader, { teamId: null, published: true })).toBe(true);
      expect(mayReadReport(reader, { teamId: search, published: false })).toBe(false);
      expect(mayWriteReport(reader, search)).toBe(false);
    }
    expect(mayReadReport(token(Scope.CASES_READ), { teamId: search, published: true })).toBe(false);
    expect(mayReadReport(evaluator, { teamId: search, published: true })).toBe(false);
  });

  it('lets a manager write and read their own team’s reports, the published all-teams ones, and not another team’s', () => {
    expect(mayWriteReport(manager, search)).toBe(true);
    expect(mayReadReport(manager, { teamId: search, published: false })).toBe(true);
    expect(mayReadReport(manager, { teamId: null, published: true })).toBe(true);
    expect(mayReadReport(manager, { teamId: null, published: false })).toBe(false);
    expect(mayWriteReport(manager, null)).toBe(false);
    expect(mayWriteReport(otherManager, search)).toBe(false);
    expect(mayReadReport(otherManager, { teamId: search, published: true })).toBe(false);
    expect(mayWriteReport(admin, null)).toBe(true);
  });
});

describe('evaluation projects', () => {
  const stakeholder = person('s', [Role.STAKEHOLDER], null);
  const otherStakeholder = person('s2', [Role.STAKEHOLDER], null);
  const otherManager = person('m2', [Role.MANAGER], accounts);
  const projectToken = Viewer.ofToken({ id: 'pt', scopes: [Scope.PROJECTS_WRITE] } as unknown as ApiToken);
  const asked = { teamId: search, requestedById: 's', requestedByTokenId: null };

  it('lets stakeholders, PROJECTS_WRITE tokens, managers and admins ask, and nobody else', () => {
    expect([stakeholder, projectToken, manager, admin].map(mayRequestProject)).toEqual([true, true, true, true]);
    expect([evaluator, analyst, token(Scope.REPORTS_READ)].map(mayRequestProject)).toEqual([false, false, false]);
  });

  it('shows a project to its requester and the evaluating team’s managers only', () => {
    expect([stakeholder, manager, admin].map((viewer) => mayReadProject(viewer, asked))).toEqual([true, true, true]);
    expect([otherStakeholder, otherManager, evaluator, analyst, projectToken].map((viewer) => mayReadProject(viewer, asked))).toEqual([false, false, false, false, false]);
    expect(mayReadProject(projectToken, { ...asked, requestedById: null, requestedByTokenId: 'pt' })).toBe(true);
    expect(mayManageProject(stakeholder, asked)).toBe(false);
    expect(mayManageProject(teamlessManager, asked)).toBe(false);
  });

  it('keeps the estimates from the requester until they are published', () => {
    expect(mayReadProjectResults(stakeholder, { ...asked, published: false })).toBe(false);
    expect(mayReadProjectResults(stakeholder, { ...asked, published: true })).toBe(true);
    expect(mayReadProjectResults(manager, { ...asked, published: false })).toBe(true);
    expect(mayReadProjectResults(otherStakeholder, { ...asked, published: true })).toBe(false);
  });

  it('lists a requester’s own projects, a manager’s team’s and own, and all for admins', () => {
    expect(projectListScope(admin)).toBe('all');
    expect(projectListScope(stakeholder)).toEqual({ teamId: null, requestedById: 's', requestedByTokenId: null });
    expect(projectListScope(manager)).toEqual({ teamId: search, requestedById: 'm', requestedByTokenId: null });
    expect(projectListScope(teamlessManager)).toEqual({ teamId: noTeam, requestedById: 'm0', requestedByTokenId: null });
    expect(projectListScope(projectToken)).toEqual({ teamId: null, requestedById: null, requestedByTokenId: 'pt' });
  });
});
