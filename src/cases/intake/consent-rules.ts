import type { ConsentPurposeCode, SharingAgencyKind } from '../case-vocabulary.js';

// Consent and assent (framework step 4, tool 6; Law 058/2021): information
// belongs to the child and family and is used or shared only with documented
// consent, or without it when the child's vital interest requires, with a
// reason. Every decision is kept; the latest one of each voice counts.
//
// For a purpose (services, a case conference, sharing with a kind of agency)
// processing is allowed when
//   - the latest vital-interest record covering it is 'given'; or
//   - the latest consent covering it (a caregiver's, or a capable child's own)
//     is 'given', and the child has not refused or withdrawn: the latest
//     assent or own consent of the child covering it is not 'refused' or
//     'withdrawn'.
// A caregiver's refusal or withdrawal after a consent ends it; a later consent
// restores it.

export type ConsentPurpose = ConsentPurposeCode | `share:${SharingAgencyKind}`;
export type ConsentBasis = 'consent' | 'vital_interest';

export type ConsentRecord = {
  kind: 'caregiver_consent' | 'child_consent' | 'child_assent' | 'vital_interest';
  decision: 'given' | 'refused' | 'withdrawn';
  purposes: string[];
  shareWith: string[];
  decidedAt: Date;
  recordedAt: Date;
};

export function coversPurpose(r: Pick<ConsentRecord, 'purposes' | 'shareWith'>, purpose: ConsentPurpose): boolean {
  return purpose.startsWith('share:') ? r.shareWith.includes(purpose.slice(6)) : r.purposes.includes(purpose);
}

function latest(records: ConsentRecord[], kinds: ConsentRecord['kind'][]): ConsentRecord | undefined {
  let best: ConsentRecord | undefined;
  for (const r of records) {
    if (!kinds.includes(r.kind)) continue;
    if (
      !best ||
      r.decidedAt.getTime() > best.decidedAt.getTime() ||
      (r.decidedAt.getTime() === best.decidedAt.getTime() && r.recordedAt.getTime() > best.recordedAt.getTime())
    ) {
      best = r;
    }
  }
  return best;
}

/** On what basis a purpose may be served, or null when it may not. */
export function consentBasis(records: ConsentRecord[], purpose: ConsentPurpose): ConsentBasis | null {
  const covering = records.filter((r) => coversPurpose(r, purpose));
  if (latest(covering, ['vital_interest'])?.decision === 'given') return 'vital_interest';
  const consent = latest(covering, ['caregiver_consent', 'child_consent']);
  const child = latest(covering, ['child_assent', 'child_consent']);
  if (consent?.decision === 'given' && !(child && child.decision !== 'given')) return 'consent';
  return null;
}
