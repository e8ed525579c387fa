import { CASE_TYPE_MIX, CHANNEL_MIX, NATIONAL_FIGURES, NON_VENA_NEED_MIX } from '../national-profile.js';
import type { SeedStep } from '../seed-plan.js';
import { countrySql, type Country } from '../country.js';
import { quote, TAG, weighted, WORK } from '../seed-sql.js';

// Reports that did not become cases: those screened as not VENA (step 3:
// recorded, referred to early intervention, closed) and the last two days'
// reports still waiting in the register to be screened or taken in.

const U = `${WORK}.u`;

/** A register reference, 'R57-26-000123' (src/reports/report.repository.ts). */
export const reference = (district: string, year: string, n: string) =>
  `'R' || ${district} || '-' || lpad((${year} % 100)::text, 2, '0') || '-' || lpad((${n})::text, 6, '0')`;
const kigaliYear = (t: string) => `extract(year from ${t} at time zone 'Africa/Kigali')::int`;
const channel = (u: string) =>
  weighted(
    u,
    CHANNEL_MIX.map((c) => ({ share: c.share, value: quote(c.channel) })),
  );
const need = (u: string) =>
  weighted(
    u,
    NON_VENA_NEED_MIX.map((m) => ({ share: m.share, value: quote(m.need) })),
  );
const intervention = (needExpr: string) =>
  `(case ${needExpr} ${NON_VENA_NEED_MIX.map((m) => `when ${quote(m.need)} then ${quote(m.intervention)}`).join(' ')} end)`;
const caseType = (u: string) =>
  weighted(
    u,
    CASE_TYPE_MIX.map((t) => ({ share: t.share, value: quote(t.type) })),
  );

/** Where and when a generated report is: a district by population, a village in it, a CPWO who records it. */
const placed = (country: Country, series: string, timeExpr: string) => {
  const k = countrySql(country);
  return `
  select g.*, v.village_id as place_id, ${WORK}.sid(${TAG.staff}, g.cpwo_n) as cpwo
  from (
    select i, a.di, b.*
    from ${series} as i
    cross join lateral (select ${k.districtIndex(`${U}(i, 101)`)} as di offset 0) a
    cross join lateral (select ${k.districtId('a.di')} as district_id, ${timeExpr} as received_at,
        ${k.int('villageBase', 'a.di')} + floor(${U}(i, 102) * ${k.int('villages', 'a.di')})::int as village_rank,
        ${k.int('cpwoBase', 'a.di')} + floor(${U}(i, 103) * ${k.int('cpwos', 'a.di')})::int as cpwo_n
      offset 0) b
  ) g
  join ${WORK}.village v on v.g = g.village_rank`;
};

const reportColumns = `(id, reference, district_id, place_id, channel, reporter_user_id, reporter_name, child_name, child_sex, child_age_years,
  what_happened, received_at, recorded_by, status, screened_at, screened_by, is_vena, case_types, tier, tier_reason,
  non_vena_needs, early_intervention, closed_at, created_at, updated_at)`;

const nonVenaReports: SeedStep = {
  name: 'non-VENA reports',
  after: ['villages', 'cases (staging)'],
  async run(q, plan) {
    const count = Math.round(plan.children * (1 + NATIONAL_FIGURES.repeatCaseShare * 1.2) * NATIONAL_FIGURES.nonVenaPerCase);
    const time = `${plan.startSql} + ((-1 + sqrt(1 + 5.25 * ((i + ${U}(i, 100)) / ${count}::float8))) / 1.5) * (${plan.untilSql} - ${plan.startSql} - interval '2 days')`;
    return q.exec(`insert into incident_reports ${reportColumns}
      select ${WORK}.sid(${TAG.otherReport}, r.i),
        -- numbered after the district's case reports of the year
        ${reference('r.district_id', 'y.year', `coalesce(b.last, 0) + row_number() over (partition by r.district_id, y.year order by r.i)`)},
        r.district_id, r.place_id, r.channel,
        case when r.channel = 'izu' then ${WORK}.sid(${TAG.izu}, r.village_rank * 2 + (${U}(r.i, 105) < 0.5)::int) end,
        case when r.channel not in ('izu', 'hotline_116', 'police', 'rib') then 'Reporter Synth' end,
        'Child Synth ' || r.i, case when ${U}(r.i, 106) < 0.55 then 'female' else 'male' end, floor(18 * ${U}(r.i, 107))::int,
        'Synthetic report (no VENA)', r.received_at, r.cpwo, case when ${U}(r.i, 108) < 0.3 then 'early_intervention' else 'closed' end,
        r.screened_at, r.cpwo, false, '{}', null, null, array[r.need], array[${intervention('r.need')}],
        case when ${U}(r.i, 108) >= 0.3 then r.screened_at + (1 + 60 * ${U}(r.i, 109)) * interval '1 day' end, r.received_at, r.screened_at
      from (
        select x.*, ${channel(`${U}(x.i, 104)`)} as channel, ${need(`${U}(x.i, 110)`)} as need,
          x.received_at + (0.1 + 3 * ${U}(x.i, 111)) * interval '1 day' as screened_at
        from (${placed(plan.country, `generate_series(0, ${count - 1})`, time)}) x
      ) r
      cross join lateral (select ${kigaliYear('r.received_at')} as year offset 0) y
      left join (select district_id, ref_year, max(ref_no) as last from ${WORK}.kase group by 1, 2) b on b.district_id = r.district_id and b.ref_year = y.year
      order by r.i`);
  },
};

