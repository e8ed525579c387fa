import { sql } from 'kysely';
import type { Db } from '../db/database.js';

// What the follow-up lists share: the count of a case's rows, the names of
// who did what, dates as text.

/** The rows of one of a case's lists, for its total over all pages. Unscoped: a count, no child's data, beside a scoped list of a case found in the actor's scope. */
export async function countOfCase(
  db: Db,
  table: 'case_notes' | 'client_feedback' | 'case_services' | 'monitoring_visits' | 'case_attachments' | 'case_transfers' | 'visit_tasks',
  caseId: string,
): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where case_id = ${caseId}`.execute(db);
  return rows[0]!.n;
}

/** Display names of users, for "who did it" columns in the case file. */
export async function userNames(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'full_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

export const dateText = (column: string) => sql<string>`${sql.ref(column)}::text`;
