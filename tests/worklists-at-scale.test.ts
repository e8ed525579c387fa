import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameSearchKey } from '../src/children/child-name.js';
import { openDeadline } from '../src/deadlines/deadline.repository.js';
import { insertCase } from './support/case-factories.js';
import { client, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// What migrations/0009 keeps on the rows so that the worklists read one table
// at national scale: a deadline's own tier, and the child's name key on the
// case. Each is checked through what a CPWO sees over HTTP.

let t: TestApp;
type Signed = { user: { id: string }; session: Session };
let cpwo: Signed, cpwoBugesera: Signed;

const open = (caseId: string, reportId: string, kind: string, districtId = '12') =>
  t.database.db
    .transaction()
    .execute((trx) => openDeadline(trx, { kind, caseId, reportId, districtId, dueAt: new Date(t.clock.now().getTime() + 86_400_000) }));

beforeAll(async () => {
  t = await createTestApp();
  cpwo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo });
  cpwoBugesera = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera });
});
afterAll(() => t.close());

describe('a deadline keeps the tier of its report or case', () => {
  it('takes the case tier when its clock starts, so the tier filter finds it; screening has none', async () => {
    const tier1 = await insertCase(t, { openedBy: cpwo.user.id, tier: 1 });
    const tier2 = await insertCase(t, { openedBy: cpwo.user.id, tier: 2 });
    const a = await open(tier1.case.id, tier1.report.id, 'tier1_response');
    const b = await open(tier2.case.id, tier2.report.id, 'case_plan');
    const s = await open(tier2.case.id, tier2.report.id, 'screening');
    const tiers = await t.database.db.selectFrom('deadlines').select(['id', 'tier']).where('id', 'in', [a, b, s]).execute();
    expect(Object.fromEntries(tiers.map((d) => [d.id, d.tier]))).toEqual({ [a]: 1, [b]: 2, [s]: null });

    const res = await client(t, cpwo.session).get('/api/v1/worklist?tier=1');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; tier: number | null; case: { id: string } | null }[];
    expect(items.map((i) => i.id)).toContain(a);
    expect(items.map((i) => i.id)).not.toContain(b);
    expect(items.find((i) => i.id === a)).toMatchObject({ tier: 1, case: { id: tier1.case.id } });
  });

  it("shows a district CPWO only the district's open deadlines, and a case's once it is transferred in", async () => {
    const kase = await insertCase(t, { openedBy: cpwo.user.id, tier: 2 });
    const id = await open(kase.case.id, kase.report.id, 'case_review');
    const ids = async (s: Signed) => ((await client(t, s.session).get('/api/v1/worklist?pageSize=100')).json().items as { id: string }[]).map((i) => i.id);
    expect(await ids(cpwo)).toContain(id);
    expect(await ids(cpwoBugesera)).not.toContain(id);
    // What moveCaseToDistrict does when Bugesera accepts the transfer.
    await t.database.db.updateTable('cases').set({ district_id: '57', place_id: PLACES.bugeseraVillage }).where('id', '=', kase.case.id).execute();
    await t.database.db.updateTable('deadlines').set({ district_id: '57' }).where('case_id', '=', kase.case.id).where('met_at', 'is', null).execute();
    expect(await ids(cpwo)).not.toContain(id);
    expect(await ids(cpwoBugesera)).toContain(id);
  });
});

describe("the case keeps its child's name key", () => {
  it('is found by the caseload name search, and follows a correction of the name', async () => {
    const kase = await insertCase(t, { openedBy: cpwo.user.id });
    const names = async (q: string) => {
      const res = await client(t, cpwo.session).get(`/api/v1/cases?q=${encodeURIComponent(q)}&pageSize=100`);
      expect(res.statusCode).toBe(200);
      return (res.json().items as { id: string }[]).map((i) => i.id);
    };
    const child = await t.database.db
      .selectFrom('children')
      .select(['given_name', 'family_name', 'search_name'])
      .where('id', '=', kase.child.id)
      .executeTakeFirstOrThrow();
    const stored = await t.database.db.selectFrom('cases').select('child_search_name').where('id', '=', kase.case.id).executeTakeFirstOrThrow();
    expect(stored.child_search_name).toBe(child.search_name);
    expect(await names(`${child.given_name} ${child.family_name}`)).toContain(kase.case.id);

    await t.database.db
      .updateTable('children')
      .set({ given_name: 'Nyiramana', family_name: 'Teta', search_name: nameSearchKey('Nyiramana', 'Teta') })
      .where('id', '=', kase.child.id)
      .execute();
    expect(await names('Nyiramana Teta')).toContain(kase.case.id);
    const [{ n }] = (
      await sql<{
        n: number;
      }>`select count(*)::int as n from cases where child_id = ${kase.child.id} and child_search_name = ${nameSearchKey('Nyiramana', 'Teta')}`.execute(
        t.database.db,
      )
    ).rows as [{ n: number }];
    expect(n).toBe(1);
  });

  it('finds the children whose name has every word typed, misspelt or not, and not those who share one common name', async () => {
    const [graceU, graceM, ericU] = [
      await insertCase(t, { openedBy: cpwo.user.id, givenName: 'Grace', familyName: 'Uwimana' }),
      await insertCase(t, { openedBy: cpwo.user.id, givenName: 'Grace', familyName: 'Mukamana' }),
      await insertCase(t, { openedBy: cpwo.user.id, givenName: 'Eric', familyName: 'Uwimana' }),
    ].map((c) => c.case.id);
    const ids = async (q: string) =>
      (await client(t, cpwo.session).get(`/api/v1/cases?q=${encodeURIComponent(q)}&pageSize=100`)).json() as { items: { id: string }[]; total: number };
    const found = async (q: string) =>
      (await ids(q)).items
        .map((i) => i.id)
        .filter((id) => [graceU, graceM, ericU].includes(id))
        .sort();
    expect(await found('Uwimanna Grace')).toEqual([graceU]);
    expect(await found('grace')).toEqual([graceU, graceM].sort());
    expect(await found('Mukam')).toEqual([graceM]);
    expect(await found('Eric Uwimana')).toEqual([ericU]);
    const all = await ids('Grace Uwimana');
    expect(all.total).toBe(all.items.length);
  });
});
