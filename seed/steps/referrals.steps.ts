import { SHARING_AGENCY_KINDS } from '../../src/cases/case-vocabulary.js';
import { DEFAULT_DEADLINE_POLICY } from '../../src/deadlines/deadline-policy.js';
import type { SeedStep } from '../seed-plan.js';
import { quote, TAG, textArray, WORK } from '../seed-sql.js';
import { ASSESSED, assessedAt, eventId, PLANNED, plannedAt } from './case-clock.js';
import { shareWith } from './case-work.steps.js';

// Referrals (framework step 7; migrations/0028 and 0030): most Tier 1 cases
// and some Tier 2 ones send the child to one to three providers of the
// directory, as src/cases/referrals writes them: to an active service of the
// type the case's pathway needs, at a provider with a focal person (only they
// answer), whose service area covers the child's village (the nearest
// coverage first, as the directory suggests; no such service is a gap, and
// the referral is not made), eligible by the child's age, covered by the
// consent on record (or, for some Tier 1 cases, a vital-interest record).
// Each referral moves through its steps in time: answered, service given,
// feedback, outcome, completed. Old ones (and every one of a closed case)
// ended: most completed, some declined (then sent to another provider where
// one covers the village), a few withdrawn. Recent ones are still sent,
// accepted or service given, and some stalled, so their open deadline is
// overdue. Deadlines and timeline lines are those the app writes.

const U = `${WORK}.u`;
const TZ = `'Africa/Kigali'`;
const TAGS = { referral: 64, deadline: 65, vitalInterest: 66 } as const;
for (const t of Object.values(TAGS)) if ((Object.values(TAG) as number[]).includes(t)) throw new Error(`seed tag ${t} is taken`);
const sid = (tag: number, n: string) => `${WORK}.sid(${tag}, ${n})`;

/** What each case type refers for, in order (Table 4's pathways, migrations/0028): Tier 1 the time-critical services first. */
export const REFERRAL_NEEDS: Record<string, { tier1: string[]; tier2: string[] }> = {
  sexual_violence: {
    tier1: ['forensic_examination', 'investigation', 'psychosocial_support'],
    tier2: ['psychosocial_support', 'legal_aid', 'medical_care'],
  },
  physical_violence: { tier1: ['medical_care', 'investigation', 'psychosocial_support'], tier2: ['psychosocial_support', 'legal_aid'] },
  emotional_violence: { tier1: ['psychosocial_support', 'parenting_support'], tier2: ['psychosocial_support', 'parenting_support'] },
  abandonment_neglect: { tier1: ['medical_care', 'social_protection', 'investigation'], tier2: ['social_protection', 'parenting_support'] },
  child_labour_exploitation: { tier1: ['investigation', 'labour_inspection', 'economic_support'], tier2: ['labour_inspection', 'economic_support'] },
  street_connected: { tier1: ['rehabilitation', 'social_protection'], tier2: ['rehabilitation', 'social_protection'] },
  harmful_practices: { tier1: ['investigation', 'psychosocial_support'], tier2: ['psychosocial_support', 'parenting_support'] },
};

/** The groups of the child's data each service needs (src/access/referral-access.ts), nothing more. */
const SHARED_GROUPS: Record<string, string[]> = {
  investigation: ['identity', 'contact', 'incident'],
  forensic_examination: ['identity', 'incident', 'health'],
  medical_care: ['identity', 'incident', 'health'],
  psychosocial_support: ['identity', 'contact', 'assessment'],
  legal_aid: ['identity', 'contact', 'incident'],
  labour_inspection: ['identity', 'incident'],
  rehabilitation: ['identity', 'contact', 'assessment', 'plan'],
  social_protection: ['identity', 'contact'],
  economic_support: ['identity', 'contact'],
  parenting_support: ['identity', 'contact', 'plan'],
};

/** The agencies a vital-interest record covers: a Tier 1 child's forensics, health and the investigation cannot wait for the caregiver. */
const VITAL_INTEREST_KINDS = ['isange', 'rib', 'rnp', 'health_facility'];

const DECLINE_REASONS = ['Synthetic: no place this month', 'Synthetic: outside what we offer for this age', 'Synthetic: the family lives beyond our reach'];
const FEEDBACK = [
  'Synthetic feedback: the service was given as agreed; the child attended every session',
  'Synthetic feedback: examined and treated; follow-up advised at the health centre',
  'Synthetic feedback: the family was enrolled; support continues',
];

