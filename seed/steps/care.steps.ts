import type { SeedPlan, SeedStep } from '../seed-plan.js';
import { TAG, weighted, WORK } from '../seed-sql.js';
import { ageOn, atHour, endOfLocalDay, escalation, localDate, U, visitDay, visitStep } from './care-sql.js';

// Alternative care (Tubarerere Mu Muryango, migrations/0037): the foster
// carers register of every district, gatekeeping decisions, placements with
// their history, post-placement monitoring visits and reviews, and the open
// clocks of the active placements.
//
// Rates. Rwanda closed most institutions (178 children left in 2018) and
// places children in families: 6% of abandonment and neglect cases and a
// fifth of street-connected ones lead to a placement (three times as often
// among open cases: a case stays open while the child is in care). At scale
// 1 that is about 50,000 placements over the ten years and some 5,500 active,
// mostly kinship or foster care; residential care is the last resort (about
// 150 active). Emergency foster care is short: most move on at a review to
// long-term foster care or kinship care. The register (~3,300 households,
// three in four approved) is whole at every scale, like the service
// directory, so matching always runs on the national register.

/** Carer households on the register per thousand inhabitants (Malaika Murinzi and foster families): ~3,300 nationally. */
const CARERS_PER_THOUSAND = 0.25;
const REVIEW_DAYS = 90; // RINDA_CARE_REVIEW_DAYS' default
const FOSTER_FORMS = `('emergency_foster_care', 'long_term_foster_care')`;

/**
 * The share of a first case of each type that leads to a placement. A case
 * stays open while its child is in care, so open cases hold three times the
 * share of closed ones.
 */
const placementChance = (k: string) =>
  `(case ${k}.primary_type when 'abandonment_neglect' then 0.06 when 'street_connected' then 0.2 when 'physical_violence' then 0.004
      when 'sexual_violence' then 0.004 else 0.002 end * case when ${k}.closed_at is null then 3 else 1 end)`;

const lastDay = (plan: SeedPlan) => `(${localDate(plan.untilSql)} - 1)`;

const districts = (plan: SeedPlan) =>
  `(values ${plan.country.districts
    .map(
      (d, i) =>
        `(${i + 1}, '${d.id}', ${Math.max(40, Math.round(d.population * CARERS_PER_THOUSAND))}, ${d.villageBase}, ${d.villages}, ${d.cpwoBase}, ${d.cpwos})`,
    )
    .join(', ')}) as d(di, district_id, carers, vbase, vcount, cpwo_base, cpwos)`;

