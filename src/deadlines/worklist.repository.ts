import { sql } from 'kysely';
import type { Actor } from '../access/actor.js';
import { caseFieldVisibility, deadlineScope, reportFieldVisibility } from '../access/case-access.js';
import type { WorklistQuery } from './worklist.schemas.js';
import type { Db } from '../db/database.js';

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
  // What triage needs on the row (the tier, the case types, the village, the
  // channel, and the child's first name or, before intake, the description
  // as reported), the child's only to those need-to-know lets see them.
  const caseIdentity = caseFieldVisibility(actor).childIdentity;
  const reportIdentity = reportFieldVisibility(actor).childIdentity;
  const rows = await filtered
    .leftJoin('children as ch', 'ch.id', 'c.child_id')
    .leftJoin('places as cp', 'cp.id', 'c.place_id')
    .leftJoin('places as rp', 'rp.id', 'r.place_id')
    .select([
      'd.id',
      'd.kind',
      'd.due_at as dueAt',
      'd.escalation_level as escalationLevel',
      'd.tier',
      'r.id as reportId',
      'r.reference',
      'r.channel',
      'c.id as caseId',
      'c.case_code as caseCode',
      sql<string[]>`coalesce(c.case_types, r.case_types, '{}')`.as('caseTypes'),
      sql<string | null>`coalesce(cp.id, rp.id)`.as('placeId'),
      sql<string | null>`coalesce(cp.name, rp.name)`.as('placeName'),
      (caseIdentity || reportIdentity
        ? sql<string | null>`case when c.id is not null then ${caseIdentity ? sql`ch.given_name` : sql`null`}
            else ${reportIdentity ? sql`nullif(split_part(btrim(r.child_name), ' ', 1), '')` : sql`null`} end`
        : sql<string | null>`null`
      ).as('childFirstName'),
      (reportIdentity
        ? sql<string | null>`case when c.id is null and r.child_name is null then left(r.child_description, 120) end`
        : sql<string | null>`null`
      ).as('childDescription'),
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
