import { countrySql, seededId } from '../country.js';
import type { SeedPlan, SeedStep } from '../seed-plan.js';
import { quote, TAG, weighted, WORK } from '../seed-sql.js';
import { ageOn, atHour, localDate, U } from './care-sql.js';

// Family tracing, reintegration and care leavers (migrations/0038). A third
// of the street-connected children's first cases, and a few abandonment
// cases, try to bring the child home: tracing leads and attempts, then the
// stages in order; most closed attempts succeed, the others fail where
// families fail (not found, not safe, refusing). Young people of 17 and over
// in care get a transition plan; those who left care at 18 have a closed one.
// The assessment of child and family is made by a pair: the district's
// psychologist CPWO and a social worker CPWO (users.profession).

const STAGES = `array['tracing', 'assessment', 'planning', 'first_contact', 'reunification', 'post_support', 'closure']`;
const lastDay = (plan: SeedPlan) => `(${localDate(plan.untilSql)} - 1)`;

/** The CPWOs of each district alternate psychologist, social worker (the first of each district a psychologist); NGO caseworkers are social workers. */
const professions: SeedStep = {
  name: 'professions',
  after: ['organisations and staff'],
  async run(q, plan) {
    const psychologists: string[] = [];
    const socialWorkers: string[] = [];
    for (const d of plan.country.districts) {
      for (let i = 0; i < d.cpwos; i++) (i % 2 === 0 ? psychologists : socialWorkers).push(quote(seededId(TAG.staff, d.cpwoBase + i)));
    }
    let n = await q.exec(`update users set profession = 'psychologist' where id in (${psychologists.join(', ')})`);
    n += await q.exec(
      `update users set profession = 'social_worker' where id in (${socialWorkers.join(', ')}) or (role = 'cso_caseworker' and username like 'synth.%')`,
    );
    return n;
  },
};

const reintegrationStaging: SeedStep = {
  name: 'reintegrations (staging)',
  after: ['cases (staging)', 'placements (staging)'],
  needs: ['reintegrations'],
  async run(q, plan) {
    const last = lastDay(plan);
    const k = countrySql(plan.country);
    const failStage = weighted(`${U}(b.n, 1212)`, [
      { share: 0.45, value: '0' },
      { share: 0.3, value: '1' },
      { share: 0.1, value: '2' },
      { share: 0.05, value: '3' },
      { share: 0.05, value: '4' },
      { share: 0.05, value: '5' },
    ]);
    await q.exec(`create unlogged table ${WORK}.reint as
      select b.*, o.status, o.m, o.dur,
        -- the stage an attempt failed at is the first not done
        case when o.status = 'failed' then (${STAGES})[o.m + 1] end as failed_stage,
        case when o.status <> 'failed' then null when o.m = 0 then 'family_not_found' when o.m = 1 then 'family_not_safe'
             when o.m = 2 then case when ${U}(b.n, 1214) < 0.5 then 'family_refuses' else 'child_refuses' end
             when o.m = 3 then 'child_refuses' when o.m = 4 then 'not_in_best_interests' else 'placement_broke_down' end as failure_reason,
        -- stage i is done on day started_on + dur * (i + 1) / den; a failure on day dur * (m + 1) / den
        case when o.status = 'completed' then o.m + 1 else o.m + 2 end as den
      from (
        select k.n, k.id as case_id, k.district_id, k.place_id, k.lead, ch.di, ${localDate('k.opened_at')} + floor(${U}(k.n, 1215) * 10)::int as started_on,
          k.opened_at, least(${last}, coalesce(${localDate('k.closed_at')}, ${last})) as end_on, k.closed_at is null as open,
          ${WORK}.sid(${TAG.staff}, ${k.int('cpwoBase', 'ch.di')}) as psychologist, ${WORK}.sid(${TAG.staff}, ${k.int('cpwoBase', 'ch.di')} + 1) as social_worker,
          ${k.int('villageBase', 'ch.di')} as vbase, ${k.int('villages', 'ch.di')} as vcount
        from ${WORK}.kase k join ${WORK}.child ch on ch.c = k.c
        where k.j = 1 and k.stage <> 'transferred' and not exists (select 1 from ${WORK}.care c where c.n = k.n)
          and ${U}(k.n, 1210) < (case k.primary_type when 'street_connected' then 0.33 when 'abandonment_neglect' then 0.04 else 0.0005 end)
      ) b
      cross join lateral (select
          case when not b.open then case when ${U}(b.n, 1211) < 0.62 then 'completed' else 'failed' end
               else case when ${U}(b.n, 1211) < 0.7 then 'in_progress' else 'failed' end end as status offset 0) s
      cross join lateral (select s.status,
          case s.status when 'completed' then 7 when 'failed' then ${failStage}
            else least(6, floor(${U}(b.n, 1213) * least(7, 1 + (b.end_on - b.started_on) / 20)))::int end as m,
          b.end_on - b.started_on as dur offset 0) o
      where b.end_on - b.started_on >= 10`);
    await q.exec(`analyze ${WORK}.reint`);
    return 0;
  },
};