const fosterCarers: SeedStep = {
  name: 'foster carers',
  after: ['organisations and staff', 'villages'],
  needs: ['foster_carers'],
  async run(q, plan) {
    const last = lastDay(plan);
    const status = `case when a.age < 45 then 'applicant'
        when a.age < 90 then case when ${U}(x.r, 1302) < 0.5 then 'assessed' else 'applicant' end
        when a.age < 150 then case when ${U}(x.r, 1302) < 0.5 then 'trained' else 'assessed' end
        else ${weighted(`${U}(x.r, 1302)`, [
          { share: 0.78, value: `'approved'` },
          { share: 0.17, value: `'refused'` },
          { share: 0.05, value: `'applicant'` },
        ])} end`;
    const decider = `${WORK}.sid(${TAG.staff}, d.cpwo_base + x.j % d.cpwos)`;
    return q.exec(`insert into foster_carers (id, household_name, main_carer_name, phone, village_id, district_id, found_by, also_izu, status,
        assessed_on, assessment_note, trained_on, training_note, decided_on, decided_by, decision_reasons, approval_review_on,
        capacity, age_min, age_max, emergency_available, created_by, created_at, updated_at)
      select ${WORK}.sid(${TAG.fosterCarer}, x.r), n.family || ' household Synth', n.given || ' ' || n.family || ' Synth', '+25073' || lpad(x.r::text, 7, '0'),
        v.village_id, d.district_id,
        ${weighted(`${U}(x.r, 1304)`, [
          { share: 0.45, value: `'izu'` },
          { share: 0.25, value: `'local_leader'` },
          { share: 0.25, value: `'community_forum'` },
          { share: 0.05, value: `'other'` },
        ])},
        ${U}(x.r, 1305) < 0.15, b.status,
        case when b.status <> 'applicant' then a.created + 30 end,
        case when b.status <> 'applicant' then 'Synthetic: home visit, household interviewed, references from the village leaders' end,
        case when b.status in ('trained', 'approved') then a.created + 60 end,
        case when b.status in ('trained', 'approved') then 'Synthetic: foster care training, three sessions' end,
        case when b.status in ('approved', 'refused') then a.created + 90 end,
        case when b.status in ('approved', 'refused') then ${decider} end,
        case b.status when 'approved' then 'Synthetic: a safe, stable home with room; the household is willing and trained'
                      when 'refused' then 'Synthetic: the household has no room for another child and its income is unstable' end,
        case when b.status = 'approved' then
          case when ${U}(x.r, 1310) < 0.08 and a.yrs >= 1 then a.created + 90 + 365 * a.yrs else a.created + 90 + 365 * (a.yrs + 1) end end,
        ${weighted(`${U}(x.r, 1306)`, [
          { share: 0.35, value: '1' },
          { share: 0.35, value: '2' },
          { share: 0.2, value: '3' },
          { share: 0.1, value: '4' },
        ])},
        case when ${U}(x.r, 1307) < 0.85 then 0 else 6 end,
        case when ${U}(x.r, 1307) < 0.7 or ${U}(x.r, 1307) >= 0.85 then 17 else 5 end,
        ${U}(x.r, 1308) < 0.25, ${decider}, ${atHour('a.created', 10)},
        ${atHour(
          `case when b.status in ('approved', 'refused') then a.created + 90 when b.status = 'trained' then a.created + 60
                      when b.status = 'assessed' then a.created + 30 else a.created end`,
          11,
        )}
      from ${districts(plan)}
      cross join lateral generate_series(0, d.carers - 1) as j
      cross join lateral (select j, d.di * 1000 + j as r offset 0) x
      cross join lateral (select ${last} - (10 + floor(${U}(x.r, 1301) * 3500))::int as created offset 0) c
      cross join lateral (select c.created, ${last} - c.created as age, greatest(0, floor((${last} - c.created - 90) / 365.0))::int as yrs offset 0) a
      cross join lateral (select ${status} as status offset 0) b
      cross join lateral (select ${WORK}.pick(array['Mukamana', 'Uwase', 'Nyirahabimana', 'Mukandayisenga', 'Uwimana', 'Ingabire', 'Mukeshimana',
          'Nirere'], ${U}(x.r, 1311)) as given,
        ${WORK}.pick(array['Habimana', 'Niyonzima', 'Uwizeye', 'Hakizimana', 'Nsengimana', 'Mugisha', 'Ndayisaba', 'Bizimana'], ${U}(x.r, 1312)) as family
        offset 0) n
      join ${WORK}.village v on v.g = d.vbase + floor(${U}(x.r, 1303) * d.vcount)::int`);
  },
};

