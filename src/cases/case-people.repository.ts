import { sql, type Transaction } from 'kysely';
import { LEAD_CASEWORKER_ROLES } from '../access/case-access.js';
import { caseInviteeFilter, type CaseForInvitees } from '../access/case-invitee-access.js';
import type { Db } from '../db/database.js';
import { escapeLike } from '../db/like.js';
import type { DB } from '../db/schema.js';

// The users a case may take in: who may lead it, whom it may invite. These
// read accounts (names, roles, organisations), never children's records.

const orgJson = sql<{
  id: string;
  name: string;
  kind: string;
} | null>`case when o.id is null then null else json_build_object('id', o.id, 'name', o.name, 'kind', o.kind) end`;

/** Who may lead a case at `casePlaceId` (trained, active, jurisdiction holds it), lightest caseload first. */
export async function selectLeadCandidates(db: Db, casePlaceId: string) {
  return (
    db
      .selectFrom('users as u')
      .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
      .leftJoin('users as s', 's.id', 'u.supervisor_id')
      .select([
        'u.id',
        'u.full_name as fullName',
        'u.role',
        orgJson.as('organisation'),
        sql<{ id: string; fullName: string } | null>`case when s.id is null then null else json_build_object('id', s.id, 'fullName', s.full_name) end`.as(
          'supervisor',
        ),
        sql<string>`u.training_completed_on::text`.as('trainingCompletedOn'),
        sql<number>`(select count(*)::int from cases lc where lc.lead_caseworker_id = u.id and lc.stage not in ('closed', 'transferred'))`.as('openCases'),
      ])
      .where('u.role', 'in', [...LEAD_CASEWORKER_ROLES])
      .where('u.active', '=', true)
      .where('u.training_completed_on', 'is not', null)
      // The same rule as leadCaseworkerProblem: the user's jurisdiction holds the case's place.
      .where(sql<boolean>`(u.jurisdiction_id = 'RW' or ${casePlaceId} like u.jurisdiction_id || '%')`)
      .orderBy('openCases')
      .orderBy('u.full_name')
      .limit(200)
      .execute()
  );
}

/** The users the case may take in (caseInviteeFilter) whose name or organisation's name holds `q`. */
export async function selectParticipantCandidates(db: Db, kase: CaseForInvitees, q: string) {
  const pattern = `%${escapeLike(q)}%`;
  return db
    .selectFrom('users as u')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.full_name as fullName', 'u.role', 'o.name as organisationName'])
    .where(caseInviteeFilter(kase, 'u'))
    .where((eb) => eb.or([eb('u.full_name', 'ilike', pattern), eb('o.name', 'ilike', pattern)]))
    .orderBy('u.full_name')
    .limit(20)
    .execute();
}

/** Which of `userIds` the case may take in (conference participants, responsible users): the same rule as the candidate search. */
export async function invitableUserIds(trx: Transaction<DB>, kase: CaseForInvitees, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await trx
    .selectFrom('users as u')
    .select('u.id')
    .where('u.id', 'in', [...userIds])
    .where(caseInviteeFilter(kase, 'u'))
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** A user named to lead a case, with what leadCaseworkerProblem checks and their supervisor. */
export async function findLeadCaseworker(db: Db, userId: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('users as s', 's.id', 'u.supervisor_id')
    .select([
      'u.id',
      'u.full_name as fullName',
      'u.role',
      'u.active',
      'u.training_completed_on as trainingCompletedOn',
      'u.jurisdiction_id as jurisdictionId',
      's.id as supervisorId',
      's.full_name as supervisorName',
    ])
    .where('u.id', '=', userId)
    .executeTakeFirst();
}
