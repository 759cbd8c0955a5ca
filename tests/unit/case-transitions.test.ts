import { describe, expect, it } from 'vitest';
import { CaseStatus } from '../../server/src/cases/case-status.ts';
import { nextStatus } from '../../server/src/cases/case.transitions.ts';

describe('the case lifecycle', () => {
  it('resolves a primary decision unless it was sampled for a second review', () => {
    expect(nextStatus(CaseStatus.IN_REVIEW, { type: 'PRIMARY_DECIDED', sampledForSecondReview: false })).toBe(CaseStatus.RESOLVED);
    expect(nextStatus(CaseStatus.IN_REVIEW, { type: 'PRIMARY_DECIDED', sampledForSecondReview: true })).toBe(CaseStatus.AWAITING_SECOND_REVIEW);
  });

  it('resolves an agreeing second review and sends a disagreeing one to adjudication', () => {
    expect(nextStatus(CaseStatus.AWAITING_SECOND_REVIEW, { type: 'SECOND_REVIEW_DECIDED', agrees: true })).toBe(CaseStatus.RESOLVED);
    expect(nextStatus(CaseStatus.AWAITING_SECOND_REVIEW, { type: 'SECOND_REVIEW_DECIDED', agrees: false })).toBe(CaseStatus.IN_ADJUDICATION);
  });

  it('puts a released case back where it was claimed from', () => {
    expect(nextStatus(CaseStatus.IN_REVIEW, { type: 'RELEASED' })).toBe(CaseStatus.OPEN);
    expect(nextStatus(CaseStatus.AWAITING_SECOND_REVIEW, { type: 'RELEASED' })).toBe(CaseStatus.AWAITING_SECOND_REVIEW);
  });

  it('escalates a held case and resolves it with the specialist’s answer', () => {
    expect(nextStatus(CaseStatus.IN_REVIEW, { type: 'ESCALATED' })).toBe(CaseStatus.ESCALATED);
    expect(nextStatus(CaseStatus.AWAITING_SECOND_REVIEW, { type: 'ESCALATED' })).toBe(CaseStatus.ESCALATED);
    expect(nextStatus(CaseStatus.ESCALATED, { type: 'ESCALATION_RESOLVED' })).toBe(CaseStatus.RESOLVED);
    expect(() => nextStatus(CaseStatus.OPEN, { type: 'ESCALATION_RESOLVED' })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('resolves an adjudicated disagreement, and only that', () => {
    expect(nextStatus(CaseStatus.IN_ADJUDICATION, { type: 'ADJUDICATED' })).toBe(CaseStatus.RESOLVED);
    expect(() => nextStatus(CaseStatus.RESOLVED, { type: 'ADJUDICATED' })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('resolves a waiting or held case by a network action, never one with a specialist or QA', () => {
    for (const status of [CaseStatus.OPEN, CaseStatus.IN_REVIEW, CaseStatus.AWAITING_SECOND_REVIEW]) expect(nextStatus(status, { type: 'NETWORK_ACTION_DECIDED' })).toBe(CaseStatus.RESOLVED);
    for (const status of [CaseStatus.ESCALATED, CaseStatus.IN_ADJUDICATION, CaseStatus.RESOLVED]) {
      expect(() => nextStatus(status, { type: 'NETWORK_ACTION_DECIDED' })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    }
  });

  it('refuses anything else with CONFLICT', () => {
    expect(() => nextStatus(CaseStatus.RESOLVED, { type: 'PRIMARY_DECIDED', sampledForSecondReview: false })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => nextStatus(CaseStatus.OPEN, { type: 'SECOND_REVIEW_DECIDED', agrees: true })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});
