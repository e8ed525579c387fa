import { sql, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { householdVisitNoteVisible, householdVisitScope } from '../access/izu-access.js';
import { scopeFilter } from '../access/policy.js';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { IzuInputChannel } from '../db/tables/community.js';
import { offsetOf, type Paging } from '../http/paging.js';
import type { HouseholdConcern } from './izu-visit-vocabulary.js';

// SQL of the IZU's household visits. Every read goes through
// householdVisitScope (src/access/izu-access.ts): a volunteer their own, a
// coordinator or CPWO their jurisdiction's villages. The note is selected for
// its author only: anyone else reads null, whatever screen or export asks.

export async function insertHouseholdVisit(
  trx: Transaction<DB>,
  v: {
    izuUserId: string;
    villageId: string;
    householdCode: string;
    visitedOn: string;
    childrenSeen: number;
    concerns: HouseholdConcern[];
    note: string | null;
    via: IzuInputChannel;
    at: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('izu_household_visits')
    .values({
      izu_user_id: v.izuUserId,
      village_id: v.villageId,
      district_id: v.villageId.slice(0, 2),
      household_code: v.householdCode,
      visited_on: v.visitedOn,
      children_seen: v.childrenSeen,
      concerns: v.concerns,
      note: v.note,
      received_via: v.via,
      recorded_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export type VisitFilter = { placeId?: string; from?: string; to?: string };

/** The visits the actor may read, narrowed to a place (already checked in scope) and dates. */
function scopedVisits(db: Db, actor: Actor, f: VisitFilter) {
  return db
    .selectFrom('izu_household_visits as hv')
    .where(householdVisitScope(actor))
    .$if(!!f.placeId, (q) => q.where(scopeFilter({ jurisdictionId: f.placeId! }, 'hv.village_id', 'hv.district_id')))
    .$if(!!f.from, (q) => q.where('hv.visited_on', '>=', f.from!))
    .$if(!!f.to, (q) => q.where('hv.visited_on', '<=', f.to!));
}

export async function listHouseholdVisits(db: Db, actor: Actor, f: VisitFilter, paging: Paging) {
  const scoped = scopedVisits(db, actor, f);
  const note = householdVisitNoteVisible(actor) ? sql<string | null>`hv.note` : sql<string | null>`null`;
  const items = await scoped
    .innerJoin('places as p', 'p.id', 'hv.village_id')
    .select([
      'hv.id',
      'hv.household_code as householdCode',
      sql<string>`to_char(hv.visited_on, 'YYYY-MM-DD')`.as('visitedOn'),
      'hv.children_seen as childrenSeen',
      sql<HouseholdConcern[]>`hv.concerns`.as('concerns'),
      note.as('note'),
      'hv.village_id as villageId',
      'p.name as villageName',
      'hv.received_via as receivedVia',
      'hv.recorded_at as recordedAt',
    ])
    .orderBy('hv.visited_on', 'desc')
    .orderBy('hv.recorded_at', 'desc')
    .orderBy('hv.id')
    .limit(paging.pageSize)
    .offset(offsetOf(paging))
    .execute();
  const { total } = await scoped.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  return { items, total };
}

/** Counts over the actor's visits of a place: no note, no volunteer. */
export async function summariseHouseholdVisits(db: Db, actor: Actor, f: VisitFilter & { placeId: string }) {
  const { placeId } = f;
  const scoped = scopedVisits(db, actor, f);
  const totals = await scoped
    .select([
      sql<number>`count(*)::int`.as('visits'),
      sql<number>`count(distinct hv.household_code)::int`.as('households'),
      sql<number>`coalesce(sum(hv.children_seen), 0)::int`.as('childrenSeen'),
      sql<number>`count(*) filter (where cardinality(hv.concerns) > 0)::int`.as('withConcerns'),
    ])
    .executeTakeFirstOrThrow();
  const concerns = await db
    .selectFrom(scoped.select(sql<HouseholdConcern>`unnest(hv.concerns)`.as('concern')).as('c'))
    .select(['c.concern', sql<number>`count(*)::int`.as('visits')])
    .groupBy('c.concern')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('c.concern')
    .execute();
  // One row per place one level below the one asked (a district's sectors, a
  // cell's villages): a bounded list whatever the place.
  const areaLength = placeId.length === 1 ? 2 : Math.min(placeId.length + 2, 8);
  // A literal, so the select and the group by are the same expression.
  const areaId = sql<string>`substr(hv.village_id, 1, ${sql.lit(areaLength)})`;
  const areas = await scoped
    .innerJoin('places as p', (join) => join.on(sql<boolean>`p.id = ${areaId}`))
    .select([
      areaId.as('placeId'),
      'p.name as placeName',
      sql<number>`count(*)::int`.as('visits'),
      sql<number>`coalesce(sum(hv.children_seen), 0)::int`.as('childrenSeen'),
    ])
    .groupBy([areaId, 'p.name'])
    .orderBy(areaId)
    .execute();
  return { ...totals, concerns, areas };
}
