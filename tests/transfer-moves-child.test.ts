import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateChildCode } from '../src/children/child-code.js';
import { insertCase, insertReport } from './support/case-factories.js';
import { client, PLACES, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { benchmarks, caseRow, followupWorld, type World } from './followup-support.js';

// Issue 9, item 14: a transfer moves the child, not only the case. When a
// district transfer is accepted the child's place follows the open case (its
// history kept, with the transfer that moved them); the receiving district's
// duplicate check at intake finds the child; the sending district no longer
// sees the child's identity unless it still holds another open case of the
// child; the national counts and the worklists move with the case.

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await followupWorld(t);
});
afterAll(() => t.close());

let n = 0;
/** An open Gasabo case led by the CSO caseworker, for a child with a name of their own and a valid child ID. */
async function gasaboCase() {
  const givenName = `Ishimwe${'abcdefghij'[n % 10]}${'klmnopqrst'[Math.floor(n / 10) % 10]}`;
  n += 1;
  const familyName = 'Mugisha';
  const made = await insertCase(t, {
    openedBy: w.cpwo.user.id,
    leadCaseworkerId: w.cso.user.id,
    supervisorId: w.supervisor.user.id,
    stage: 'implementation',
    givenName,
    familyName,
  });
  const code = generateChildCode('12');
  await t.database.db.updateTable('children').set({ child_code: code }).where('id', '=', made.child.id).execute();
  await t.database.db
    .updateTable('cases')
    .set({ case_code: `${code}-01` })
    .where('id', '=', made.case.id)
    .execute();
  return { ...made, code, givenName, familyName };
}

async function transferToBugesera(caseId: string) {
  const sent = await client(t, w.cpwo.session).post(`/api/v1/cases/${caseId}/transfers`, {
    toDistrictId: PLACES.bugesera,
    toPlaceId: PLACES.bugeseraVillage,
    reason: 'The family moved to Bugesera',
  });
  expect(sent.statusCode).toBe(201);
  const accepted = await client(t, w.bugeseraCpwo.session).post(`/api/v1/transfers/${sent.json().id}/accept`, {});
  expect(accepted.statusCode).toBe(200);
  return sent.json().id as string;
}

const matches = (session: Session, c: { givenName: string; familyName: string }) =>
  client(t, session).get(`/api/v1/children/matches?givenName=${c.givenName}&familyName=${c.familyName}&sex=female&dateOfBirth=2017-03-01`);
const byCode = (session: Session, code: string) => client(t, session).get(`/api/v1/children/by-code/${code}`);

/** Does this CPWO find the child at intake and by code, and see their name? */
async function sees(session: Session, c: { child: { id: string }; code: string; givenName: string; familyName: string }) {
  const found = await matches(session, c);
  expect(found.statusCode).toBe(200);
  const inMatches = found.json().items.some((i: { childId: string }) => i.childId === c.child.id);
  const one = await byCode(session, c.code);
  expect([200, 404]).toContain(one.statusCode);
  if (!inMatches) expect(found.body).not.toContain(c.givenName);
  if (one.statusCode === 404) expect(one.body).not.toContain(c.givenName);
  else expect(one.json().givenName).toBe(c.givenName);
  expect(inMatches).toBe(one.statusCode === 200);
  return inMatches;
}

async function monthCount(districtId: string, kase: { tier: number; opened_at: Date }) {
  const month = new Date(kase.opened_at).toISOString().slice(0, 7) + '-01';
  const row = await t.database.db
    .selectFrom('case_month_counts')
    .select('cases')
    .where('district_id', '=', districtId)
    .where('tier', '=', kase.tier as 1 | 2)
    .where('case_type', '=', 'physical_violence')
    .where('month', '=', month)
    .executeTakeFirst();
  return row?.cases ?? 0;
}