const stageOn = (i: string) => `(r.started_on + floor(r.dur * (${i} + 1)::float8 / r.den)::int)`;

const reintegrations: SeedStep = {
  name: 'reintegrations',
  after: ['reintegrations (staging)', 'cases', 'professions'],
  needs: ['reintegrations'],
  async run(q) {
    let rows = await q.exec(`insert into reintegrations (id, case_id, status, started_on, started_by, started_at, ended_at, failed_stage, failure_reason,
        failure_note, failed_by)
      select ${WORK}.sid(${TAG.reintegration}, r.n), r.case_id, r.status, r.started_on, r.lead, greatest(r.opened_at + interval '1 hour', ${atHour('r.started_on', 9)}),
        case when r.status = 'completed' then ${atHour(stageOn('6'), 16)} when r.status = 'failed' then ${atHour(stageOn('r.m'), 16)} end,
        r.failed_stage, r.failure_reason, case when r.status = 'failed' then 'Synthetic: the reason is recorded on the case' end,
        case when r.status = 'failed' then r.lead end
      from ${WORK}.reint r order by r.n`);
    rows += await q.exec(`insert into reintegration_stages (id, reintegration_id, stage, completed_on, done_by, note, recorded_by, recorded_at)
      select ${WORK}.sid(${TAG.reintegrationStage}, r.n * 8 + i), ${WORK}.sid(${TAG.reintegration}, r.n), (${STAGES})[i + 1], ${stageOn('i')},
        case when i = 1 and ${U}(r.n * 8 + i, 1216) < 0.5 then r.social_worker else r.lead end, null, r.lead, ${atHour(stageOn('i'), 17)}
      from ${WORK}.reint r cross join lateral generate_series(0, r.m - 1) as i`);
    // The two parts of the assessment: both once it is done (safe), both with one finding the family unsafe when it failed there,
    // the social worker's alone (now and then) while it is under way.
    rows += await q.exec(`insert into reintegration_assessments (id, reintegration_id, part, assessed_on, assessor_id, social, economic, community,
        emotional, attachment, behaviour, family_safe, recommendation, recorded_at)
      select ${WORK}.sid(${TAG.reintegrationAssessment}, r.n * 2 + p.p), ${WORK}.sid(${TAG.reintegration}, r.n), p.part, a.on_,
        case p.p when 0 then r.social_worker else r.psychologist end,
        case p.p when 0 then 'Synthetic: the family lives with the grandmother; neighbours support them' end,
        case p.p when 0 then 'Synthetic: farming income, enrolled in Ubudehe category 2' end,
        case p.p when 0 then 'Synthetic: the village leaders welcome the child''s return' end,
        case p.p when 1 then 'Synthetic: the child is calm and hopeful about going home' end,
        case p.p when 1 then 'Synthetic: a warm bond with the mother and an older sister' end,
        case p.p when 1 then 'Synthetic: no behaviour that puts the child or family at risk' end,
        not (r.status = 'failed' and r.m = 1 and p.p = (${U}(r.n, 1217) < 0.5)::int),
        case when r.status = 'failed' and r.m = 1 and p.p = (${U}(r.n, 1217) < 0.5)::int then 'Synthetic: the family is not safe for the child now'
             else 'Synthetic: go on to planning and preparation' end,
        ${atHour('a.on_', 15)}
      from ${WORK}.reint r cross join (values (0, 'social'), (1, 'psychological')) as p(p, part)
      cross join lateral (select greatest(${stageOn('0')}, ${stageOn('1')} - 1 - p.p) as on_ offset 0) a
      where r.m >= 2 or (r.status = 'failed' and r.m = 1) or (r.status = 'in_progress' and r.m = 1 and p.p = 0 and ${U}(r.n, 1218) < 0.5)`);
    return rows;
  },
};