const answerDays = `(case s.urgency when 'immediate' then ${DEFAULT_DEADLINE_POLICY.referralImmediateDays} when 'urgent' then ${DEFAULT_DEADLINE_POLICY.referralUrgentDays} else ${DEFAULT_DEADLINE_POLICY.referralRoutineDays} end)`;
/** The end of a local (Kigali) date: when a deadline of that date falls due (src/deadlines/local-time.ts endOfLocalDay). */
const endOfLocalDay = (date: string) => `((${date} + 1)::timestamp at time zone ${TZ})`;
const localDate = (t: string) => `(${t} at time zone ${TZ})::date`;
const days = (d: string) => `(${d}) * interval '1 day'`;
const needsOf = (tier: 'tier1' | 'tier2') =>
  `(case k.primary_type ${Object.entries(REFERRAL_NEEDS)
    .map(([type, n]) => `when ${quote(type)} then ${textArray(n[tier])}`)
    .join(' ')} end)`;
const sharedGroups = `(case rf.service_type ${Object.entries(SHARED_GROUPS)
  .map(([type, g]) => `when ${quote(type)} then ${textArray(g)}`)
  .join(' ')} else array['identity']::text[] end)`;

/** Active services at providers with a focal person, one row per area they cover, as the directory's coverage rule reads them. */
const serviceStaging = `create unlogged table ${WORK}.ref_service as
  select row_number() over (order by s.id, a.place_id)::int as ord, s.id as service_id, s.organisation_id, o.kind, s.service_type,
    a.place_id as area, case when a.place_id = 'RW' then 0 else length(a.place_id) end as nearness, s.min_age, s.max_age,
    coalesce(s.capacity_available = 0, false) as full, f.user_id as focal, o.kind = any(${textArray(SHARING_AGENCY_KINDS)}) as sharing,
    array(select rp.case_type from referral_pathways rp where rp.service_type = s.service_type and rp.agency_kind = o.kind and rp.lead) as lead_for
  from provider_services s
  join organisations o on o.id = s.organisation_id
  join provider_service_areas a on a.service_id = s.id
  cross join lateral (select min(fp.user_id::text)::uuid as user_id from provider_focal_persons fp join users u on u.id = fp.user_id
                      where fp.organisation_id = o.id and u.active and u.role = 'service_provider') f
  where s.active and o.active and f.user_id is not null`;

/**
 * The referrals each case sends: how many, of which type, when, and the two
 * best providers (the second takes the referral if the first declines). The
 * order is the directory's suggestion order (src/directory/suggestions.repository.ts):
 * with capacity first, the lead agency of the pathway, the nearest coverage;
 * a draw breaks ties, so the load spreads over equal providers.
 */
