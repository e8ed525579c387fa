import { sql, type Expression, type SqlBool, type Transaction } from 'kysely';
import { LEAD_CASEWORKER_ROLES } from '../access/case-access.js';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { escapeLike } from '../db/like.js';
import type { RegisterQuery } from './training.schemas.js';

// The training register: the trainings (data), and each person's records.
// The national training's date on users (training_completed_on) is what the
// lead-caseworker gate reads; recording the training here sets it, in the
// same transaction (setNationalTrainingDate).

export async function listTrainings(db: Db) {
  return db
    .selectFrom('trainings')
    .select(['code', 'audience', 'gates_lead_caseworker as gatesLeadCaseworker', 'refresher_months as refresherMonths'])
    .orderBy('sort')
    .execute();
}

const NEEDS_NATIONAL = sql<boolean>`(u.role in (${sql.join([...LEAD_CASEWORKER_ROLES])}) and u.training_completed_on is null)`;

/** The people of the register in `scope` (SQL on `users as u`), filtered and paged. */
export async function registerPeople(
  db: Db,
  scope: Expression<SqlBool>,
  query: Omit<RegisterQuery, 'page' | 'pageSize'>,
  page: { limit: number; offset: number },
) {
  const base = db
    .selectFrom('users as u')
    .where('u.active', '=', true)
    .where('u.role', 'in', ['cpwo', 'cso_caseworker', 'supervisor', 'izu', 'izu_cell_coordinator', 'izu_sector_coordinator', 'local_leader'])
    .where(scope)
    .$if(!!query.role, (q) => q.where('u.role', '=', query.role!))
    .$if(query.needsNational === 'true', (q) => q.where(NEEDS_NATIONAL))
    .$if(!!query.trainingCode, (q) =>
      q.where(({ exists, selectFrom }) =>
        exists(selectFrom('training_records as tr').select('tr.id').whereRef('tr.user_id', '=', 'u.id').where('tr.training_code', '=', query.trainingCode!)),
      ),
    )
    .$if(!!query.q, (q) =>
      q.where((eb) => eb.or([eb('u.full_name', 'ilike', `%${escapeLike(query.q!)}%`), eb('u.username', 'ilike', `%${escapeLike(query.q!)}%`)])),
    );
  const rows = await base
    .select(['u.id', 'u.full_name as fullName', 'u.role', 'u.jurisdiction_id as jurisdictionId', NEEDS_NATIONAL.as('needsNationalTraining')])
    .orderBy('u.full_name')
    .orderBy('u.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const { total, needsNational } = await base
    .select([sql<number>`count(*)::int`.as('total'), sql<number>`count(*) filter (where ${NEEDS_NATIONAL})::int`.as('needsNational')])
    .executeTakeFirstOrThrow();
  const byTraining = await base
    .innerJoin('training_records as tr', 'tr.user_id', 'u.id')
    .select(['tr.training_code as code', sql<number>`count(distinct u.id)::int`.as('people')])
    .groupBy('tr.training_code')
    .execute();
  return { rows, total, needsNational, byTraining };
}

/** The records of these people, newest first. */
export async function recordsOf(db: Db, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('training_records')
    .select([
      'id',
      'user_id as userId',
      'training_code as trainingCode',
      sql<string>`to_char(completed_on, 'YYYY-MM-DD')`.as('completedOn'),
      'provider',
      'certificate_ref as certificateRef',
      sql<string | null>`to_char(expires_on, 'YYYY-MM-DD')`.as('expiresOn'),
    ])
    .where('user_id', 'in', userIds)
    .orderBy('completed_on', 'desc')
    .orderBy('id')
    .execute();
}

/** A person in the register's scope (or undefined: out of scope answers as absent). */
export async function findPersonInScope(db: Db, scope: Expression<SqlBool>, userId: string) {
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.full_name as fullName', 'u.role', 'u.jurisdiction_id as jurisdictionId', NEEDS_NATIONAL.as('needsNationalTraining')])
    .where('u.id', '=', userId)
    .where(scope)
    .executeTakeFirst();
}

/** People of the scope by username or phone (the attendance list's ways of naming someone). */
export async function peopleByUsernameOrPhone(db: Db, scope: Expression<SqlBool>, usernames: string[], phones: string[]) {
  if (usernames.length === 0 && phones.length === 0) return [];
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.full_name as fullName', 'u.username', 'u.phone'])
    .where('u.active', '=', true)
    .where(scope)
    .where((eb) =>
      eb.or([...(usernames.length ? [eb(sql<string>`lower(u.username)`, 'in', usernames)] : []), ...(phones.length ? [eb('u.phone', 'in', phones)] : [])]),
    )
    .execute();
}

export type NewTrainingRecord = {
  userId: string;
  trainingCode: string;
  completedOn: string;
  provider: string | null;
  certificateRef: string | null;
  expiresOn: string | null;
};

/** Inserts the records; those already on record (same person, training, date) are skipped. Returns the ids inserted. */
export async function insertTrainingRecords(trx: Transaction<DB>, rows: NewTrainingRecord[], by: string, at: Date) {
  if (rows.length === 0) return [];
  return trx
    .insertInto('training_records')
    .values(
      rows.map((r) => ({
        user_id: r.userId,
        training_code: r.trainingCode,
        completed_on: r.completedOn,
        provider: r.provider,
        certificate_ref: r.certificateRef,
        expires_on: r.expiresOn,
        recorded_by: by,
        recorded_at: at,
      })),
    )
    .onConflict((oc) => oc.columns(['user_id', 'training_code', 'completed_on']).doNothing())
    .returning(['id', 'user_id as userId', 'training_code as trainingCode'])
    .execute();
}

/**
 * The gate's date (users.training_completed_on) follows the register: the
 * earliest national training on record for each person (or an earlier date
 * already on the account).
 */
export async function setNationalTrainingDate(trx: Transaction<DB>, userIds: string[], at: Date) {
  if (userIds.length === 0) return;
  await trx
    .updateTable('users as u')
    .set({
      // least() skips nulls: a date set before the register (the user form) stays if earlier.
      training_completed_on: sql`least(u.training_completed_on, (select min(tr.completed_on) from training_records tr
        join trainings t on t.code = tr.training_code where tr.user_id = u.id and t.gates_lead_caseworker))`,
      updated_at: at,
    })
    .where('u.id', 'in', userIds)
    .execute();
}
