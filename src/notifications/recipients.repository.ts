import { sql } from 'kysely';
import type { Db } from '../db/database.js';

// Who hears about a report or an overdue deadline. Only active users; each
// comes with their phone (for SMS) and nothing else.

export type Recipient = { id: string; phone: string | null };

function activeUsers(db: Db) {
  return db.selectFrom('users as u').select(['u.id', 'u.phone']).where('u.active', '=', true);
}

/** The CPWOs whose jurisdiction holds the place (district level or below it). */
export async function cpwosOf(db: Db, placeId: string): Promise<Recipient[]> {
  return activeUsers(db)
    .where('u.role', '=', 'cpwo')
    .where(sql<boolean>`length(u.jurisdiction_id) >= 2 and u.jurisdiction_id <> 'RW' and ${placeId} like u.jurisdiction_id || '%'`)
    .orderBy('u.id')
    .execute();
}

export async function usersByIds(db: Db, ids: string[]): Promise<Recipient[]> {
  if (ids.length === 0) return [];
  return activeUsers(db).where('u.id', 'in', ids).orderBy('u.id').execute();
}

/** The supervisors of the given users (each caseworker has one). */
export async function supervisorsOf(db: Db, userIds: string[]): Promise<Recipient[]> {
  if (userIds.length === 0) return [];
  return activeUsers(db)
    .where(
      'u.id',
      'in',
      db.selectFrom('users as w').select('w.supervisor_id').where('w.id', 'in', userIds).where('w.supervisor_id', 'is not', null).$castTo<string>(),
    )
    .orderBy('u.id')
    .execute();
}

/** District leadership: supervisors whose jurisdiction is the district itself. */
export async function districtLeaders(db: Db, districtId: string): Promise<Recipient[]> {
  return activeUsers(db).where('u.role', '=', 'supervisor').where('u.jurisdiction_id', '=', districtId).orderBy('u.id').execute();
}

/** NCDA officers whose jurisdiction covers the district (national, the province, or the district). */
export async function ncdaOfficersFor(db: Db, districtId: string): Promise<Recipient[]> {
  return activeUsers(db)
    .where('u.role', '=', 'ncda_officer')
    .where(sql<boolean>`(u.jurisdiction_id = 'RW' or ${districtId} like u.jurisdiction_id || '%')`)
    .orderBy('u.id')
    .execute();
}

/** The data protection officers (national): requests under Law 058/2021 and emergency accesses are theirs to hear of. */
export async function dataProtectionOfficers(db: Db): Promise<Recipient[]> {
  return activeUsers(db).where('u.role', '=', 'dpo').orderBy('u.id').execute();
}
