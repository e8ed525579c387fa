import { CASE_TYPE_MIX, CHANNEL_MIX, CLOSURE_REASON_MIX } from '../national-profile.js';
import type { SeedStep } from '../seed-plan.js';
import { countrySql } from '../country.js';
import { reference } from './reports.steps.js';
import { quote, TAG, weighted, WORK } from '../seed-sql.js';

// Cases (framework steps 3-9) and the report each one came from. Every case's
// facts are decided once, in a staging table, so its report, deadlines and
// timeline agree with it.
//
// Life of a case: cases last a truncated exponential time (mean 110 days), so
// most are closed; 0.2% of old cases are stuck open (a data-quality problem
// real registers have); 12% of open cases lag a step behind, so their current
// deadline is overdue.

const U = `${WORK}.u`;
const MEAN_DAYS = 110;
const STAGES = `array['intake', 'assessment', 'planning', 'implementation', 'review']`;

const primaryType = (n: string) =>
  weighted(
    `${U}(${n}, 21)`,
    CASE_TYPE_MIX.map((t) => ({ share: t.share, value: quote(t.type) })),
  );
const tier1Chance = (type: string) => `(case ${type} ${CASE_TYPE_MIX.map((t) => `when ${quote(t.type)} then ${t.tier1}`).join(' ')} end)`;
const channel = (n: string) =>
  weighted(
    `${U}(${n}, 30)`,
    CHANNEL_MIX.map((c) => ({ share: c.share, value: quote(c.channel) })),
  );
const closureReason = (n: string) =>
  weighted(
    `${U}(${n}, 54)`,
    CLOSURE_REASON_MIX.map((c) => ({ share: c.share, value: quote(c.reason) })),
  );

