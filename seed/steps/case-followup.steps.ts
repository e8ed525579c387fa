import { BENCHMARKS } from '../../src/cases/case-vocabulary.js';
import type { SeedStep } from '../seed-plan.js';
import { quote, TAG, textArray, WORK } from '../seed-sql.js';
import { IMPLEMENTED, PLANNED, plannedAt, reviewedAt, withEvents, eventId } from './case-clock.js';

// Follow-up, framework steps 7-9 (migrations/0006_case_followup.sql): a direct
// service and an IZU monitoring visit once the plan is carried out (and a
// visit asked of the IZU for open cases), reviews scoring the seven
// benchmarks every 90 days, closure (by a review that met all seven, or an
// approved request), transfers, notes and client feedback.

const U = `${WORK}.u`;
const K = `${WORK}.kase k`;
const sid = (tag: number, n: string) => `${WORK}.sid(${tag}, ${n})`;
const izu = `${sid(TAG.izu, `k.village_rank * 2 + (${U}(k.n, 230) < 0.5)::int`)}`;
/** A moment of the case's life, never after it closed or after the end of the generated world. */
const within = (expr: string, until: string) => `least(${until}, coalesce(k.closed_at, ${until}), ${expr})`;

const services: SeedStep = {
  name: 'services',
  after: ['cases (staging)'],
  needs: ['case_services'],
  async run(q, plan) {
    const at = within(`${plannedAt(plan.untilSql)} + interval '7 days'`, plan.untilSql);
    return q.exec(
      withEvents(
        `insert into case_services (id, case_id, domain, description, provided_by_user_id, provided_on, recorded_by, recorded_at)
       select ${sid(TAG.service, 'k.n')}, k.id, 'psychosocial', 'Synthetic: counselling session', k.lead, (${at})::date, k.lead, ${at}
       from ${K} where ${IMPLEMENTED}`,
        'recorded_at, recorded_by, domain',
        {
          variant: TAG.service,
          kind: 'service.given',
          at: 'ins.recorded_at',
          actor: 'ins.recorded_by',
          refTable: 'case_services',
          summary: `jsonb_build_object('domain', ins.domain)`,
        },
      ),
    );
  },
};

const visits: SeedStep = {
  name: 'monitoring visits',
  after: ['cases (staging)'],
  needs: ['visit_tasks', 'monitoring_visits'],
  async run(q, plan) {
    const until = plan.untilSql;
    const asked = within(`${plannedAt(until)} + interval '1 day'`, until);
    const visited = within(`${plannedAt(until)} + interval '10 days'`, until);
    const taskColumns = `(id, case_id, izu_user_id, requested_by, requested_at, due_date, purpose, place_id, status, closed_at)`;
    // Done: the IZU visited. Open: asked of the IZU in the last days, for cases being carried out now.
    let rows = await q.exec(
      withEvents(
        `insert into visit_tasks ${taskColumns}
       select ${sid(TAG.visitTask, 'k.n * 2')}, k.id, ${izu}, k.lead, ${asked}, (${asked} + interval '14 days')::date,
         'Synthetic: check the child is safe at home', k.place_id, 'done', ${visited}
       from ${K} where ${IMPLEMENTED}
       union all
       select ${sid(TAG.visitTask, 'k.n * 2 + 1')}, k.id, ${izu}, k.lead, greatest(k.opened_at, ${until} - 5 * ${U}(k.n, 231) * interval '1 day'),
         (${until} + 14 * ${U}(k.n, 232) * interval '1 day')::date, 'Synthetic: check the child is safe at home', k.place_id, 'open', null
       from ${K} where k.idx between 3 and 4`,
        'requested_at, requested_by, due_date',
        {
          variant: TAG.visitTask,
          kind: 'visit.requested',
          at: 'ins.requested_at',
          actor: 'ins.requested_by',
          refTable: 'visit_tasks',
          summary: `jsonb_build_object('dueDate', ins.due_date::text)`,
        },
      ),
    );
    rows += await q.exec(
      withEvents(
        `insert into monitoring_visits (id, case_id, visit_task_id, visited_by, visited_at, observations, child_safe, recorded_by, recorded_at)
       select ${sid(TAG.visit, 'k.n')}, k.id, ${sid(TAG.visitTask, 'k.n * 2')}, ${izu}, ${visited}, 'Synthetic: the child is at home',
         ${U}(k.n, 233) < 0.95, ${izu}, ${visited}
       from ${K} where ${IMPLEMENTED}`,
        'recorded_at, recorded_by, child_safe, visit_task_id',
        {
          variant: TAG.visit,
          kind: 'visit.recorded',
          at: 'ins.recorded_at',
          actor: 'ins.recorded_by',
          refTable: 'monitoring_visits',
          summary: `jsonb_build_object('childSafe', ins.child_safe, 'visitTaskId', ins.visit_task_id)`,
        },
      ),
    );
    return rows;
  },
};

