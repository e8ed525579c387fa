import { sql, type Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Actor } from '../../access/actor.js';
import { caseScope, conferenceScope } from '../../access/case-access.js';
import type { DB } from '../../db/schema.js';
import type { ConferenceDecision, ConferenceType, Participation } from '../../db/tables/case-work.js';
import type { Db } from '../../db/database.js';
import type { ConferenceInput, ConferenceUpdate } from './conference.schemas.js';

// SQL of case conferences and their participants.

/** Conferences with their participants, from `case_conferences as cc` (no join to the case: callers add scope). */
export function selectConferences(db: Db) {
  return db
    .selectFrom('case_conferences as cc')
    .innerJoin('users as cu', 'cu.id', 'cc.created_by')
    .select((eb) => [
      'cc.id',
      'cc.case_id as caseId',
      sql<string>`(select k.case_code from cases k where k.id = cc.case_id)`.as('caseCode'),
      'cc.type',
      'cc.held_at as heldAt',
      'cc.location',
      'cc.purpose',
      'cc.child_participation as childParticipation',
      'cc.child_participation_note as childParticipationNote',
      'cc.caregiver_participation as caregiverParticipation',
      'cc.caregiver_participation_note as caregiverParticipationNote',
      'cc.decisions',
      'cc.consent_basis as consentBasis',
      sql<{ id: string; fullName: string }>`json_build_object('id', cu.id, 'fullName', cu.full_name)`.as('createdBy'),
      'cc.created_at as createdAt',
      'cc.updated_at as updatedAt',
      jsonArrayFrom(
        eb
          .selectFrom('conference_participants as cp')
          .leftJoin('users as pu', 'pu.id', 'cp.user_id')
          .select([
            'cp.id',
            sql<{
              id: string;
              fullName: string;
              role: string;
            } | null>`case when pu.id is null then null else json_build_object('id', pu.id, 'fullName', pu.full_name, 'role', pu.role) end`.as('user'),
            'cp.name',
            'cp.organisation',
            'cp.role',
            'cp.agreement_signed_at as agreementSignedAt',
            'cp.agreement_method as agreementMethod',
          ])
          .whereRef('cp.conference_id', '=', 'cc.id')
          .orderBy('cp.user_id', (ob) => ob.asc().nullsLast())
          .orderBy('cp.name')
          .orderBy('cp.id'),
      ).as('participants'),
    ]);
}

export type ConferenceRow = {
  id: string;
  caseId: string;
  caseCode: string;
  type: ConferenceType;
  heldAt: Date | string;
  location: string | null;
  purpose: string | null;
  childParticipation: Participation;
  childParticipationNote: string | null;
  caregiverParticipation: Participation;
  caregiverParticipationNote: string | null;
  decisions: ConferenceDecision[];
  consentBasis: 'consent' | 'vital_interest';
  createdBy: { id: string; fullName: string };
  createdAt: Date | string;
  updatedAt: Date | string;
  participants: {
    id: string;
    user: { id: string; fullName: string; role: string } | null;
    name: string | null;
    organisation: string | null;
    role: string | null;
    agreementSignedAt: Date | string | null;
    agreementMethod: 'in_app' | 'paper' | null;
  }[];
};

/** A conference the actor may see (conferenceScope: the case team, or a participant who signed). */
export async function findConferenceVisible(db: Db, actor: Actor, id: string): Promise<ConferenceRow | undefined> {
  const row = await selectConferences(db)
    .innerJoin('cases as c', 'c.id', 'cc.case_id')
    .where('cc.id', '=', id)
    .where(conferenceScope(actor))
    .executeTakeFirst();
  return row as ConferenceRow | undefined;
}

/** The conference's case, if the actor's case scope holds it, locked for a change. */
export async function lockConferenceCaseInScope(trx: Transaction<DB>, actor: Actor, conferenceId: string) {
  return trx
    .selectFrom('case_conferences as cc')
    .innerJoin('cases as c', 'c.id', 'cc.case_id')
    .select(['cc.id', 'c.id as caseId', 'c.stage'])
    .where('cc.id', '=', conferenceId)
    .where(caseScope(actor))
    .forUpdate()
    .executeTakeFirst();
}

