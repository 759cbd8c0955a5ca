import { describe, expect, it } from 'vitest';
import { draftFromDecision, rationaleMaxLength, variantRationale } from '../../web/src/lib/work/family-decision.ts';

const blocked = { verdict: 'VIOLATING', policyCodes: ['SCAMS_AND_FRAUD'], action: 'BLOCK_RESULTS', actionParams: {}, rationale: 'a scam storefront' } as const;

describe('the draft a query family’s decision makes for a new variant', () => {
  it('takes the verdict, policies and action, and says where the rationale comes from', () => {
    expect(draftFromDecision(blocked)).toEqual({
      verdict: 'VIOLATING',
      policyCodes: ['SCAMS_AND_FRAUD'],
      action: 'BLOCK_RESULTS',
      parameters: {},
      rationale: 'Variant of a decided query family: a scam storefront',
    });
  });

  it('copies the policies rather than sharing the decision’s list', () => {
    const policyCodes = ['SCAMS_AND_FRAUD'];
    const draft = draftFromDecision({ ...blocked, policyCodes });
    draft.policyCodes.push('HATE');
    expect(policyCodes).toEqual(['SCAMS_AND_FRAUD']);
  });

  it('takes the one parameter the action was stored with, and only of its shape', () => {
    expect(draftFromDecision({ ...blocked, action: 'SUSPEND', actionParams: { suspensionDays: 30 } }).parameters).toEqual({ suspensionDays: 30 });
    expect(draftFromDecision({ ...blocked, action: 'RESTRICT_FEATURES', actionParams: { restrictedFeatures: ['POSTING', 'MESSAGING'] } }).parameters).toEqual({ restrictedFeatures: ['POSTING', 'MESSAGING'] });
    expect(draftFromDecision({ ...blocked, action: 'REQUIRE_VERIFICATION', actionParams: { verification: 'AGE' } }).parameters).toEqual({ verification: 'AGE' });
    expect(draftFromDecision({ ...blocked, action: 'RESET_PROFILE_FIELDS', actionParams: { profileFields: ['BIO'] } }).parameters).toEqual({ profileFields: ['BIO'] });
    expect(draftFromDecision({ ...blocked, action: 'SUSPEND', actionParams: { suspensionDays: '30', restrictedFeatures: 'POSTING', profileFields: [1] } }).parameters).toEqual({});
  });

  it('keeps a non-violating finding as it was: no policies, no action', () => {
    expect(draftFromDecision({ verdict: 'NOT_VIOLATING', policyCodes: [], action: 'NO_ACTION', actionParams: {}, rationale: 'ordinary goods' })).toMatchObject({
      verdict: 'NOT_VIOLATING',
      policyCodes: [],
      action: 'NO_ACTION',
    });
  });
});

describe('the rationale of a variant’s decision', () => {
  it('names the family, trimmed, and stands alone when the family’s decision gave none', () => {
    expect(variantRationale('  a scam storefront \n')).toBe('Variant of a decided query family: a scam storefront');
    expect(variantRationale('   ')).toBe('Variant of a decided query family.');
  });

  it('is cut with an ellipsis to what the server accepts, never inside a surrogate pair', () => {
    const long = variantRationale('x'.repeat(rationaleMaxLength));
    expect(long).toHaveLength(rationaleMaxLength);
    expect(long.endsWith('x…')).toBe(true);

    const prefix = 'Variant of a decided query family: '.length;
    // An emoji (two UTF-16 units) straddling the cut is left out whole.
    const straddling = variantRationale('x'.repeat(rationaleMaxLength - prefix - 2) + '🙂' + 'y'.repeat(10));
    expect(straddling.length).toBeLessThanOrEqual(rationaleMaxLength);
    expect(straddling.endsWith('x…')).toBe(true);

    const fits = 'x'.repeat(rationaleMaxLength - prefix);
    expect(variantRationale(fits)).toBe(`Variant of a decided query family: ${fits}`);
  });
});