/** One to three leads a child's family is looked for through, one or two attempts each; the last one found the family when tracing is done. */
const tracing: SeedStep = {
  name: 'tracing',
  after: ['reintegrations'],
  needs: ['tracing_leads'],
  async run(q) {
    await q.exec(`create unlogged table ${WORK}.lead as
      select r.n, l.l, r.n * 4 + l.l as ln, r.case_id, r.lead, r.m, r.started_on, t.traced_on, l.leads, v.village_id,
        1 + (${U}(r.n * 4 + l.l, 1290) < 0.5)::int as attempts,
        r.started_on + floor((t.traced_on - r.started_on) * (l.l - 1)::float8 / l.leads)::int as found_on
      from ${WORK}.reint r
      cross join lateral (select case when r.m >= 1 then ${stageOn('0')} when r.status = 'failed' then ${stageOn('r.m')}
          else r.started_on + r.dur end as traced_on offset 0) t
      cross join lateral (select 1 + floor(${U}(r.n, 1291) * 3)::int as leads offset 0) ll
      cross join lateral (select g as l, ll.leads from generate_series(1, ll.leads) as g) l
      join ${WORK}.village v on v.g = r.vbase + floor(${U}(r.n * 4 + l.l, 1292) * r.vcount)::int`);
    let rows = await q.exec(`insert into tracing_leads (id, reintegration_id, case_id, person_name, relationship, phone, place_id, district_id,
        directions, source, visit_task_id, created_by, created_at)
      select ${WORK}.sid(${TAG.tracingLead}, d.ln), ${WORK}.sid(${TAG.reintegration}, d.n), d.case_id,
        ${WORK}.pick(array['Mukamana', 'Uwase', 'Habimana', 'Niyonzima', 'Mukandayisenga', 'Hakizimana'], ${U}(d.ln, 1293)) || ' Synth',
        ${weighted(`${U}(d.ln, 1294)`, [
          { share: 0.3, value: `'mother'` },
          { share: 0.1, value: `'father'` },
          { share: 0.2, value: `'grandparent'` },
          { share: 0.15, value: `'aunt_uncle'` },
          { share: 0.05, value: `'sibling'` },
          { share: 0.1, value: `'neighbour'` },
          { share: 0.1, value: `'community_leader'` },
        ])},
        case when ${U}(d.ln, 1295) < 0.3 then '+25072' || lpad(d.ln::text, 7, '0') end, d.village_id, left(d.village_id, 2),
        'Synthetic: near the primary school, ask at the market', 'Synthetic: the child remembered the name of the village', null, d.lead,
        ${atHour('d.found_on', 10)}
      from ${WORK}.lead d`);
    rows +=
      await q.exec(`insert into tracing_attempts (id, lead_id, reintegration_id, attempted_on, attempted_by, method, outcome, note, recorded_by, recorded_at)
      select ${WORK}.sid(${TAG.tracingAttempt}, d.ln * 4 + a), ${WORK}.sid(${TAG.tracingLead}, d.ln), ${WORK}.sid(${TAG.reintegration}, d.n), x.on_, d.lead,
        ${weighted(`${U}(d.ln * 4 + a, 1296)`, [
          { share: 0.45, value: `'home_visit'` },
          { share: 0.2, value: `'phone_call'` },
          { share: 0.2, value: `'izu_enquiry'` },
          { share: 0.1, value: `'local_leader'` },
          { share: 0.05, value: `'radio_announcement'` },
        ])},
        case when d.m >= 1 and d.l = d.leads and a = d.attempts then 'family_found'
             else ${weighted(`${U}(d.ln * 4 + a, 1297)`, [
               { share: 0.4, value: `'not_known_there'` },
               { share: 0.35, value: `'family_moved'` },
               { share: 0.25, value: `'no_answer'` },
             ])} end,
        null, d.lead, ${atHour('x.on_', 15)}
      from ${WORK}.lead d cross join lateral generate_series(1, d.attempts) as a
      cross join lateral (select d.found_on + floor((d.traced_on - d.found_on) * a::float8 / d.attempts)::int as on_ offset 0) x`);
    return rows;
  },
};

