import { randomBytes } from 'node:crypto';
import { nameSearchKey } from '../../src/children/child-name.js';
import type { TestApp } from './test-app.js';
import { PLACES } from './factories.js';

// Direct-insert factories for reports, children and cases, so a test of a
// later step does not replay the earlier ones through HTTP.

let n = 0;
const nextRef = () => `T${process.pid}-${++n}-${randomBytes(2).toString('hex')}`;

export async function insertReport(t: TestApp, input: { recordedBy: string; placeId?: string; channel?: string; childName?: string; status?: string }) {
  const now = t.clock.now();
  const placeId = input.placeId ?? PLACES.gasaboVillage;
  return t.database.db
    .insertInto('incident_reports')
    .values({
      reference: nextRef(),
      district_id: placeId.slice(0, 2),
      place_id: placeId,
      channel: (input.channel ?? 'izu') as never,
      child_name: input.childName ?? 'Test Child',
      child_sex: 'female',
      child_age_years: 9,
      what_happened: 'Test incident',
      received_at: now,
      recorded_by: input.recordedBy,
      status: (input.status ?? 'new') as never,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertChild(t: TestApp, input: { createdBy: string; placeId?: string; givenName?: string; familyName?: string; dateOfBirth?: string }) {
  const placeId = input.placeId ?? PLACES.gasaboVillage;
  const given = input.givenName ?? 'Aline';
  const family = input.familyName ?? 'Uwase';
  return t.database.db
    .insertInto('children')
    .values({
      child_code: `${placeId.slice(0, 2)}-T${randomBytes(3).toString('hex').toUpperCase()}`,
      district_id: placeId.slice(0, 2),
      place_id: placeId,
      given_name: given,
      family_name: family,
      search_name: nameSearchKey(given, family),
      sex: 'female',
      date_of_birth: input.dateOfBirth ?? '2017-03-01',
      created_by: input.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** An open case (stage given, default assessment) with its report and child. */
export async function insertCase(
  t: TestApp,
  input: {
    openedBy: string;
    leadCaseworkerId?: string | null;
    supervisorId?: string | null;
    placeId?: string;
    tier?: 1 | 2;
    stage?: string;
    caseTypes?: string[];
    givenName?: string;
    familyName?: string;
  },
) {
  const placeId = input.placeId ?? PLACES.gasaboVillage;
  const report = await insertReport(t, { recordedBy: input.openedBy, placeId, status: 'case_opened' });
  const child = await insertChild(t, { createdBy: input.openedBy, placeId, givenName: input.givenName, familyName: input.familyName });
  const now = t.clock.now();
  const kase = await t.database.db
    .insertInto('cases')
    .values({
      case_code: `${child.child_code}-01`,
      child_id: child.id,
      report_id: report.id,
      district_id: placeId.slice(0, 2),
      place_id: placeId,
      stage: (input.stage ?? 'assessment') as never,
      tier: input.tier ?? 2,
      case_types: input.caseTypes ?? ['physical_violence'],
      lead_caseworker_id: input.leadCaseworkerId ?? input.openedBy,
      supervisor_id: input.supervisorId ?? null,
      opened_at: now,
      opened_by: input.openedBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await t.database.db.updateTable('incident_reports').set({ case_id: kase.id, child_id: child.id }).where('id', '=', report.id).execute();
  return { report, child, case: kase };
}