/** One row per placement: the facts of each care case decided once, so its gatekeeping, placements, visits and clocks agree. */
const placementStaging: SeedStep = {
  name: 'placements (staging)',
  after: ['cases (staging)', 'children', 'foster carers'],
  needs: ['care_placements'],
  async run(q, plan) {
    const last = lastDay(plan);
    const form1 = weighted(`${U}(b.n, 1201)`, [
      { share: 0.53, value: `'kinship_care'` },
      { share: 0.22, value: `'emergency_foster_care'` },
      { share: 0.19, value: `'long_term_foster_care'` },
      { share: 0.04, value: `'supervised_independent_living'` },
      { share: 0.02, value: `'residential_care'` },
    ]);
    const form2 = weighted(`${U}(b.n, 1204)`, [
      { share: 0.46, value: `'long_term_foster_care'` },
      { share: 0.39, value: `'kinship_care'` },
      { share: 0.08, value: `'domestic_adoption'` },
      { share: 0.06, value: `'supervised_independent_living'` },
      { share: 0.01, value: `'residential_care'` },
    ]);
    await q.exec(`create unlogged table ${WORK}.care as
      select b.*, t.start1, t.form1, s.two, s.switch_on, s.form2,
        case when t.form1 = 'emergency_foster_care' or ${U}(b.n, 1206) < 0.6 then 'form_changed' else 'breakdown' end as end1_reason
      from (
        select k.n, k.id as case_id, k.child_id, k.report_id, k.tier, k.district_id, k.place_id, k.village_rank, k.lead, k.supervisor,
          k.opened_at, ch.date_of_birth as dob, ${localDate('k.opened_at')} as opened_on,
          least(${last}, coalesce(${localDate('k.closed_at')}, ${last})) as end_on, k.closed_at is null as open
        from ${WORK}.kase k join children ch on ch.id = k.child_id
        -- the child's first case: one active placement per child
        where k.j = 1 and k.stage <> 'transferred' and ${U}(k.n, 1200) < ${placementChance('k')}
      ) b
      cross join lateral (select b.opened_on + floor(${U}(b.n, 1202) * 10)::int as start1, ${form1} as f offset 0) f
      cross join lateral (select f.start1,
          case when f.f = 'supervised_independent_living' and ${ageOn('b.dob', 'f.start1')} < 16 then 'kinship_care' else f.f end as form1 offset 0) t
      cross join lateral (select b.end_on - t.start1 > 75 and (t.form1 = 'emergency_foster_care' and ${U}(b.n, 1203) < 0.85 or ${U}(b.n, 1203) < 0.1) as two,
          t.start1 + case when t.form1 = 'emergency_foster_care' then 14 + floor(${U}(b.n, 1205) * 45)
                          else 30 + floor(${U}(b.n, 1205) * greatest(1, b.end_on - t.start1 - 75)) end::int as switch_on,
          ${form2} as f2 offset 0) s0
      cross join lateral (select s0.two, s0.switch_on,
          case when s0.f2 = 'supervised_independent_living' and ${ageOn('b.dob', 's0.switch_on')} < 16 then 'long_term_foster_care' else s0.f2 end as form2
          offset 0) s
      where b.end_on - t.start1 >= 14 and ${ageOn('b.dob', 't.start1')} < 17`);
    // The last placement of a closed case ended when the case closed, and why.
    const lastReason = (form: string, on: string) => `case when c.open then null when ${form} = 'domestic_adoption' then 'adopted'
        when ${ageOn('c.dob', on)} >= 18 then 'aged_out' when ${U}(c.n, 1207) < 0.75 then 'reunified' else 'other' end`;
    await q.exec(`create unlogged table ${WORK}.placement as
      select c.n, 0 as p, c.n * 2 as pn, c.case_id, c.child_id, c.report_id, c.tier, c.district_id, c.place_id, c.village_rank, c.lead, c.supervisor, c.dob,
        c.start1 as started_on, c.form1 as form,
        case when c.two then c.switch_on when not c.open then c.end_on end as ended_on,
        case when c.two then c.end1_reason else ${lastReason('c.form1', 'c.end_on')} end as end_reason,
        null::uuid as previous_id, null::uuid as carer_id, c.place_id as village_id
      from ${WORK}.care c
      union all
      select c.n, 1, c.n * 2 + 1, c.case_id, c.child_id, c.report_id, c.tier, c.district_id, c.place_id, c.village_rank, c.lead, c.supervisor, c.dob,
        c.switch_on, c.form2, case when not c.open then c.end_on end, ${lastReason('c.form2', 'c.end_on')},
        -- a review moved the child on (a breakdown ends the placement; the next one starts afresh)
        case when c.end1_reason = 'form_changed' then ${WORK}.sid(${TAG.placement}, c.n * 2) end, null::uuid, c.place_id
      from ${WORK}.care c where c.two`);
    // Active foster placements take the places of approved carers (in review, all ages) of their district, in order, never beyond a
    // household's capacity; ended ones went to a carer approved before they started. Without a carer, the child went to kin.
    await q.exec(`create unlogged table ${WORK}.carer_slot as
      select fc.id, fc.district_id, fc.village_id, fc.emergency_available as e, fc.decided_on,
        sum(fc.capacity) over w - fc.capacity as s0, sum(fc.capacity) over w as s1
      from foster_carers fc
      where fc.status = 'approved' and fc.age_min = 0 and fc.age_max = 17 and fc.approval_review_on > ${last}
      window w as (partition by fc.district_id, fc.emergency_available order by fc.id)`);
    await q.exec(`update ${WORK}.placement p set carer_id = s.id, village_id = s.village_id
      from (select pn, district_id, started_on, form = 'emergency_foster_care' as e,
              row_number() over (partition by district_id, form = 'emergency_foster_care' order by pn) - 1 as k
            from ${WORK}.placement where ended_on is null and form in ${FOSTER_FORMS}) a
      join ${WORK}.carer_slot s on s.district_id = a.district_id and s.e = a.e and a.k >= s.s0 and a.k < s.s1 and s.decided_on <= a.started_on
      where p.pn = a.pn`);
    await q.exec(`update ${WORK}.placement p set carer_id = x.id, village_id = x.village_id
      from (select p2.pn, c.id, c.village_id from ${WORK}.placement p2
            cross join lateral (select fc.id, fc.village_id from foster_carers fc
              where fc.district_id = p2.district_id and fc.status = 'approved' and fc.decided_on <= p2.started_on
                and (p2.form <> 'emergency_foster_care' or fc.emergency_available)
                and ${ageOn('p2.dob', 'p2.started_on')} between fc.age_min and fc.age_max
              order by md5(fc.id::text || p2.pn::text) limit 1) c
            where p2.ended_on is not null and p2.form in ${FOSTER_FORMS}) x
      where p.pn = x.pn`);
    await q.exec(`update ${WORK}.placement set form = 'kinship_care' where form in ${FOSTER_FORMS} and carer_id is null`);
    await q.exec(`alter table ${WORK}.placement add column id uuid, add column village_g int`);
    await q.exec(
      `update ${WORK}.placement p set id = ${WORK}.sid(${TAG.placement}, p.pn), village_g = v.g from ${WORK}.village v where v.village_id = p.village_id`,
    );
    await q.exec(`analyze ${WORK}.placement`);
    const [n] = await q.rows<{ n: number }>(`select count(*)::int as n from ${WORK}.placement`);
    return n!.n;
  },
};