/** Care leavers: a plan for each young person of 17 and over in care; a closed one for those who left care at 18. */
const transitionPlans: SeedStep = {
  name: 'transition plans',
  after: ['placements (staging)', 'cases'],
  needs: ['transition_plans'],
  async run(q, plan) {
    const last = lastDay(plan);
    await q.exec(`create unlogged table ${WORK}.leaver as
      select p.n, p.case_id, p.lead, c.created_on, p.ended_on as closed_on
      from ${WORK}.placement p
      cross join lateral (select least(${last}, greatest(p.started_on, (p.dob + interval '17 years')::date + 14)) as created_on offset 0) c
      where (p.ended_on is null and ${ageOn('p.dob', last)} >= 17) or p.end_reason = 'aged_out'`);
    let rows = await q.exec(`insert into transition_plans (id, case_id, status, housing, work, education, safe_adult_name, safe_adult_phone, created_by,
        created_at, updated_by, updated_at, closed_on, closed_by, closure_note)
      select ${WORK}.sid(${TAG.transitionPlan}, l.n), l.case_id, case when l.closed_on is null then 'open' else 'closed' end,
        'Synthetic: a room shared with a cousin in the sector', 'Synthetic: apprenticeship in tailoring (TVET)', 'Synthetic: finishing secondary school',
        'Mutesi Synth', '+250788000000', l.lead, ${atHour('l.created_on', 10)}, l.lead, ${atHour('coalesce(l.closed_on, l.created_on)', 10)},
        l.closed_on, case when l.closed_on is not null then l.lead end,
        case when l.closed_on is not null then 'Synthetic: housed, in work and with a safe adult: the goals are met' end
      from ${WORK}.leaver l`);
    rows += await q.exec(`insert into transition_support (id, plan_id, area, given_on, given_by, note, recorded_at)
      select ${WORK}.sid(${TAG.transitionSupport}, l.n * 4 + s), ${WORK}.sid(${TAG.transitionPlan}, l.n),
        ${WORK}.pick(array['housing', 'work', 'education', 'safe_adult', 'other'], ${U}(l.n * 4 + s, 1298)), x.on_, l.lead,
        'Synthetic: support given as the plan says', ${atHour('x.on_', 14)}
      from ${WORK}.leaver l cross join lateral generate_series(1, 1 + floor(${U}(l.n, 1299) * 3)::int) as s
      cross join lateral (select l.created_on + floor((coalesce(l.closed_on, ${last}) - l.created_on) * s::float8 / 4)::int as on_ offset 0) x`);
    return rows;
  },
};

export const reintegrationSteps: SeedStep[] = [professions, reintegrationStaging, reintegrations, tracing, transitionPlans];
