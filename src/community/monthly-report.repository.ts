import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { MonthlyReportChannel } from './monthly-report.content.js';
import type { MonthlyReportValues } from './monthly-report.schemas.js';

// SQL of the IZU monthly reports. Reads take the place the access module
// allowed (a code prefix: a village, cell, sector, district or 'RW') and
// apply it in the query.

/** Key of the advisory lock that serialises writers of one village and month (any number, fixed). */
const REPORT_LOCK_SPACE = 733_013;

export type NewMonthlyReport = {
  villageId: string;
  month: string;
  channel: MonthlyReportChannel;
  submittedBy: string | null;
  enteredBy: string;
  receivedAt: Date;
  values: MonthlyReportValues;
};

/**
 * Records a report as the current one of its village and month, the current
 * one before it (if any) becoming history pointing at it.
 */
export async function insertMonthlyReport(trx: Transaction<DB>, r: NewMonthlyReport): Promise<{ id: string; replacedId: string | null }> {
  const [saved] = await insertMonthlyReports(trx, [r]);
  return saved!;
}

/**
 * Records reports (a batch of SMS, or one web form) as if one after the
 * other in the order given: each becomes the current one of its village and
 * month, the one before it history pointing at it. Three statements whatever
 * the number: the village-month locks, taken in a fixed order (two writers of
 * one village and month go one after the other, so the unique current index
 * never refuses the second, and two batches never wait on each other in a
 * circle); the update of the old current rows; the insert of the new ones, a
 * report followed by another of its village and month in the same batch
 * already written as history.
 */
export async function insertMonthlyReports(trx: Transaction<DB>, reports: NewMonthlyReport[]): Promise<{ id: string; replacedId: string | null }[]> {
  if (reports.length === 0) return [];
  const key = (r: NewMonthlyReport) => r.villageId + '/' + r.month;
  const ids = reports.map(() => randomUUID());
  // Per village and month: the reports in order; the first replaces the stored one, each later one the one before it.
  const chains = new Map<string, number[]>();
  reports.forEach((r, i) => {
    const chain = chains.get(key(r));
    if (chain) chain.push(i);
    else chains.set(key(r), [i]);
  });
  const keys = [...chains.keys()].sort();
  await sql`select pg_advisory_xact_lock(${REPORT_LOCK_SPACE}, hashtext(k)) from unnest(${keys}::text[]) with ordinality as x(k, n) order by n`.execute(trx);
  const firsts = keys.map((k) => chains.get(k)![0]!);
  // superseded_by references the new rows, inserted next: the foreign key is checked at commit (deferred).
  const old = await sql<{ id: string; by: string }>`
    update izu_monthly_reports r set superseded_at = v.at, superseded_by = v.by
    from unnest(${firsts.map((i) => reports[i]!.villageId)}::text[], ${firsts.map((i) => reports[i]!.month)}::text[],
      ${firsts.map((i) => ids[i]!)}::uuid[], ${firsts.map((i) => reports[i]!.receivedAt.toISOString())}::timestamptz[]) as v(village_id, month, by, at)
    where r.village_id = v.village_id and r.month = v.month and r.superseded_at is null
    returning r.id, v.by`.execute(trx);
  const replacedBy = new Map(old.rows.map((o) => [o.by, o.id]));
  const supersededBy = new Map<number, number>();
  const replaced = new Map<number, string>();
  for (const chain of chains.values())
    chain.forEach((i, k) => {
      const next = chain[k + 1];
      if (next !== undefined) supersededBy.set(i, next);
      if (k > 0) replaced.set(i, ids[chain[k - 1]!]!);
    });
  await trx
    .insertInto('izu_monthly_reports')
    .values(
      reports.map((r, i) => {
        const v = r.values;
        const next = supersededBy.get(i);
        return {
          id: ids[i]!,
          village_id: r.villageId,
          month: r.month,
          channel: r.channel,
          submitted_by: r.submittedBy,
          entered_by: r.enteredBy,
          received_at: r.receivedAt,
          households_visited: v.householdsVisited,
          children_at_risk: JSON.stringify(nonZero(v.childrenAtRisk)),
          incidents: JSON.stringify(nonZero(v.incidents)),
          resolved_in_community: v.resolvedInCommunity,
          referrals_made: v.referralsMade,
          follow_up_visits: v.followUpVisits,
          concerns: v.concerns ? v.concerns : null,
          superseded_at: next === undefined ? null : reports[next]!.receivedAt,
          superseded_by: next === undefined ? null : ids[next]!,
        };
      }),
    )
    .execute();
  return reports.map((_, i) => ({ id: ids[i]!, replacedId: replaced.get(i) ?? replacedBy.get(ids[i]!) ?? null }));
}

const nonZero = (counts: Record<string, number | undefined>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== undefined && n > 0));

