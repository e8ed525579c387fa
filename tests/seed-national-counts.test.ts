import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGGREGATE_SQL, COUNTS_SQL } from '../bench/benchmarks/national-count.js';
import { insertCase } from './support/case-factories.js';
import { createUser, PLACES } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// case_month_counts (migrations/0007_national_scale.sql): the national count
// by district, tier, case type and month, kept by a trigger on cases in the
// writing transaction. Whatever happens to cases, it equals the aggregate.

let t: TestApp;
let cpwo: { id: string };
const counts = async () =>
  (await sql.raw<{ district_id: string; tier: number; case_type: string; month: string; cases: number }>(COUNTS_SQL).execute(t.database.db)).rows;
const aggregate = async () =>
  (await sql.raw<{ district_id: string; tier: number; case_type: string; month: string; cases: number }>(AGGREGATE_SQL).execute(t.database.db)).rows;
const sorted = <T extends { district_id: string; tier: number; case_type: string; month: string }>(rows: T[]) =>
  [...rows]
    .map((r) => ({ ...r, tier: Number(r.tier), cases: Number((r as unknown as { cases: number }).cases) }))
    .sort((a, b) => `${a.district_id}${a.tier}${a.case_type}${a.month}`.localeCompare(`${b.district_id}${b.tier}${b.case_type}${b.month}`));

beforeAll(async () => {
  t = await createTestApp();
  cpwo = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo });
});
afterAll(() => t.close());

describe('case_month_counts', () => {
  it('counts each case under each of its types, in its district, tier and month (Kigali time)', async () => {
    t.clock.set('2026-10-31T22:30:00Z'); // already 1 November in Kigali (UTC+2)
    await insertCase(t, { openedBy: cpwo.id, tier: 1, caseTypes: ['sexual_violence', 'emotional_violence'] });
    await insertCase(t, { openedBy: cpwo.id, tier: 1, caseTypes: ['sexual_violence'] });
    await insertCase(t, { openedBy: cpwo.id, tier: 2, placeId: PLACES.bugeseraVillage, caseTypes: ['physical_violence'] });
    expect(sorted(await counts())).toEqual([
      { district_id: '12', tier: 1, case_type: 'emotional_violence', month: '2026-11-01', cases: 1 },
      { district_id: '12', tier: 1, case_type: 'sexual_violence', month: '2026-11-01', cases: 2 },
      { district_id: '57', tier: 2, case_type: 'physical_violence', month: '2026-11-01', cases: 1 },
    ]);
  });

  it('follows a case re-categorised, retyped or moved to another district, and stays equal to the aggregate', async () => {
    const { case: kase } = await insertCase(t, { openedBy: cpwo.id, tier: 2, caseTypes: ['child_labour_exploitation'] });
    await t.database.db
      .updateTable('cases')
      .set({ tier: 1, case_types: ['child_labour_exploitation', 'physical_violence'] })
      .where('id', '=', kase.id)
      .execute();
    await t.database.db.updateTable('cases').set({ district_id: '57', place_id: PLACES.bugeseraVillage }).where('id', '=', kase.id).execute();
    await t.database.db.updateTable('cases').set({ stage: 'closed' }).where('id', '=', kase.id).execute(); // not a counted column
    const rows = sorted(await counts());
    expect(rows).toContainEqual({ district_id: '57', tier: 1, case_type: 'physical_violence', month: '2026-11-01', cases: 1 });
    expect(rows).toContainEqual({ district_id: '57', tier: 2, case_type: 'physical_violence', month: '2026-11-01', cases: 1 });
    expect(rows.find((r) => r.case_type === 'child_labour_exploitation')).toEqual({
      district_id: '57',
      tier: 1,
      case_type: 'child_labour_exploitation',
      month: '2026-11-01',
      cases: 1,
    });
    expect(rows).toEqual(sorted(await aggregate()));
  });

  it('rolls back with the transaction that wrote the case', async () => {
    const before = sorted(await counts());
    await expect(
      t.database.db.transaction().execute(async (trx) => {
        await trx.updateTable('cases').set({ tier: 2 }).where('district_id', '=', '12').execute();
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    expect(sorted(await counts())).toEqual(before);
  });
});
