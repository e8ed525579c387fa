import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { izuActorOf } from './support/izu-actor.js';
import { logHouseholdVisitIn } from '../src/community/household-visits.service.js';
import { AppError } from '../src/errors/app-error.js';
import { client, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The household visits an IZU logs (framework §6): a household code, never a
// name; read back by the volunteer (their own, with their note) and, as
// statistics and household codes, by their coordinators and district CPWO.

let t: TestApp;
const s = {} as Record<'izu' | 'otherIzu' | 'bugeseraIzu' | 'cell' | 'sector' | 'cpwo' | 'bugeseraCpwo' | 'cso' | 'supervisor' | 'analyst', Session>;
let izuId: string;
const otherVillage = '12010102'; // another village of the same Gasabo cell
beforeAll(async () => {
  t = await createTestApp();
  const izu = await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage });
  izuId = izu.user.id;
  s.izu = izu.session;
  s.otherIzu = (await signedIn(t, { role: 'izu', jurisdictionId: otherVillage })).session;
  s.bugeseraIzu = (await signedIn(t, { role: 'izu', jurisdictionId: PLACES.bugeseraVillage })).session;
  s.cell = (await signedIn(t, { role: 'izu_cell_coordinator', jurisdictionId: PLACES.gasaboCell })).session;
  s.sector = (await signedIn(t, { role: 'izu_sector_coordinator', jurisdictionId: PLACES.gasaboSector })).session;
  s.cpwo = (await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo })).session;
  s.bugeseraCpwo = (await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera })).session;
  s.cso = (await signedIn(t, { role: 'cso_caseworker', jurisdictionId: PLACES.gasabo })).session;
  s.supervisor = (await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo })).session;
  s.analyst = (await signedIn(t, { role: 'analyst', jurisdictionId: PLACES.rwanda })).session;
});
afterAll(() => t.close());

