import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { RiskTier } from '../../db/tables/cases-core.js';

// SQL of intake (framework step 4): the child's next case number, the new
// case. The screened report is locked by the report repository (lockReport).

export async function nextCaseNumber(trx: Transaction<DB>, childId: string): Promise<number> {
  const row = await trx
    .selectFrom('cases')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('child_id', '=', childId)
    .executeTakeFirstOrThrow();
  return row.n + 1;
}

export async function insertCase(
  trx: Transaction<DB>,
  v: {
    caseCode: string;
    childId: string;
    reportId: string;
    districtId: string;
    placeId: string;
    tier: RiskTier;
    caseTypes: string[];
    openedBy: string;
    now: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('cases')
    .values({
      case_code: v.caseCode,
      child_id: v.childId,
      report_id: v.reportId,
      district_id: v.districtId,
      place_id: v.placeId,
      stage: 'intake',
      tier: v.tier,
      case_types: v.caseTypes,
      opened_at: v.now,
      opened_by: v.openedBy,
      created_at: v.now,
      updated_at: v.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function markReportCaseOpened(trx: Transaction<DB>, reportId: string, caseId: string, childId: string, now: Date): Promise<void> {
  await trx
    .updateTable('incident_reports')
    .set({ status: 'case_opened', case_id: caseId, child_id: childId, updated_at: now })
    .where('id', '=', reportId)
    .execute();
}
