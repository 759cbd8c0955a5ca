import { describe, expect, it } from 'vitest';
import {
  applyLabel,
  decisionsMade,
  maxNetworkMembers,
  networkActionBody,
  networkActionProblem,
  nextNetworkAttempt,
  tickedMembers,
  type NetworkFinding,
} from '../../web/src/lib/networks/network-action.ts';

type Action = { type: string; suspensionDays?: number };

const ban: NetworkFinding<Action> = { policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT'], action: { type: 'BAN' }, actionProblem: null, rationale: '  one operator runs these accounts \n' };
const cluster = ['subject-a', 'subject-b', 'subject-c', 'subject-d', 'subject-e'];

function keys(): () => string {
  let issued = 0;
  return () => `key-${++issued}`;
}

describe('the accounts a network action is sent for', () => {
  it('takes the ticked members in the cluster’s order, not the order they were ticked', () => {
    expect(tickedMembers(cluster, ['subject-d', 'subject-b', 'subject-c'])).toEqual(['subject-b', 'subject-c', 'subject-d']);
  });

  it('leaves out an account ticked before a refetch dropped it from the cluster', () => {
    expect(tickedMembers(['subject-a', 'subject-c'], ['subject-b', 'subject-c'])).toEqual(['subject-c']);
  });
});

describe('what keeps a network action from being sent', () => {
  const three = ['subject-b', 'subject-c', 'subject-d'];

  it('asks for the accounts first, then the policies, the action, its parameter and the rationale, each naming the field the server would', () => {
    expect(networkActionProblem([], ban)?.field).toBe('subjectIds');
    expect(networkActionProblem(three, { ...ban, policyCodes: [] })?.field).toBe('policyCodes');
    expect(networkActionProblem(three, { ...ban, action: null })?.field).toBe('action.type');
    const days = { field: 'action.suspensionDays', message: 'A suspension lasts 1 to 365 days.' };
    expect(networkActionProblem(three, { ...ban, action: { type: 'SUSPEND' }, actionProblem: days })).toEqual(days);
    expect(networkActionProblem(three, { ...ban, rationale: ' \n ' })?.field).toBe('rationale');
    expect(networkActionProblem(three, ban)).toBeNull();
  });

  it('refuses more accounts than the server takes in one action', () => {
    const many = Array.from({ length: maxNetworkMembers + 1 }, (_, i) => `subject-${i}`);
    expect(networkActionProblem(many, ban)?.field).toBe('subjectIds');
    expect(networkActionProblem(many.slice(1), ban)).toBeNull();
  });
});

describe('the input of a network action', () => {
  it('is a violating finding for the ticked accounts, from the case acted on, with the rationale trimmed and each policy once', () => {
    expect(networkActionBody('case-a', ['subject-b', 'subject-d'], { ...ban, policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT', 'SCAMS_AND_FRAUD', 'SPAM_AND_FAKE_ENGAGEMENT'] })).toEqual({
      caseId: 'case-a',
      subjectIds: ['subject-b', 'subject-d'],
      verdict: 'VIOLATING',
      policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT', 'SCAMS_AND_FRAUD'],
      action: { type: 'BAN' },
      rationale: 'one operator runs these accounts',
    });
  });

  it('copies the selection rather than sharing the caller’s list', () => {
    const ticked = ['subject-b'];
    const body = networkActionBody('case-a', ticked, ban);
    ticked.push('subject-c');
    expect(body.subjectIds).toEqual(['subject-b']);
  });

  it('cannot be built without an action', () => {
    expect(() => networkActionBody('case-a', ['subject-b'], { ...ban, action: null })).toThrow(/needs an action/);
  });
});

describe('the idempotency key of a network action', () => {
  const body = networkActionBody('case-a', ['subject-b', 'subject-c', 'subject-d'], ban);

  it('is new for a first attempt', () => {
    expect(nextNetworkAttempt(null, body, keys()).input).toEqual({ ...body, idempotencyKey: 'key-1' });
  });

  it('is reused when the same action is sent again, so a retry after a lost answer decides nobody twice', () => {
    const issue = keys();
    const first = nextNetworkAttempt(null, body, issue);
    const retry = nextNetworkAttempt(first, networkActionBody('case-a', ['subject-b', 'subject-c', 'subject-d'], ban), issue);
    expect(retry.input.idempotencyKey).toBe('key-1');
  });

  it('is new once the action changes: other accounts, another action, other words', () => {
    const issue = keys();
    const first = nextNetworkAttempt(null, body, issue);
    expect(nextNetworkAttempt(first, networkActionBody('case-a', ['subject-b', 'subject-c'], ban), issue).input.idempotencyKey).toBe('key-2');
    expect(nextNetworkAttempt(first, networkActionBody('case-a', ['subject-b', 'subject-c', 'subject-d'], { ...ban, action: { type: 'SUSPEND', suspensionDays: 30 } }), issue).input.idempotencyKey).toBe('key-3');
    expect(nextNetworkAttempt(first, networkActionBody('case-a', ['subject-b', 'subject-c', 'subject-d'], { ...ban, rationale: 'a spam ring' }), issue).input.idempotencyKey).toBe('key-4');
  });
});

describe('what the form says', () => {
  it('counts the accounts on the button and the decisions in the confirmation', () => {
    expect(applyLabel(3)).toBe('Apply to 3 accounts');
    expect(applyLabel(1)).toBe('Apply to 1 account');
    expect(applyLabel(0)).toBe('Apply to the ticked accounts');
    expect(decisionsMade(3)).toBe('3 decisions made');
    expect(decisionsMade(1)).toBe('1 decision made');
  });
});