/** A review every 90 days (as the review deadlines were met), and the one that found all seven benchmarks met before closure. */
const reviews: SeedStep = {
  name: 'case reviews',
  after: ['cases (staging)'],
  needs: ['case_reviews', 'case_review_benchmarks'],
  async run(q, plan) {
    const goals = `case when ${PLANNED} then 2 end`;
    return q.exec(`with ins as (
        insert into case_reviews (id, case_id, reviewed_by, reviewed_at, met_count, outcome, note, plan_goals_total, plan_goals_done)
        select ${sid(TAG.review, 'k.n * 16 + k.r')}, k.id, k.lead, ${reviewedAt('k.r', plan.untilSql)}, 2 + floor(5 * ${U}(k.n * 16 + k.r, 220))::int,
          'continue', 'Synthetic review', ${goals}, case when ${PLANNED} then (${U}(k.n * 16 + k.r, 221) < 0.5)::int end
        from (select k.*, r from ${K} cross join lateral generate_series(1, k.reviews_met) as r) k
        union all
        select ${sid(TAG.review, 'k.n * 16 + 15')}, k.id, k.lead, k.closed_at - interval '1 hour', 7, 'ready_for_closure', 'Synthetic review', ${goals}, ${goals}
        from ${K} where k.closure_reason = 'goals_and_benchmarks_met'
        returning id, case_id, reviewed_at, reviewed_by, met_count, outcome
      ), scores as (
        insert into case_review_benchmarks (review_id, benchmark, met, evidence)
        select ins.id, (${textArray(BENCHMARKS)})[b], b <= ins.met_count, 'Synthetic evidence' from ins cross join generate_series(1, 7) as b
      )
      insert into case_events (id, case_id, at, actor_id, kind, ref_table, ref_id, summary)
      select ${eventId('ins.id', TAG.review)}, ins.case_id, ins.reviewed_at, ins.reviewed_by, 'review.recorded', 'case_reviews', ins.id,
        jsonb_build_object('outcome', ins.outcome, 'metCount', ins.met_count, 'stage', 'review')
      from ins`);
  },
};

