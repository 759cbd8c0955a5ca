import { parse as parseCookies, serialize } from 'cookie';
import type { SessionCookie } from '../kernel/context.ts';

export const sessionCookieName = 'vigil_session';

/** The credential a request carries: a Bearer header wins over the session cookie. */
export function credentialFrom(headers: { authorization?: string | string[]; cookie?: string | string[] }): {
  credential?: string;
  source?: 'bearer' | 'cookie';
} {
  const authorization = typeof headers.authorization === 'string' ? headers.authorization : undefined;
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return { credential: bearer, source: 'bearer' };
  const cookie = typeof headers.cookie === 'string' ? parseCookies(headers.cookie)[sessionCookieName] : undefined;
  return cookie ? { credential: cookie, source: 'cookie' } : {};
}

/**
 * HttpOnly so page scripts cannot read it; SameSite=Lax so other sites cannot ride it on
 * mutations (with Apollo's CSRF prevention on top); Secure when served over HTTPS.
 */
export function sessionCookie(setHeader: (value: string) => void, secure: boolean): SessionCookie {
  const options = { httpOnly: true, sameSite: 'lax', path: '/', secure } as const;
  return {
    set: (token, expiresAt) => setHeader(serialize(sessionCookieName, token, { ...options, expires: expiresAt })),
    clear: () => setHeader(serialize(sessionCookieName, '', { ...options, expires: new Date(0) })),
  };
}