/** Is this code a village on the map? (One primary-key read.) */
export async function isVillage(db: Db, placeId: string): Promise<boolean> {
  const row = await db.selectFrom('places').select('id').where('id', '=', placeId).where('level', '=', 5).executeTakeFirst();
  return row !== undefined;
}

/** The report figures, summed (one village's report, or a place's current reports). */
export type ReportFigures = {
  reports: number;
  householdsVisited: number;
  childrenAtRisk: Record<string, number>;
  incidents: Record<string, number>;
  resolvedInCommunity: number;
  referralsMade: number;
  followUpVisits: number;
};

export type PartRollup = { pairsActive: number; pairsReported: number; figures: ReportFigures };

const under = (column: string, placeId: string) => (placeId === 'RW' ? sql<boolean>`true` : sql<boolean>`${sql.ref(column)} like ${placeId + '%'}`);

/** A village has an active pair when at least one of its IZU is active (users_volunteers_place_idx). */
const ACTIVE_IZU = sql`u.role = 'izu' and u.izu_status = 'active'`;

/**
 * The current reports of a month under a place, summed per part (the place
 * code's first `partLength` characters: a province, district, sector, cell or
 * village), with each part's pairs active (villages with an active IZU) and
 * how many of them have reported. Three grouped queries on indexes; nothing is
 * read report by report.
 */
export async function rollupByPart(db: Db, q: { placeId: string; month: string; partLength: number }): Promise<Map<string, PartRollup>> {
  const n = q.partLength;
  const [active, sums, breakdowns] = await Promise.all([
    sql<{ part: string; n: number }>`
      select left(u.jurisdiction_id, ${n}) as part, count(distinct u.jurisdiction_id)::int as n
      from users u where ${ACTIVE_IZU} and ${under('u.jurisdiction_id', q.placeId)}
      group by 1`.execute(db),
    sql<{
      part: string;
      reports: number;
      reported: number;
      households: number;
      resolved: number;
      referrals: number;
      followups: number;
    }>`
      select left(r.village_id, ${n}) as part, count(*)::int as reports,
        count(*) filter (where exists (select 1 from users u where ${ACTIVE_IZU} and u.jurisdiction_id = r.village_id))::int as reported,
        sum(r.households_visited)::int as households, sum(r.resolved_in_community)::int as resolved,
        sum(r.referrals_made)::int as referrals, sum(r.follow_up_visits)::int as followups
      from izu_monthly_reports r
      where r.month = ${q.month} and r.superseded_at is null and ${under('r.village_id', q.placeId)}
      group by 1`.execute(db),
    sql<{ part: string; measure: 'childrenAtRisk' | 'incidents'; category: string; n: number }>`
      select left(r.village_id, ${n}) as part, b.measure, b.category, sum(b.n)::int as n
      from izu_monthly_reports r
      cross join lateral (
        select 'childrenAtRisk' as measure, e.key as category, e.value::int as n from jsonb_each_text(r.children_at_risk) e
        union all
        select 'incidents', e.key, e.value::int from jsonb_each_text(r.incidents) e
      ) b
      where r.month = ${q.month} and r.superseded_at is null and ${under('r.village_id', q.placeId)}
      group by 1, 2, 3`.execute(db),
  ]);
  const out = new Map<string, PartRollup>();
  const part = (id: string) => {
    let p = out.get(id);
    if (!p) out.set(id, (p = { pairsActive: 0, pairsReported: 0, figures: emptyFigures() }));
    return p;
  };
  for (const r of active.rows) part(r.part).pairsActive = r.n;
  for (const r of sums.rows) {
    const p = part(r.part);
    p.pairsReported = r.reported;
    Object.assign(p.figures, {
      reports: r.reports,
      householdsVisited: r.households,
      resolvedInCommunity: r.resolved,
      referralsMade: r.referrals,
      followUpVisits: r.followups,
    });
  }
  for (const r of breakdowns.rows) part(r.part).figures[r.measure][r.category] = r.n;
  return out;
}

export const emptyFigures = (): ReportFigures => ({
  reports: 0,
  householdsVisited: 0,
  childrenAtRisk: {},
  incidents: {},
  resolvedInCommunity: 0,
  referralsMade: 0,
  followUpVisits: 0,
});

/** The places one level below a place (a village has none), by code. */
export async function findPartsOf(db: Db, placeId: string) {
  return db.selectFrom('places').select(['id', 'name', 'level']).where('parent_id', '=', placeId).orderBy('id').execute();
}

export type StoredReport = {
  id: string;
  villageId: string;
  month: string;
  channel: MonthlyReportChannel;
  receivedAt: Date;
  submittedById: string | null;
  submittedByName: string | null;
  enteredById: string;
  enteredByName: string;
  householdsVisited: number;
  childrenAtRisk: Record<string, number>;
  incidents: Record<string, number>;
  resolvedInCommunity: number;
  referralsMade: number;
  followUpVisits: number;
  concerns: string | null;
  supersededAt: Date | null;
};

