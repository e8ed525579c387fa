import { BENCHMARKS } from '../src/cases/case-vocabulary.js';
import { insertCase } from './support/case-factories.js';
import { PLACES, signedIn } from './support/factories.js';
import type { TestApp } from './support/test-app.js';

// The people of the follow-up tests: a Gasabo district team (supervisor, CPWO,
// two CSO caseworkers), a village IZU, and people who must not get in.

export async function followupWorld(t: TestApp) {
  const trained = { trainingCompletedOn: '2025-06-01' };
  const supervisor = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo, ...trained });
  const otherSupervisor = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo, ...trained });
  const cpwo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, supervisorId: supervisor.user.id, ...trained });
  const cso = await signedIn(t, { role: 'cso_caseworker', jurisdictionId: PLACES.gasabo, supervisorId: supervisor.user.id, ...trained });
  const otherCso = await signedIn(t, { role: 'cso_caseworker', jurisdictionId: PLACES.gasabo, supervisorId: otherSupervisor.user.id, ...trained });
  const izu = await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage, phone: '+250788100200' });
  const otherIzu = await signedIn(t, { role: 'izu', jurisdictionId: PLACES.bugeseraVillage });
  const bugeseraCpwo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera, ...trained });
  const nyarugengeCpwo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.nyarugenge, ...trained });
  const analyst = await signedIn(t, { role: 'analyst', jurisdictionId: PLACES.rwanda });
  return { supervisor, otherSupervisor, cpwo, cso, otherCso, izu, otherIzu, bugeseraCpwo, nyarugengeCpwo, analyst };
}
export type World = Awaited<ReturnType<typeof followupWorld>>;

/** A Gasabo case led by the CSO caseworker under the supervisor (stage: implementation unless given). */
export async function openCase(t: TestApp, w: World, opts: { stage?: string; leadCaseworkerId?: string | null; supervisorId?: string | null } = {}) {
  const made = await insertCase(t, {
    openedBy: w.cpwo.user.id,
    leadCaseworkerId: opts.leadCaseworkerId === undefined ? w.cso.user.id : opts.leadCaseworkerId,
    supervisorId: opts.supervisorId === undefined ? w.supervisor.user.id : opts.supervisorId,
    stage: opts.stage ?? 'implementation',
  });
  await t.database.db
    .insertInto('household_members')
    .values({ child_id: made.child.id, full_name: 'Mukamana Jeanne', relationship: 'mother', is_caregiver: true })
    .execute();
  return made;
}

/** The seven benchmarks, met except those named. */
export function benchmarks(notMet: string[] = []) {
  return BENCHMARKS.map((benchmark) => ({ benchmark, met: !notMet.includes(benchmark), evidence: `Evidence for ${benchmark}` }));
}

export async function auditActions(t: TestApp, entityId: string): Promise<string[]> {
  const rows = await t.database.db.selectFrom('audit_events').select('action').where('entity_id', '=', entityId).orderBy('seq').execute();
  return rows.map((r) => r.action);
}

export async function timelineKinds(t: TestApp, caseId: string): Promise<string[]> {
  const rows = await t.database.db.selectFrom('case_events').select('kind').where('case_id', '=', caseId).orderBy('at').orderBy('id').execute();
  return rows.map((r) => r.kind);
}

export async function caseRow(t: TestApp, caseId: string) {
  return t.database.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
}
