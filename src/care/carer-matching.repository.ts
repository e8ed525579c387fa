import { sql } from 'kysely';
import type { Actor } from '../access/actor.js';
import { carerIdentityVisible, carerScope } from '../access/care-access.js';
import type { Db } from '../db/database.js';

// Matching (the alternative care issue): approved carers for a child, nearest
// in the place tree first (same village, cell, sector, then the district),
// with room for the sibling group, who take the child's age, available for
// emergencies when the form is emergency foster care, and whose approval is
// not past its review. One query on foster_carers_match_idx (the approved
// carers of one district) and the active placements by carer; the village
// names are looked up for the carers listed only (joined before the limit,
// the planner would read the whole place table to hash it).

export type CarerMatchQuery = {
  childPlaceId: string;
  districtId: string;
  age: number | null;
  siblingGroup: number;
  emergency: boolean;
  on: string;
  limit: number;
};

export function carerMatchesQuery(db: Db, actor: Actor, q: CarerMatchQuery) {
  const village = q.childPlaceId.slice(0, 8);
  const cell = q.childPlaceId.slice(0, 6);
  const sector = q.childPlaceId.slice(0, 4);
  const who = carerIdentityVisible(actor);
  const matched = db
    .selectFrom('foster_carers as fc')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('care_placements as ap')
          .select(sql<number>`coalesce(sum(ap.sibling_group), 0)::int`.as('placed'))
          .whereRef('ap.carer_id', '=', 'fc.id')
          .where('ap.ended_on', 'is', null)
          .as('taken'),
      (join) => join.onTrue(),
    )
    .select([
      'fc.id as carerId',
      (who ? sql<string | null>`fc.household_name` : sql<string | null>`null`).as('householdName'),
      'fc.village_id as villageId',
      sql<number>`(case when fc.village_id = ${village} then 0 when left(fc.village_id, 6) = ${cell} then 1 when left(fc.village_id, 4) = ${sector} then 2 else 3 end)`.as(
        'distance',
      ),
      sql<number>`(fc.capacity - coalesce(taken.placed, 0))::int`.as('freePlaces'),
      'fc.capacity',
      'fc.age_min as ageMin',
      'fc.age_max as ageMax',
      'fc.emergency_available as emergencyAvailable',
      'fc.also_izu as alsoIzu',
    ])
    .where('fc.district_id', '=', q.districtId)
    .where('fc.status', '=', 'approved')
    .where(sql<boolean>`fc.approval_review_on >= ${q.on}::date`)
    .where(carerScope(actor))
    .$if(q.age !== null, (b) => b.where('fc.age_min', '<=', q.age!).where('fc.age_max', '>=', q.age!))
    .$if(q.emergency, (b) => b.where('fc.emergency_available', '=', true))
    .where(sql<boolean>`fc.capacity - coalesce(taken.placed, 0) >= ${q.siblingGroup}`)
    .orderBy('distance')
    .orderBy('freePlaces', 'desc')
    .orderBy('fc.id')
    .limit(q.limit);
  return db
    .selectFrom(matched.as('m'))
    .innerJoin('places as pv', 'pv.id', 'm.villageId')
    .selectAll('m')
    .select('pv.name as villageName')
    .orderBy('m.distance')
    .orderBy('m.freePlaces', 'desc')
    .orderBy('m.carerId');
}

export async function carerMatches(db: Db, actor: Actor, q: CarerMatchQuery) {
  return carerMatchesQuery(db, actor, q).execute();
}
