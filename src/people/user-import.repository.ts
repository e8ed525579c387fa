import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/**
 * What an import file names that already exists: organisations by lower-case
 * name or id, places by code, users by lower-case username (accounts only,
 * never children's records).
 */
export async function findImportReferences(db: Db, keys: { orgKeys: string[]; orgIds: string[]; placeIds: string[]; usernames: string[] }) {
  const { orgKeys, orgIds, placeIds, usernames } = keys;
  const [organisations, places, users] = await Promise.all([
    orgKeys.length
      ? db
          .selectFrom('organisations')
          .select(['id', 'name', 'active'])
          .where((eb) => eb.or([eb(sql`lower(name)`, 'in', orgKeys), ...(orgIds.length ? [eb('id', 'in', orgIds)] : [])]))
          .execute()
      : [],
    placeIds.length ? db.selectFrom('places').select(['id', 'level']).where('id', 'in', placeIds).execute() : [],
    usernames.length
      ? db
          .selectFrom('users')
          .select(['id', 'username', 'role', 'active', 'organisation_id as organisationId', 'jurisdiction_id as jurisdictionId'])
          .where(sql`lower(username)`, 'in', usernames)
          .execute()
      : [],
  ]);
  return { organisations, places, users };
}
