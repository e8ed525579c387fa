import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_TYPES, SHARING_AGENCY_KINDS } from '../src/cases/case-vocabulary.js';
import { CASE_CODE_PATTERN, isValidChildCode } from '../src/children/child-code.js';
import { nameSearchKey } from '../src/children/child-name.js';
import { seedNational, NotEmptyError, type SeedReport } from '../seed/national-seed.js';
import { DEFAULT_UNTIL } from '../seed/seed-plan.js';
import { client, sessionFor } from './support/factories.js';
import { createTestApp, freshDatabase, type TestApp } from './support/test-app.js';

// The synthetic national data set at a tiny scale (0.05% of the national case
// load; people and places are always whole): counts, distributions, the
// invariants the app relies on, and that the app serves seeded records.

const OPTIONS = { scale: 0.0005, seed: 7, until: DEFAULT_UNTIL };

let t: TestApp;
let report: SeedReport;
const one = async <T>(query: string) => (await sql.raw<T>(query).execute(t.database.db)).rows[0]!;
const all = async <T>(query: string) => (await sql.raw<T>(query).execute(t.database.db)).rows;

beforeAll(async () => {
  t = await createTestApp();
  report = await seedNational(t.database, OPTIONS);
  // Seeded passwords date from the seed's last day; the clock of the app under test stands there.
  t.clock.set(`${DEFAULT_UNTIL}T08:00:00Z`);
}, 180_000);
afterAll(() => t.close());

