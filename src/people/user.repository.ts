import { sql, type Expression, type SqlBool, type Transaction } from 'kysely';
import type { DB, Language, NewUser, Role, UserUpdate } from '../db/schema.js';
import type { Profession } from './people-vocabulary.js';
import { NATIONAL_PLACE_ID } from '../places/place-name.js';
import type { UserReferences } from './user-rules.js';
import type { User, UserListQuery } from './user.schemas.js';
import { escapeLike } from '../db/like.js';
import type { Db } from '../db/database.js';

export const USERNAME_INDEX = 'users_username_idx';

// Only the columns a User shows: the password hash and TOTP secret are never selected here.
function selectUsers(db: Db) {
  return db
    .selectFrom('users as u')
    .innerJoin('places as j', 'j.id', 'u.jurisdiction_id')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('users as s', 's.id', 'u.supervisor_id')
    .select([
      'u.id',
      'u.username',
      'u.full_name',
      'u.role',
      'o.id as organisation_id',
      'o.name as organisation_name',
      'j.id as jurisdiction_id',
      'j.name as jurisdiction_name',
      'j.level as jurisdiction_level',
      's.id as supervisor_id',
      's.full_name as supervisor_name',
      // A date column comes back as a JS Date in local time; text keeps the calendar date.
      sql<string | null>`to_char(u.training_completed_on, 'YYYY-MM-DD')`.as('training_completed_on'),
      'u.phone',
      'u.email',
      'u.language',
      'u.profession',
      'u.active',
      'u.locked_until',
      'u.locked_for_admin',
      'u.totp_enabled',
      'u.created_at',
    ]);
}

type UserViewRow = Awaited<ReturnType<ReturnType<typeof selectUsers>['executeTakeFirstOrThrow']>>;

