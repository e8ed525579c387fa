import type { SeedStep } from '../seed-plan.js';
import { TAG, WORK } from '../seed-sql.js';
import {
  ASSESSED,
  assessedAt,
  eventId,
  OPEN_DEADLINE_DUE,
  OPEN_DEADLINE_KIND,
  PLAN_DUE,
  PLANNED,
  plannedAt,
  reviewDue,
  reviewedAt,
  TIER1_DUE,
  TIER2_DUE,
} from './case-clock.js';

// Each case's deadlines (met ones, and the open one of an open case), the
// start of its timeline, and the notifications of overdue work. A deadline
// id is the case number × 16 + a slot (0 screening, 1 tier, 3 plan, 4-13
// reviews, 15 the open one), so every row is computed from its case.

const U = `${WORK}.u`;

const deadlines: SeedStep = {
  name: 'deadlines',
  after: ['cases', 'incident reports of cases'],
  async run(q, plan) {
    const until = plan.untilSql;
    const id = (slot: string) => `${WORK}.sid(${TAG.deadline}, k.n * 16 + ${slot})`;
    const cols = `(id, kind, report_id, case_id, district_id, tier, due_at, met_at, escalation_level, last_escalated_at, created_at)`;
    const late = (due: string, met: string) =>
      `case when ${met} > ${due} + interval '3 days' then 2 when ${met} > ${due} then 1 else 0 end, case when ${met} > ${due} then ${due} + interval '1 hour' end`;
    // A deadline follows the report, and the case once intake opens it (src/cases/case-deadlines.ts).
    const metRow = (slot: string, kind: string, due: string, met: string, created: string, where: string) => `
      insert into deadlines ${cols}
      select ${id(slot)}, '${kind}', k.report_id, k.id, k.district_id, ${kind === 'screening' ? 'null' : 'k.tier'}, due, met, ${late('due', 'met')}, ${created}
      from (select k.*, ${due} as due, ${met} as met from ${WORK}.kase k where ${where}) k`;
    let rows = 0;
    rows += await q.exec(metRow('0', 'screening', `k.received_at + interval '1 day'`, 'k.screened_at', 'k.received_at', 'true'));
    rows += await q.exec(metRow('1', 'tier1_response', TIER1_DUE, assessedAt(until), 'k.screened_at', `k.tier = 1 and ${ASSESSED}`));
    rows += await q.exec(metRow('1', 'tier2_assessment', TIER2_DUE, assessedAt(until), 'k.screened_at', `k.tier = 2 and ${ASSESSED}`));
    rows += await q.exec(metRow('3', 'case_plan', PLAN_DUE, plannedAt(until), 'k.opened_at', PLANNED));
    rows += await q.exec(`insert into deadlines ${cols}
      select ${WORK}.sid(${TAG.deadline}, k.n * 16 + 3 + k.r), 'case_review', k.report_id, k.id, k.district_id, k.tier, due, met, ${late('due', 'met')}, due - interval '90 days'
      from (select k.*, ${reviewDue('k.r')} as due, ${reviewedAt('k.r', until)} as met
            from (select k.*, r from ${WORK}.kase k cross join lateral generate_series(1, k.reviews_met) as r) k) k`);
    // The open deadline of each open case; overdue ones have climbed a level every few days.
    rows += await q.exec(`insert into deadlines ${cols}
      select ${id('15')}, kind, k.report_id, k.id, k.district_id, k.tier, due, null,
        case when due >= ${until} then 0 when due > ${until} - interval '1 day' then 1 when due > ${until} - interval '3 days' then 2
             when due > ${until} - interval '10 days' then 3 else 4 end,
        case when due < ${until} then ${until} - interval '2 hours' end, k.opened_at
      from (select k.*, ${OPEN_DEADLINE_KIND} as kind, ${OPEN_DEADLINE_DUE} as due from ${WORK}.kase k where k.idx < 5) k`);
    return rows;
  },
};

/** The first lines of every timeline: the case opened from its report, and its lead caseworker allocated. */
const caseEvents: SeedStep = {
  name: 'case timeline (intake)',
  after: ['cases'],
  async run(q) {
    return q.exec(`insert into case_events (id, case_id, at, actor_id, kind, ref_table, ref_id, summary)
      select ${eventId('k.id', 1)}, k.id, k.opened_at, k.cpwo, 'case.opened', 'incident_reports', k.report_id,
        jsonb_build_object('caseCode', k.case_code, 'childCode', ch.code, 'newChild', k.j = 1, 'tier', k.tier, 'caseTypes', to_jsonb(k.case_types))
      from ${WORK}.kase k join ${WORK}.child ch on ch.c = k.c
      union all
      select ${eventId('k.id', 2)}, k.id, k.opened_at + interval '20 minutes', k.cpwo, 'case.allocated', 'users', k.lead,
        jsonb_build_object('leadCaseworkerId', k.lead, 'previousLeadCaseworkerId', null, 'supervisorId', k.supervisor)
      from ${WORK}.kase k`);
  },
};

/** Each lead caseworker is told of each overdue deadline. */
const notifications: SeedStep = {
  name: 'notifications',
  after: ['deadlines'],
  async run(q, plan) {
    return q.exec(`insert into notifications (id, user_id, kind, message_key, params, case_id, created_at, read_at)
      select ${WORK}.sid(${TAG.notification}, k.n), k.lead, 'deadline.overdue', 'notifications.deadline_overdue',
        jsonb_build_object('caseCode', k.case_code, 'deadline', d.kind), k.id, d.due_at + interval '1 hour',
        case when ${U}(k.n, 80) < 0.5 then d.due_at + interval '5 hours' end
      from ${WORK}.kase k join deadlines d on d.id = ${WORK}.sid(${TAG.deadline}, k.n * 16 + 15)
      where k.idx < 5 and d.due_at + interval '1 hour' < ${plan.untilSql}`);
  },
};

export const timelineSteps: SeedStep[] = [deadlines, caseEvents, notifications];
