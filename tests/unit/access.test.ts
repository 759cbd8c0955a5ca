import { describe, expect, it } from 'vitest';
import {
  assertAllowed,
  mayCalibrateWith,
  mayIngestInto,
  mayManageProgram,
  mayOverseeTeam,
  mayReadEscalation,
  mayReadPerson,
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

  it('names stakeholders in the report groups only', () => {
    const withStakeholders = Object.entries(roleGroups)
      .filter(([, roles]) => (roles as readonly Role[]).includes(Role.STAKEHOLDER))
      .map(([name]) => name);
    expect(withStakeholders.sort()).toEqual(['reportReaders', 'reportSubscribers']);
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