/** Closure (step 9): by benchmarks met, or by a request the supervisor approved; a transfer for cases handed to another agency. */
const closures: SeedStep = {
  name: 'closures and transfers',
  after: ['cases (staging)'],
  needs: ['closure_requests', 'case_closures', 'case_transfers'],
  async run(q, plan) {
    const requested = `greatest(k.opened_at, k.closed_at - interval '2 days')`;
    let rows = await q.exec(`with ins as (
        insert into closure_requests (id, case_id, reason, note, requested_by, requested_at, status, decided_by, decided_at)
        select ${sid(TAG.closureRequest, 'k.n')}, k.id, k.closure_reason, 'Synthetic: ' || replace(k.closure_reason, '_', ' '), k.lead, ${requested},
          'approved', k.supervisor, k.closed_at - interval '1 minute'
        from ${K} where k.idx = 5 and k.closure_reason not in ('goals_and_benchmarks_met', 'transferred')
        returning id, case_id, reason, requested_by, requested_at, decided_by, decided_at
      )
      insert into case_events (id, case_id, at, actor_id, kind, ref_table, ref_id, summary)
      select ${eventId('ins.id', TAG.closureRequest * 16)}, ins.case_id, ins.requested_at, ins.requested_by, 'closure.requested', 'closure_requests', ins.id,
        jsonb_build_object('reason', ins.reason) from ins
      union all
      select ${eventId('ins.id', TAG.closureRequest * 16 + 1)}, ins.case_id, ins.decided_at, ins.decided_by, 'closure.approved', 'closure_requests', ins.id, '{}'::jsonb from ins`);
    rows += await q.exec(
      withEvents(
        `insert into case_closures (id, case_id, reason, note, review_id, closure_request_id, closed_by, closed_at)
       select ${sid(TAG.closure, 'k.n')}, k.id, k.closure_reason, null,
         case when k.closure_reason = 'goals_and_benchmarks_met' then ${sid(TAG.review, 'k.n * 16 + 15')} end,
         case when k.closure_reason <> 'goals_and_benchmarks_met' then ${sid(TAG.closureRequest, 'k.n')} end,
         case when k.closure_reason = 'goals_and_benchmarks_met' then k.lead else k.supervisor end, k.closed_at
       from ${K} where k.stage = 'closed'`,
        'closed_at, closed_by, reason',
        {
          variant: TAG.closure,
          kind: 'case.closed',
          at: 'ins.closed_at',
          actor: 'ins.closed_by',
          refTable: 'case_closures',
          summary: `jsonb_build_object('reason', ins.reason)`,
        },
      ),
    );
    const agency = plan.country.organisations.find((o) => o.kind === 'government_agency' && o.name.endsWith('MINEMA'));
    if (!agency) throw new Error('no MINEMA organisation in the synthetic country');
    rows += await q.exec(`with ins as (
        insert into case_transfers (id, case_id, from_district_id, from_place_id, to_organisation_id, reason, requested_by, requested_at, status, decided_by, decided_at)
        select ${sid(TAG.transfer, 'k.n')}, k.id, k.district_id, k.place_id, ${quote(agency.id)}, 'Synthetic: the family moved to a refugee camp',
          k.lead, ${requested}, 'accepted', k.supervisor, k.closed_at
        from ${K} where k.stage = 'transferred'
        returning id, case_id, to_organisation_id, requested_by, requested_at, decided_by, decided_at
      )
      insert into case_events (id, case_id, at, actor_id, kind, ref_table, ref_id, summary)
      select ${eventId('ins.id', TAG.transfer * 16)}, ins.case_id, ins.requested_at, ins.requested_by, 'transfer.requested', 'case_transfers', ins.id,
        jsonb_build_object('toOrganisationId', ins.to_organisation_id) from ins
      union all
      select ${eventId('ins.id', TAG.transfer * 16 + 1)}, ins.case_id, ins.decided_at, ins.decided_by, 'transfer.accepted', 'case_transfers', ins.id,
        jsonb_build_object('toOrganisationId', ins.to_organisation_id, 'stage', 'transferred') from ins`);
    return rows;
  },
};

const NOTES = [
  'Synthetic note: home visit, the child was at school',
  'Synthetic note: spoke with the caregiver by phone',
  'Synthetic note: the family attended the parenting session',
  'Synthetic note: the child seemed calmer this week',
];

const notesAndFeedback: SeedStep = {
  name: 'notes and feedback',
  after: ['cases (staging)'],
  needs: ['case_notes', 'client_feedback'],
  async run(q) {
    let rows = await q.exec(
      withEvents(
        `insert into case_notes (id, case_id, body, written_by, written_at)
       select ${sid(TAG.note, 'k.n * 2 + i')}, k.id, ${WORK}.pick(${textArray(NOTES)}, ${U}(k.n * 2 + i, 240)), k.lead,
         k.opened_at + (k.span * i / 3.0) * interval '1 day'
       from ${K} cross join lateral generate_series(1, 1 + (${U}(k.n, 241) < 0.5)::int) as i`,
        'written_at, written_by',
        { variant: TAG.note, kind: 'note.added', at: 'ins.written_at', actor: 'ins.written_by', refTable: 'case_notes', summary: `'{}'::jsonb` },
      ),
    );
    rows += await q.exec(
      withEvents(
        `insert into client_feedback (id, case_id, respondent, satisfaction, wellbeing_improved, collected_by, collected_at)
       select ${sid(TAG.feedback, 'k.n')}, k.id, 'caregiver', 3 + floor(3 * ${U}(k.n, 250))::int, ${U}(k.n, 251) < 0.8, k.lead, k.closed_at - interval '2 hours'
       from ${K} where k.closure_reason = 'goals_and_benchmarks_met' and ${U}(k.n, 252) < 0.3`,
        'collected_at, collected_by, respondent, satisfaction',
        {
          variant: TAG.feedback,
          kind: 'feedback.recorded',
          at: 'ins.collected_at',
          actor: 'ins.collected_by',
          refTable: 'client_feedback',
          summary: `jsonb_build_object('respondent', ins.respondent, 'satisfaction', ins.satisfaction)`,
        },
      ),
    );
    return rows;
  },
};

export const caseFollowupSteps: SeedStep[] = [services, visits, reviews, closures, notesAndFeedback];
