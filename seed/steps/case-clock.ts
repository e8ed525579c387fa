import { WORK } from '../seed-sql.js';

// When each step of a generated case happened, as SQL over a row `k` of the
// case staging table. Deadlines, step records and the timeline all use these
// expressions, so a case's assessment is dated when its tier deadline was met.

const U = `${WORK}.u`;

/** A step was reached: an open case is past stage `idx`, or a closed one lasted at least `days`. */
export const reached = (idx: number, days: number) => `(case when k.idx = 5 then k.span >= ${days} else k.idx > ${idx} end)`;

/** When a deadline due at `due` was met: usually early, one time in ten late; never after closure or the end of the world. */
export const metAt = (due: string, early: string, salt: number, until: string) =>
  `least(coalesce(k.closed_at, ${until}), ${until}, case when ${U}(k.n, ${salt}) < 0.9 then ${due} - (${early}) * ${U}(k.n, ${salt + 1}) * interval '1 day'
                              else ${due} + (1 + 10 * ${U}(k.n, ${salt + 1})) * interval '1 day' end)`;

export const TIER1_DUE = `k.opened_at + interval '12 hours'`;
export const TIER2_DUE = `k.opened_at + interval '7 days'`;
export const PLAN_DUE = `k.opened_at + interval '30 days'`;

/** The first assessment meets the tier deadline (framework 3.7: Tier 1 the same day, Tier 2 within a week). */
export const ASSESSED = `(case when k.tier = 1 then ${reached(0, 0.2)} else ${reached(1, 2)} end)`;
export const assessedAt = (until: string) => `(case when k.tier = 1 then ${metAt(TIER1_DUE, '0.45', 70, until)} else ${metAt(TIER2_DUE, '5', 72, until)} end)`;

export const PLANNED = reached(2, 10);
export const plannedAt = (until: string) => metAt(PLAN_DUE, '20', 74, until);

/** Services and monitoring visits: the plan is being carried out. */
export const IMPLEMENTED = reached(2, 20);

/** Review number r (1-based) of a case, due every 90 days from opening. */
export const reviewDue = (r: string) => `k.opened_at + 90 * ${r} * interval '1 day'`;
export const reviewedAt = (r: string, until: string) =>
  `least(coalesce(k.closed_at, ${until}), ${until},
     case when ${U}(k.n * 16 + ${r}, 76) < 0.9 then ${reviewDue(r)} - 10 * ${U}(k.n * 16 + ${r}, 77) * interval '1 day'
          else ${reviewDue(r)} + (1 + 13 * ${U}(k.n * 16 + ${r}, 77)) * interval '1 day' end)`;

/** The open deadline of an open case, by its step: what the worklist sorts on. */
export const OPEN_DEADLINE_KIND = `
  case when k.idx = 0 and k.tier = 1 then 'tier1_response'
       when k.idx <= 1 and k.tier = 2 then 'tier2_assessment'
       when k.idx <= 2 then 'case_plan'
       else 'case_review' end`;
export const OPEN_DEADLINE_DUE = `
  case when k.idx = 0 and k.tier = 1 then ${TIER1_DUE}
       when k.idx <= 1 and k.tier = 2 then ${TIER2_DUE}
       when k.idx <= 2 then ${PLAN_DUE}
       else ${reviewDue('(k.reviews_met + 1)')} end`;

/** A timeline row's id, from the id of the record it points at and a number for its kind. */
export const eventId = (source: string, variant: number) => `${WORK}.eid(${source}, ${variant})`;

/** Inserts rows with `insert` (which must return id, case_id and the event columns) and one timeline row per inserted row. */
export function withEvents(
  insert: string,
  returning: string,
  e: { variant: number; kind: string; at: string; actor: string; refTable: string; summary: string },
): string {
  return `with ins as (${insert} returning id, case_id, ${returning})
    insert into case_events (id, case_id, at, actor_id, kind, ref_table, ref_id, summary)
    select ${eventId('ins.id', e.variant)}, ins.case_id, ${e.at}, ${e.actor}, '${e.kind}', '${e.refTable}', ins.id, ${e.summary} from ins`;
}
