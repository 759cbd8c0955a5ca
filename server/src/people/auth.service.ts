import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service.ts';
import { type PreparedStatement, withPrepared } from '../kernel/prepared.ts';
import { UnauthenticatedError } from '../kernel/errors.ts';
import { ApiToken } from './api-token.entity.ts';
import { decoyPasswordHash, hashSecret, newSecret, tokenPrefix, verifyPassword } from './secrets.ts';
import { Session } from './session.entity.ts';
import { User } from './user.entity.ts';
import type { Role } from '../kernel/roles.ts';
import type { SessionCache } from './session-cache.ts';
import { type SignedInUser, Viewer } from '../kernel/viewer.ts';

/** How long a sign-in lasts: one long shift. */
export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

/** Token use is recorded at most this often, so reads do not turn into writes. */
const tokenUseResolutionMs = 60 * 1000;

export interface SignedIn {
  user: User;
  token: string;
  expiresAt: Date;
}

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    /** The instance's cache of session lookups, where there is one (the app server). */
    private readonly sessions?: SessionCache,
  ) {}

  async signIn(email: string, password: string, now = new Date()): Promise<SignedIn> {
    const user = await this.em.findOne(User, { email: email.trim().toLowerCase() }, { populate: ['passwordHash', 'team'] });
    // Verify even when nobody matches, so response time does not reveal which emails exist.
    const valid = await verifyPassword(user?.passwordHash ?? decoyPasswordHash, password);
    if (!user || !valid || !user.active) throw new UnauthenticatedError('Wrong email or password.');

    const token = newSecret(tokenPrefix.session);
    const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
    await this.em.transactional(async (tx) => {
      const session = tx.create(Session, { tokenHash: hashSecret(token), user, expiresAt, createdAt: now });
      await new AuditService(tx).record(
        { type: 'USER', id: user.id },
        { action: 'session.signed_in', entityType: 'Session', entityId: session.id, after: { userId: user.id, expiresAt } },
      );
    });
    return { user, token, expiresAt };
  }

  async signOut(token: string): Promise<void> {
    await this.em.transactional(async (tx) => {
      const session = await tx.findOne(Session, { tokenHash: hashSecret(token) });
      if (!session) return;
      tx.remove(session);
      await new AuditService(tx).record(
        { type: 'USER', id: session.user.id },
        { action: 'session.signed_out', entityType: 'Session', entityId: session.id, before: { userId: session.user.id } },
      );
    });
  }

  /**
   * The caller behind a session cookie or a Bearer token. A missing credential is an anonymous
   * viewer; a credential that is unknown, expired or revoked is refused outright, so a client
   * learns its token is bad instead of silently seeing less.
   */
  async viewerFor(credential: string | undefined, now = new Date()): Promise<Viewer> {
    if (!credential) return Viewer.anonymous();
    const tokenHash = hashSecret(credential);
    if (credential.startsWith(tokenPrefix.apiToken)) {
      const token = await this.em.findOne(ApiToken, { tokenHash });
      if (!token || !token.isUsableAt(now)) throw new UnauthenticatedError('This API token is unknown, expired or revoked.');
      if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > tokenUseResolutionMs) {
        await this.em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
      }
      return Viewer.ofToken(token);
    }
    const remembered = this.sessions?.get(tokenHash, now);
    if (remembered) return Viewer.ofUser(remembered);
    // Every request asks this, so it is one prepared statement rather than an ORM query.
    const [row] = await withPrepared(this.em, (run) => run<SessionUserRow>(sessionUser, [tokenHash, now]));
    if (!row) throw new UnauthenticatedError('Your session has ended. Sign in again.');
    const user: SignedInUser = { id: row.id, roles: row.roles, teamId: row.team_id };
    this.sessions?.remember(tokenHash, user, new Date(row.expires_at), now);
    return Viewer.ofUser(user);
  }
}

interface SessionUserRow {
  id: string;
  roles: Role[];
  team_id: string | null;
  expires_at: string | Date;
}

/** The active person a live session belongs to. */
const sessionUser: PreparedStatement = {
  name: 'vigil_session_user',
  text: `select u.id, u.roles, u.team_id, s.expires_at
         from session s join app_user u on u.id = s.user_id
         where s.token_hash = $1 and s.expires_at > $2 and u.active`,
};
