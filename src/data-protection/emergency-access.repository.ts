import { sql, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { EmergencyGrant } from '../access/case-access.js';
import { scopeFilter } from '../access/policy.js';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';

// Emergency accesses ("break the glass"): the grants themselves, the people
// told at once, and the data protection officer's review list.

/** The live grants of a user at `now` (by the server's clock, so a test clock moves them). */
export async function liveEmergencyGrants(db: Db, userId: string, now: Date): Promise<EmergencyGrant[]> {
  const rows = await db
    .selectFrom('emergency_access')
    .select(['case_id', 'allows_work', 'expires_at'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .execute();
  return rows.map((r) => ({ caseId: r.case_id, allowsWork: r.allows_work, expiresAt: new Date(r.expires_at) }));
}

/** The case by id with no scope: only to open an emergency access to it (the access module decided the actor may). */
export async function caseForEmergency(trx: Transaction<DB>, caseId: string) {
  return trx
    .selectFrom('cases as c')
    .select([
      'c.id',
      'c.case_code as caseCode',
      'c.district_id as districtId',
      'c.place_id as placeId',
      'c.supervisor_id as supervisorId',
      'c.lead_caseworker_id as leadId',
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
}

export async function insertEmergencyAccess(
  trx: Transaction<DB>,
  row: { caseId: string; userId: string; reason: string; purpose: 'read' | 'act_to_protect'; allowsWork: boolean; openedAt: Date; expiresAt: Date },
) {
  return trx
    .insertInto('emergency_access')
    .values({
      case_id: row.caseId,
      user_id: row.userId,
      reason: row.reason,
      purpose: row.purpose,
      allows_work: row.allowsWork,
      opened_at: row.openedAt,
      expires_at: row.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/**
 * Who is told at once: the case's supervisor (else the lead caseworker's
 * supervisor, else the district's leadership) and every data protection officer.
 */
export async function emergencyWitnesses(trx: Transaction<DB>, kase: { supervisorId: string | null; leadId: string | null; districtId: string }) {
  const active = () => trx.selectFrom('users as u').select('u.id').where('u.active', '=', true);
  let supervisors = kase.supervisorId ? await active().where('u.id', '=', kase.supervisorId).execute() : [];
  if (supervisors.length === 0 && kase.leadId) {
    supervisors = await active()
      .where('u.id', '=', trx.selectFrom('users as w').select('w.supervisor_id').where('w.id', '=', kase.leadId).$castTo<string>())
      .execute();
  }
  if (supervisors.length === 0) supervisors = await active().where('u.role', '=', 'supervisor').where('u.jurisdiction_id', '=', kase.districtId).execute();
  const dpos = await active().where('u.role', '=', 'dpo').execute();
  return [...new Set([...supervisors, ...dpos].map((u) => u.id))];
}

const reviewColumns = [
  'ea.id',
  'ea.case_id as caseId',
  'c.case_code as caseCode',
  'c.district_id as districtId',
  'ea.reason',
  'ea.purpose',
  'ea.allows_work as allowsWork',
  'ea.opened_at as openedAt',
  'ea.expires_at as expiresAt',
  'ea.finding',
  'ea.reviewed_at as reviewedAt',
  'u.id as userId',
  'u.full_name as userName',
  'u.role as userRole',
  'rv.full_name as reviewedByName',
] as const;

function reviewQuery(db: Db, actor: Actor) {
  return (
    db
      .selectFrom('emergency_access as ea')
      .innerJoin('cases as c', 'c.id', 'ea.case_id')
      .innerJoin('users as u', 'u.id', 'ea.user_id')
      .leftJoin('users as rv', 'rv.id', 'ea.reviewed_by')
      .select([...reviewColumns])
      .select(
        sql<number>`(select count(*) from audit_events ae where ae.actor_id = ea.user_id and ae.entity_type = 'case' and ae.entity_id = ea.case_id::text
      and ae.at >= ea.opened_at and ae.at <= ea.expires_at)::int`.as('actions'),
      )
      // The officer reviews the accesses to cases of their jurisdiction (national in practice).
      .where(scopeFilter(actor, 'c.place_id', 'c.district_id'))
  );
}

export async function listEmergencyAccess(db: Db, actor: Actor, open: boolean) {
  return reviewQuery(db, actor)
    .$if(open, (q) => q.where('ea.reviewed_at', 'is', null))
    .orderBy('ea.opened_at', 'desc')
    .limit(200)
    .execute();
}

export async function findEmergencyAccess(db: Db, actor: Actor, id: string) {
  return reviewQuery(db, actor).where('ea.id', '=', id).executeTakeFirst();
}

export async function closeEmergencyReview(trx: Transaction<DB>, id: string, finding: string, by: string, at: Date) {
  const r = await trx
    .updateTable('emergency_access')
    .set({ finding, reviewed_by: by, reviewed_at: at })
    .where('id', '=', id)
    .where('reviewed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