const caseStaging: SeedStep = {
  name: 'cases (staging)',
  after: ['children (staging)'],
  async run(q, plan) {
    const until = plan.untilSql;
    const k = countrySql(plan.country);
    // Each lateral (… offset 0) computes a layer once per row; without the
    // fence the planner would inline every layer into the next and repeat it.
    await q.exec(`create unlogged table ${WORK}.kase as
      with s as (
        select b.*, t.primary_type, t.channel, r.tier, r.case_types, sc.screened_at, op.opened_at, ag.age, ag.stale_chance,
          f.closed, f.duration, f.stale, f.lag, f.base_idx, st.idx, st.reviews_met
        from (
          select ch.c * 4 + j as n, ch.c, j, ch.id as child_id, ch.code as child_code, ch.di, ch.district_id, ch.place_id, ch.village_rank, ch.cpwo_n,
            case when j = 1 then ch.received_at
                 else ch.received_at + ((j - 1) * (200 + 400 * ${U}(ch.c * 4 + j, 20))) * interval '1 day' end as received_at
          from ${WORK}.child ch cross join lateral generate_series(1, ch.n_cases) as j
        ) b
        cross join lateral (select ${primaryType('b.n')} as primary_type, ${channel('b.n')} as channel offset 0) t
        cross join lateral (select case when ${U}(b.n, 22) < ${tier1Chance('t.primary_type')} then 1 else 2 end as tier,
            case when t.primary_type <> 'emotional_violence' and ${U}(b.n, 23) < 0.15 then array[t.primary_type, 'emotional_violence']
                 when t.primary_type = 'emotional_violence' and ${U}(b.n, 23) < 0.3 then array[t.primary_type, 'physical_violence']
                 else array[t.primary_type] end as case_types offset 0) r
        cross join lateral (select b.received_at + (case when r.tier = 1 then 0.02 + 0.3 * ${U}(b.n, 24) else 0.1 + 2 * ${U}(b.n, 24) end) * interval '1 day' as screened_at offset 0) sc
        cross join lateral (select sc.screened_at + (case when r.tier = 1 then 0.01 + 0.2 * ${U}(b.n, 25) else 0.1 + 3 * ${U}(b.n, 25) end) * interval '1 day' as opened_at offset 0) op
        cross join lateral (select extract(epoch from ${until} - op.opened_at)::float8 / 86400 as age, ${U}(b.n, 51) < 0.002 as stale_chance offset 0) ag
        cross join lateral (select
            (ag.age > 0.5 and ${U}(b.n, 50) < 1 - exp(-ag.age / ${MEAN_DAYS}) and not (ag.age > 400 and ag.stale_chance)) as closed,
            greatest(0.5, -${MEAN_DAYS} * ln(1 - ${U}(b.n, 52) * (1 - exp(-ag.age / ${MEAN_DAYS})))) as duration,
            (ag.age > 400 and ag.stale_chance) as stale,
            ${U}(b.n, 55) < 0.12 as lag,
            case when ag.age < 1 then 0 when ag.age < 7 then 1 when ag.age < 30 then 2 when ag.age < 90 then 3 when ${U}(b.n, 56) < 0.6 then 3 else 4 end as base_idx
          offset 0) f
        cross join lateral (select
            case when f.closed then 5 when f.stale then 3 when f.lag then greatest(0, f.base_idx - 1) else f.base_idx end as idx,
            case when f.closed then least(floor(f.duration / 90), 10)::int
                 when f.stale then least(floor(ag.age / 90)::int - 1, 2)
                 when f.lag then least(greatest(floor(ag.age / 90)::int - 1, 0), 10)
                 else least(floor(ag.age / 90)::int, 10) end as reviews_met
          offset 0) st
        where op.opened_at < ${until}
      )
      select s.n, s.c, s.j, ${WORK}.sid(${TAG.case}, s.n) as id, ${WORK}.sid(${TAG.caseReport}, s.n) as report_id,
        s.child_id, s.child_code || '-' || lpad(s.j::text, 2, '0') as case_code, s.district_id, s.place_id, s.village_rank,
        s.channel, case when s.channel = 'izu' then ${WORK}.sid(${TAG.izu}, s.village_rank * 2 + (${U}(s.n, 31) < 0.5)::int) end as reporter_id,
        ${WORK}.sid(${TAG.staff}, case when s.channel = 'hotline_116' then ${plan.country.hotlineBase} + floor(${U}(s.n, 43) * ${plan.country.hotlines})::int
                                      else s.cpwo_n end) as recorder,
        ${WORK}.sid(${TAG.staff}, s.cpwo_n) as cpwo,
        s.received_at, s.screened_at, s.opened_at, s.tier, s.case_types, s.primary_type, s.age, s.idx, s.reviews_met,
        -- the register number: per district and (Kigali) year, as src/reports/report.repository.ts counts them
        extract(year from s.received_at at time zone 'Africa/Kigali')::int as ref_year,
        row_number() over (partition by s.district_id, extract(year from s.received_at at time zone 'Africa/Kigali') order by s.n) as ref_no,
        case when not s.closed then (${STAGES})[s.idx + 1] when ${U}(s.n, 53) < 0.01 then 'transferred' else 'closed' end as stage,
        case when s.closed then s.opened_at + s.duration * interval '1 day' end as closed_at,
        case when not s.closed then null when ${U}(s.n, 53) < 0.01 then 'transferred'
             -- a case closed within days had no plan to achieve: it ended for another reason
             when s.duration < 10 then case when ${U}(s.n, 54) < 0.5 then 'lost_contact' else 'other' end
             else ${closureReason('s.n')} end as closure_reason,
        case when s.closed then s.duration else s.age end as span,
        ${WORK}.sid(${TAG.staff}, w.lead_n) as lead,
        ${WORK}.sid(${TAG.staff}, ${k.int('supervisorBase', 's.di')} + w.lead_k % ${k.int('supervisors', 's.di')}) as supervisor
      from s
      -- the lead: a CPWO of the district for about a third of cases, else one of its NGO caseworkers
      cross join lateral (select case when ${U}(s.n, 40) < 0.35 then floor(${U}(s.n, 41) * ${k.int('cpwos', 's.di')})::int
                                      else floor(${U}(s.n, 42) * ${k.int('csos', 's.di')})::int end as lead_k offset 0) lk
      cross join lateral (select lk.lead_k, case when ${U}(s.n, 40) < 0.35 then ${k.int('cpwoBase', 's.di')} else ${k.int('csoBase', 's.di')} end + lk.lead_k as lead_n offset 0) w`);
    await q.exec(`analyze ${WORK}.kase`);
    return 0;
  },
};

