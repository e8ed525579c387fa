import type { Db } from '../db/database.js';
import type { Dhis2Conflict, Dhis2ImportCount } from '../db/tables/dhis2.js';
import type { Dhis2MappingInput } from './dhis2.schemas.js';

// The DHIS2 mapping and the record of pushes (migrations/0050_dhis2.sql).

export async function readMapping(db: Db) {
  const [settings, elements, orgUnits] = await Promise.all([
    db.selectFrom('dhis2_settings').select('data_set').executeTakeFirst(),
    db.selectFrom('dhis2_element_map').selectAll().orderBy('indicator_id').orderBy('disaggregation').orderBy('disaggregation_key').orderBy('part').execute(),
    db.selectFrom('dhis2_org_unit_map').selectAll().orderBy('place_id').execute(),
  ]);
  return { dataSet: settings?.data_set ?? null, elements, orgUnits };
}

/** The whole mapping replaced in one transaction: nothing half-written. */
export async function replaceMapping(db: Db, m: Dhis2MappingInput, by: string, at: Date) {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('dhis2_element_map').execute();
    await trx.deleteFrom('dhis2_org_unit_map').execute();
    await trx
      .insertInto('dhis2_settings')
      .values({ id: 1, data_set: m.dataSet, updated_by: by, updated_at: at })
      .onConflict((oc) => oc.column('id').doUpdateSet({ data_set: m.dataSet, updated_by: by, updated_at: at }))
      .execute();
    if (m.elements.length)
      await trx
        .insertInto('dhis2_element_map')
        .values(
          m.elements.map((e) => ({
            indicator_id: e.indicator,
            disaggregation: e.disaggregation ?? '',
            disaggregation_key: e.key ?? '',
            part: e.part,
            data_element: e.dataElement,
            category_option_combo: e.categoryOptionCombo,
          })),
        )
        .execute();
    if (m.orgUnits.length)
      await trx
        .insertInto('dhis2_org_unit_map')
        .values(m.orgUnits.map((o) => ({ place_id: o.place, org_unit: o.orgUnit })))
        .execute();
  });
}

export async function existingPlaces(db: Db, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.selectFrom('places').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export type PushRecord = {
  placeId: string;
  period: string;
  payload: unknown;
  attempts: number;
  httpStatus: number | null;
  status: string;
  importCount: Dhis2ImportCount | null;
  conflicts: Dhis2Conflict[];
  error: string | null;
  pushedBy: string;
  pushedAt: Date;
};

export async function insertPush(db: Db, p: PushRecord) {
  return db
    .insertInto('dhis2_pushes')
    .values({
      place_id: p.placeId,
      period: p.period,
      payload: JSON.stringify(p.payload),
      attempts: p.attempts,
      http_status: p.httpStatus,
      status: p.status,
      import_count: JSON.stringify(p.importCount),
      conflicts: JSON.stringify(p.conflicts),
      error: p.error,
      pushed_by: p.pushedBy,
      pushed_at: p.pushedAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listPushes(db: Db, q: { place?: string; period?: string; limit: number }) {
  let query = db.selectFrom('dhis2_pushes').selectAll().orderBy('pushed_at', 'desc').orderBy('id').limit(q.limit);
  if (q.place) query = query.where('place_id', '=', q.place);
  if (q.period) query = query.where('period', '=', q.period);
  return query.execute();
}
