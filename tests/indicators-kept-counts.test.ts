import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { buildIndicatorCountry } from './indicators-support.js';

// The indicators' kept counts (migrations/0043_indicators.sql) against the
// same counts aggregated from the records, group by group, after every kind
// of write the triggers follow.

let t: TestApp;
let userId: string;

async function disagreements() {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from (
      (select indicator, month, district_id, sector_id, tier, case_type, sex, age_band, disability, refugee_status, relationship, detail, n, total
         from indicator_counts where n <> 0
       except
       select * from indicator_counts_live)
      union all
      (select * from indicator_counts_live
       except
       select indicator, month, district_id, sector_id, tier, case_type, sex, age_band, disability, refugee_status, relationship, detail, n, total
         from indicator_counts where n <> 0)
    ) x`.execute(t.database.db);
  return rows[0]!.n;
}

beforeAll(async () => {
  t = await createTestApp();
  userId = (await createUser(t, { role: 'cpwo', jurisdictionId: '12' })).id;
});
afterAll(() => t.close());

describe('kept indicator counts', () => {
  it('agree with the raw aggregate after the fixture is written', async () => {
    await buildIndicatorCountry(t, userId);
    const live = await sql<{ n: number }>`select count(*)::int as n from indicator_counts_live`.execute(t.database.db);
    expect(live.rows[0]!.n).toBeGreaterThan(20);
    expect(await disagreements()).toBe(0);
  }, 120_000);

  it('follow every later change of a record they depend on', async () => {
    const db = t.database.db;
    const { rows: cases } = await sql<{ id: string; child_id: string; report_id: string }>`
      select id, child_id, report_id from cases order by opened_at`.execute(db);
    const [a, b, c] = cases as [(typeof cases)[number], (typeof cases)[number], (typeof cases)[number]];
    const steps: [string, () => Promise<unknown>][] = [
      [
        'a child record corrected',
        () => sql`update children set sex = 'male', disability = '{hearing}', refugee_status = 'returnee' where id = ${a.child_id}`.execute(db),
      ],
      [
        'a new assessment version',
        () =>
          sql`insert into assessments (case_id, version, incident_facts, perpetrator_relationship, sibling_risk, assessed_by, assessed_at)
          values (${b.id}, 9, 'again', 'teacher', 'none', ${userId}, '2026-12-01T08:00:00Z')`.execute(db),
      ],
      ['a case transferred to another district', () => sql`update cases set district_id = '11', place_id = '11010101' where id = ${c.id}`.execute(db)],
      ['a case reclassified', () => sql`update cases set tier = 1, case_types = '{harmful_practices,sexual_violence}' where id = ${a.id}`.execute(db)],
      ['a closure reopened', () => sql`update case_closures set reopened_at = '2026-12-02T08:00:00Z'`.execute(db)],
      ['the case back in work', () => sql`update cases set stage = 'review' where stage = 'closed'`.execute(db)],
      [
        'a review added',
        () =>
          sql`insert into case_reviews (case_id, reviewed_by, reviewed_at, met_count, outcome) values (${c.id}, ${userId}, '2026-12-03T08:00:00Z', 2, 'continue')`.execute(
            db,
          ),
      ],
      [
        'a plan saved',
        () =>
          sql`insert into case_plans (case_id, version, review_date, created_by, created_at) values (${c.id}, 5, '2027-01-10', ${userId}, '2026-12-03T09:00:00Z')`.execute(
            db,
          ),
      ],
      [
        'a referral completed',
        () =>
          sql`update referrals set status = 'completed', accessed_on = '2026-12-01', outcome = 'partly', feedback = 'seen', completed_at = '2026-12-04T08:00:00Z' where status = 'sent'`.execute(
            db,
          ),
      ],
      ['feedback removed', () => sql`delete from client_feedback where respondent = 'caregiver'`.execute(db)],
      [
        'a report screened',
        () =>
          sql`update incident_reports set status = 'screened', screened_at = '2026-12-01T10:00:00Z', is_vena = true, tier = 2, tier_reason = 'x', case_types = '{physical_violence}' where status = 'new'`.execute(
            db,
          ),
      ],
      [
        'a response deadline met',
        async () => {
          await sql`insert into deadlines (kind, report_id, district_id, due_at) values ('tier1_response', ${a.report_id}, '12', '2026-11-10T20:00:00Z')`.execute(
            db,
          );
          await sql`update deadlines set met_at = '2026-11-10T12:00:00Z' where report_id = ${a.report_id}`.execute(db);
        },
      ],
    ];
    for (const [what, step] of steps) {
      await step();
      expect(await disagreements(), what).toBe(0);
    }
    const response = await sql<{
      n: number;
    }>`select coalesce(sum(n), 0)::int as n from indicator_counts where indicator = 'hours_to_response' and case_type = '*'`.execute(db);
    expect(response.rows[0]!.n).toBe(1);
  }, 180_000);
});
