import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';

/** Passwords: argon2id with the library's defaults (64 MiB, 3 passes), tuned by its maintainers. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when no user matches, so a wrong email costs as long as a wrong password. */
export const decoyPasswordHash = await hashPassword(randomBytes(16).toString('hex'));

/** Session tokens and API tokens are told apart by prefix, so one Bearer header serves both. */
export const tokenPrefix = { session: 'vgs_', apiToken: 'vgt_' } as const;

export function newSecret(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
