import { HOUSEHOLD_CONCERNS } from '../../src/community/izu-visit-vocabulary.js';
import { AT_RISK_CATEGORIES, INCIDENT_TYPES } from '../../src/community/monthly-report.content.js';
import type { SeedStep } from '../seed-plan.js';
import { TAG, textArray, WORK } from '../seed-sql.js';

// The IZU's household visits (framework §6: 8-10 a month per volunteer) over
// the last three months of the generated world. A share of the volunteers
// equal to the scale (people are whole, their work follows the case load):
// 27 visits each, to households of their village with codes like 'H017', most
// finding nothing, some a concern; most sent by SMS or USSD.

const VISITS_EACH = 27;
const DAYS = 90;

const householdVisits: SeedStep = {
  name: 'IZU household visits',
  after: ['IZU pairs'],
  needs: ['izu_household_visits'],
  async run(q, plan) {
    const U = `${WORK}.u`;
    // The volunteer's number (as the IZU pairs step numbers them) and the visit's.
    const n = '(v.g * 2 + s.s)';
    const r = `(${n} * 64 + k.k)`;
    const concerns = textArray(HOUSEHOLD_CONCERNS);
    return q.exec(`insert into izu_household_visits (id, izu_user_id, village_id, district_id, household_code, visited_on,
        children_seen, concerns, received_via, recorded_at)
      select ${WORK}.sid(${TAG.householdVisit}, ${r}), ${WORK}.sid(${TAG.izu}, ${n}), v.village_id, substr(v.village_id, 1, 2),
        'H' || lpad((1 + floor(${U}(${r}, 401) * 80))::int::text, 3, '0'),
        (${plan.untilSql})::date - 1 - floor(${U}(${r}, 402) * ${DAYS})::int,
        floor(${U}(${r}, 403) * 5)::int,
        case when ${U}(${r}, 404) < 0.7 then '{}'::text[] else array[${WORK}.pick(${concerns}, ${U}(${r}, 405))] end,
        case when ${U}(${r}, 406) < 0.6 then 'sms' when ${U}(${r}, 406) < 0.8 then 'ussd' else 'web' end,
        ((${plan.untilSql})::date - 1 - floor(${U}(${r}, 402) * ${DAYS})::int) + interval '15 hours'
      from ${WORK}.village v cross join (values (0), (1)) as s(s) cross join generate_series(1, ${VISITS_EACH}) as k(k)
      where ${U}(${n}, 400) < ${plan.scale}`);
  },
};

// Ten years of IZU monthly reports (issue: "the national seed gains ten
// years of monthly reports"): one current report a month for each village of
// the same share of the volunteers, sent by one of the pair in the first
// days of the next month, most by SMS or USSD. One set-based statement
// (generate_series over the months), no loop of inserts.
const REPORT_MONTHS = 120;

const monthlyReports: SeedStep = {
  name: 'IZU monthly reports',
  after: ['IZU pairs'],
  needs: ['izu_monthly_reports'],
  async run(q, plan) {
    const U = `${WORK}.u`;
    const r = `(v.g * ${REPORT_MONTHS + 1} + m.m)`;
    // The m-th month before the one the world ends in.
    const start = `(date_trunc('month', (${plan.untilSql}) at time zone 'Africa/Kigali') - make_interval(months => m.m))`;
    const atRisk = textArray(AT_RISK_CATEGORIES);
    const incidents = textArray(INCIDENT_TYPES);
    const submitter = `${WORK}.sid(${TAG.izu}, v.g * 2 + (${U}(${r}, 411) < 0.5)::int)`;
    return q.exec(`insert into izu_monthly_reports (id, village_id, month, channel, submitted_by, entered_by, received_at,
        households_visited, children_at_risk, incidents, resolved_in_community, referrals_made, follow_up_visits)
      select ${WORK}.sid(${TAG.monthlyReport}, ${r}), v.village_id, to_char(${start}, 'YYYY-MM'),
        case when ${U}(${r}, 412) < 0.6 then 'sms' when ${U}(${r}, 412) < 0.85 then 'ussd' else 'web' end,
        ${submitter}, ${submitter},
        least(${plan.untilSql}, (${start} + interval '1 month'
          + make_interval(days => floor(${U}(${r}, 413) * 5)::int, hours => 8 + floor(${U}(${r}, 414) * 10)::int)) at time zone 'Africa/Kigali'),
        6 + floor(${U}(${r}, 415) * 6)::int,
        case when ${U}(${r}, 416) < 0.6 then '{}'::jsonb
          else jsonb_build_object(${WORK}.pick(${atRisk}, ${U}(${r}, 417)), 1 + floor(${U}(${r}, 418) * 3)::int) end,
        case when ${U}(${r}, 419) < 0.85 then '{}'::jsonb else jsonb_build_object(${WORK}.pick(${incidents}, ${U}(${r}, 420)), 1) end,
        floor(${U}(${r}, 421) * 3)::int, floor(${U}(${r}, 422) * 2)::int, floor(${U}(${r}, 423) * 4)::int
      from ${WORK}.village v cross join generate_series(1, ${REPORT_MONTHS}) as m(m)
      where ${U}(v.g * 2, 400) < ${plan.scale} or ${U}(v.g * 2 + 1, 400) < ${plan.scale}`);
  },
};

export const izuVisitSteps: SeedStep[] = [householdVisits, monthlyReports];