function toUser(r: UserViewRow, now: Date): User {
  return {
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    role: r.role,
    organisation: r.organisation_id ? { id: r.organisation_id, name: r.organisation_name! } : null,
    jurisdiction: { id: r.jurisdiction_id, name: r.jurisdiction_name, level: r.jurisdiction_level },
    supervisor: r.supervisor_id ? { id: r.supervisor_id, fullName: r.supervisor_name! } : null,
    trainingCompletedOn: r.training_completed_on,
    phone: r.phone,
    email: r.email,
    language: r.language,
    profession: r.profession,
    active: r.active,
    locked: r.locked_for_admin || (r.locked_until !== null && new Date(r.locked_until).getTime() > now.getTime()),
    totpEnabled: r.totp_enabled,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** Users matching the query among those `visible` (the access module's filter), by full name. */
export async function listUsers(db: Db, visible: Expression<SqlBool>, query: UserListQuery, now: Date): Promise<{ items: User[]; total: number }> {
  const filtered = selectUsers(db)
    .where(visible)
    .$if(!!query.q, (q) =>
      q.where((eb) => eb.or([eb('u.username', 'ilike', `%${escapeLike(query.q!)}%`), eb('u.full_name', 'ilike', `%${escapeLike(query.q!)}%`)])),
    )
    .$if(!!query.role, (q) => q.where('u.role', '=', query.role!))
    .$if(!!query.placeId && query.placeId !== NATIONAL_PLACE_ID, (q) => q.where('u.jurisdiction_id', 'like', `${query.placeId}%`))
    .$if(!!query.organisationId, (q) => q.where('u.organisation_id', '=', query.organisationId!))
    .$if(!!query.active, (q) => q.where('u.active', '=', query.active === 'true'));
  const rows = await filtered
    .orderBy(sql`lower(u.full_name)`)
    .orderBy('u.username')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const { total } = await filtered
    .clearSelect()
    .select(sql<number>`count(*)::int`.as('total'))
    .executeTakeFirstOrThrow();
  return { items: rows.map((r) => toUser(r, now)), total };
}

export async function findUser(db: Db, id: string, now: Date): Promise<User | undefined> {
  const row = await selectUsers(db).where('u.id', '=', id).executeTakeFirst();
  return row && toUser(row, now);
}

/** The stored values an edit starts from. */
export type UserRecord = {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  organisationId: string | null;
  jurisdictionId: string;
  supervisorId: string | null;
  trainingCompletedOn: string | null;
  phone: string | null;
  email: string | null;
  language: Language;
  profession: Profession | null;
  active: boolean;
};

export async function findUserRecord(db: Db, id: string): Promise<UserRecord | undefined> {
  return db
    .selectFrom('users')
    .select([
      'id',
      'username',
      'full_name as fullName',
      'role',
      'organisation_id as organisationId',
      'jurisdiction_id as jurisdictionId',
      'supervisor_id as supervisorId',
      sql<string | null>`to_char(training_completed_on, 'YYYY-MM-DD')`.as('trainingCompletedOn'),
      'phone',
      'email',
      'language',
      'profession',
      'active',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Loads what a draft points at, for the account rules (src/people/user-rules.ts). */
export async function loadReferences(
  db: Db,
  draft: { organisationId: string | null; jurisdictionId: string; supervisorId: string | null },
): Promise<UserReferences> {
  const [organisation, jurisdiction, supervisor] = await Promise.all([
    draft.organisationId ? db.selectFrom('organisations').select(['id', 'active']).where('id', '=', draft.organisationId).executeTakeFirst() : undefined,
    db.selectFrom('places').select(['id', 'level']).where('id', '=', draft.jurisdictionId).executeTakeFirst(),
    draft.supervisorId
      ? db
          .selectFrom('users')
          .select(['id', 'role', 'active', 'organisation_id as organisationId', 'jurisdiction_id as jurisdictionId'])
          .where('id', '=', draft.supervisorId)
          .executeTakeFirst()
      : undefined,
  ]);
  return { organisation, jurisdiction, supervisor };
}

export async function usernameTaken(db: Db, username: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
  return !!row;
}

export async function insertUsers(trx: Transaction<DB>, values: NewUser[]): Promise<void> {
  // Rows are in file order, so a supervisor is inserted no later than the users they supervise.
  for (let i = 0; i < values.length; i += 500) {
    await trx
      .insertInto('users')
      .values(values.slice(i, i + 500))
      .execute();
  }
}

export async function insertUser(trx: Transaction<DB>, value: NewUser): Promise<string> {
  return (await trx.insertInto('users').values(value).returning('id').executeTakeFirstOrThrow()).id;
}

/** Is there any user at all (a database that needs its first administrator has none)? */
export async function hasAnyUser(db: Db): Promise<boolean> {
  return !!(await db.selectFrom('users').select('id').limit(1).executeTakeFirst());
}

const FIRST_ADMINISTRATOR_LOCK = 727_005;

/** Servers starting together on an empty database take turns here (until the transaction ends). */
export async function lockFirstAdministrator(trx: Transaction<DB>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${FIRST_ADMINISTRATOR_LOCK})`.execute(trx);
}

export async function updateUserRow(trx: Transaction<DB>, id: string, set: UserUpdate): Promise<void> {
  await trx.updateTable('users').set(set).where('id', '=', id).execute();
}

/**
 * How many active users this account supervises who would no longer fit
 * under it (framework §8: a caseworker's supervisor is an active supervisor
 * of their organisation whose jurisdiction contains theirs). `after` null:
 * the account stops supervising altogether (deactivation).
 */
export async function countStrandedSupervisees(
  db: Db,
  supervisorId: string,
  after: { role: Role; organisationId: string | null; jurisdictionId: string } | null,
): Promise<number> {
  let q = db
    .selectFrom('users')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('supervisor_id', '=', supervisorId)
    .where('active', '=', true);
  if (after && after.role === 'supervisor') {
    const prefix = after.jurisdictionId === NATIONAL_PLACE_ID ? '%' : `${after.jurisdictionId}%`;
    q = q.where((eb) =>
      eb.or([
        after.organisationId === null ? eb('organisation_id', 'is not', null) : eb('organisation_id', 'is distinct from', after.organisationId),
        eb('jurisdiction_id', 'not like', prefix),
      ]),
    );
  }
  const { n } = await q.executeTakeFirstOrThrow();
  return n;
}

/** Does the account have a password (an IZU on a basic phone may have none)? */
export async function hasPassword(db: Db, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select(sql<boolean>`password_hash is not null`.as('has'))
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.has ?? false;
}