/** The open deadline of an open case, by its step: what the worklist sorts on. */
const openDeadline = `
  case when k.idx = 0 and k.tier = 1 then 'tier1_response'
       when k.idx <= 1 and k.tier = 2 then 'tier2_assessment'
       when k.idx <= 2 then 'case_plan'
       else 'case_review' end`;
const openDue = `
  case when k.idx = 0 and k.tier = 1 then k.opened_at + interval '12 hours'
       when k.idx <= 1 and k.tier = 2 then k.opened_at + interval '7 days'
       when k.idx <= 2 then k.opened_at + interval '30 days'
       else k.opened_at + (90 * (k.reviews_met + 1)) * interval '1 day' end`;

const caseReports: SeedStep = {
  name: 'incident reports of cases',
  after: ['cases (staging)', 'children'],
  async run(q) {
    return q.exec(`insert into incident_reports (id, reference, district_id, place_id, channel, reporter_user_id, reporter_name, reporter_relationship,
        child_name, child_sex, child_age_years, what_happened, incident_date, received_at, recorded_by, status,
        screened_at, screened_by, is_vena, case_types, tier, tier_reason, child_id, case_id, created_at, updated_at)
      select k.report_id, ${reference('k.district_id', 'k.ref_year', 'k.ref_no')},
        k.district_id, k.place_id, k.channel, k.reporter_id,
        case when k.channel not in ('izu', 'hotline_116', 'police', 'rib') then 'Reporter Synth' end,
        case when k.channel in ('family_member', 'community_member', 'child') then k.channel end,
        ch.given_name || ' ' || ch.family_name || ' Synth', ch.sex, least(17, greatest(0, extract(year from age(k.received_at, ch.date_of_birth::timestamptz))::int)),
        'Synthetic report (' || k.primary_type || ')', (k.received_at - interval '2 days')::date, k.received_at, k.recorder, 'case_opened',
        k.screened_at, k.cpwo, true, k.case_types, k.tier,
        case when k.tier = 1 then 'Synthetic: immediate threat to the child, same-day response' else 'Synthetic: the child can stay safely for a week' end,
        k.child_id, k.id, k.received_at, k.opened_at
      from ${WORK}.kase k join children ch on ch.id = k.child_id
      order by k.n`);
  },
};

const cases: SeedStep = {
  name: 'cases',
  after: ['cases (staging)', 'children'],
  async run(q) {
    return q.exec(`insert into cases (id, case_code, child_id, report_id, district_id, place_id, stage, tier, case_types, lead_caseworker_id,
        supervisor_id, opened_at, opened_by, closed_at, closure_reason, next_due_at, child_search_name, child_district_id, created_at, updated_at)
      select k.id, k.case_code, k.child_id, k.report_id, k.district_id, k.place_id, k.stage, k.tier, k.case_types, k.lead, k.supervisor,
        k.opened_at, k.cpwo, k.closed_at, k.closure_reason, case when k.idx < 5 then ${openDue} end, ch.search_name, ch.district_id, k.opened_at, coalesce(k.closed_at, k.opened_at)
      from ${WORK}.kase k join children ch on ch.id = k.child_id
      order by k.n`);
  },
};

export const caseSteps: SeedStep[] = [caseStaging, caseReports, cases];
export { openDeadline, openDue };