describe('seed:national', () => {
  it('gives every one of the 14,837 villages its IZU pair, one woman and one man', async () => {
    expect(report.counts.users).toBeGreaterThan(29_674);
    const izu = await one<{ n: number; villages: number; women: number }>(
      `select count(*)::int as n, count(distinct jurisdiction_id)::int as villages, count(*) filter (where username like '%.f')::int as women from users where role = 'izu'`,
    );
    expect(izu).toEqual({ n: 29_674, villages: 14_837, women: 14_837 });
    const odd = await one<{ n: number }>(
      `select count(*)::int as n from places v where v.level = 5 and (select count(*) from users u where u.role = 'izu' and u.jurisdiction_id = v.id) <> 2`,
    );
    expect(odd.n).toBe(0);
    // as the registry keeps them: active, the woman and the man, each with their own registered number
    const registry = await one<{ active: number; women: number; phones: number }>(
      `select count(*) filter (where izu_status = 'active')::int as active, count(*) filter (where sex = 'female' and username like '%.f')::int as women,
         count(distinct phone)::int as phones from users where role = 'izu'`,
    );
    expect(registry).toEqual({ active: 29_674, women: 14_837, phones: 29_674 });
  });

  it('staffs the 30 districts: CPWOs and NGO caseworkers, each with a supervisor; national roles', async () => {
    const roles = Object.fromEntries(
      (await all<{ role: string; n: number }>(`select role, count(*)::int as n from users where role <> 'izu' group by role`)).map((r) => [r.role, r.n]),
    );
    const professionals = Object.values(roles).reduce((s, n) => s + n, 0);
    expect(professionals).toBeGreaterThan(1_500);
    expect(professionals).toBeLessThan(3_000);
    for (const role of ['cpwo', 'cso_caseworker', 'supervisor', 'service_provider', 'hotline_agent', 'analyst', 'ncda_officer'])
      expect(roles[role]).toBeGreaterThan(0);
    const districts = await one<{ n: number }>(`select count(distinct jurisdiction_id)::int as n from users where role = 'cpwo'`);
    expect(districts.n).toBe(30);
    const unsupervised = await one<{ n: number }>(`select count(*)::int as n from users where role in ('cpwo', 'cso_caseworker') and supervisor_id is null`);
    expect(unsupervised.n).toBe(0);
    const ngoStaff = await one<{ n: number }>(
      `select count(*)::int as n from users u join organisations o on o.id = u.organisation_id where u.role = 'cso_caseworker' and o.kind <> 'ngo'`,
    );
    expect(ngoStaff.n).toBe(0);
  });

  it('spreads cases over the 30 districts by population, ten years, mostly closed, about 30% Tier 1, every case type', async () => {
    const byDistrict = new Map(
      (await all<{ d: string; n: number }>(`select district_id as d, count(*)::int as n from cases group by 1`)).map((r) => [r.d, r.n]),
    );
    expect(byDistrict.size).toBe(30);
    expect(byDistrict.get('12')!).toBeGreaterThan(byDistrict.get('23')!); // Gasabo is bigger than Nyaruguru
    const s = await one<{ n: number; closed: number; tier1: number; open: number; overdue: number; years: number }>(`
      select count(*)::int as n, count(*) filter (where stage in ('closed', 'transferred'))::int as closed, count(*) filter (where tier = 1)::int as tier1,
        count(*) filter (where next_due_at is not null)::int as open, count(*) filter (where next_due_at < '${DEFAULT_UNTIL}')::int as overdue,
        count(distinct extract(year from opened_at))::int as years
      from cases`);
    expect(s.n).toBe(report.counts.cases);
    expect(s.closed / s.n).toBeGreaterThan(0.8);
    expect(s.tier1 / s.n).toBeGreaterThan(0.2);
    expect(s.tier1 / s.n).toBeLessThan(0.4);
    expect(s.open).toBeGreaterThan(0);
    expect(s.overdue).toBeGreaterThan(0);
    expect(s.years).toBeGreaterThanOrEqual(10);
    const types = (await all<{ t: string }>(`select distinct unnest(case_types) as t from cases`)).map((r) => r.t).sort();
    expect(types).toEqual([...CASE_TYPES].sort());
    const nonVena = await one<{ n: number }>(`select count(*)::int as n from incident_reports where is_vena = false`);
    expect(nonVena.n).toBeGreaterThan(0);
  });

  it('writes identifiers, name keys and register numbers as the app does', async () => {
    const children = await all<{ child_code: string; given_name: string; family_name: string; other_names: string; search_name: string }>(
      `select child_code, given_name, family_name, other_names, search_name from children order by id limit 200`,
    );
    for (const c of children) {
      expect(isValidChildCode(c.child_code)).toBe(true);
      expect(c.search_name).toBe(nameSearchKey(c.given_name, c.family_name, c.other_names));
      expect(c.other_names).toBe('Synth');
    }
    const codes = await all<{ case_code: string }>(`select case_code from cases limit 200`);
    for (const c of codes) expect(c.case_code).toMatch(CASE_CODE_PATTERN);
    const refs = await one<{ bad: number; dupes: number }>(`
      select count(*) filter (where reference !~ '^R\\d{2}-\\d{2}-\\d{6}$')::int as bad, (count(*) - count(distinct reference))::int as dupes from incident_reports`);
    expect(refs).toEqual({ bad: 0, dupes: 0 });
    const counters = await one<{ behind: number }>(`
      select count(*)::int as behind from incident_reports r join report_sequences s on s.district_id = r.district_id
      where s.year = extract(year from r.received_at at time zone 'Africa/Kigali') and substr(r.reference, 8)::int > s.last_value`);
    expect(counters.behind).toBe(0);
  });

  it("keeps each case's records consistent: lead's supervisor, open deadline, closure record, timeline", async () => {
    const c = await one<{ wrong_supervisor: number; open_without_due: number; closed_without_record: number; without_timeline: number }>(`
      select
        count(*) filter (where c.supervisor_id is distinct from u.supervisor_id)::int as wrong_supervisor,
        count(*) filter (where c.stage not in ('closed', 'transferred') and c.next_due_at is distinct from
          (select min(d.due_at) from deadlines d where d.case_id = c.id and d.met_at is null))::int as open_without_due,
        count(*) filter (where c.stage = 'closed' and not exists (select 1 from case_closures cc where cc.case_id = c.id))::int as closed_without_record,
        count(*) filter (where not exists (select 1 from case_events e where e.case_id = c.id and e.kind = 'case.opened'))::int as without_timeline
      from cases c join users u on u.id = c.lead_caseworker_id`);
    expect(c).toEqual({ wrong_supervisor: 0, open_without_due: 0, closed_without_record: 0, without_timeline: 0 });
    const benchmarksMet = await one<{ n: number }>(`
      select count(*)::int as n from case_closures cc join case_reviews r on r.id = cc.review_id where cc.reason = 'goals_and_benchmarks_met' and r.met_count <> 7`);
    expect(benchmarksMet.n).toBe(0);
  });

  it('is served by the app: a seeded CPWO opens worklists, a case file and the likely matches', async () => {
    const kase = await one<{ id: string; district_id: string; given_name: string; family_name: string }>(`
      select c.id, c.district_id, ch.given_name, ch.family_name from cases c join children ch on ch.id = c.child_id
      where c.stage = 'implementation' order by c.id limit 1`);
    const cpwo = await one<{ id: string }>(`select id from users where role = 'cpwo' and jurisdiction_id = '${kase.district_id}' order by username limit 1`);
    const http = client(t, await sessionFor(t, cpwo));
    const file = await http.get(`/api/v1/cases/${kase.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.json().timeline.length).toBeGreaterThan(3);
    expect(file.json().plan).not.toBeNull();
    expect((await http.get('/api/v1/cases?tier=1&stage=implementation')).statusCode).toBe(200);
    expect((await http.get('/api/v1/worklist?due=overdue')).statusCode).toBe(200);
    const matches = await http.get(`/api/v1/children/matches?givenName=${kase.given_name}&familyName=${kase.family_name}`);
    expect(matches.statusCode).toBe(200);
    expect(matches.json().items.length).toBeGreaterThan(0);
  });

  it('fills the service directory of every district, with realistic gaps, due reviews and focal persons', async () => {
    const perDistrict = await all<{ d: string; n: number }>(`select left(o.place_id, 2) as d, count(distinct s.id)::int as n
      from provider_services s join organisations o on o.id = s.organisation_id where o.place_id <> 'RW' group by 1`);
    expect(perDistrict).toHaveLength(30);
    expect(Math.min(...perDistrict.map((r) => r.n))).toBeGreaterThan(20);
    const kinds = (await all<{ kind: string }>(`select distinct o.kind from provider_services s join organisations o on o.id = s.organisation_id`)).map(
      (r) => r.kind,
    );
    expect(kinds).toEqual(
      expect.arrayContaining([
        'district_office',
        'sector_office',
        'isange',
        'rib',
        'rnp',
        'health_facility',
        'school',
        'ngo',
        'community_group',
        'faith_group',
        'youth_group',
        'nrs',
      ]),
    );
    const zero = await one<{ n: number }>(`select count(*)::int as n from provider_services where capacity_available = 0`);
    expect(zero.n).toBeGreaterThan(0);
    const due = await one<{ due: number; all: number }>(
      `select count(*) filter (where quality_reviewed_on is null or quality_reviewed_on < date '${DEFAULT_UNTIL}' - interval '1 year')::int as due, count(*)::int as all from organisations`,
    );
    expect(due.due).toBeGreaterThan(0);
    expect(due.due).toBeLessThan(due.all);
    const focal = await one<{ n: number }>(
      `select count(*)::int as n from provider_focal_persons f join users u on u.id = f.user_id where u.role = 'service_provider' and u.organisation_id = f.organisation_id`,
    );
    expect(focal.n).toBeGreaterThan(30);
    const cpwo = await one<{ id: string }>(`select id from users where role = 'cpwo' and jurisdiction_id = '57' order by username limit 1`);
    const coverage = (await client(t, await sessionFor(t, cpwo)).get('/api/v1/directory/coverage?districtId=57')).json();
    const cells = coverage.sectors.flatMap((s: { cells: { serviceType: string; status: string }[] }) => s.cells);
    expect(cells.filter((c: { status: string }) => c.status === 'gap').length).toBeGreaterThan(0);
    expect(cells.filter((c: { serviceType: string; status: string }) => c.serviceType === 'investigation' && c.status === 'gap')).toEqual([]);
  });

  it("gives a share of the volunteers their household visits of the last three months, in their village, by codes; the district's CPWO reads them", async () => {
    const s = await one<{ n: number; izus: number; misplaced: number; newest: string; oldest: string; concerns: number }>(
      `select count(*)::int as n, count(distinct hv.izu_user_id)::int as izus,
        count(*) filter (where hv.village_id <> u.jurisdiction_id or u.role <> 'izu' or hv.household_code !~ '^H[0-9]{3}$')::int as misplaced,
        max(hv.visited_on)::text as newest, min(hv.visited_on)::text as oldest, count(*) filter (where cardinality(hv.concerns) > 0)::int as concerns
      from izu_household_visits hv join users u on u.id = hv.izu_user_id`,
    );
    expect(s.izus).toBeGreaterThan(0);
    expect(s.n).toBe(s.izus * 27);
    expect(s.misplaced).toBe(0);
    expect(s.newest < DEFAULT_UNTIL).toBe(true);
    expect(s.oldest >= '2026-08-26').toBe(true);
    expect(s.concerns).toBeGreaterThan(0);
    const district = await one<{ d: string; n: number }>(
      `select district_id as d, count(*)::int as n from izu_household_visits group by 1 order by 2 desc limit 1`,
    );
    const cpwo = await one<{ id: string }>(`select id from users where role = 'cpwo' and jurisdiction_id = '${district.d}' order by username limit 1`);
    const summary = await client(t, await sessionFor(t, cpwo)).get('/api/v1/izu/household-visits/summary');
    expect(summary.statusCode).toBe(200);
    expect(summary.json().visits).toBe(district.n);
  });

  it('refers children of seeded cases to providers that cover their village: most old referrals completed, declines replaced, some overdue', async () => {
    const until = `timestamptz '${DEFAULT_UNTIL}'`;
    const r = await one<{ n: number; old: number; old_completed: number; incomplete: number; declined_without_reason: number; replaced: number }>(`
      select count(*)::int as n, count(*) filter (where sent_at < ${until} - interval '90 days')::int as old,
        count(*) filter (where sent_at < ${until} - interval '90 days' and status = 'completed')::int as old_completed,
        count(*) filter (where status = 'completed' and (accessed_on is null or outcome is null or feedback is null or completed_at is null))::int as incomplete,
        count(*) filter (where status = 'declined' and decline_reason is null)::int as declined_without_reason,
        count(*) filter (where replaces_referral_id is not null)::int as replaced
      from referrals`);
    expect(r.n).toBe(report.counts.referrals);
    expect(r.n).toBeGreaterThan(100);
    expect(r.old_completed / r.old).toBeGreaterThan(0.75);
    expect(r.incomplete).toBe(0);
    expect(r.declined_without_reason).toBe(0);
    expect(r.replaced).toBeGreaterThan(0);
    // A replacement goes to another organisation after the decline, for the same service.
    const replacements = await one<{ wrong: number }>(`select count(*)::int as wrong from referrals n join referrals d on d.id = n.replaces_referral_id
      where d.status <> 'declined' or d.organisation_id = n.organisation_id or d.service_type <> n.service_type or n.sent_at < d.answered_at`);
    expect(replacements.wrong).toBe(0);

    // Open deadlines only for referrals still at work; some past due.
    const d = await one<{ open_of_ended: number; open_work_without: number; overdue: number }>(`
      select count(*) filter (where rf.status in ('completed', 'declined', 'withdrawn') and dl.met_at is null)::int as open_of_ended,
        (select count(*) from referrals x where x.status in ('sent', 'accepted', 'service_given')
           and not exists (select 1 from deadlines y where y.referral_id = x.id and y.met_at is null))::int as open_work_without,
        count(*) filter (where dl.met_at is null and dl.due_at < ${until})::int as overdue
      from referrals rf join deadlines dl on dl.referral_id = rf.id`);
    expect(d.open_of_ended).toBe(0);
    expect(d.open_work_without).toBe(0);
    expect(d.overdue).toBeGreaterThan(0);

    // Each to an active service of its type, at its organisation, covering the child's village, on the case's pathway; by a focal person.
    const fit = await one<{ wrong_service: number; not_covering: number; off_pathway: number; unanswerable: number; no_timeline: number }>(`
      select count(*) filter (where not s.active or s.service_type <> rf.service_type or s.organisation_id <> rf.organisation_id)::int as wrong_service,
        count(*) filter (where rf.place_id <> ch.place_id or not exists (select 1 from provider_service_areas a where a.service_id = s.id
          and a.place_id in ('RW', left(ch.place_id, 1), left(ch.place_id, 2), left(ch.place_id, 4), left(ch.place_id, 6), ch.place_id)))::int as not_covering,
        count(*) filter (where not exists (select 1 from referral_pathways p where p.case_type = any(c.case_types) and p.service_type = rf.service_type))::int as off_pathway,
        count(*) filter (where rf.answered_by is not null and not exists (select 1 from provider_focal_persons fp
          where fp.organisation_id = rf.organisation_id and fp.user_id = rf.answered_by))::int as unanswerable,
        count(*) filter (where not exists (select 1 from case_events e where e.case_id = rf.case_id and e.ref_id = rf.id and e.kind = 'referral.sent'))::int as no_timeline
      from referrals rf join provider_services s on s.id = rf.service_id join cases c on c.id = rf.case_id join children ch on ch.id = c.child_id`);
    expect(fit).toEqual({ wrong_service: 0, not_covering: 0, off_pathway: 0, unanswerable: 0, no_timeline: 0 });

    // The consent basis is the one the app would find: a vital-interest record covering the agency, else the caregiver's consent.
    const consent = await one<{ vital: number; uncovered: number }>(`
      select count(*) filter (where rf.consent_basis = 'vital_interest')::int as vital,
        count(*) filter (where not exists (select 1 from case_consents cc where cc.case_id = rf.case_id and cc.decision = 'given'
          and (cc.kind = 'vital_interest') = (rf.consent_basis = 'vital_interest')
          and (o.kind = any(cc.share_with) or (o.kind not in (${SHARING_AGENCY_KINDS.map((k) => `'${k}'`).join(', ')}) and 'services' = any(cc.purposes)))))::int as uncovered
      from referrals rf join organisations o on o.id = rf.organisation_id`);
    expect(consent.vital).toBeGreaterThan(0);
    expect(consent.uncovered).toBe(0);
  });

  it("serves seeded referrals: a focal person's inbox with overdue work, a caseworker's referrals of a case", async () => {
    const overdue = await one<{ user_id: string; id: string }>(`
      select fp.user_id, rf.id from referrals rf join deadlines dl on dl.referral_id = rf.id and dl.met_at is null
      join provider_focal_persons fp on fp.organisation_id = rf.organisation_id
      where dl.due_at < timestamptz '${DEFAULT_UNTIL}' order by rf.due_date, rf.sent_at, rf.id limit 1`);
    const focal = client(t, await sessionFor(t, { id: overdue.user_id }));
    const inbox = await focal.get('/api/v1/referrals/inbox?pageSize=100');
    expect(inbox.statusCode, inbox.body).toBe(200);
    expect(inbox.json().items.find((i: { id: string }) => i.id === overdue.id)).toMatchObject({ overdue: true });
    expect((await focal.get(`/api/v1/referrals/${overdue.id}`)).statusCode).toBe(200);

    const done = await one<{ case_id: string; lead: string; id: string }>(`
      select rf.case_id, c.lead_caseworker_id as lead, rf.id from referrals rf join cases c on c.id = rf.case_id
      where rf.status = 'completed' order by rf.id limit 1`);
    const lead = client(t, await sessionFor(t, { id: done.lead }));
    const list = await lead.get(`/api/v1/cases/${done.case_id}/referrals`);
    expect(list.statusCode, list.body).toBe(200);
    const completed = list.json().items.find((i: { id: string }) => i.id === done.id);
    expect(completed).toMatchObject({ status: 'completed', overdue: false, outcome: expect.any(String), accessedOn: expect.any(String) });
    expect(completed.feedback).toEqual(expect.any(String));
    expect(completed.reference).toMatch(/^RF-\d{2}-\d{6}$/);
    const file = (await lead.get(`/api/v1/cases/${done.case_id}`)).json();
    expect(file.timeline.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['referral.sent', 'referral.completed']));
  });

  it('keeps a foster carers register in every district: applicants to approval or refusal, capacities, emergency carers, some IZU', async () => {
    const perDistrict = await all<{ d: string; n: number; approved: number }>(
      `select district_id as d, count(*)::int as n, count(*) filter (where status = 'approved')::int as approved from foster_carers group by 1`,
    );
    expect(perDistrict).toHaveLength(30);
    expect(Math.min(...perDistrict.map((r) => r.approved))).toBeGreaterThan(10);
    const c = await one<{ n: number; statuses: number; izu: number; emergency: number; review_past: number; wrong_place: number; undated: number }>(`
      select count(*)::int as n, count(distinct status)::int as statuses, count(*) filter (where also_izu)::int as izu,
        count(*) filter (where emergency_available and status = 'approved')::int as emergency,
        count(*) filter (where status = 'approved' and approval_review_on < date '${DEFAULT_UNTIL}')::int as review_past,
        count(*) filter (where left(village_id, 2) <> district_id or length(village_id) <> 8)::int as wrong_place,
        count(*) filter (where status in ('approved', 'refused') and (decided_on is null or assessed_on is null or decided_by is null))::int as undated
      from foster_carers`);
    expect(c.statuses).toBe(5);
    expect(c.izu).toBeGreaterThan(0);
    expect(c.emergency).toBeGreaterThan(0);
    expect(c.review_past).toBeGreaterThan(0);
    expect(c.review_past).toBeLessThan(c.n / 10);
    expect(c).toMatchObject({ wrong_place: 0, undated: 0 });
  });

  it('places children after gatekeeping: mostly in families, one active placement per child, history, visits, reviews and open clocks', async () => {
    const p = await one<{
      n: number;
      active: number;
      family: number;
      residential: number;
      ended_without_reason: number;
      ungatekept: number;
      children: number;
    }>(`
      select count(*)::int as n, count(*) filter (where ended_on is null)::int as active,
        count(*) filter (where f.family_based)::int as family, count(*) filter (where p.care_form = 'residential_care')::int as residential,
        count(*) filter (where ended_on is not null and end_reason is null)::int as ended_without_reason,
        count(*) filter (where not exists (select 1 from care_gatekeeping g where g.case_id = p.case_id and g.status = 'approved'
          and g.care_form is not null))::int as ungatekept,
        count(distinct child_id)::int as children
      from care_placements p join care_forms f on f.code = p.care_form`);
    expect(p.n).toBe(report.counts.care_placements);
    expect(p.n).toBeGreaterThan(5);
    expect(p.active).toBeGreaterThan(0);
    expect(p.family / p.n).toBeGreaterThan(0.8);
    expect(p.residential / p.n).toBeLessThan(0.15);
    expect(p.n).toBeGreaterThan(p.children); // some children moved on to a second form of care
    expect(p).toMatchObject({ ended_without_reason: 0, ungatekept: 0 });
    const rules = await one<{ two_active: number; unapproved: number; over_capacity: number; closed_active: number; not_carer_form: number }>(`
      select (select count(*) from (select child_id from care_placements where ended_on is null group by 1 having count(*) > 1) x)::int as two_active,
        (select count(*) from care_placements p join foster_carers fc on fc.id = p.carer_id
          where fc.status <> 'approved' or fc.decided_on > p.started_on)::int as unapproved,
        (select count(*) from foster_carers fc where fc.capacity < (select coalesce(sum(sibling_group), 0) from care_placements p
          where p.carer_id = fc.id and p.ended_on is null))::int as over_capacity,
        (select count(*) from care_placements p join cases c on c.id = p.case_id where p.ended_on is null and c.closed_at is not null)::int as closed_active,
        (select count(*) from care_placements p join care_forms f on f.code = p.care_form where f.needs_carer <> (p.carer_id is not null))::int as not_carer_form`);
    expect(rules).toEqual({ two_active: 0, unapproved: 0, over_capacity: 0, closed_active: 0, not_carer_form: 0 });
    const history = await one<{ moved: number; unlinked: number }>(`
      select count(*)::int as moved, count(*) filter (where r.id is null)::int as unlinked
      from care_placements n left join care_placement_reviews r on r.new_placement_id = n.id and r.decision = 'change_form'
      where n.previous_placement_id is not null`);
    expect(history.unlinked).toBe(0);
    const v = await one<{ visits: number; izu: number; outside: number; reviews: number; visitless: number }>(`
      select (select count(*) from care_placement_visits)::int as visits,
        (select count(*) from care_placement_visits where visitor = 'izu')::int as izu,
        (select count(*) from care_placement_visits v join care_placements p on p.id = v.placement_id
          where v.visited_on < p.started_on or v.visited_on > coalesce(p.ended_on, date '${DEFAULT_UNTIL}'))::int as outside,
        (select count(*) from care_placement_reviews)::int as reviews,
        (select count(*) from care_placements p where coalesce(p.ended_on, date '${DEFAULT_UNTIL}') - p.started_on > 60
          and not exists (select 1 from care_placement_visits v where v.placement_id = p.id))::int as visitless`);
    expect(v.visits).toBeGreaterThan(p.n);
    expect(v.izu).toBeGreaterThan(0);
    expect(v.reviews).toBeGreaterThan(0);
    expect(v).toMatchObject({ outside: 0, visitless: 0 });
    // Each active placement has its next visit and review open; the case's soonest deadline counts them.
    const clocks = await one<{ without: number }>(`
      select count(*) filter (where (select count(*) from deadlines d where d.case_id = p.case_id and d.met_at is null
          and d.kind in ('care_visit', 'care_review')) <> 2)::int as without
      from care_placements p where p.ended_on is null`);
    expect(clocks.without).toBe(0);
    const gk = await one<{ family: number; unanswered: number }>(`
      select count(*) filter (where family_care_possible)::int as family, count(*) filter (where status = 'approved' and answered_by is null)::int as unanswered
      from care_gatekeeping`);
    expect(gk.family).toBeGreaterThan(0);
    expect(gk.unanswered).toBe(0);

    // Served by the app: the lead of an active placement reads the case's care and the carers matched for the child.
    const active = await one<{ case_id: string; lead: string }>(`
      select p.case_id, c.lead_caseworker_id as lead from care_placements p join cases c on c.id = p.case_id join children ch on ch.id = p.child_id
      where p.ended_on is null and extract(year from age(date '${DEFAULT_UNTIL}', ch.date_of_birth)) < 17 order by p.id limit 1`);
    const lead = client(t, await sessionFor(t, { id: active.lead }));
    const care = await lead.get(`/api/v1/cases/${active.case_id}/care`);
    expect(care.statusCode, care.body).toBe(200);
    expect(care.json().placements.filter((x: { endedOn: string | null }) => x.endedOn === null)).toHaveLength(1);
    expect(care.json().gatekeeping.length).toBeGreaterThan(0);
    const matches = await lead.get(`/api/v1/cases/${active.case_id}/care/carer-matches?careForm=long_term_foster_care`);
    expect(matches.statusCode, matches.body).toBe(200);
    expect(matches.json().items.length).toBeGreaterThan(0);
  });

  it('traces families and reintegrates children in stages, with the social worker and psychologist pair; care leavers have plans', async () => {
    const r = await one<{ n: number; completed: number; failed: number; in_progress: number; stage_gaps: number; unfound: number }>(`
      select count(*)::int as n, count(*) filter (where status = 'completed')::int as completed, count(*) filter (where status = 'failed')::int as failed,
        count(*) filter (where status = 'in_progress')::int as in_progress,
        count(*) filter (where (select count(*) from reintegration_stages s where s.reintegration_id = r.id) <> (case when r.status = 'completed' then 7
          when r.status = 'failed' then array_position(array['tracing', 'assessment', 'planning', 'first_contact', 'reunification', 'post_support', 'closure'],
            r.failed_stage) - 1 else (select count(*) from reintegration_stages s where s.reintegration_id = r.id) end))::int as stage_gaps,
        count(*) filter (where exists (select 1 from reintegration_stages s where s.reintegration_id = r.id and s.stage = 'tracing')
          and not exists (select 1 from tracing_attempts a where a.reintegration_id = r.id and a.outcome = 'family_found'))::int as unfound
      from reintegrations r`);
    expect(r.n).toBe(report.counts.reintegrations);
    expect(r.completed).toBeGreaterThan(0);
    expect(r.failed).toBeGreaterThan(0);
    expect(r).toMatchObject({ stage_gaps: 0, unfound: 0 });
    const order = await one<{ out_of_order: number }>(`
      select count(*)::int as out_of_order from reintegration_stages a join reintegration_stages b on b.reintegration_id = a.reintegration_id
      where array_position(array['tracing', 'assessment', 'planning', 'first_contact', 'reunification', 'post_support', 'closure'], a.stage)
          < array_position(array['tracing', 'assessment', 'planning', 'first_contact', 'reunification', 'post_support', 'closure'], b.stage)
        and a.completed_on > b.completed_on`);
    expect(order.out_of_order).toBe(0);
    const pair = await one<{ n: number; wrong: number; psychologists: number }>(`
      select count(*)::int as n,
        count(*) filter (where (a.part = 'psychological') <> (u.profession = 'psychologist'))::int as wrong,
        (select count(distinct jurisdiction_id) from users where profession = 'psychologist' and role = 'cpwo')::int as psychologists
      from reintegration_assessments a join users u on u.id = a.assessor_id`);
    expect(pair.n).toBeGreaterThan(0);
    expect(pair.wrong).toBe(0);
    expect(pair.psychologists).toBe(30);
    const leads = await one<{ n: number; attempts: number }>(
      `select (select count(*) from tracing_leads)::int as n, (select count(*) from tracing_attempts)::int as attempts`,
    );
    expect(leads.attempts).toBeGreaterThanOrEqual(leads.n);
    expect(leads.n).toBeGreaterThanOrEqual(r.n);
    const plans = await one<{ wrong: number }>(`
      select count(*)::int as wrong from transition_plans tp join cases c on c.id = tp.case_id join children ch on ch.id = c.child_id
      where not exists (select 1 from care_placements p where p.case_id = tp.case_id)
        or (tp.status = 'open' and extract(year from age(date '${DEFAULT_UNTIL}', ch.date_of_birth)) < 17)`);
    expect(plans.wrong).toBe(0);

    // Served by the app: the lead reads the case's reintegration attempts.
    const one_ = await one<{ case_id: string; lead: string }>(`
      select r.case_id, c.lead_caseworker_id as lead from reintegrations r join cases c on c.id = r.case_id where r.status = 'completed' order by r.id limit 1`);
    const list = await client(t, await sessionFor(t, { id: one_.lead })).get(`/api/v1/cases/${one_.case_id}/reintegrations`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items[0]).toMatchObject({ status: 'completed' });
  });

  it('refuses a database that is not empty', async () => {
    await expect(seedNational(t.database, OPTIONS)).rejects.toBeInstanceOf(NotEmptyError);
  });

  it('builds the same country from the same seed', async () => {
    const other = await freshDatabase();
    try {
      await seedNational(other, OPTIONS);
      const digests = [
        `select md5(string_agg(id::text || case_code || stage || tier || coalesce(closed_at::text, ''), ',' order by id)) as d from cases`,
        `select md5(string_agg(id::text || reference || service_id::text || status || sent_at::text, ',' order by id)) as d from referrals`,
        `select md5(string_agg(id::text || care_form || coalesce(carer_id::text, '') || started_on::text || coalesce(end_reason, ''), ',' order by id)) as d from care_placements`,
      ];
      for (const digest of digests) {
        const mine = await one<{ d: string }>(digest);
        const theirs = (await sql.raw<{ d: string }>(digest).execute(other.db)).rows[0]!;
        expect(theirs.d).toBe(mine.d);
      }
    } finally {
      await other.close();
    }
  }, 180_000);
});
