import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { districtStaff, type Signed } from './cases-support.js';
import { childFile, NAMES } from './data-protection-support.js';
import { insertCase } from './support/case-factories.js';
import { client, PLACES, sessionFor, signedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Emergency access ("break the glass"): a written reason, a time limit
// (RINDA_EMERGENCY_ACCESS_MINUTES, 240 by default), read-only unless the
// reason allows more, the case's supervisor and the data protection officer
// told at once, and a review list the officer closes with a finding.

let t: TestApp;
let staff: Awaited<ReturnType<typeof districtStaff>>;
let dpo: Signed;
let ncda: Signed;

beforeAll(async () => {
  t = await createTestApp();
  staff = await districtStaff(t);
  dpo = await signedIn(t, { role: 'dpo', jurisdictionId: PLACES.rwanda });
  ncda = await signedIn(t, { role: 'ncda_officer', jurisdictionId: PLACES.rwanda });
});
afterAll(() => t?.close());
/** Sessions idle out when the clock moves hours on: each test (and each jump) signs everyone in again. */
async function signInAgain() {
  for (const s of [staff.cpwo, staff.supervisor, staff.cpwoBugesera, dpo, ncda]) s.session = await sessionFor(t, s.user);
}
beforeEach(signInAgain);

const api = (s: Signed) => client(t, s.session);
const REASON = 'The child was found at Nyamata health centre tonight and says she ran from home.';
const notificationsOf = (userId: string, caseId: string) =>
  t.database.db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .where('case_id', '=', caseId)
    .where('kind', '=', 'emergency_access.opened')
    .execute();

describe('break the glass', () => {
  it('opens a case outside one’s scope for a limited time, read-only; the supervisor and the officer hear; it stays on the review list until closed', async () => {
    const file = await childFile(t, staff.cpwo.user.id, { supervisorId: staff.supervisor.user.id });
    const elsewhere = await insertCase(t, { openedBy: staff.cpwo.user.id });
    const bug = staff.cpwoBugesera;
    expect((await api(bug).get(`/api/v1/cases/${file.case.id}`)).statusCode).toBe(404);

    // A reason is required, in writing.
    const noReason = await api(bug).post(`/api/v1/cases/${file.case.id}/emergency-access`, { reason: 'urgent', purpose: 'read' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0].field).toBe('body.reason');

    const opened = await api(bug).post(`/api/v1/cases/${file.case.id}/emergency-access`, { reason: REASON, purpose: 'read' });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json()).toMatchObject({ caseId: file.case.id, allowsWork: false, expiresAt: '2026-11-02T11:00:00.000Z' });

    const read = await api(bug).get(`/api/v1/cases/${file.case.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().child.givenName).toBe(NAMES.child);
    expect(read.json().access).toEqual({ restricted: false, emergency: { allowsWork: false, expiresAt: '2026-11-02T11:00:00.000Z' }, readOnly: true });
    const readAudit = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('actor_id', '=', bug.user.id)
      .where('action', '=', 'case.read')
      .where('entity_id', '=', file.case.id)
      .execute();
    expect(readAudit.map((a) => a.details)).toContainEqual({ emergencyAccess: true });
    // Read-only: no change to the case.
    const note = await api(bug).post(`/api/v1/cases/${file.case.id}/notes`, { body: 'Seen at the health centre' });
    expect(note.statusCode).toBe(403);
    expect(note.json().error.messageKey).toBe('errors.emergency_read_only');
    // That case only: nothing else of the other district opens.
    expect((await api(bug).get(`/api/v1/cases/${elsewhere.case.id}`)).statusCode).toBe(404);
    expect((await api(bug).get('/api/v1/cases')).json().items.map((c: { id: string }) => c.id)).not.toContain(elsewhere.case.id);

    // Told at once: the case's supervisor and the data protection officer.
    expect(await notificationsOf(staff.supervisor.user.id, file.case.id)).toHaveLength(1);
    expect(await notificationsOf(dpo.user.id, file.case.id)).toHaveLength(1);
    expect((await notificationsOf(dpo.user.id, file.case.id))[0]).toMatchObject({ message_key: 'notifications.emergency_access_opened' });

    const list = await api(dpo).get('/api/v1/data-protection/emergency-access');
    expect(list.statusCode).toBe(200);
    const item = list.json().items.find((i: { caseId: string }) => i.caseId === file.case.id);
    expect(item).toMatchObject({ reason: REASON, user: { id: bug.user.id, role: 'cpwo' }, finding: null });
    expect(item.actions).toBeGreaterThanOrEqual(2);

    // The time limit, by the clock: after 4 hours the case is closed to them again.
    t.clock.advanceMinutes(239);
    await signInAgain();
    expect((await api(bug).get(`/api/v1/cases/${file.case.id}`)).statusCode).toBe(200);
    t.clock.advanceMinutes(2);
    await signInAgain();
    expect((await api(bug).get(`/api/v1/cases/${file.case.id}`)).statusCode).toBe(404);

    // Still on the list until the officer closes it with a finding.
    expect((await api(dpo).get('/api/v1/data-protection/emergency-access')).json().items.map((i: { id: string }) => i.id)).toContain(item.id);
    expect((await api(dpo).post(`/api/v1/data-protection/emergency-access/${item.id}/review`, { finding: 'ok' })).statusCode).toBe(400);
    const closed = await api(dpo).post(`/api/v1/data-protection/emergency-access/${item.id}/review`, {
      finding: 'Justified: the child was in danger that night.',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ finding: 'Justified: the child was in danger that night.', reviewedAt: expect.any(String) });
    expect((await api(dpo).get('/api/v1/data-protection/emergency-access')).json().items.map((i: { id: string }) => i.id)).not.toContain(item.id);
    expect((await api(dpo).get('/api/v1/data-protection/emergency-access?open=false')).json().items.map((i: { id: string }) => i.id)).toContain(item.id);
    expect((await api(dpo).post(`/api/v1/data-protection/emergency-access/${item.id}/review`, { finding: 'Again, a second finding.' })).statusCode).toBe(409);
  });

  it('a caseworker acting to protect the child may record what is done; an NCDA officer reads only', async () => {
    const file = await childFile(t, staff.cpwo.user.id, { supervisorId: staff.supervisor.user.id });
    const bug = staff.cpwoBugesera;
    const opened = await api(bug).post(`/api/v1/cases/${file.case.id}/emergency-access`, { reason: REASON, purpose: 'act_to_protect' });
    expect(opened.json()).toMatchObject({ allowsWork: true });
    expect((await api(bug).post(`/api/v1/cases/${file.case.id}/notes`, { body: 'Placed in a safe house tonight' })).statusCode).toBe(201);
    // Not the case's own decisions: who leads it stays with its district.
    const allocate = await api(bug).post(`/api/v1/cases/${file.case.id}/allocation`, { leadCaseworkerId: bug.user.id });
    expect(allocate.statusCode, allocate.body).toBe(403);

    expect((await api(ncda).get(`/api/v1/cases/${file.case.id}`)).statusCode).toBe(404);
    const byNcda = await api(ncda).post(`/api/v1/cases/${file.case.id}/emergency-access`, { reason: REASON, purpose: 'act_to_protect' });
    expect(byNcda.json()).toMatchObject({ allowsWork: false });
    expect((await api(ncda).get(`/api/v1/cases/${file.case.id}`)).statusCode).toBe(200);
    expect((await api(ncda).post(`/api/v1/cases/${file.case.id}/notes`, { body: 'x' })).statusCode).toBe(403);
  });

  it('nobody else widens their own access: other roles, cases already in scope, unknown ids, and the review list', async () => {
    const file = await childFile(t, staff.cpwo.user.id);
    for (const role of ['analyst', 'izu', 'hotline_agent', 'service_provider', 'sysadmin', 'dpo', 'local_leader'] as const) {
      const who = await signedIn(t, { role, jurisdictionId: role === 'izu' ? PLACES.gasaboVillage : PLACES.rwanda });
      const res = await api(who).post(`/api/v1/cases/${file.case.id}/emergency-access`, { reason: REASON, purpose: 'read' });
      expect(res.statusCode, role).toBe(403);
      expect(res.body).not.toContain(NAMES.child);
    }
    const inScope = await api(staff.cpwo).post(`/api/v1/cases/${file.case.id}/emergency-access`, { reason: REASON, purpose: 'read' });
    expect(inScope.statusCode).toBe(409);
    expect(
      (await api(staff.cpwoBugesera).post('/api/v1/cases/00000000-0000-4000-8000-000000000009/emergency-access', { reason: REASON, purpose: 'read' }))
        .statusCode,
    ).toBe(404);
    expect((await api(staff.cpwoBugesera).post(`/api/v1/cases/${file.case.id}/emergency-access`, { reason: REASON, purpose: 'everything' })).statusCode).toBe(
      400,
    );
    expect(
      (await api(staff.cpwoBugesera).post(`/api/v1/cases/${file.case.id}/emergency-access`, { reason: 'x'.repeat(2001), purpose: 'read' })).statusCode,
    ).toBe(400);
    for (const s of [staff.cpwo, staff.supervisor, ncda]) {
      expect((await api(s).get('/api/v1/data-protection/emergency-access')).statusCode).toBe(403);
    }
    const count = await t.database.db.selectFrom('emergency_access').select('id').where('case_id', '=', file.case.id).execute();
    expect(count).toEqual([]);
    // A grant to one user is theirs alone.
    await api(staff.cpwoBugesera).post(`/api/v1/cases/${file.case.id}/emergency-access`, { reason: REASON, purpose: 'read' });
    const colleague = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera, trainingCompletedOn: '2024-06-01' });
    expect((await api(colleague).get(`/api/v1/cases/${file.case.id}`)).statusCode).toBe(404);
    // A stale session re-read after the grant still reaches only what the grant allows.
    const again = await sessionFor(t, staff.cpwoBugesera.user);
    expect((await client(t, again).get(`/api/v1/cases/${file.case.id}`)).statusCode).toBe(200);
  });
});
