import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, diff } from '../audit/audit.service.ts';
import { isUuid } from '../kernel/ids.ts';
import { type Page, type PageResult, findPage } from '../kernel/pagination.ts';
import { BadUserInputError, ConflictError, NotFoundError, UnauthenticatedError } from '../kernel/errors.ts';
import type { Role } from '../kernel/roles.ts';
import { hashPassword, verifyPassword } from './secrets.ts';
import { Site } from './site.entity.ts';
import { Team } from './team.entity.ts';
import { User } from './user.entity.ts';
import type { Actor } from '../kernel/viewer.ts';

export const minPasswordLength = 12;

export interface NewUser {
  email: string;
  displayName: string;
  roles: Role[];
  teamId?: string | null;
  password: string;
}

export interface ProfileChange {
  displayName?: string | null;
}

export interface UserFilter {
  teamId?: string | null;
  role?: Role | null;
  /** Text in the name or email; LIKE wildcards in it match literally. */
  search?: string | null;
}

/** What the audit log keeps of a user: never the password hash. */
function auditedUser(user: User) {
  return { email: user.email, displayName: user.displayName, roles: [...user.roles], teamId: user.team?.id ?? null, active: user.active };
}

export class PeopleService {
  constructor(private readonly em: EntityManager) {}

  async findUser(id: string): Promise<User> {
    const user = isUuid(id) ? await this.em.findOne(User, { id }, { populate: ['team'] }) : null;
    if (!user) throw new NotFoundError('User');
    return user;
  }

  async findTeam(id: string): Promise<Team> {
    const team = isUuid(id) ? await this.em.findOne(Team, { id }, { populate: ['site'] }) : null;
    if (!team) throw new NotFoundError('Team');
    return team;
  }

  /** People ordered by name. */
  async listUsers(filter: UserFilter, page: Page): Promise<PageResult<User>> {
    const where: Record<string, unknown> = {};
    if (filter.teamId) where.team = filter.teamId;
    if (filter.role) where.roles = { $contains: [filter.role] };
    if (filter.search?.trim()) {
      const pattern = `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.$or = [{ email: { $ilike: pattern } }, { displayName: { $ilike: pattern } }];
    }
    return findPage(this.em, User, where, { displayName: 'asc', id: 'asc' }, page, ['team']);
  }

  async listTeams(page: Page): Promise<PageResult<Team>> {
    return findPage(this.em, Team, {}, { name: 'asc', id: 'asc' }, page, ['site']);
  }

  async createSite(actor: Actor, input: { name: string; timeZone: string }): Promise<Site> {
    return this.em.transactional(async (tx) => {
      const site = tx.create(Site, input);
      await new AuditService(tx).record(actor, { action: 'site.created', entityType: 'Site', entityId: site.id, after: input });
      return site;
    });
  }

  async createTeam(actor: Actor, input: { name: string; siteId: string }): Promise<Team> {
    return this.em.transactional(async (tx) => {
      const site = await tx.findOne(Site, { id: input.siteId });
      if (!site) throw new BadUserInputError('No site has this id.', 'siteId');
      const team = tx.create(Team, { name: input.name, site });
      await new AuditService(tx).record(actor, { action: 'team.created', entityType: 'Team', entityId: team.id, after: input });
      return team;
    });
  }

  async createUser(actor: Actor, input: NewUser): Promise<User> {
    if (input.password.length < minPasswordLength) {
      throw new BadUserInputError(`A password needs at least ${minPasswordLength} characters.`, 'password');
    }
    if (input.roles.length === 0) throw new BadUserInputError('A person needs at least one role.', 'roles');
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.em.transactional(async (tx) => {
        const team = input.teamId ? await tx.findOne(Team, { id: input.teamId }) : null;
        if (input.teamId && !team) throw new BadUserInputError('No team has this id.', 'teamId');
        const user = tx.create(User, {
          email: input.email.trim().toLowerCase(),
          displayName: input.displayName.trim(),
          roles: [...new Set(input.roles)],
          team: team ?? undefined,
          passwordHash,
        });
        await new AuditService(tx).record(actor, { action: 'user.created', entityType: 'User', entityId: user.id, after: auditedUser(user) });
        return user;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError('Someone already signs in with this email.', 'email');
      throw error;
    }
  }

  async updateProfile(actor: Actor, userId: string, change: ProfileChange): Promise<User> {
    return this.em.transactional(async (tx) => {
      const user = await tx.findOne(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['team'] });
      if (!user) throw new NotFoundError('User');
      const before = auditedUser(user);
      if (change.displayName !== undefined && change.displayName !== null) {
        const displayName = change.displayName.trim();
        if (!displayName) throw new BadUserInputError('A display name cannot be empty.', 'displayName');
        user.displayName = displayName;
      }
      const changed = diff(before, auditedUser(user));
      if (Object.keys(changed.after).length > 0) {
        await new AuditService(tx).record(actor, { action: 'user.profile_updated', entityType: 'User', entityId: user.id, ...changed });
      }
      return user;
    });
  }

  async changePassword(actor: Actor, userId: string, currentPassword: string, newPassword: string): Promise<void> {
    if (newPassword.length < minPasswordLength) {
      throw new BadUserInputError(`A password needs at least ${minPasswordLength} characters.`, 'newPassword');
    }
    const user = await this.em.findOne(User, { id: userId }, { populate: ['passwordHash'] });
    if (!user) throw new NotFoundError('User');
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new UnauthenticatedError('The current password is wrong.');
    }
    const passwordHash = await hashPassword(newPassword);
    await this.em.transactional(async (tx) => {
      const locked = await tx.findOneOrFail(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      locked.passwordHash = passwordHash;
      await new AuditService(tx).record(actor, { action: 'user.password_changed', entityType: 'User', entityId: userId });
    });
  }
}
