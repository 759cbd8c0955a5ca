import { ForbiddenError, UnauthenticatedError } from './errors.ts';
import type { Role, Scope } from './roles.ts';

/**
 * The signed-in person as authorization sees them: who, which roles, which team. A plain value,
 * not an entity: every request needs it, so it is read with one statement (or from the session
 * cache) without hydrating an entity, and it is safe to share between requests.
 */
export interface SignedInUser {
  readonly id: string;
  readonly roles: readonly Role[];
  readonly teamId: string | null;
}

/** An integrator's API token as authorization sees it: which token, which scopes. */
export interface SignedInToken {
  readonly id: string;
  readonly scopes: readonly Scope[];
}

/** Who a state change is attributed to in the audit log. */
export type Actor = { type: 'USER' | 'API_TOKEN'; id: string } | { type: 'SYSTEM'; id: null };

export const systemActor: Actor = { type: 'SYSTEM', id: null };

/**
 * The caller of one request: a signed-in person, an integrator's token, or nobody. It says who
 * is calling; what they may do is decided by the predicates in kernel/access.ts, which every
 * resolver asks before acting.
 */
export class Viewer {
  private constructor(
    readonly user: SignedInUser | null,
    readonly token: SignedInToken | null,
  ) {}

  static anonymous(): Viewer {
    return new Viewer(null, null);
  }

  static ofUser(user: SignedInUser): Viewer {
    return new Viewer(user, null);
  }

  static ofToken(token: SignedInToken): Viewer {
    return new Viewer(null, token);
  }

  get isAuthenticated(): boolean {
    return this.user !== null || this.token !== null;
  }

  get actor(): Actor {
    if (this.user) return { type: 'USER', id: this.user.id };
    if (this.token) return { type: 'API_TOKEN', id: this.token.id };
    throw new UnauthenticatedError();
  }

  hasRole(...roles: Role[]): boolean {
    return roles.some((role) => this.user?.roles.includes(role) ?? false);
  }

  hasScope(scope: Scope): boolean {
    return this.token?.scopes.includes(scope) ?? false;
  }

  /** The signed-in person; tokens are refused because they never act as a person. */
  requireUser(): SignedInUser {
    if (this.user) return this.user;
    if (this.token) throw new ForbiddenError('This needs a signed-in person, not an API token.');
    throw new UnauthenticatedError();
  }
}
