import type { Transaction } from 'kysely';
import { localDateOf } from '../../deadlines/local-time.js';
import type { Actor } from '../../access/actor.js';
import { appendAudit } from '../../audit/audit.repository.js';
import { ageOn } from '../../children/child-age.js';
import type { AppContext } from '../../context.js';
import type { DB } from '../../db/schema.js';
import { invalidField } from '../../errors/app-error.js';
import { assertCaseOpen, changeCase, iso } from '../case-change.js';
import { recordCaseEvent, updateCase, type CaseRecord } from '../case.repository.js';
import { stageAfterIntakeRecords } from '../case-stage.js';
import { SHARING_AGENCY_KINDS } from '../case-vocabulary.js';
import { childBirthDate, consentRecords, findHouseholdMember, insertConsent } from './consent.repository.js';
import { consentBasis, type ConsentRecord } from './consent-rules.js';
import type { ConsentInput } from './consent.schemas.js';

// Framework step 4, tool 6: consent and assent. Each decision is a new row;
// a withdrawal too. Intake completes (stage 'assessment') once services are
// consented to (or the vital interest recorded) and a lead is allocated.

/** After a consent or an allocation: move the case from intake to assessment if both are now in. */
export async function advanceIntake(trx: Transaction<DB>, kase: CaseRecord, lead: string | null, now: Date): Promise<CaseRecord['stage']> {
  if (kase.stage !== 'intake') return kase.stage;
  const servicesAllowed = consentBasis(await consentRecords(trx, kase.id), 'services') !== null;
  const stage = stageAfterIntakeRecords(kase.stage, { hasLead: lead !== null, servicesAllowed });
  if (stage !== kase.stage) await updateCase(trx, kase.id, { stage }, now);
  return stage;
}

export function consentStatus(records: ConsentRecord[]) {
  return {
    services: consentBasis(records, 'services'),
    caseConference: consentBasis(records, 'case_conference'),
    shareWith: Object.fromEntries(SHARING_AGENCY_KINDS.map((k) => [k, consentBasis(records, `share:${k}`)])) as Record<
      (typeof SHARING_AGENCY_KINDS)[number],
      'consent' | 'vital_interest' | null
    >,
  };
}

export type ConsentRow = {
  id: string;
  kind: ConsentRecord['kind'];
  decision: ConsentRecord['decision'];
  purposes: string[];
  shareWith: string[];
  householdMemberId: string | null;
  giverName: string | null;
  giverRelationship: string | null;
  childAgeYears: number | null;
  capacityNote: string | null;
  reason: string | null;
  decidedAt: Date | string;
  recordedAt: Date | string;
  recordedBy: { id: string; fullName: string };
};

/** A consent record as the response shows it; the giver's name is null when the loading repository hid it. */
export function consentView(c: ConsentRow) {
  return {
    ...c,
    vitalInterest: c.kind === 'vital_interest',
    decidedAt: iso(c.decidedAt),
    recordedAt: iso(c.recordedAt),
  };
}

export async function recordConsent(ctx: AppContext, actor: Actor, caseId: string, input: ConsentInput) {
  if (input.purposes.length + input.shareWith.length === 0) {
    throw invalidField(
      'body.purposes',
      'Say what the decision covers: services, a case conference or sharing with an agency',
      'errors.consent_purpose_required',
    );
  }
  if (input.kind === 'vital_interest') {
    if (input.decision === 'refused') {
      throw invalidField('body.decision', "A vital-interest record is 'given' (with a reason) or 'withdrawn'", 'errors.vital_interest_decision');
    }
    if (input.decision === 'given' && !input.reason) {
      throw invalidField('body.reason', "Say why the child's vital interest requires acting without consent", 'errors.vital_interest_reason_required');
    }
  }
  if (input.kind === 'child_consent' && !input.capacityNote) {
    throw invalidField('body.capacityNote', "Say how the child's age and capacity to consent were judged", 'errors.capacity_note_required');
  }
  if (input.kind !== 'caregiver_consent' && (input.householdMemberId || input.giverName || input.giverRelationship)) {
    throw invalidField('body.giverName', 'Only a caregiver consent names a caregiver', 'errors.consent_giver_unexpected');
  }
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    const decidedAt = input.decidedAt ? new Date(input.decidedAt) : now;
    if (decidedAt.getTime() > now.getTime()) throw invalidField('body.decidedAt', 'The decision time is in the future', 'errors.decided_in_future');
    let giverName = input.giverName ?? null;
    let giverRelationship: string | null = input.giverRelationship ?? null;
    if (input.kind === 'caregiver_consent') {
      if (input.householdMemberId) {
        const member = await findHouseholdMember(trx, kase.childId, input.householdMemberId);
        if (!member) throw invalidField('body.householdMemberId', "Not a member of the child's household", 'errors.household_member_not_found');
        if (!member.isCaregiver) throw invalidField('body.householdMemberId', 'This household member is not a caregiver', 'errors.not_a_caregiver');
        giverName = member.fullName;
        giverRelationship = member.relationship;
      } else if (!giverName || !giverRelationship) {
        throw invalidField('body.giverName', 'Name the caregiver and their relationship to the child', 'errors.consent_giver_required');
      }
    }
    let childAgeYears: number | null = null;
    if (input.kind === 'child_assent' || input.kind === 'child_consent') {
      const dob = await childBirthDate(trx, kase.childId);
      childAgeYears = dob ? ageOn(dob, localDateOf(decidedAt, ctx.config.timeZone)) : null;
    }
    const decision = {
      kind: input.kind,
      decision: input.decision,
      purposes: input.purposes,
      shareWith: input.shareWith,
      householdMemberId: input.householdMemberId ?? null,
      giverName,
      giverRelationship,
      childAgeYears,
      capacityNote: input.capacityNote ?? null,
      reason: input.reason ?? null,
      decidedAt,
    };
    const id = await insertConsent(trx, { ...decision, caseId: kase.id, recordedBy: actor.id, now });
    const stage = await advanceIntake(trx, kase, kase.leadCaseworkerId, now);
    await recordCaseEvent(trx, {
      caseId: kase.id,
      actorId: actor.id,
      at: now,
      kind: 'consent.recorded',
      refTable: 'case_consents',
      refId: id,
      summary: {
        kind: input.kind,
        decision: input.decision,
        purposes: input.purposes,
        shareWith: input.shareWith,
        ...(stage !== kase.stage && { stage: { from: kase.stage, to: stage } }),
      },
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'consent.record',
        entityType: 'case',
        entityId: kase.id,
        fields: ['consent'],
        details: { consentId: id, kind: input.kind, decision: input.decision },
      },
      now,
    );
    const view = consentView({ ...decision, id, recordedAt: now, recordedBy: { id: actor.id, fullName: actor.fullName } });
    return { ...view, caseStage: stage };
  });
}
