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
 * one before it (if any) becoming history pointing at it. Three statements:
 * the village-month lock (two writers of one village and month go one after
 * the other, so the unique current index never refuses the second), the
 * update of the old row, the insert.
 */
export async function insertMonthlyReport(trx: Transaction<DB>, r: NewMonthlyReport): Promise<{ id: string; replacedId: string | null }> {
  const id = randomUUID();
  await sql`select pg_advisory_xact_lock(${REPORT_LOCK_SPACE}, hashtext(${r.villageId + '/' + r.month}))`.execute(trx);
  // superseded_by references the new row, inserted next: the foreign key is checked at commit (deferred).
  const old = await trx
    .updateTable('izu_monthly_reports')
    .set({ superseded_at: r.receivedAt, superseded_by: id })
    .where('village_id', '=', r.villageId)
    .where('month', '=', r.month)
    .where('superseded_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  const v = r.values;
  await trx
    .insertInto('izu_monthly_reports')
    .values({
      id,
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
    })
    .execute();
  return { id, replacedId: old?.id ?? null };
}

const nonZero = (counts: Record<string, number | undefined>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== undefined && n > 0));

/** Is this code a village on the map? (One primary-key read.) */
export async function isVillage(db: Db, placeId: string): Promise<boolean> {
  const row = await db.selectFrom('places').select('id').where('id', '=', placeId).where('level', '=', 5).executeTakeFirst();
  return row !== undefined;
}