const visit = (overrides: Record<string, unknown> = {}) => ({
  householdCode: 'kg-014',
  visitedOn: '2026-11-01',
  childrenSeen: 3,
  concerns: ['child_out_of_school', 'food_insecurity'],
  note: 'The eldest has not been to school this week',
  ...overrides,
});
const countVisits = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('izu_household_visits')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('household visits', () => {
  it('an IZU logs a visit and reads their own, with their note, a page at a time', async () => {
    const res = await client(t, s.izu).post('/api/v1/izu/household-visits', visit());
    expect(res.statusCode).toBe(201);
    const { id } = res.json();
    await client(t, s.izu).post(
      '/api/v1/izu/household-visits',
      visit({ householdCode: 'KG-015', visitedOn: '2026-10-30', concerns: [], note: undefined, childrenSeen: 0 }),
    );
    await client(t, s.otherIzu).post('/api/v1/izu/household-visits', visit({ householdCode: 'NY-7', childrenSeen: 2, concerns: ['neglect'] }));

    const page1 = await client(t, s.izu).get('/api/v1/izu/household-visits?pageSize=1');
    expect(page1.statusCode).toBe(200);
    expect(page1.json()).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(page1.json().items).toEqual([
      {
        id,
        householdCode: 'KG-014',
        visitedOn: '2026-11-01',
        childrenSeen: 3,
        concerns: ['child_out_of_school', 'food_insecurity'],
        note: 'The eldest has not been to school this week',
        villageId: PLACES.gasaboVillage,
        villageName: expect.any(String),
        receivedVia: 'web',
        recordedAt: expect.any(String),
      },
    ]);
    const page2 = (await client(t, s.izu).get('/api/v1/izu/household-visits?pageSize=1&page=2')).json();
    expect(page2.items.map((i: { householdCode: string }) => i.householdCode)).toEqual(['KG-015']);
    const audit = await t.database.db.selectFrom('audit_events').select('action').where('actor_id', '=', izuId).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['izu.household_visit.log', 'izu.household_visit.list']));
  });

  it('coordinators and the CPWO read their villages’ visits: statistics and household codes, never the note', async () => {
    for (const who of [s.cell, s.sector, s.cpwo]) {
      const list = await client(t, who).get(`/api/v1/izu/household-visits?placeId=${PLACES.gasaboCell}`);
      expect(list.statusCode).toBe(200);
      const codes = list
        .json()
        .items.map((i: { householdCode: string }) => i.householdCode)
        .sort();
      expect(codes).toEqual(['KG-014', 'KG-015', 'NY-7']);
      expect(list.json().items.every((i: { note: string | null }) => i.note === null)).toBe(true);
      expect(list.body).not.toContain('eldest');
    }
    const summary = await client(t, s.cell).get('/api/v1/izu/household-visits/summary');
    expect(summary.statusCode).toBe(200);
    expect(summary.json()).toMatchObject({
      placeId: PLACES.gasaboCell,
      visits: 3,
      households: 3,
      childrenSeen: 5,
      withConcerns: 2,
      concerns: expect.arrayContaining([
        { concern: 'child_out_of_school', visits: 1 },
        { concern: 'food_insecurity', visits: 1 },
        { concern: 'neglect', visits: 1 },
      ]),
      areas: [
        { placeId: PLACES.gasaboVillage, placeName: expect.any(String), visits: 2, childrenSeen: 3 },
        { placeId: otherVillage, placeName: expect.any(String), visits: 1, childrenSeen: 2 },
      ],
    });
    expect(summary.body).not.toContain('eldest');
    const byDate = (await client(t, s.cpwo).get('/api/v1/izu/household-visits/summary?from=2026-11-01&to=2026-11-01')).json();
    expect(byDate).toMatchObject({ placeId: PLACES.gasabo, visits: 2, areas: [{ placeId: PLACES.gasaboSector, visits: 2 }] });
  });

  it('another village’s IZU, another district, and roles without the permission are refused', async () => {
    // Another IZU of the same cell sees only their own.
    const other = (await client(t, s.otherIzu).get('/api/v1/izu/household-visits')).json();
    expect(other.items.map((i: { householdCode: string }) => i.householdCode)).toEqual(['NY-7']);
    expect((await client(t, s.bugeseraIzu).get('/api/v1/izu/household-visits')).json()).toMatchObject({ items: [], total: 0 });
    // Another district: 404, as if the place did not exist for them.
    const bugesera = await client(t, s.bugeseraCpwo).get(`/api/v1/izu/household-visits?placeId=${PLACES.gasaboCell}`);
    expect(bugesera.statusCode).toBe(404);
    expect((await client(t, s.bugeseraCpwo).get(`/api/v1/izu/household-visits/summary?placeId=${PLACES.gasabo}`)).statusCode).toBe(404);
    expect((await client(t, s.bugeseraCpwo).get('/api/v1/izu/household-visits')).json().total).toBe(0);
    // A cell coordinator does not read the sector above them.
    expect((await client(t, s.cell).get(`/api/v1/izu/household-visits?placeId=${PLACES.gasaboSector}`)).statusCode).toBe(404);
    for (const who of [s.cso, s.supervisor, s.analyst]) {
      expect((await client(t, who).get('/api/v1/izu/household-visits')).statusCode).toBe(403);
      expect((await client(t, who).get('/api/v1/izu/household-visits/summary')).statusCode).toBe(403);
    }
    const before = await countVisits();
    for (const who of [s.cell, s.cpwo, s.cso, s.analyst]) {
      expect((await client(t, who).post('/api/v1/izu/household-visits', visit())).statusCode).toBe(403);
    }
    expect(await countVisits()).toBe(before);
  });

  it.each([
    ['a name for a household code', visit({ householdCode: 'Mukamana' }), 'body.householdCode', 'errors.household_code_invalid'],
    ['a code with spaces', visit({ householdCode: 'KG 14' }), 'body.householdCode', 'errors.household_code_invalid'],
    ['a code too long', visit({ householdCode: 'KG-0123456789-0123456' }), 'body.householdCode', 'errors.field.too_long'],
    ['a visit in the future', visit({ visitedOn: '2026-11-03' }), 'body.visitedOn', 'errors.date_in_future'],
    ['a negative count', visit({ childrenSeen: -1 }), 'body.childrenSeen', 'errors.field.too_small'],
    ['an unknown concern', visit({ concerns: ['witchcraft'] }), 'body.concerns.0', 'errors.field.invalid_choice'],
  ])('refuses %s with the field and its key, writing nothing', async (_what, body, field, messageKey) => {
    const before = await countVisits();
    const res = await client(t, s.izu).post('/api/v1/izu/household-visits', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ field, messageKey })]);
    expect(await countVisits()).toBe(before);
  });

  it('the SMS and USSD workers log through the same service, refused alike', async () => {
    const user = await t.database.db.selectFrom('users').selectAll().where('id', '=', izuId).executeTakeFirstOrThrow();
    const actor = izuActorOf(user);
    const { id } = await t.database.db
      .transaction()
      .execute((trx) =>
        logHouseholdVisitIn(trx, t.ctx, actor, { householdCode: 'h9', visitedOn: '2026-11-02', childrenSeen: 1, concerns: ['child_labour'] }, 'sms'),
      );
    const row = await t.database.db.selectFrom('izu_household_visits').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ household_code: 'H9', children_seen: 1, concerns: ['child_labour'], received_via: 'sms', note: null });
    const before = await countVisits();
    const refused = await t.database.db
      .transaction()
      .execute((trx) => logHouseholdVisitIn(trx, t.ctx, actor, { householdCode: 'UWASE', visitedOn: '2026-11-02', childrenSeen: 1, concerns: [] }, 'ussd'))
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).fields).toEqual([expect.objectContaining({ field: 'body.householdCode', messageKey: 'errors.household_code_invalid' })]);
    expect(await countVisits()).toBe(before);
  });
});
