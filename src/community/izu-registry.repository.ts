import { sql, type Expression, type SqlBool, type Transaction } from 'kysely';
import type { Db } from '../db/database.js';
import type { DB, Language } from '../db/schema.js';
import type { IzuStatus, Sex } from '../db/tables/community.js';
import { PAIR_SIZE, VOLUNTEER_ROLES, type VolunteerRole } from './izu-vocabulary.js';

// SQL of the IZU registry. Every list takes the actor's scope as a filter
// (src/access/izu-access.ts), applied here in the query.

export const ACTIVE_IZU_PHONE_INDEX = 'users_active_izu_phone_idx';

export type VolunteerRow = {
  id: string;
  username: string;
  fullName: string;
  role: VolunteerRole;
  sex: Sex | null;
  phone: string | null;
  language: Language;
  status: IzuStatus | null;
  statusOn: string | null;
  selectedOn: string | null;
  placeId: string;
  replacedById: string | null;
  replacedByName: string | null;
  webAccess: boolean;
};

/** Volunteers (the registry's roles) matching the filter, inside the scope, by place then name. */
export async function findVolunteers(
  db: Db,
  filter: { scope: Expression<SqlBool>; ids?: string[]; placeIds?: string[]; under?: string; roles?: VolunteerRole[]; status?: IzuStatus },
): Promise<VolunteerRow[]> {
  let q = db
    .selectFrom('users as u')
    .leftJoin('users as r', 'r.id', 'u.replaced_by')
    .select([
      'u.id',
      'u.username',
      'u.full_name as fullName',
      'u.role',
      'u.sex',
      'u.phone',
      'u.language',
      'u.izu_status as status',
      sql<string | null>`to_char(u.izu_status_on, 'YYYY-MM-DD')`.as('statusOn'),
      sql<string | null>`to_char(u.selected_on, 'YYYY-MM-DD')`.as('selectedOn'),
      'u.jurisdiction_id as placeId',
      'u.replaced_by as replacedById',
      'r.full_name as replacedByName',
      sql<boolean>`u.password_hash is not null`.as('webAccess'),
    ])
    .where('u.role', 'in', filter.roles ?? [...VOLUNTEER_ROLES])
    .where(filter.scope);
  if (filter.ids) q = q.where('u.id', 'in', filter.ids.length ? filter.ids : ['00000000-0000-0000-0000-000000000000']);
  if (filter.placeIds) q = q.where('u.jurisdiction_id', 'in', filter.placeIds.length ? filter.placeIds : ['-']);
  if (filter.under !== undefined) q = q.where('u.jurisdiction_id', 'like', filter.under + '%');
  if (filter.status) q = q.where('u.izu_status', '=', filter.status);
  const rows = await q.orderBy('u.jurisdiction_id').orderBy('u.izu_status').orderBy('u.full_name').orderBy('u.id').execute();
  return rows as VolunteerRow[];
}

/** The register's records of the volunteers' trainings (src/workforce), and the free-text ones kept from before (migrations/0044). */
export async function findTrainings(db: Db, userIds: string[]) {
  if (userIds.length === 0) return { records: [], earlier: [] };
  const [records, earlier] = await Promise.all([
    db
      .selectFrom('training_records as r')
      .innerJoin('trainings as t', 't.code', 'r.training_code')
      .select(['r.user_id as userId', 'r.training_code as trainingCode', sql<string>`to_char(r.completed_on, 'YYYY-MM-DD')`.as('takenOn')])
      .where('r.user_id', 'in', userIds)
      .orderBy('r.completed_on')
      .orderBy('t.sort')
      .execute(),
    db
      .selectFrom('user_trainings')
      .select(['user_id as userId', 'name', sql<string>`to_char(taken_on, 'YYYY-MM-DD')`.as('takenOn')])
      .where('user_id', 'in', userIds)
      .orderBy('taken_on')
      .orderBy('name')
      .execute(),
  ]);
  return { records, earlier };
}

/** The training register's IZU modules (the codes a volunteer's trainings may name). */
export async function izuTrainingCodes(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('trainings').select('code').where('audience', '=', 'izu').execute();
  return new Set(rows.map((r) => r.code));
}

const activeIzuCount = sql<number>`(select count(*)::int from users u where u.role = 'izu' and u.izu_status = 'active' and u.jurisdiction_id = p.id)`;

