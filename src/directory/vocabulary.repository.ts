import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { PutPathwayInput, PutServiceTypeInput, ServiceType } from './directory.schemas.js';

// The directory's shared lists: the service types (administrator-extensible,
// named in the three languages) and the referral pathways of framework Table 4.

export async function listServiceTypes(db: Db, includeInactive: boolean): Promise<ServiceType[]> {
  return db
    .selectFrom('service_types')
    .select(['code', 'name_rw as nameRw', 'name_en as nameEn', 'name_fr as nameFr', 'active', 'sort_order as sortOrder'])
    .$if(!includeInactive, (q) => q.where('active', '=', true))
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
}

/** Inserts or updates a type; true when it is new. */
export async function upsertServiceType(db: Db, t: PutServiceTypeInput, now: Date): Promise<boolean> {
  const values = { name_rw: t.nameRw, name_en: t.nameEn, name_fr: t.nameFr, active: t.active, sort_order: t.sortOrder };
  const row = await db
    .insertInto('service_types')
    .values({ code: t.code, ...values, created_at: now })
    .onConflict((oc) => oc.column('code').doUpdateSet(values))
    .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
    .executeTakeFirstOrThrow();
  return row.inserted;
}

export async function listPathways(db: Db) {
  return db
    .selectFrom('referral_pathways')
    .select(['case_type as caseType', 'service_type as serviceType', 'agency_kind as agencyKind', 'lead'])
    .orderBy('case_type')
    .orderBy('lead', 'desc')
    .orderBy('service_type')
    .orderBy('agency_kind')
    .execute();
}

export async function replacePathway(db: Db, p: PutPathwayInput): Promise<void> {
  await db.deleteFrom('referral_pathways').where('case_type', '=', p.caseType).execute();
  if (p.entries.length) {
    await db
      .insertInto('referral_pathways')
      .values(p.entries.map((e) => ({ case_type: p.caseType, service_type: e.serviceType, agency_kind: e.agencyKind, lead: e.lead })))
      .execute();
  }
}

/** What suggestions need of a child: where they live now, their sex and birth date (no name). */
export async function childForSuggestions(db: Db, childId: string) {
  return db
    .selectFrom('children')
    .select(['place_id as placeId', 'sex', sql<string | null>`date_of_birth::text`.as('dateOfBirth')])
    .where('id', '=', childId)
    .executeTakeFirstOrThrow();
}
