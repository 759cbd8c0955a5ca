import { describe, expect, it } from 'vitest';
import { EnforcementAction } from '../../server/src/decisions/actions.ts';
import { Severity } from '../../server/src/policies/severity.ts';
import { defaultLadder, proposedRung, sameRung } from '../../server/src/strikes/ladder.ts';

describe('strike ladders', () => {
  const ladder = defaultLadder(Severity.S3);

  it('proposes the bottom rung for a first violation and climbs with the standing, staying on the top', () => {
    expect([0, 1, 2, 3, 4, 9].map((points) => proposedRung(ladder, points))).toEqual([
      { type: EnforcementAction.WARN },
      { type: EnforcementAction.SUSPEND, suspensionDays: 7 },
      { type: EnforcementAction.SUSPEND, suspensionDays: 30 },
      { type: EnforcementAction.BAN },
      { type: EnforcementAction.BAN },
      { type: EnforcementAction.BAN },
    ]);
  });

  it('starts the gravest areas high', () => {
    expect(proposedRung(defaultLadder(Severity.S0), 0)).toEqual({ type: EnforcementAction.BAN });
    expect(proposedRung(defaultLadder(Severity.S1), 0)).toEqual({ type: EnforcementAction.SUSPEND, suspensionDays: 7 });
  });

  it('tells a chosen action from the rung by its parameters too', () => {
    expect(sameRung({ type: EnforcementAction.SUSPEND, suspensionDays: 7 }, { type: EnforcementAction.SUSPEND, suspensionDays: 7 })).toBe(true);
    expect(sameRung({ type: EnforcementAction.SUSPEND, suspensionDays: 7 }, { type: EnforcementAction.SUSPEND, suspensionDays: 30 })).toBe(false);
    expect(sameRung({ type: EnforcementAction.WARN }, { type: EnforcementAction.BAN })).toBe(false);
  });
});