function slotStaging(until: string) {
  const refs = `case when k.tier = 1 then case when ${U}(k.n, 300) < 0.85 then least(cardinality(${needsOf('tier1')}), 1 + floor(3 * ${U}(k.n, 301))::int) else 0 end
                     else case when ${U}(k.n, 300) < 0.35 then least(cardinality(${needsOf('tier2')}), 1 + (${U}(k.n, 301) < 0.3)::int) else 0 end end`;
  const rid = 'k.n * 8 + r';
  // A Tier 1 child's first referral leaves within hours of intake, once the caregiver's consent is recorded (at 30 minutes).
  const sent = `case when k.tier = 1 and r = 1 then k.opened_at + ${days(`0.035 + 0.25 * ${U}(${rid}, 302)`)}
      when k.tier = 1 then case when ${ASSESSED} then ${assessedAt(until)} + ${days(`(0.2 + 3 * ${U}(${rid}, 302)) * r`)} end
      when r = 1 then case when ${ASSESSED} then ${assessedAt(until)} + ${days(`0.5 + 3 * ${U}(${rid}, 302)`)} end
      else case when ${PLANNED} then ${plannedAt(until)} + ${days(`(1 + 10 * ${U}(${rid}, 302)) * (r - 1)`)} end end`;
  const lineage = `array['RW', left(x.place_id, 1), left(x.place_id, 2), left(x.place_id, 4), left(x.place_id, 6), x.place_id]`;
  return `create unlogged table ${WORK}.ref_slot as
    select x.*, p.picks[1] as pick1, p.picks[2] as pick2
    from (
      select ${rid} as rid, k.n, r, k.id as case_id, k.report_id, k.tier, k.primary_type, k.district_id, k.place_id, k.lead, k.closed_at,
        t.service_type, t.urgency, t.sent_at, ${shareWith} as share_with, m.vi,
        extract(year from age(t.sent_at::date, ch.date_of_birth))::int as age
      from ${WORK}.kase k
      join children ch on ch.id = k.child_id
      cross join lateral (select ${refs} as refs,
          k.tier = 1 and k.primary_type in ('sexual_violence', 'physical_violence') and ${U}(k.n, 303) < 0.3 as vi offset 0) m
      cross join lateral generate_series(1, m.refs) as r
      cross join lateral (select (case when k.tier = 1 then ${needsOf('tier1')} else ${needsOf('tier2')} end)[r] as service_type,
          case when k.tier = 1 and r = 1 then 'immediate' when k.tier = 1 or ${U}(${rid}, 304) < 0.3 then 'urgent' else 'routine' end as urgency,
          ${sent} as sent_at offset 0) t
      where m.refs > 0 and t.sent_at < coalesce(k.closed_at - interval '1 day', ${until} - interval '1 hour')
    ) x
    cross join lateral (select array(
        select c.ord from ${WORK}.ref_service c
        where c.service_type = x.service_type and c.area = any(${lineage})
          and (c.min_age is null or c.min_age <= x.age) and (c.max_age is null or c.max_age >= x.age)
          and (not c.sharing or c.kind = any(x.share_with) or (x.vi and c.kind = any(${textArray(VITAL_INTEREST_KINDS)})))
        order by c.full, (x.primary_type = any(c.lead_for)) desc, c.nearness desc, ${U}(x.rid, 300 + c.ord)
        limit 2) as picks offset 0) p
    where cardinality(p.picks) > 0`;
}

/**
 * Each referral's course, from a relation `s` (slot and chosen service): the
 * provider answers within the due date nine times in ten, gives the service,
 * writes feedback, and the caseworker records the outcome and completes it.
 * A closed case's referrals ran their course before it closed (the steps are
 * drawn, then fitted inside the case's life). An open case's stand where the
 * end of the generated world finds them; some stalled (the provider never
 * answered, or never gave the service), so their deadline is overdue.
 */
function courseSql(from: string, until: string, replacement: boolean) {
  const r = 's.rid';
  return `
    select s.rid, s.case_id, s.report_id, s.tier, s.district_id, s.place_id, s.lead, s.closed_at, s.service_type, s.urgency, s.sent_at,
      s.service_id, s.organisation_id, s.kind, s.focal, s.pick2, s.replaces, c.due_date, c.answer_due, c.ends, t.a, t.g, t.f, t.o, t.c, t.w,
      st.status, st.stalled,
      case when s.vi and s.kind = any(${textArray(VITAL_INTEREST_KINDS)}) then 'vital_interest' else 'consent' end as consent_basis,
      ${U}(${r}, 317) as draw
    from (${from}) s
    cross join lateral (select ${localDate('s.sent_at')} + ${answerDays} as due_date,
        ${endOfLocalDay(`(${localDate('s.sent_at')} + ${answerDays})`)} as answer_due,
        coalesce(s.closed_at - interval '2 hours', ${until}) as ends offset 0) c
    cross join lateral (select
        case when ${U}(${r}, 311) < 0.9 then extract(epoch from c.answer_due - s.sent_at) / 86400 * ${U}(${r}, 312)
             else extract(epoch from c.answer_due - s.sent_at) / 86400 + 0.5 + 6 * ${U}(${r}, 312) end as d1,
        case s.urgency when 'immediate' then 0.05 + 1.5 * ${U}(${r}, 313) else 1 + 14 * ${U}(${r}, 313) end as d2,
        0.5 + 7 * ${U}(${r}, 314) as d3, 0.5 + 4 * ${U}(${r}, 315) as d4 offset 0) d
    cross join lateral (select case when s.closed_at is null then 1
        else least(1, extract(epoch from c.ends - s.sent_at) / 86400 / (d.d1 + d.d2 + d.d3 + d.d4)) end as q offset 0) fit
    cross join lateral (select s.sent_at + ${days('d.d1 * fit.q')} as a, s.sent_at + ${days('(d.d1 + d.d2) * fit.q')} as g,
        s.sent_at + ${days('(d.d1 + d.d2 + d.d3) * fit.q')} as f, s.sent_at + ${days('(d.d1 + d.d2 + d.d3 + d.d4 / 2) * fit.q')} as o,
        s.sent_at + ${days('(d.d1 + d.d2 + d.d3 + d.d4) * fit.q')} as c,
        s.sent_at + (least(s.sent_at + ${days('d.d1 * fit.q')}, ${until}) - s.sent_at) * ${U}(${r}, 316) as w offset 0) t
    cross join lateral (select ${U}(${r}, 310) as fate offset 0) fa
    cross join lateral (select fa.fate >= 0.13 and fa.fate < 0.33 and s.closed_at is null as stalled,
        case when ${replacement ? 'false' : 'fa.fate < 0.09'} and t.a < ${until} then 'declined'
             when fa.fate >= 0.09 and fa.fate < 0.13 then 'withdrawn'
             when s.closed_at is not null then 'completed'
             when t.a >= ${until} or (fa.fate >= 0.13 and fa.fate < 0.2) then 'sent'
             when t.g >= ${until} or (fa.fate >= 0.13 and fa.fate < 0.27) then 'accepted'
             when t.c >= ${until} or (fa.fate >= 0.13 and fa.fate < 0.33) then 'service_given'
             else 'completed' end as status offset 0) st`;
}