const gatekeeping: SeedStep = {
  name: 'gatekeeping',
  after: ['placements (staging)', 'cases'],
  needs: ['care_gatekeeping'],
  async run(q, plan) {
    const cols = `(id, case_id, family_care_possible, necessity_reasons, care_form, suitability_reasons, child_views, family_participation,
        decided_by, decided_at, status, answered_by, answered_at, answer_note)`;
    // An emergency placement comes first; its decision follows within days (now and then late). Otherwise the decision comes first.
    const placed = await q.exec(`insert into care_gatekeeping ${cols}
      select ${WORK}.sid(${TAG.gatekeeping}, p.n), p.case_id, false,
        'Synthetic: the family cannot keep the child safe even with support', p.form,
        'Synthetic: this form of care meets the assessed needs of the child', 'Synthetic: the child was heard and agrees',
        'Synthetic: the family took part in the decision', p.lead, g.at, 'approved', p.supervisor, g.at + interval '3 hours', null
      from ${WORK}.placement p join ${WORK}.care c on c.n = p.n
      cross join lateral (select least(${plan.untilSql} - interval '4 hours',
          case when p.form = 'emergency_foster_care' then ${atHour(`p.started_on + 1 + floor(${U}(p.n, 1230) * 4)::int`, 11)}
               else greatest(c.opened_at + interval '2 hours', ${atHour('p.started_on - 1', 11)}) end) as at offset 0) g
      where p.p = 0`);
    // Cases where the decision was that the child stays in the family, with support.
    const family = await q.exec(`insert into care_gatekeeping ${cols}
      select ${WORK}.sid(${TAG.gatekeeping}, k.n), k.id, true, 'Synthetic: the child can stay safely in the family with support', null,
        'Synthetic: family strengthening and IZU follow-up meet the needs', 'Synthetic: the child wishes to stay at home',
        'Synthetic: the parents agreed to the support plan', k.lead, g.at, 'approved', k.supervisor, g.at + interval '1 day', null
      from ${WORK}.kase k
      cross join lateral (select least(${plan.untilSql} - interval '2 days', k.opened_at + interval '3 days') as at offset 0) g
      where k.j = 1 and k.stage <> 'transferred' and g.at > k.opened_at and (k.closed_at is null or k.closed_at > g.at + interval '1 day')
        and ${U}(k.n, 1200) >= ${placementChance('k')} and ${U}(k.n, 1200) < 1.4 * ${placementChance('k')}`);
    return placed + family;
  },
};

