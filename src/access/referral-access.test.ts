import { describe, expect, it } from 'vitest';
import { REFERRAL_FIELD_GROUP_CODES } from '../cases/referrals/referral-vocabulary.js';
import { isReferralFieldGroup, REFERRAL_FIELD_GROUPS, referralConsentPurpose, referralFieldVisibility } from './referral-access.js';

// Need-to-know for referrals (framework step 7): a provider's view carries
// exactly the groups the referral shares.

describe('referral field groups', () => {
  it('are the fixed list, each naming what it reveals, and nothing else is a group', () => {
    expect(Object.keys(REFERRAL_FIELD_GROUPS)).toEqual([...REFERRAL_FIELD_GROUP_CODES]);
    for (const fields of Object.values(REFERRAL_FIELD_GROUPS)) expect(fields.length).toBeGreaterThan(0);
    expect(isReferralFieldGroup('identity')).toBe(true);
    expect(isReferralFieldGroup('diary')).toBe(false);
  });

  it('show the shared groups and hide every other one', () => {
    expect(referralFieldVisibility(['identity', 'incident'])).toEqual({
      identity: true,
      contact: false,
      incident: true,
      health: false,
      assessment: false,
      plan: false,
    });
    expect(Object.values(referralFieldVisibility([])).some(Boolean)).toBe(false);
    expect(Object.values(referralFieldVisibility(['diary'])).some(Boolean)).toBe(false);
  });

  it("ask the consent that names the agency's kind, or consent to services for a government office", () => {
    expect(referralConsentPurpose('isange', ['isange', 'rib'])).toBe('share:isange');
    expect(referralConsentPurpose('sector_office', ['isange', 'rib'])).toBe('services');
  });
});
