import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service.ts';
import { isUuid } from '../kernel/ids.ts';
import { type Page, type PageResult, findPage } from '../kernel/pagination.ts';
import { BadUserInputError, ConflictError, NotFoundError } from '../kernel/errors.ts';
import { ApiToken } from './api-token.entity.ts';
import type { Scope } from '../kernel/roles.ts';
import { hashSecret, newSecret, tokenPrefix } from './secrets.ts';
import { User } from './user.entity.ts';
import type { Actor } from '../kernel/viewer.ts';

export interface NewApiToken {
  name: string;
  scopes: Scope[];
  expiresAt?: Date | null;
}

export interface CreatedApiToken {
  token: ApiToken;
  /** The only time the secret exists outside the caller's hands. */
  secret: string;
}

/** Characters of the secret kept in clear, enough to recognise a token without using it. */
const visiblePrefixLength = tokenPrefix.apiToken.length + 6;

function audited(token: ApiToken) {
  return { name: token.name, prefix: token.prefix, scopes: [...token.scopes], expiresAt: token.expiresAt ?? null, revokedAt: token.revokedAt ?? null };
}

export class ApiTokenService {
  constructor(private readonly em: EntityManager) {}

  async create(actor: Actor & { type: 'USER' }, input: NewApiToken, now = new Date()): Promise<CreatedApiToken> {
    const name = input.name.trim();
    if (!name) throw new BadUserInputError('Name the token after what uses it.', 'name');
    if (input.scopes.length === 0) throw new BadUserInputError('A token needs at least one scope.', 'scopes');
    if (input.expiresAt && input.expiresAt <= now) throw new BadUserInputError('The expiry must be in the future.', 'expiresAt');
    const secret = newSecret(tokenPrefix.apiToken);
    const token = await this.em.transactional(async (tx) => {
      const createdBy = await tx.findOneOrFail(User, { id: actor.id });
      const created = tx.create(ApiToken, {
        name,
        prefix: secret.slice(0, visiblePrefixLength),
        tokenHash: hashSecret(secret),
        scopes: [...new Set(input.scopes)],
        createdBy,
        expiresAt: input.expiresAt ?? undefined,
      });
      await new AuditService(tx).record(actor, { action: 'api_token.created', entityType: 'ApiToken', entityId: created.id, after: audited(created) });
      return created;
    });
    return { token, secret };
  }

  async revoke(actor: Actor, id: string, now = new Date()): Promise<ApiToken> {
    return this.em.transactional(async (tx) => {
      const token = isUuid(id) ? await tx.findOne(ApiToken, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!token) throw new NotFoundError('API token');
      if (token.revokedAt) throw new ConflictError('This token is already revoked.');
      const before = audited(token);
      token.revokedAt = now;
      await new AuditService(tx).record(actor, { action: 'api_token.revoked', entityType: 'ApiToken', entityId: token.id, before, after: audited(token) });
      return token;
    });
  }

  /** Newest first, revoked ones included so admins can see what was cut off and when. */
  async list(page: Page): Promise<PageResult<ApiToken>> {
    return findPage(this.em, ApiToken, {}, { createdAt: 'desc', id: 'desc' }, page, ['createdBy']);
  }
}