describe('an accepted district transfer moves the child', () => {
  it("the receiving district finds the child at intake; the sending district no longer sees the child's identity", async () => {
    const c = await gasaboCase();
    expect(await sees(w.cpwo.session, c)).toBe(true);
    expect(await sees(w.bugeseraCpwo.session, c)).toBe(false);
    const deadline = await t.database.db
      .insertInto('deadlines')
      .values({ kind: 'case_review', case_id: c.case.id, district_id: '12', due_at: '2026-12-01T00:00:00Z', created_at: t.clock.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const counts = { gasabo: await monthCount('12', c.case), bugesera: await monthCount('57', c.case) };

    const transferId = await transferToBugesera(c.case.id);

    expect(await sees(w.bugeseraCpwo.session, c)).toBe(true);
    expect(await sees(w.cpwo.session, c)).toBe(false);
    expect(await sees(w.nyarugengeCpwo.session, c)).toBe(false);
    const child = await t.database.db.selectFrom('children').select(['district_id', 'place_id']).where('id', '=', c.child.id).executeTakeFirstOrThrow();
    expect(child).toEqual({ district_id: '57', place_id: PLACES.bugeseraVillage });
    // The history of the child's places: from where, to where, when, by whom, and the transfer.
    const moves = await t.database.db.selectFrom('child_place_moves').selectAll().where('child_id', '=', c.child.id).execute();
    expect(moves).toEqual([
      expect.objectContaining({
        from_district_id: '12',
        from_place_id: PLACES.gasaboVillage,
        to_district_id: '57',
        to_place_id: PLACES.bugeseraVillage,
        moved_by: w.bugeseraCpwo.user.id,
        case_id: c.case.id,
        transfer_id: transferId,
      }),
    ]);
    expect(new Date(moves[0]!.moved_at).toISOString()).toBe(t.clock.now().toISOString());
    const audit = await t.database.db.selectFrom('audit_events').select(['action', 'actor_id']).where('entity_id', '=', c.child.id).execute();
    expect(audit).toContainEqual({ action: 'child.move', actor_id: w.bugeseraCpwo.user.id });

    // Counts by district and the worklists move with the case.
    expect(await monthCount('12', c.case)).toBe(counts.gasabo - 1);
    expect(await monthCount('57', c.case)).toBe(counts.bugesera + 1);
    expect((await caseRow(t, c.case.id)).child_district_id).toBe('57');
    const worklist = async (s: Session) => ((await client(t, s).get('/api/v1/worklist?pageSize=100')).json().items as { id: string }[]).map((i) => i.id);
    expect(await worklist(w.bugeseraCpwo.session)).toContain(deadline.id);
    expect(await worklist(w.cpwo.session)).not.toContain(deadline.id);
  });

  it('the sending district keeps the child while it holds another open case of the child, until that case closes', async () => {
    const c = await gasaboCase();
    const report = await insertReport(t, { recordedBy: w.cpwo.user.id, status: 'case_opened' });
    const second = await t.database.db
      .insertInto('cases')
      .values({
        case_code: `${c.code}-02`,
        child_id: c.child.id,
        report_id: report.id,
        district_id: '12',
        place_id: PLACES.gasaboVillage,
        stage: 'implementation',
        tier: 2,
        case_types: ['physical_violence'],
        lead_caseworker_id: w.cso.user.id,
        supervisor_id: w.supervisor.user.id,
        opened_at: t.clock.now(),
        opened_by: w.cpwo.user.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();

    await transferToBugesera(c.case.id);
    expect(await sees(w.bugeseraCpwo.session, c)).toBe(true);
    expect(await sees(w.cpwo.session, c)).toBe(true); // the second case is still open in Gasabo
    expect(await sees(w.nyarugengeCpwo.session, c)).toBe(false);

    await client(t, w.cso.session).post(`/api/v1/cases/${second.id}/reviews`, { benchmarks: benchmarks(), outcome: 'ready_for_closure' });
    const closed = await client(t, w.cso.session).post(`/api/v1/cases/${second.id}/closure`, { reason: 'goals_and_benchmarks_met' });
    expect(closed.statusCode).toBe(201);
    expect(await sees(w.cpwo.session, c)).toBe(false);
    expect(await sees(w.bugeseraCpwo.session, c)).toBe(true);
  });

  it('a declined transfer moves nothing', async () => {
    const c = await gasaboCase();
    const sent = await client(t, w.cpwo.session).post(`/api/v1/cases/${c.case.id}/transfers`, { toDistrictId: PLACES.bugesera, reason: 'Moved' });
    expect((await client(t, w.bugeseraCpwo.session).post(`/api/v1/transfers/${sent.json().id}/decline`, { reason: 'Not here' })).statusCode).toBe(200);
    expect(await sees(w.cpwo.session, c)).toBe(true);
    expect(await sees(w.bugeseraCpwo.session, c)).toBe(false);
    expect(await t.database.db.selectFrom('child_place_moves').select('id').where('child_id', '=', c.child.id).execute()).toEqual([]);
  });
});
