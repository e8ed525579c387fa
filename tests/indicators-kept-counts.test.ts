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
  });
});
