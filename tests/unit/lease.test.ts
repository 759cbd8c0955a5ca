import { describe, expect, it } from 'vitest';
import { positionalBindings } from '../../server/src/kernel/prepared.ts';
import { AppError } from '../../server/src/kernel/errors.ts';
import { assertHolds, claimCandidate, type LeaseState } from '../../server/src/kernel/lease.ts';

const words = { noun: 'QA task', finished: 'done', returnsTo: 'the QA queue' };
const now = Date.parse('2026-12-02T06:00:00Z');
const live: LeaseState = { holderId: 'me', expiresAt: new Date(now + 1000), finished: false };

function codeOf(lease: LeaseState, userId = 'me'): string | null {
  try {
    assertHolds(lease, userId, words, now);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('the lease holder check', () => {
  it('lets the holder of a live lease through', () => {
    expect(codeOf(live)).toBeNull();
  });

  it('refuses anyone but the holder, and work nobody holds, with FORBIDDEN', () => {
    expect(codeOf(live, 'someone else')).toBe('FORBIDDEN');
    expect(codeOf({ ...live, holderId: null })).toBe('FORBIDDEN');
  });

  it('refuses the holder once the lease has run out (or was never set) with LEASE_EXPIRED', () => {
    expect(codeOf({ ...live, expiresAt: new Date(now) })).toBe('LEASE_EXPIRED');
    expect(codeOf({ ...live, expiresAt: null })).toBe('LEASE_EXPIRED');
  });

  it('answers CONFLICT for finished work, before asking who holds it', () => {
    expect(codeOf({ ...live, finished: true })).toBe('CONFLICT');
    expect(codeOf({ ...live, holderId: null, finished: true }, 'someone else')).toBe('CONFLICT');
  });

  it('keeps work held without a lease (on hold) with its holder only', () => {
    const kept = { holderId: 'me', expiresAt: null, finished: false, keptWithoutLease: true };
    expect(codeOf(kept)).toBeNull();
    expect(codeOf(kept, 'someone else')).toBe('FORBIDDEN');
  });

  it('names the leased thing and where it went in its messages', () => {
    expect(() => assertHolds({ ...live, expiresAt: new Date(now - 1) }, 'me', words, now)).toThrow('Your lease on this QA task has expired; it went back to the QA queue.');
  });
});

describe('the claim pattern', () => {
  it('scans in index order, one row, skipping rows other claims locked', () => {
    const sql = claimCandidate({ table: 't x', alias: 'x', columns: 'x.id', scope: ['x.k = $1'], claimable: `x.status = 'OPEN'`, rules: ['x.owner <> $2'], orderBy: 'x.at' });
    expect(sql.replace(/\s+/g, ' ')).toBe(`select x.id from t x where (x.k = $1) and (x.status = 'OPEN') and (x.owner <> $2) order by x.at limit 1 for update of x skip locked`);
  });

  it('binds numbered parameters for the ORM in order of use, reusing values', () => {
    expect(positionalBindings('select $2, $1, $2', ['a', 'b'])).toEqual({ text: 'select ?, ?, ?', bindings: ['b', 'a', 'b'] });
    expect(() => positionalBindings('select $3', ['a'])).toThrow();
  });
});