const placements: SeedStep = {
  name: 'placements',
  after: ['gatekeeping'],
  needs: ['care_placements'],
  async run(q) {
    return q.exec(`insert into care_placements (id, case_id, child_id, district_id, village_id, care_form, carer_id, family_name, gatekeeping_id,
        emergency, sibling_group, match_reasons, started_on, planned_review_on, ended_on, end_reason, end_note, ended_by, previous_placement_id,
        created_by, created_at)
      select p.id, p.case_id, p.child_id, left(p.village_id, 2), p.village_id, p.form, p.carer_id,
        case when p.carer_id is null then case p.form when 'residential_care' then 'Residential centre Synth' when 'domestic_adoption' then 'Adoptive family Synth'
          when 'supervised_independent_living' then 'Independent living Synth' else ch.family_name || ' family Synth' end end,
        case when p.p = 0 then ${WORK}.sid(${TAG.gatekeeping}, p.n) end,
        p.form = 'emergency_foster_care', 1,
        case when p.carer_id is not null then 'Synthetic: the nearest approved carer with room, who takes the child''s age' end,
        p.started_on, p.started_on + ${REVIEW_DAYS}, p.ended_on, p.end_reason, null, case when p.ended_on is not null then p.lead end, p.previous_id,
        p.lead, ${atHour('p.started_on', 12)}
      from ${WORK}.placement p join children ch on ch.id = p.child_id
      order by p.pn`);
  },
};

/** Monitoring visits on the schedule, by the caseworker or the village's IZU; about one in fourteen missed. */
const placementVisits: SeedStep = {
  name: 'placement visits',
  after: ['placements (staging)', 'IZU pairs'],
  needs: ['care_placement_visits'],
  async run(q, plan) {
    const last = lastDay(plan);
    const r = '(p.pn * 64 + i)';
    return q.exec(`insert into care_placement_visits (id, placement_id, case_id, visited_on, visited_by, visitor, child_safe, wellbeing_safety,
        material_needs, educational_needs, health_needs, psychological_needs, school_attendance, behaviour_and_response, social_protection,
        community_welcome, recorded_at)
      select ${WORK}.sid(${TAG.placementVisit}, ${r}), p.id, p.case_id, v.on_,
        case when v.izu then ${WORK}.sid(${TAG.izu}, p.village_g * 2 + (${U}(${r}, 1242) < 0.5)::int) else p.lead end,
        case when v.izu then 'izu' else 'caseworker' end, v.safe,
        case when v.safe then 'Synthetic: the child is well, eats and sleeps well, and is safe in the home'
             else 'Synthetic: the child was found alone and afraid; the caseworker is told at once' end,
        case when ${U}(${r}, 1243) < 0.3 then 'Synthetic: needs school materials and a mattress' end,
        case when ${U}(${r}, 1244) < 0.15 then 'Synthetic: needs help with reading' end,
        case when ${U}(${r}, 1245) < 0.1 then 'Synthetic: health insurance (mutuelle) to renew' end,
        case when ${U}(${r}, 1246) < 0.15 then 'Synthetic: sad at times; the psychologist to follow up' end,
        case when ${ageOn('p.dob', 'v.on_')} < 6 then 'not_school_age'
             else ${weighted(`${U}(${r}, 1247)`, [
               { share: 0.8, value: `'regular'` },
               { share: 0.14, value: `'irregular'` },
               { share: 0.06, value: `'not_attending'` },
             ])} end,
        case when ${U}(${r}, 1248) < 0.1 then 'Synthetic: quarrels with other children; the carers respond calmly' end,
        case when ${U}(${r}, 1249) < 0.08 then 'Synthetic: the family''s situation worsened; referred to Ubudehe support' end,
        case when ${U}(${r}, 1250) < 0.5 then 'Synthetic: neighbours and the church welcome the child' end,
        ${atHour('v.on_', 16)}
      from ${WORK}.placement p
      cross join lateral generate_series(1, 60) as i
      cross join lateral (select least(coalesce(p.ended_on, ${last}), p.started_on + ${visitDay('i')} + floor(${U}(${r}, 1240) * 3)::int) as on_,
          ${U}(${r}, 1241) < 0.4 as izu, ${U}(${r}, 1251) < 0.97 as safe offset 0) v
      where ${visitDay('i')} <= coalesce(p.ended_on, ${last}) - p.started_on and ${U}(${r}, 1252) >= 0.07`);
  },
};

