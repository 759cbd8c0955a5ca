import { describe, expect, it } from 'vitest';
import { EnforcementAction } from '../../server/src/decisions/actions.ts';
import { firmestRung, sameRung as serverSameRung, type Rung as ServerRung } from '../../server/src/strikes/ladder.ts';
import { ladderProposal, type Rung, sameRung, standingSummary, supersededDecisions } from '../../web/src/lib/strikes/ladder-proposal.ts';

const area = (policyCode: string, proposed: Rung, activeStrikes = 0, points = activeStrikes) => ({ policyCode, activeStrikes, points, proposed });

const warn = { type: 'WARN' };
const suspend = (days: number) => ({ type: 'SUSPEND', suspensionDays: days });
const ban = { type: 'BAN' };
const restrict = (...features: string[]) => ({ type: 'RESTRICT_FEATURES', restrictedFeatures: features });
const verify = { type: 'REQUIRE_VERIFICATION', verification: 'AGE' };
const reset = { type: 'RESET_PROFILE_FIELDS', profileFields: ['BIO'] };

describe('what the strike ladders propose in the workbench', () => {
  it('proposes the firmest of the areas’ rungs, a longer suspension over a shorter one', () => {
    const areas = [area('HATE', suspend(7), 1), area('SCAMS', suspend(30), 2), area('SPAM', warn)];
    expect(ladderProposal(areas)).toEqual({ rung: suspend(30), from: areas[1], areas });
    expect(ladderProposal([area('SPAM', warn), area('IMPERSONATION', ban, 1, 2), area('SCAMS', suspend(30))])?.rung).toEqual(ban);
    expect(ladderProposal([area('SPAM', reset), area('SCAMS', restrict('POSTING')), area('HATE', verify)])?.rung).toEqual(restrict('POSTING'));
  });

  it('has nothing to propose when no area applies to accounts', () => {
    expect(ladderProposal([])).toBeNull();
  });

  it('picks the rung the server picks, for every order of the areas', () => {
    const rungs = [warn, reset, verify, restrict('POSTING'), restrict('POSTING', 'MESSAGING'), suspend(7), suspend(30), ban];
    for (let shift = 0; shift < rungs.length; shift += 1) {
      const order = [...rungs.slice(shift), ...rungs.slice(0, shift)];
      const server = firmestRung(order.map((rung) => ({ ...rung, type: rung.type as EnforcementAction }) as ServerRung));
      expect(ladderProposal(order.map((rung, index) => area(`AREA_${index}`, rung)))?.rung).toEqual(server);
    }
  });

  it('tells the chosen action from the proposal by its parameters too, as the server does', () => {
    const pairs: [Rung, Rung][] = [
      [suspend(7), suspend(7)],
      [suspend(7), suspend(30)],
      [warn, ban],
      [restrict('POSTING', 'MESSAGING'), restrict('MESSAGING', 'POSTING')],
      [restrict('POSTING'), restrict('POSTING', 'MESSAGING')],
      [verify, { type: 'REQUIRE_VERIFICATION', verification: 'IDENTITY' }],
      // The form sends no parameter the action does not take; the server reads nulls for them.
      [{ type: 'WARN', suspensionDays: null, restrictedFeatures: null, verification: null, profileFields: null }, { type: 'WARN' }],
    ];
    for (const [rung, chosen] of pairs) {
      expect(sameRung(rung, chosen)).toBe(serverSameRung(rung as ServerRung, chosen as ServerRung));
    }
    expect(sameRung(restrict('POSTING', 'MESSAGING'), restrict('MESSAGING', 'POSTING'))).toBe(true);
    expect(sameRung(suspend(7), { type: 'SUSPEND', suspensionDays: 30 })).toBe(false);
  });

  it('says the standing behind the proposal, area by area', () => {
    const names: Record<string, string> = { SPAM: 'Spam', SCAMS: 'Scams' };
    const name = (code: string) => names[code] ?? code;
    expect(standingSummary([area('SPAM', suspend(7), 1)], name)).toBe('1 active strike in Spam (1 point)');
    expect(standingSummary([area('SCAMS', suspend(30), 2, 4), area('SPAM', warn)], name)).toBe('2 active strikes in Scams (4 points); no active strikes in Spam');
  });

  it('marks the outcomes a later one replaced', () => {
    const outcomes = [
      { decisionId: 'override', supersedesDecisionId: 'second' },
      { decisionId: 'second', supersedesDecisionId: null },
      { decisionId: 'first', supersedesDecisionId: null },
    ];
    expect(supersededDecisions(outcomes)).toEqual(new Set(['second']));
    expect(supersededDecisions([])).toEqual(new Set());
  });
});
