import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { NATIONAL_PLACE_ID } from '../places/place-name.js';
import type { Organisation, OrganisationKind, OrganisationListQuery } from './organisation.schemas.js';
import { escapeLike } from '../db/like.js';
import type { Db } from '../db/database.js';

function selectOrganisations(db: Db) {
  return db
    .selectFrom('organisations as o')
    .innerJoin('places as p', 'p.id', 'o.place_id')
    .select(['o.id', 'o.name', sql<OrganisationKind>`o.kind`.as('kind'), 'o.place_id as placeId', 'p.name as placeName', 'o.active']);
}

export async function listOrganisations(db: Db, query: OrganisationListQuery): Promise<{ items: Organisation[]; total: number }> {
  const filtered = selectOrganisations(db)
    .$if(!!query.q, (q) => q.where('o.name', 'ilike', `%${escapeLike(query.q!)}%`))
    .$if(!!query.kind, (q) => q.where('o.kind', '=', query.kind!))
    .$if(!!query.placeId && query.placeId !== NATIONAL_PLACE_ID, (q) => q.where('o.place_id', 'like', `${query.placeId}%`))
    .$if(!!query.active, (q) => q.where('o.active', '=', query.active === 'true'));
  const items = await filtered
    .orderBy(sql`lower(o.name)`)
    .orderBy('o.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const { total } = await filtered
    .clearSelect()
    .select(sql<number>`count(*)::int`.as('total'))
    .executeTakeFirstOrThrow();
  return { items, total };
}

export async function findOrganisation(db: Db, id: string): Promise<Organisation | undefined> {
  return selectOrganisations(db).where('o.id', '=', id).executeTakeFirst();
}

export async function insertOrganisation(trx: Transaction<DB>, values: { name: string; kind: OrganisationKind; placeId: string; now: Date }): Promise<string> {
  const row = await trx
    .insertInto('organisations')
    .values({ name: values.name, kind: values.kind, place_id: values.placeId, created_at: values.now, updated_at: values.now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateOrganisation(
  trx: Transaction<DB>,
  id: string,
  changes: { name?: string; kind?: OrganisationKind; placeId?: string; active?: boolean },
  now: Date,
): Promise<void> {
  await trx
    .updateTable('organisations')
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.kind !== undefined && { kind: changes.kind }),
      ...(changes.placeId !== undefined && { place_id: changes.placeId }),
      ...(changes.active !== undefined && { active: changes.active }),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

export async function findPlace(db: Db, id: string): Promise<{ id: string; name: string; level: number } | undefined> {
  return db.selectFrom('places').select(['id', 'name', 'level']).where('id', '=', id).executeTakeFirst();
}