/** Reviews every RINDA_CARE_REVIEW_DAYS (some missed), and the review that moved a child on to the next form of care. */
const placementReviews: SeedStep = {
  name: 'placement reviews',
  after: ['placements (staging)'],
  needs: ['care_placement_reviews'],
  async run(q, plan) {
    const last = lastDay(plan);
    const cols = `(id, placement_id, case_id, reviewed_by, reviewed_at, still_necessary, still_suitable, reunification_possible, permanence_possible,
        child_participation, decision, new_placement_id, next_review_on, note)`;
    const r = '(p.pn * 64 + i)';
    const regular = await q.exec(`insert into care_placement_reviews ${cols}
      select ${WORK}.sid(${TAG.placementReview}, ${r}), p.id, p.case_id, p.lead, ${atHour('v.on_', 10)}, true, true,
        ${U}(${r}, 1261) < 0.2, ${U}(${r}, 1262) < 0.3, 'Synthetic: the child took part and wishes to stay', 'continue', null, v.on_ + ${REVIEW_DAYS}, null
      from ${WORK}.placement p
      cross join lateral generate_series(1, 45) as i
      cross join lateral (select p.started_on + ${REVIEW_DAYS} * i + floor(${U}(${r}, 1260) * 7)::int as on_ offset 0) v
      where v.on_ < coalesce(p.ended_on, ${last}) and ${U}(${r}, 1263) >= 0.08`);
    const moved = await q.exec(`insert into care_placement_reviews ${cols}
      select ${WORK}.sid(${TAG.placementReview}, p.pn * 64), p.id, p.case_id, p.lead, ${atHour('p.ended_on', 9)}, true, false, false, true,
        'Synthetic: the child was heard and agrees to the move', 'change_form', ${WORK}.sid(${TAG.placement}, p.pn + 1), null,
        'Synthetic: a longer-term family is found'
      from ${WORK}.placement p where p.p = 0 and p.end_reason = 'form_changed'`);
    return regular + moved;
  },
};

/** The open clocks of each active placement: its next visit and its next review (src/care/care-deadlines.ts). */
const careDeadlines: SeedStep = {
  name: 'care deadlines',
  after: ['placement visits', 'placement reviews', 'placements', 'deadlines', 'referrals'],
  needs: ['care_placements'],
  async run(q, plan) {
    const until = plan.untilSql;
    const rows =
      await q.exec(`insert into deadlines (id, kind, report_id, case_id, district_id, tier, due_at, met_at, escalation_level, last_escalated_at, created_at)
      select ${WORK}.sid(${TAG.careDeadline}, p.pn * 4 + s.slot), s.kind, p.report_id, p.case_id, p.district_id, p.tier, s.due, null,
        ${escalation('s.due', until)}, case when s.due < ${until} then ${until} - interval '2 hours' end, ${atHour('p.started_on', 12)}
      from ${WORK}.placement p
      -- whole-table aggregates: the visits' and reviews' indexes are rebuilt only after the load
      left join (select placement_id, max(visited_on) as on_ from care_placement_visits group by 1) lv on lv.placement_id = p.id
      left join (select placement_id, max(next_review_on) as on_ from care_placement_reviews group by 1) lr on lr.placement_id = p.id
      cross join lateral (select coalesce(lv.on_, p.started_on) as last_visit, coalesce(lr.on_, p.started_on + ${REVIEW_DAYS}) as review_on offset 0) l
      cross join lateral (values
          (0, 'care_visit', ${endOfLocalDay(`(l.last_visit + ${visitStep('l.last_visit - p.started_on')})`)}),
          (1, 'care_review', ${endOfLocalDay('l.review_on')})) as s(slot, kind, due)
      where p.ended_on is null`);
    // An open case's soonest deadline may now be a placement's (cases.next_due_at, as src/deadlines refreshes it).
    await q.exec(`update cases c set next_due_at = x.due
      from (select d.case_id, min(d.due_at) as due from deadlines d join ${WORK}.placement p on p.case_id = d.case_id and p.ended_on is null
            where d.met_at is null group by d.case_id) x
      where c.id = x.case_id and c.next_due_at is distinct from x.due`);
    return rows;
  },
};

export const careSteps: SeedStep[] = [fosterCarers, placementStaging, gatekeeping, placements, placementVisits, placementReviews, careDeadlines];