/** The register today: reports of the last two days not yet screened, or screened VENA and waiting for intake. */
const pendingReports: SeedStep = {
  name: 'pending reports',
  after: ['villages', 'non-VENA reports', 'incident reports of cases'],
  async run(q, plan) {
    const count = Math.max(6, Math.round(plan.children * 0.0006));
    const offset = 90_000_000;
    const time = `${plan.untilSql} - ${U}(i, 100) * interval '2 days'`;
    let rows = await q.exec(`insert into incident_reports ${reportColumns}
      select ${WORK}.sid(${TAG.otherReport}, ${offset} + r.i),
        -- numbered after every other report of the district and year
        ${reference('r.district_id', 'y.year', `coalesce(b.last, 0) + row_number() over (partition by r.district_id, y.year order by r.i)`)},
        r.district_id, r.place_id, r.channel,
        case when r.channel = 'izu' then ${WORK}.sid(${TAG.izu}, r.village_rank * 2 + (${U}(r.i, 105) < 0.5)::int) end,
        case when r.channel not in ('izu', 'hotline_116', 'police', 'rib') then 'Reporter Synth' end,
        'Child Synth ' || r.i, case when ${U}(r.i, 106) < 0.55 then 'female' else 'male' end, floor(18 * ${U}(r.i, 107))::int,
        'Synthetic report (waiting)', r.received_at, r.cpwo, case when r.screened then 'screened' else 'new' end,
        case when r.screened then r.received_at + interval '3 hours' end, case when r.screened then r.cpwo end,
        case when r.screened then true end, case when r.screened then array[r.type] else '{}' end,
        case when r.screened then case when r.type = 'sexual_violence' then 1 else 2 end end,
        case when r.screened then case when r.type = 'sexual_violence' then 'Synthetic: immediate threat to the child, same-day response'
                                       else 'Synthetic: the child can stay safely for a week' end end,
        '{}', '{}', null, r.received_at, r.received_at
      from (
        select x.*, ${channel(`${U}(x.i, 104)`)} as channel, ${caseType(`${U}(x.i, 112)`)} as type,
          ${U}(x.i, 113) < 0.4 and x.received_at < ${plan.untilSql} - interval '3 hours' as screened
        from (${placed(plan.country, `generate_series(0, ${count - 1})`, time)}) x
      ) r
      cross join lateral (select ${kigaliYear('r.received_at')} as year offset 0) y
      left join (select district_id, ${kigaliYear('received_at')} as year, count(*) as last from incident_reports
                 where received_at > ${plan.untilSql} - interval '400 days' group by 1, 2) b on b.district_id = r.district_id and b.year = y.year
      order by r.i`);
    // Their screening deadlines (a day from receipt); screened ones met theirs.
    rows += await q.exec(`insert into deadlines (id, kind, report_id, district_id, due_at, met_at, escalation_level, last_escalated_at, created_at)
      select ${WORK}.sid(${TAG.deadline}, (${offset} + row_number() over (order by r.reference))::bigint * 16), 'screening', r.id, r.district_id,
        r.received_at + interval '1 day', r.screened_at,
        case when r.screened_at is null and r.received_at + interval '1 day' < ${plan.untilSql} then 1 else 0 end,
        case when r.screened_at is null and r.received_at + interval '1 day' < ${plan.untilSql} then ${plan.untilSql} - interval '1 hour' end,
        r.received_at
      from incident_reports r where r.status in ('new', 'screened')`);
    // The register counters, so the next report recorded through the API takes the next number.
    rows += await q.exec(`insert into report_sequences (district_id, year, last_value)
      select district_id, ${kigaliYear('received_at')}, count(*) from incident_reports group by 1, 2`);
    return rows;
  },
};

export const reportSteps: SeedStep[] = [nonVenaReports, pendingReports];
