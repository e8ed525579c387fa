import { expect } from 'vitest';
import { insertReport } from './support/case-factories.js';
import { client, PLACES, signedIn, type Session } from './support/factories.js';
import type { TestApp } from './support/test-app.js';

// Shared by the tests of framework steps 4-6 (tests/cases-*.test.ts).

export type Signed = { user: { id: string; full_name: string }; session: Session };

/** A report screened by the CPWO: VENA with a tier (default), or not VENA (early intervention). */
export async function screenedReport(t: TestApp, by: string, opts: { vena?: boolean; tier?: 1 | 2; placeId?: string; caseTypes?: string[] } = {}) {
  const report = await insertReport(t, { recordedBy: by, placeId: opts.placeId ?? PLACES.gasaboVillage });
  const now = t.clock.now();
  const vena = opts.vena ?? true;
  await t.database.db
    .updateTable('incident_reports')
    .set(
      vena
        ? {
            status: 'screened',
            is_vena: true,
            tier: opts.tier ?? 1,
            tier_reason: 'Defilement, forensics needed',
            case_types: opts.caseTypes ?? ['sexual_violence'],
            screened_at: now,
            screened_by: by,
          }
        : { status: 'early_intervention', is_vena: false, non_vena_needs: ['poverty'], early_intervention: ['ubudehe'], screened_at: now, screened_by: by },
    )
    .where('id', '=', report.id)
    .execute();
  return report;
}

let n = 0;
/** A new child for intake, with a name unlikely to match anyone else in the file's database. */
export function newChild(overrides: Record<string, unknown> = {}) {
  n++;
  return {
    givenName: `Ineza${'abcdefghijklmnopqrstuvwxyz'[n % 26]}${'qwertyuiopasdfghjklzxcvbnm'[(n * 7) % 26]}`,
    familyName: `Gatete${'mnbvcxzlkjhgfdsapoiuytrewq'[(n * 3) % 26]}${'zyxwvutsrqponmlkjihgfedcba'[(n * 11) % 26]}`,
    sex: 'female',
    dateOfBirth: '2016-04-12',
    disability: [],
    refugeeStatus: 'national',
    placeId: PLACES.gasaboVillage,
    household: [
      { fullName: 'Mukamana Claudine', relationship: 'mother', sex: 'female', ageYears: 34, phone: '+250788000001', isCaregiver: true, livesWithChild: true },
      { fullName: 'Ishimwe Eric', relationship: 'sibling', sex: 'male', ageYears: 7, isCaregiver: false, livesWithChild: true },
    ],
    ...overrides,
  };
}

export type IntakeResult = { caseId: string; caseCode: string; childId: string; childCode: string; newChild: boolean; stage: string };

/** Intake through the API, expecting success. */
export async function intake(t: TestApp, cpwo: Signed, reportId: string, body: Record<string, unknown>): Promise<IntakeResult> {
  const res = await client(t, cpwo.session).post(`/api/v1/reports/${reportId}/intake`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** The staff of a district for case tests: a CPWO with a supervisor, trained CSO caseworkers, and the others. */
export async function districtStaff(t: TestApp) {
  const supervisor = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo });
  const cpwo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, supervisorId: supervisor.user.id, trainingCompletedOn: '2024-06-01' });
  const worker = await signedIn(t, {
    role: 'cso_caseworker',
    jurisdictionId: PLACES.gasabo,
    supervisorId: supervisor.user.id,
    trainingCompletedOn: '2025-01-10',
  });
  const untrained = await signedIn(t, { role: 'cso_caseworker', jurisdictionId: PLACES.gasabo, supervisorId: supervisor.user.id });
  const cpwoBugesera = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera, trainingCompletedOn: '2024-06-01' });
  return { supervisor, cpwo, worker, untrained, cpwoBugesera };
}

export const consentGiven = (purposes: string[] = ['services', 'case_conference'], shareWith: string[] = []) => ({
  kind: 'caregiver_consent',
  decision: 'given',
  purposes,
  shareWith,
  giverName: 'Mukamana Claudine',
  giverRelationship: 'mother',
});

export const assessmentBody = (overrides: Record<string, unknown> = {}) => ({
  incidentFacts: 'The child was defiled by a neighbour on the way back from school.',
  incidentDate: '2026-10-30',
  perpetratorRelationship: 'neighbour',
  perpetratorSex: 'male',
  perpetratorAgeGroup: 'adult',
  perpetratorHasAccess: false,
  domains: [
    { domain: 'safety', needs: 'Safe route to school', needLevel: 'high' },
    { domain: 'health', strengths: 'Seen at Isange the same day', needs: 'Follow-up care', needLevel: 'medium' },
    { domain: 'psychosocial', needs: 'Counselling', needLevel: 'high' },
  ],
  siblingRisk: 'possible',
  siblingRiskNote: 'A younger brother walks the same route',
  ...overrides,
});