/** A page of the villages in a place (itself, if a village), each with its count of active IZU. */
export async function findVillagesPage(db: Db, filter: { under: string; gapsOnly: boolean; offset: number; limit: number }) {
  let q = db.selectFrom('places as p').where('p.level', '=', 5);
  if (filter.under !== 'RW') q = q.where('p.id', 'like', filter.under + '%');
  if (filter.gapsOnly) q = q.where(activeIzuCount, '<', PAIR_SIZE);
  const [rows, total] = await Promise.all([
    q
      .select(['p.id', 'p.name', activeIzuCount.as('activeCount')])
      .orderBy('p.id')
      .offset(filter.offset)
      .limit(filter.limit)
      .execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

/** How many villages a place holds, and how many of them have a full pair of active IZU. */
export async function countPairs(db: Db, under: string) {
  let q = db.selectFrom('places as p').where('p.level', '=', 5);
  if (under !== 'RW') q = q.where('p.id', 'like', under + '%');
  return q
    .select([sql<number>`count(*)::int`.as('villages'), sql<number>`count(*) filter (where ${activeIzuCount} >= ${PAIR_SIZE})::int`.as('withPair')])
    .executeTakeFirstOrThrow();
}

/** Active IZU of a village, but one (the one changing). */
export async function countActiveIzu(db: Db, villageId: string, except?: string): Promise<number> {
  let q = db
    .selectFrom('users')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('role', '=', 'izu')
    .where('izu_status', '=', 'active')
    .where('jurisdiction_id', '=', villageId);
  if (except) q = q.where('id', '<>', except);
  return (await q.executeTakeFirstOrThrow()).n;
}

/** The active IZU who holds this number, if any (an SMS from it names them). */
export async function findActiveIzuByPhone(db: Db, phones: string[]) {
  if (phones.length === 0) return [];
  return db.selectFrom('users').select(['id', 'phone']).where('role', '=', 'izu').where('izu_status', '=', 'active').where('phone', 'in', phones).execute();
}

/** Active IZU per village, for the villages given. */
export async function countActiveIzuByVillage(db: Db, villageIds: string[]): Promise<Map<string, number>> {
  if (villageIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['jurisdiction_id as id', sql<number>`count(*)::int`.as('n')])
    .where('role', '=', 'izu')
    .where('izu_status', '=', 'active')
    .where('jurisdiction_id', 'in', villageIds)
    .groupBy('jurisdiction_id')
    .execute();
  return new Map(rows.map((r) => [r.id, r.n]));
}

/**
 * Makes a volunteer's IZU modules in the training register the list given:
 * records already there (with their provider and certificate) stay, those not
 * in the list go, new ones are recorded by `recordedBy`.
 */
export async function replaceTrainings(
  trx: Transaction<DB>,
  userId: string,
  trainings: { trainingCode: string; takenOn: string }[],
  now: Date,
  recordedBy: string | null,
) {
  const izuCodes = trx.selectFrom('trainings').select('code').where('audience', '=', 'izu');
  const keep = trainings.map((t) => `${t.trainingCode} ${t.takenOn}`);
  await trx
    .deleteFrom('training_records')
    .where('user_id', '=', userId)
    .where('training_code', 'in', izuCodes)
    .$if(keep.length > 0, (q) => q.where(sql<string>`training_code || ' ' || to_char(completed_on, 'YYYY-MM-DD')`, 'not in', keep))
    .execute();
  const unique = new Map(trainings.map((t) => [`${t.trainingCode} ${t.takenOn}`, t]));
  if (unique.size === 0) return;
  await trx
    .insertInto('training_records')
    .values(
      [...unique.values()].map((t) => ({
        user_id: userId,
        training_code: t.trainingCode,
        completed_on: t.takenOn,
        recorded_by: recordedBy,
        recorded_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(['user_id', 'training_code', 'completed_on']).doNothing())
    .execute();
}

/** The places of the registry's villages, with names for labels (every place in a subtree). */
export async function findPlacesUnder(db: Db, under: string) {
  let q = db
    .selectFrom('places')
    .select(['id', 'name', 'level', 'parent_id as parentId', 'search_name as searchName', 'search_key as searchKey', 'search_skeleton as searchSkeleton']);
  if (under !== 'RW') q = q.where((eb) => eb.or([eb('id', 'like', under + '%'), eb('id', 'in', ancestorsOf(under))]));
  return q.execute();
}

const ancestorsOf = (id: string) => ['RW', ...[1, 2, 4, 6].filter((n) => n < id.length).map((n) => id.slice(0, n))];
