import { describe, expect, it } from 'vitest';
import { consentBasis, coversPurpose, type ConsentRecord } from './consent-rules.js';

let minute = 0;
const rec = (kind: ConsentRecord['kind'], decision: ConsentRecord['decision'], purposes: string[] = ['services'], shareWith: string[] = []): ConsentRecord => {
  const at = new Date(Date.UTC(2026, 10, 2, 7, ++minute));
  return { kind, decision, purposes, shareWith, decidedAt: at, recordedAt: at };
};

describe('consentBasis', () => {
  it('needs a consent: nothing recorded means no', () => {
    expect(consentBasis([], 'services')).toBeNull();
  });

  it("accepts a caregiver's consent for what it covers only", () => {
    const records = [rec('caregiver_consent', 'given', ['services'], ['health_facility'])];
    expect(consentBasis(records, 'services')).toBe('consent');
    expect(consentBasis(records, 'share:health_facility')).toBe('consent');
    expect(consentBasis(records, 'case_conference')).toBeNull();
    expect(consentBasis(records, 'share:rib')).toBeNull();
  });

  it('ends with a later withdrawal or refusal, and comes back with a later consent', () => {
    const given = rec('caregiver_consent', 'given');
    const withdrawn = rec('caregiver_consent', 'withdrawn');
    expect(consentBasis([given, withdrawn], 'services')).toBeNull();
    expect(consentBasis([given, withdrawn, rec('caregiver_consent', 'given')], 'services')).toBe('consent');
  });

  it("respects the child's refusal of assent", () => {
    const records = [rec('caregiver_consent', 'given'), rec('child_assent', 'refused')];
    expect(consentBasis(records, 'services')).toBeNull();
    expect(consentBasis([...records, rec('child_assent', 'given')], 'services')).toBe('consent');
  });

  it("accepts a capable child's own consent", () => {
    expect(consentBasis([rec('child_consent', 'given')], 'services')).toBe('consent');
  });

  it("allows processing in the child's vital interest, until that record is withdrawn", () => {
    const vital = rec('vital_interest', 'given', ['services', 'case_conference']);
    const refused = rec('caregiver_consent', 'refused', ['services', 'case_conference']);
    expect(consentBasis([refused, vital], 'case_conference')).toBe('vital_interest');
    expect(consentBasis([refused, vital, rec('vital_interest', 'withdrawn', ['case_conference'])], 'case_conference')).toBeNull();
    expect(consentBasis([refused, vital, rec('vital_interest', 'withdrawn', ['case_conference'])], 'services')).toBe('vital_interest');
  });

  it('orders by decision time, not by recording time', () => {
    const late = rec('caregiver_consent', 'given');
    const early = { ...rec('caregiver_consent', 'withdrawn'), decidedAt: new Date(late.decidedAt.getTime() - 60_000) };
    expect(consentBasis([late, early], 'services')).toBe('consent');
  });

  it('reads share purposes from the agency list', () => {
    expect(coversPurpose({ purposes: [], shareWith: ['rib'] }, 'share:rib')).toBe(true);
    expect(coversPurpose({ purposes: ['services'], shareWith: [] }, 'share:rib')).toBe(false);
  });
});
