import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { lineageOf } from '../places/place-name.js';
import type { Suggestion } from './directory.schemas.js';

// Which providers a caseworker is offered for a child's need (framework step 7
// and Table 4). Exported for the referrals, which check "the provider offers
// the service and covers the village" with the same SQL.

export type SuggestionQuery = {
  serviceType: string;
  /** The child's village (or any node: the areas that cover it are its ancestors-or-self). */
  placeId: string;
  ageYears: number | null;
  sex: 'female' | 'male' | null;
  /** The case's types: the lead agency kinds of their pathways come first. */
  caseTypes: readonly string[] | null;
  limit: number;
};

/**
 * The active services of active providers that cover `placeId` (one of the
 * service's areas is an ancestor-or-self of the place: the place's lineage is
 * a handful of codes, each an index lookup on provider_service_areas), as SQL
 * rows with the nearest covering node (the longest code).
 */
function coveringServices(db: Db, placeId: string) {
  return db
    .selectFrom('provider_service_areas as a')
    .innerJoin('provider_services as s', 's.id', 'a.service_id')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .where('a.place_id', 'in', lineageOf(placeId))
    .where('s.active', '=', true)
    .where('o.active', '=', true);
}

/**
 * Providers for a need, best first: those offering an active service of the
 * type, covering the village, fit for the child's age and sex. Order: services
 * with capacity (null, not counted, counts as available) before those with
 * none (capacity 0 is listed last, flagged `full`, so a caseworker still sees
 * who offers it); then the lead agency kinds of the case types' pathways;
 * then the nearest coverage (village > cell > sector > district > province >
 * national: the longest covering code); then the name.
 */
export async function suggestProviders(db: Db, q: SuggestionQuery): Promise<Suggestion[]> {
  const caseTypes = q.caseTypes?.length ? [...q.caseTypes] : null;
  const lead = caseTypes
    ? sql<boolean>`exists (select 1 from referral_pathways rp where rp.case_type in (${sql.join(caseTypes)})
        and rp.service_type = s.service_type and rp.agency_kind = o.kind and rp.lead)`
    : sql<boolean>`false`;
  const nearness = sql`(case when a.place_id = 'RW' then 0 else length(a.place_id) end)`;
  const rows = await coveringServices(db, q.placeId)
    .where('s.service_type', '=', q.serviceType)
    .$if(q.ageYears !== null, (w) =>
      w.where((eb) =>
        eb.and([
          eb.or([eb('s.min_age', 'is', null), eb('s.min_age', '<=', q.ageYears!)]),
          eb.or([eb('s.max_age', 'is', null), eb('s.max_age', '>=', q.ageYears!)]),
        ]),
      ),
    )
    .$if(q.sex !== null, (w) => w.where(sql<boolean>`(cardinality(s.sexes) = 0 or ${q.sex} = any(s.sexes))`))
    .groupBy(['s.id', 'o.id'])
    .select([
      'o.id as organisationId',
      'o.name as organisationName',
      'o.kind',
      's.id as serviceId',
      's.name as serviceName',
      's.capacity_available as capacityAvailable',
      lead.as('lead'),
      sql<string>`(array_agg(a.place_id order by ${nearness} desc))[1]`.as('coveragePlaceId'),
      sql<boolean>`coalesce(s.capacity_available = 0, false)`.as('full'),
    ])
    .orderBy(sql`coalesce(s.capacity_available = 0, false)`)
    .$if(!!caseTypes, (w) => w.orderBy(sql`${lead} desc`))
    .orderBy(sql`max(${nearness}) desc`)
    .orderBy(sql`lower(o.name)`)
    .orderBy('s.id')
    .limit(q.limit)
    .execute();
  return rows.map((r) => ({ ...r, coverageLevel: levelOfCode(r.coveragePlaceId) }));
}

/** Map level of a code: 0 national, 1 province, 2 district, 3 sector, 4 cell, 5 village. */
export function levelOfCode(code: string): number {
  return code === 'RW' ? 0 : (({ 1: 1, 2: 2, 4: 3, 6: 4, 8: 5 } as Record<number, number>)[code.length] ?? 0);
}

/**
 * Does this service, active at an active provider, cover `placeId`? The
 * referrals' check before sending (the same rule as suggestProviders).
 */
export async function providerCoversPlace(db: Db, serviceId: string, placeId: string): Promise<boolean> {
  const row = await coveringServices(db, placeId).where('s.id', '=', serviceId).select('s.id').executeTakeFirst();
  return !!row;
}
