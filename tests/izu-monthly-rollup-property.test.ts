import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/access/actor.js';
import { addMonths } from '../src/community/monthly-report.calendar.js';
import { AT_RISK_CATEGORIES, INCIDENT_TYPES } from '../src/community/monthly-report.content.js';
import type { Rollup } from '../src/community/monthly-report.schemas.js';
import { getMonthlyRollup, submitMonthlyReport } from '../src/community/monthly-report.service.js';
import { createUser, PLACES } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Issue 13: the roll-up's figures add up at every level. Whatever reports
// the pairs of two sectors send (replacing each other, in any order), each
// place's totals and completeness equal the sum of the places one level
// below, the same figures its own roll-up shows, and the sum of its villages'
// current reports (the last one each village sent).

let t: TestApp;
let villages: string[] = [];
const izus = new Map<string, Actor>();
let reader: Actor;

const actorOf = (u: { id: string; username: string; full_name: string; role: Actor['role']; jurisdiction_id: string }): Actor => ({
  id: u.id,
  username: u.username,
  fullName: u.full_name,
  role: u.role,
  organisationId: null,
  jurisdictionId: u.jurisdiction_id,
  jurisdictionLevel: u.jurisdiction_id.length,
  supervisorId: null,
  trainingCompletedOn: null,
  language: 'rw',
  sessionId: 'property-test',
  ip: null,
  requestId: null,
});

beforeAll(async () => {
  t = await createTestApp();
  // Two villages in each of two cells of two sectors of Gasabo; one village has no active IZU.
  const cells = await t.database.db
    .selectFrom('places')
    .select('id')
    .where('level', '=', 4)
    .where((eb) => eb.or([eb('parent_id', '=', '1201'), eb('parent_id', '=', '1202')]))
    .orderBy('id')
    .execute();
  const chosen = [...cells.filter((c) => c.id.startsWith('1201')).slice(0, 2), ...cells.filter((c) => c.id.startsWith('1202')).slice(0, 2)];
  for (const cell of chosen) {
    const vs = await t.database.db.selectFrom('places').select('id').where('parent_id', '=', cell.id).orderBy('id').limit(2).execute();
    villages.push(...vs.map((v) => v.id));
  }
  villages = villages.slice(0, 8);
  for (const v of villages.slice(1)) izus.set(v, actorOf(await createUser(t, { role: 'izu', jurisdictionId: v })));
  reader = actorOf(await createUser(t, { role: 'ncda_officer', jurisdictionId: PLACES.rwanda }));
}, 120_000);
afterAll(() => t.close());

const count = fc.integer({ min: 0, max: 40 });
const byCategory = (cats: readonly string[]) => fc.dictionary(fc.constantFrom(...cats), count, { maxKeys: 4 });
const reportArb = fc.record({
  village: fc.integer({ min: 1, max: 7 }),
  householdsVisited: count,
  childrenAtRisk: byCategory(AT_RISK_CATEGORIES),
  incidents: byCategory(INCIDENT_TYPES),
  resolvedInCommunity: count,
  referralsMade: count,
  followUpVisits: count,
});

type Figures = Rollup['totals'];
const zero = (): Figures => ({
  reports: 0,
  householdsVisited: 0,
  childrenAtRisk: {},
  incidents: {},
  resolvedInCommunity: 0,
  referralsMade: 0,
  followUpVisits: 0,
});
function add(a: Figures, b: Omit<Figures, 'reports'> & { reports?: number }): Figures {
  const sum = (x: Record<string, number>, y: Record<string, number>) => {
    const out = { ...x };
    for (const [k, n] of Object.entries(y)) if (n > 0) out[k] = (out[k] ?? 0) + n;
    return out;
  };
  return {
    reports: a.reports + (b.reports ?? 1),
    householdsVisited: a.householdsVisited + b.householdsVisited,
    childrenAtRisk: sum(a.childrenAtRisk, b.childrenAtRisk),
    incidents: sum(a.incidents, b.incidents),
    resolvedInCommunity: a.resolvedInCommunity + b.resolvedInCommunity,
    referralsMade: a.referralsMade + b.referralsMade,
    followUpVisits: a.followUpVisits + b.followUpVisits,
  };
}

let month = '2024-01';

describe('the roll-up adds up', () => {
  it('at every level, for any reports and replacements', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(reportArb, { maxLength: 12 }), async (reports) => {
        month = addMonths(month, 1);
        const last = new Map<string, (typeof reports)[number]>();
        for (const r of reports) {
          const villageId = villages[r.village]!;
          const { village: _, ...values } = r;
          await submitMonthlyReport(t.ctx, izus.get(villageId)!, { ...values, month }, 'web');
          last.set(villageId, r);
        }
        const rollups = new Map<string, Rollup>();
        const rollup = async (placeId: string) => {
          if (!rollups.has(placeId)) rollups.set(placeId, await getMonthlyRollup(t.ctx, reader, { placeId, month }));
          return rollups.get(placeId)!;
        };
        const places = new Set(['RW', '1', PLACES.gasabo, ...villages.flatMap((v) => [v.slice(0, 4), v.slice(0, 6)])]);
        for (const placeId of places) {
          const r = await rollup(placeId);
          // The sum of the current reports of its villages.
          let expected = zero();
          for (const [v, rep] of last) if (v.startsWith(placeId) || placeId === 'RW') expected = add(expected, rep);
          expect(r.totals).toEqual(expected);
          const active = villages.filter((v) => izus.has(v) && (placeId === 'RW' || v.startsWith(placeId))).length;
          const reported = [...last.keys()].filter((v) => placeId === 'RW' || v.startsWith(placeId)).length;
          expect(r.completeness).toEqual({ pairsActive: active, pairsReported: reported, pairsMissing: active - reported });
          // The parts add up to the place, and each part shows what its own roll-up shows.
          let partTotals = zero();
          let partActive = 0;
          let partReported = 0;
          for (const part of r.parts) {
            partTotals = add(partTotals, part.totals);
            partActive += part.completeness.pairsActive;
            partReported += part.completeness.pairsReported;
            if (places.has(part.place.id)) {
              const own = await rollup(part.place.id);
              expect(part.totals).toEqual(own.totals);
              expect(part.completeness).toEqual(own.completeness);
            }
          }
          expect(partTotals).toEqual(r.totals);
          expect({ partActive, partReported }).toEqual({ partActive: r.completeness.pairsActive, partReported: r.completeness.pairsReported });
        }
      }),
      { numRuns: 8 },
    );
  }, 300_000);
});
