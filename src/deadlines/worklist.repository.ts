import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { deadlineScope } from '../access/case-access.js';
import type { DB } from '../db/schema.js';
import type { WorklistQuery } from './worklist.schemas.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * The actor's open deadlines, scoped, filtered and paged in SQL, soonest first.
 * A case's deadlines are met when it closes or leaves (case-ending.ts), so the
 * open ones are those of live work; the tier is the deadline's own (set when
 * its clock started), so a district's list and counts read the deadlines
 * alone and join the report and case for the page's rows only.
 */
export async function listWorklist(db: Db, actor: Actor, query: WorklistQuery, day: { start: Date; end: Date; now: Date }) {
  const open = db
    .selectFrom('deadlines as d')
    .leftJoin('incident_reports as r', 'r.id', 'd.report_id')
    .leftJoin('cases as c', 'c.id', 'd.case_id')
    .where('d.met_at', 'is', null)
    .where(deadlineScope(actor))
    .$if(!!query.tier, (q) => q.where('d.tier', '=', Number(query.tier) as 1 | 2))
    .$if(!!query.kind, (q) => q.where('d.kind', '=', query.kind!));
  const filtered = open
    .$if(query.due === 'overdue', (q) => q.where('d.due_at', '<', day.now))
    .$if(query.due === 'today', (q) => q.where('d.due_at', '>=', day.start).where('d.due_at', '<=', day.end));
  const rows = await filtered
    .select([
      'd.id',
      'd.kind',
      'd.due_at as dueAt',
      'd.escalation_level as escalationLevel',
      'd.tier',
      'r.id as reportId',
      'r.reference',
      'c.id as caseId',
      'c.case_code as caseCode',
    ])
    .orderBy('d.due_at')
    .orderBy('d.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const { total } = await filtered.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  const counts = await open
    .select([
      sql<number>`count(*) filter (where d.due_at < ${day.now})::int`.as('overdue'),
      sql<number>`count(*) filter (where d.due_at >= ${day.start} and d.due_at <= ${day.end})::int`.as('dueToday'),
      sql<number>`count(*)::int`.as('open'),
    ])
    .executeTakeFirstOrThrow();
  return { rows, total, counts };
}
