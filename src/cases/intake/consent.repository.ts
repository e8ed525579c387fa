import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ConsentDecision, ConsentKind } from '../../db/tables/case-work.js';
import type { Db } from '../../db/database.js';
import { consentBasis, type ConsentBasis, type ConsentPurpose, type ConsentRecord } from './consent-rules.js';

// SQL of consent and assent records, and the gate other steps call.

// Unscoped: the consent gate, called inside a change to a case locked in the actor's scope.
export async function consentRecords(db: Db, caseId: string): Promise<ConsentRecord[]> {
  const rows = await db
    .selectFrom('case_consents')
    .select(['kind', 'decision', 'purposes', 'share_with as shareWith', 'decided_at as decidedAt', 'recorded_at as recordedAt'])
    .where('case_id', '=', caseId)
    .execute();
  return rows.map((r) => ({ ...r, decidedAt: new Date(r.decidedAt), recordedAt: new Date(r.recordedAt) }));
}

/**
 * On what basis a purpose may be served for a case now ('consent' or
 * 'vital_interest'), or null when it may not. Call it inside the transaction
 * that shares (see src/cases/consent-rules.ts for the rule).
 */
export async function consentBasisFor(db: Db, caseId: string, purpose: ConsentPurpose): Promise<ConsentBasis | null> {
  return consentBasis(await consentRecords(db, caseId), purpose);
}

export async function insertConsent(
  trx: Transaction<DB>,
  v: {
    caseId: string;
    kind: ConsentKind;
    decision: ConsentDecision;
    purposes: string[];
    shareWith: string[];
    householdMemberId: string | null;
    giverName: string | null;
    giverRelationship: string | null;
    childAgeYears: number | null;
    capacityNote: string | null;
    reason: string | null;
    decidedAt: Date;
    recordedBy: string;
    now: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('case_consents')
    .values({
      case_id: v.caseId,
      kind: v.kind,
      decision: v.decision,
      purposes: v.purposes,
      share_with: v.shareWith,
      household_member_id: v.householdMemberId,
      giver_name: v.giverName,
      giver_relationship: v.giverRelationship,
      child_age_years: v.childAgeYears,
      capacity_note: v.capacityNote,
      reason: v.reason,
      decided_at: v.decidedAt,
      recorded_by: v.recordedBy,
      recorded_at: v.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

// Unscoped: called inside changeCase, with the case it locked in the actor's scope.
export async function findHouseholdMember(db: Db, childId: string, memberId: string) {
  return db
    .selectFrom('household_members')
    .select(['id', 'full_name as fullName', 'relationship', 'is_caregiver as isCaregiver'])
    .where('id', '=', memberId)
    .where('child_id', '=', childId)
    .executeTakeFirst();
}

// Unscoped: called inside changeCase, with the case it locked in the actor's scope.
export async function childBirthDate(db: Db, childId: string): Promise<string | null> {
  const row = await db
    .selectFrom('children')
    .select((eb) => eb.cast<string>('date_of_birth', 'text').as('dob'))
    .where('id', '=', childId)
    .executeTakeFirst();
  return row?.dob ?? null;
}