// Unscoped: the actor's own participation (where: { userId: actor.id }), or one of a conference found by lockConferenceCaseInScope.
export async function findParticipant(db: Db, conferenceId: string, where: { userId: string } | { id: string }) {
  return db
    .selectFrom('conference_participants as cp')
    .innerJoin('case_conferences as cc', 'cc.id', 'cp.conference_id')
    .select(['cp.id', 'cp.user_id as userId', 'cp.agreement_signed_at as agreementSignedAt', 'cc.case_id as caseId'])
    .where('cp.conference_id', '=', conferenceId)
    .$if('userId' in where, (q) => q.where('cp.user_id', '=', (where as { userId: string }).userId))
    .$if('id' in where, (q) => q.where('cp.id', '=', (where as { id: string }).id))
    .executeTakeFirst();
}

export async function signAgreement(trx: Transaction<DB>, participantId: string, method: 'in_app' | 'paper', at: Date, by: string): Promise<void> {
  await trx
    .updateTable('conference_participants')
    .set({ agreement_signed_at: at, agreement_method: method, agreement_recorded_by: by })
    .where('id', '=', participantId)
    .execute();
}

/** The actor's conference invitations: only that they are invited, nothing of the case. */
export async function listInvitations(db: Db, userId: string) {
  return db
    .selectFrom('conference_participants as cp')
    .innerJoin('case_conferences as cc', 'cc.id', 'cp.conference_id')
    .innerJoin('users as cu', 'cu.id', 'cc.created_by')
    .select([
      'cc.id as conferenceId',
      'cp.id as participantId',
      'cc.type',
      'cc.held_at as heldAt',
      'cc.location',
      'cu.id as inviterId',
      'cu.full_name as inviterName',
      'cp.agreement_signed_at as agreementSignedAt',
    ])
    .where('cp.user_id', '=', userId)
    .orderBy('cc.held_at', 'desc')
    .limit(200)
    .execute();
}

/** A new conference of the case with its participants (a paper agreement is on record from the start). */
export async function insertConference(
  trx: Transaction<DB>,
  v: { caseId: string; input: ConferenceInput; consentBasis: 'consent' | 'vital_interest'; by: string; at: Date },
): Promise<string> {
  const { id } = await trx
    .insertInto('case_conferences')
    .values({
      case_id: v.caseId,
      type: v.input.type,
      held_at: new Date(v.input.heldAt),
      location: v.input.location ?? null,
      purpose: v.input.purpose ?? null,
      child_participation: v.input.childParticipation,
      child_participation_note: v.input.childParticipationNote ?? null,
      caregiver_participation: v.input.caregiverParticipation,
      caregiver_participation_note: v.input.caregiverParticipationNote ?? null,
      decisions: JSON.stringify(v.input.decisions),
      consent_basis: v.consentBasis,
      created_by: v.by,
      created_at: v.at,
      updated_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('conference_participants')
    .values(
      v.input.participants.map((p) => ({
        conference_id: id,
        user_id: p.userId ?? null,
        name: p.name ?? null,
        organisation: p.organisation ?? null,
        role: p.role ?? null,
        agreement_signed_at: p.agreementSignedOnPaper ? v.at : null,
        agreement_method: p.agreementSignedOnPaper ? ('paper' as const) : null,
        agreement_recorded_by: p.agreementSignedOnPaper ? v.by : null,
      })),
    )
    .execute();
  return id;
}

/** Sets the fields given in `input` (undefined ones stay). */
export async function setConferenceFields(trx: Transaction<DB>, id: string, input: ConferenceUpdate, at: Date): Promise<void> {
  await trx
    .updateTable('case_conferences')
    .set({
      ...(input.heldAt !== undefined && { held_at: new Date(input.heldAt) }),
      ...(input.location !== undefined && { location: input.location }),
      ...(input.purpose !== undefined && { purpose: input.purpose }),
      ...(input.childParticipation !== undefined && { child_participation: input.childParticipation }),
      ...(input.childParticipationNote !== undefined && { child_participation_note: input.childParticipationNote }),
      ...(input.caregiverParticipation !== undefined && { caregiver_participation: input.caregiverParticipation }),
      ...(input.caregiverParticipationNote !== undefined && { caregiver_participation_note: input.caregiverParticipationNote }),
      ...(input.decisions !== undefined && { decisions: JSON.stringify(input.decisions) }),
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}
