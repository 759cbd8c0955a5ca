import { describe, expect, it } from 'vitest';
import { managesProject, projectOffers } from '../../web/src/lib/projects/steps.ts';
import { uploadOutcome } from '../../web/src/lib/projects/upload.ts';

describe('what the project page offers', () => {
  it('offers the requester the population upload until the draw, and nothing to run', () => {
    expect(projectOffers('REQUESTED', false)).toEqual({ upload: true, draw: false, queueLink: false, close: false, publish: false });
    for (const status of ['LABELLING', 'CLOSED', 'PUBLISHED'] as const) {
      expect(projectOffers(status, false)).toEqual({ upload: false, draw: false, queueLink: false, close: false, publish: false });
    }
  });

  it('offers the manager each step in its turn: draw, close, publish', () => {
    expect(projectOffers('REQUESTED', true)).toEqual({ upload: true, draw: true, queueLink: false, close: false, publish: false });
    expect(projectOffers('LABELLING', true)).toEqual({ upload: false, draw: false, queueLink: true, close: true, publish: false });
    expect(projectOffers('CLOSED', true)).toEqual({ upload: false, draw: false, queueLink: true, close: false, publish: true });
    expect(projectOffers('PUBLISHED', true)).toEqual({ upload: false, draw: false, queueLink: true, close: false, publish: false });
  });

  it('lets admins and the evaluating team’s managers run a project, and no one else', () => {
    const team = { id: 'team-1' };
    expect(managesProject({ roles: ['ADMIN'], team: null }, 'team-1')).toBe(true);
    expect(managesProject({ roles: ['MANAGER'], team }, 'team-1')).toBe(true);
    expect(managesProject({ roles: ['MANAGER'], team }, 'team-2')).toBe(false);
    expect(managesProject({ roles: ['MANAGER'], team: null }, 'team-1')).toBe(false);
    expect(managesProject({ roles: ['STAKEHOLDER'], team }, 'team-1')).toBe(false);
  });
});

describe('the answer of a population upload', () => {
  it('reads the counts of a load', () => {
    expect(uploadOutcome(200, { added: 60, alreadyPresent: 0, populationItems: 60 })).toEqual({ kind: 'loaded', added: 60, alreadyPresent: 0, populationItems: 60 });
  });

  it('reads the code and message of a refusal', () => {
    expect(uploadOutcome(400, { error: { code: 'BAD_USER_INPUT', message: 'Line 5: weight is a number from 0 to 10¹².' } })).toEqual({ kind: 'refused', code: 'BAD_USER_INPUT', message: 'Line 5: weight is a number from 0 to 10¹².' });
    expect(uploadOutcome(409, { error: { code: 'CONFLICT', message: 'drawn' } })).toMatchObject({ kind: 'refused', code: 'CONFLICT' });
  });

  it('takes anything else as a refusal without a code', () => {
    expect(uploadOutcome(502, null)).toEqual({ kind: 'refused', code: null, message: null });
    expect(uploadOutcome(200, { added: '60' })).toEqual({ kind: 'refused', code: null, message: null });
  });
});