const referrals: SeedStep = {
  name: 'referrals',
  after: ['directory', 'consents', 'cases', 'deadlines'],
  needs: ['referrals', 'provider_focal_persons', 'referral_pathways'],
  async run(q, plan) {
    const until = plan.untilSql;
    await q.exec(serviceStaging);
    await q.exec(`create index on ${WORK}.ref_service (service_type, area)`);
    await q.exec(`create unique index on ${WORK}.ref_service (ord)`);
    await q.exec(`analyze ${WORK}.ref_service`);
    await q.exec(slotStaging(until));
    const first = `select x.rid, x.case_id, x.report_id, x.tier, x.district_id, x.place_id, x.lead, x.closed_at, x.service_type, x.urgency, x.sent_at, x.vi,
        c.service_id, c.organisation_id, c.kind, c.focal, x.pick2, null::int as replaces
      from ${WORK}.ref_slot x join ${WORK}.ref_service c on c.ord = x.pick1`;
    await q.exec(`create unlogged table ${WORK}.referral as ${courseSql(first, until, false)}`);
    // A declined referral goes to the next provider that covers the village, soon after the refusal (never to the same organisation).
    await q.exec(
      `insert into ${WORK}.referral ${courseSql(
        `select d.rid + 4 as rid, d.case_id, d.report_id, d.tier, d.district_id, d.place_id, d.lead, d.closed_at, d.service_type, d.urgency,
         d.a + ${days(`0.05 + ${U}(d.rid + 4, 319)`)} as sent_at, x.vi, c.service_id, c.organisation_id, c.kind, c.focal, null::int as pick2, d.rid as replaces
       from ${WORK}.referral d join ${WORK}.ref_slot x on x.rid = d.rid join ${WORK}.ref_service c on c.ord = d.pick2
       where d.status = 'declined' and c.organisation_id <> d.organisation_id
         and d.a + ${days(`0.05 + ${U}(d.rid + 4, 319)`)} < coalesce(d.closed_at - interval '1 day', ${until} - interval '1 hour')`,
        until,
        true,
      )}`,
    );
    await q.exec(`analyze ${WORK}.referral`);
    let rows = 0;

    // The vital-interest records that cover some Tier 1 children's urgent referrals (recorded at intake, before the first referral).
    rows += await q.exec(`with ins as (
        insert into case_consents (id, case_id, kind, purposes, share_with, decision, reason, decided_at, recorded_by, recorded_at)
        select ${sid(TAGS.vitalInterest, 'k.n')}, k.id, 'vital_interest', '{}', ${textArray(VITAL_INTEREST_KINDS)}, 'given',
          'Synthetic: forensic evidence and the child''s health could not wait for the caregiver', k.opened_at + interval '15 minutes', k.cpwo,
          k.opened_at + interval '15 minutes'
        from ${WORK}.kase k where k.id in (select case_id from ${WORK}.ref_slot where vi)
        returning id, case_id, recorded_at, recorded_by, purposes, share_with
      )
      insert into case_events (id, case_id, at, actor_id, kind, ref_table, ref_id, summary)
      select ${eventId('ins.id', TAGS.vitalInterest)}, ins.case_id, ins.recorded_at, ins.recorded_by, 'consent.recorded', 'case_consents', ins.id,
        jsonb_build_object('kind', 'vital_interest', 'decision', 'given', 'purposes', to_jsonb(ins.purposes), 'shareWith', to_jsonb(ins.share_with))
      from ins`);

    // The referrals, numbered as the app numbers them (RF-YY-NNNNNN, one national sequence, in the order they were sent).
    const answered = `rf.status in ('accepted', 'declined', 'service_given', 'completed')`;
    const served = `rf.status in ('service_given', 'completed')`;
    const feedback = `(rf.status = 'completed' or (rf.status = 'service_given' and not rf.stalled and rf.f < ${until}))`;
    const outcome = `(rf.status = 'completed' or (rf.status = 'service_given' and not rf.stalled and rf.o < ${until}))`;
    rows += await q.exec(`insert into referrals (id, reference, case_id, report_id, organisation_id, service_id, service_type, urgency, due_date, reason,
        shared_groups, consent_basis, status, district_id, place_id, sent_by, sent_at, answered_by, answered_at, decline_reason,
        service_given_on, service_note, service_recorded_by, feedback, feedback_by, feedback_at, accessed_on, outcome, outcome_note,
        completed_by, completed_at, withdrawn_by, withdrawn_at, withdraw_reason, replaces_referral_id)
      select ${sid(TAGS.referral, 'rf.rid')},
        'RF-' || to_char(rf.sent_at at time zone ${TZ}, 'YY') || '-' || lpad(rf.no::text, greatest(6, length(rf.no::text)), '0'),
        rf.case_id, rf.report_id, rf.organisation_id, rf.service_id, rf.service_type, rf.urgency, rf.due_date,
        'Synthetic: the child needs ' || replace(rf.service_type, '_', ' '), ${sharedGroups}, rf.consent_basis, rf.status, rf.district_id, rf.place_id,
        rf.lead, rf.sent_at,
        case when ${answered} then rf.focal end, case when ${answered} then rf.a end,
        case when rf.status = 'declined' then ${WORK}.pick(${textArray(DECLINE_REASONS)}, rf.draw) end,
        case when ${served} then ${localDate('rf.g')} end, case when ${served} then 'Synthetic: the service was given' end, case when ${served} then rf.focal end,
        case when ${feedback} then ${WORK}.pick(${textArray(FEEDBACK)}, rf.draw) end, case when ${feedback} then rf.focal end, case when ${feedback} then rf.f end,
        case when ${outcome} then ${localDate('rf.g')} end,
        case when ${outcome} then case when rf.draw < 0.72 then 'yes' when rf.draw < 0.92 then 'partly' else 'no' end end,
        case when ${outcome} then 'Synthetic: recorded at a home visit' end,
        case when rf.status = 'completed' then rf.lead end, case when rf.status = 'completed' then rf.c end,
        case when rf.status = 'withdrawn' then rf.lead end, case when rf.status = 'withdrawn' then rf.w end,
        case when rf.status = 'withdrawn' then 'Synthetic: the family no longer needs the service' end,
        case when rf.replaces is not null then ${sid(TAGS.referral, 'rf.replaces')} end
      from (select rf.*, row_number() over (order by rf.sent_at, rf.rid) as no from ${WORK}.referral rf) rf
      order by rf.rid`);
    // The next referral the app sends takes the next number.
    await q.exec(`select setval('referral_reference_seq', greatest(1, (select count(*) from ${WORK}.referral)))`);

    // Their deadlines: the answer (met when answered or withdrawn), then the completion of an accepted referral (met when completed).
    const cols = `(id, kind, case_id, district_id, tier, due_at, met_at, escalation_level, last_escalated_at, referral_id, created_at)`;
    const escalation = `case when met is not null then case when met > due + interval '3 days' then 2 when met > due then 1 else 0 end
        when due >= ${until} then 0 when due > ${until} - interval '1 day' then 1 when due > ${until} - interval '3 days' then 2
        when due > ${until} - interval '10 days' then 3 else 4 end,
      case when met is not null then case when met > due then due + interval '1 hour' end when due < ${until} then ${until} - interval '2 hours' end`;
    rows += await q.exec(`insert into deadlines ${cols}
      select ${sid(TAGS.deadline, 'rf.rid * 2')}, 'referral_answer', rf.case_id, rf.district_id, rf.tier, due, met, ${escalation},
        ${sid(TAGS.referral, 'rf.rid')}, rf.sent_at
      from (select rf.*, rf.answer_due as due, case when rf.status = 'withdrawn' then rf.w when rf.status <> 'sent' then rf.a end as met
            from ${WORK}.referral rf) rf
      union all
      select ${sid(TAGS.deadline, 'rf.rid * 2 + 1')}, 'referral_completion', rf.case_id, rf.district_id, rf.tier, due, met, ${escalation},
        ${sid(TAGS.referral, 'rf.rid')}, rf.a
      from (select rf.*, ${endOfLocalDay(`(${localDate('rf.a')} + ${DEFAULT_DEADLINE_POLICY.referralCompletionDays})`)} as due,
              case when rf.status = 'completed' then rf.c end as met
            from ${WORK}.referral rf where rf.status in ('accepted', 'service_given', 'completed')) rf`);
    // An open case's soonest deadline may now be a referral's (cases.next_due_at, as src/deadlines refreshes it).
    await q.exec(`update cases c set next_due_at = x.due
      from (select rf.case_id, min(case when rf.status = 'sent' then rf.answer_due
                                        else ${endOfLocalDay(`(${localDate('rf.a')} + ${DEFAULT_DEADLINE_POLICY.referralCompletionDays})`)} end) as due
            from ${WORK}.referral rf where rf.status in ('sent', 'accepted', 'service_given') group by rf.case_id) x
      where c.id = x.case_id and (c.next_due_at is null or x.due < c.next_due_at)`);

    // The timeline: one line per step, by whom the app records it (the caseworker sends and completes; the focal person answers and serves).
    const event = (variant: number, kind: string, at: string, actor: string, summary: string, where: string) =>
      `select ${eventId(sid(TAGS.referral, 'rf.rid'), TAGS.referral * 16 + variant)}, rf.case_id, ${at}, ${actor}, '${kind}', 'referrals',
        ${sid(TAGS.referral, 'rf.rid')}, ${summary} from ${WORK}.referral rf where ${where}`;
    const outcomeOf = `case when rf.draw < 0.72 then 'yes' when rf.draw < 0.92 then 'partly' else 'no' end`;
    rows += await q.exec(`insert into case_events (id, case_id, at, actor_id, kind, ref_table, ref_id, summary)
      ${[
        event(
          0,
          'referral.sent',
          'rf.sent_at',
          'rf.lead',
          `jsonb_build_object('organisationId', rf.organisation_id, 'serviceType', rf.service_type, 'urgency', rf.urgency, 'consentBasis', rf.consent_basis)`,
          'true',
        ),
        event(
          1,
          'referral.accepted',
          'rf.a',
          'rf.focal',
          `jsonb_build_object('organisationId', rf.organisation_id)`,
          `rf.status in ('accepted', 'service_given', 'completed')`,
        ),
        event(2, 'referral.declined', 'rf.a', 'rf.focal', `jsonb_build_object('organisationId', rf.organisation_id)`, `rf.status = 'declined'`),
        event(3, 'referral.service_given', 'rf.g', 'rf.focal', `jsonb_build_object('givenOn', ${localDate('rf.g')}::text)`, served),
        event(4, 'referral.feedback', 'rf.f', 'rf.focal', `'{}'::jsonb`, feedback),
        event(5, 'referral.access_recorded', 'rf.o', 'rf.lead', `jsonb_build_object('outcome', ${outcomeOf})`, outcome),
        event(6, 'referral.completed', 'rf.c', 'rf.lead', `jsonb_build_object('outcome', ${outcomeOf})`, `rf.status = 'completed'`),
        event(7, 'referral.withdrawn', 'rf.w', 'rf.lead', `'{}'::jsonb`, `rf.status = 'withdrawn'`),
      ].join('\nunion all\n')}`);
    return rows;
  },
};

export const referralSteps: SeedStep[] = [referrals];