function reportColumns(db: Db) {
  return db
    .selectFrom('izu_monthly_reports as r')
    .leftJoin('users as s', 's.id', 'r.submitted_by')
    .innerJoin('users as e', 'e.id', 'r.entered_by')
    .select([
      'r.id',
      'r.village_id as villageId',
      'r.month',
      'r.channel',
      'r.received_at as receivedAt',
      'r.submitted_by as submittedById',
      's.full_name as submittedByName',
      'r.entered_by as enteredById',
      'e.full_name as enteredByName',
      'r.households_visited as householdsVisited',
      'r.children_at_risk as childrenAtRisk',
      'r.incidents',
      'r.resolved_in_community as resolvedInCommunity',
      'r.referrals_made as referralsMade',
      'r.follow_up_visits as followUpVisits',
      'r.concerns',
      'r.superseded_at as supersededAt',
    ]);
}

/** The current reports of a month under a place (a cell's villages), by village. */
export async function findCurrentReports(db: Db, q: { placeId: string; month: string }): Promise<StoredReport[]> {
  const rows = await reportColumns(db)
    .where('r.month', '=', q.month)
    .where('r.superseded_at', 'is', null)
    .where(under('r.village_id', q.placeId))
    .orderBy('r.village_id')
    .execute();
  return rows as StoredReport[];
}

/** A village's reports for a month, newest first (the current one, then the history), at most `limit`, and how many there are. */
export async function findVillageMonthReports(db: Db, q: { villageId: string; month: string; limit: number }) {
  const [rows, total] = await Promise.all([
    reportColumns(db)
      .where('r.village_id', '=', q.villageId)
      .where('r.month', '=', q.month)
      .orderBy('r.received_at', 'desc')
      .orderBy('r.id')
      .limit(q.limit)
      .execute(),
    db
      .selectFrom('izu_monthly_reports')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('village_id', '=', q.villageId)
      .where('month', '=', q.month)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as StoredReport[], total: total.n };
}

export type LatePairVolunteer = { villageId: string; villageName: string; userId: string; phone: string | null; language: 'rw' | 'en' | 'fr' };

/**
 * The active IZU of villages with no current report for the month whose pair
 * has not yet been reminded, by village. One query over the active IZU
 * (the report and reminder lookups are primary-key and unique-index probes).
 */
export async function findLatePairs(db: Db, month: string): Promise<LatePairVolunteer[]> {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('places as p', 'p.id', 'u.jurisdiction_id')
    .select(['u.jurisdiction_id as villageId', 'p.name as villageName', 'u.id as userId', 'u.phone', 'u.language'])
    .where('u.role', '=', 'izu')
    .where('u.izu_status', '=', 'active')
    .where('p.level', '=', 5)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('izu_monthly_reports as r')
            .select('r.id')
            .whereRef('r.village_id', '=', 'u.jurisdiction_id')
            .where('r.month', '=', month)
            .where('r.superseded_at', 'is', null),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('izu_report_reminders as m')
            .select('m.place_id')
            .where('m.month', '=', month)
            .whereRef('m.place_id', '=', 'u.jurisdiction_id')
            .where('m.kind', '=', 'pair'),
        ),
      ),
    )
    .orderBy('u.jurisdiction_id')
    .orderBy('u.id')
    .execute();
  return rows;
}

/** Marks reminders sent; returns the places newly marked (another server may have marked some first). */
export async function markReminded(trx: Transaction<DB>, q: { month: string; placeIds: string[]; kind: 'pair' | 'coordinator'; at: Date }): Promise<string[]> {
  if (q.placeIds.length === 0) return [];
  const rows = await trx
    .insertInto('izu_report_reminders')
    .values(q.placeIds.map((place_id) => ({ month: q.month, place_id, kind: q.kind, sent_at: q.at })))
    .onConflict((oc) => oc.columns(['month', 'place_id', 'kind']).doNothing())
    .returning('place_id')
    .execute();
  return rows.map((r) => r.place_id);
}

/** Active IZU villages of a cell (pairs active), for the coordinator's count. */
export async function countActivePairs(db: Db, cellId: string): Promise<number> {
  const row = await db
    .selectFrom('users as u')
    .select(sql<number>`count(distinct u.jurisdiction_id)::int`.as('n'))
    .where('u.role', '=', 'izu')
    .where('u.izu_status', '=', 'active')
    .where('u.jurisdiction_id', 'like', cellId + '%')
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The active cell coordinators of a cell with a phone, and their language. */
export async function findCellCoordinators(db: Db, cellId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'phone', 'language'])
    .where('role', '=', 'izu_cell_coordinator')
    .where('izu_status', '=', 'active')
    .where('active', '=', true)
    .where('jurisdiction_id', '=', cellId)
    .orderBy('id')
    .execute();
}
