import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { benchmarks, followupWorld, openCase, type World } from './followup-support.js';

// The printed case file: a PDF labelled with the child's ID, audited as a read.

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await followupWorld(t);
});
afterAll(() => t.close());

describe('case file PDF', () => {
  it('prints the case file as a PDF named by the case, and audits the read', async () => {
    const { case: kase, child } = await openCase(t, w);
    await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/services`, {
      description: 'Medical examination',
      providedByName: 'Isange',
      providedOn: '2026-11-01',
    });
    await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/visits`, {
      visitedAt: '2026-11-02T06:00:00Z',
      observations: 'Child at home',
      childSafe: true,
    });
    await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/reviews`, { benchmarks: benchmarks(['safe_person_known']), outcome: 'continue' });
    await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/notes`, { body: 'Spoke to the teacher' });

    const res = await client(t, w.supervisor.session).get(`/api/v1/cases/${kase.id}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`${kase.case_code}.pdf`);
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(res.rawPayload.subarray(-8).toString('latin1')).toContain('%%EOF');
    // The document is titled by the child's ID, never the name.
    const raw = res.rawPayload.toString('latin1');
    expect(raw).toContain(`Case file ${child.child_code}`);
    expect(raw).not.toContain(`Title (${child.given_name}`);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['actor_id', 'fields'])
      .where('entity_id', '=', kase.id)
      .where('action', '=', 'case.pdf')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_id).toBe(w.supervisor.user.id);
    expect(audit[0]!.fields).toEqual(expect.arrayContaining(['child', 'timeline', 'reviews']));
  });

  it('is refused outside the case scope (404) and to roles without case access (403)', async () => {
    const { case: kase } = await openCase(t, w);
    const url = `/api/v1/cases/${kase.id}/pdf`;
    expect((await client(t, w.otherCso.session).get(url)).statusCode).toBe(404);
    expect((await client(t, w.bugeseraCpwo.session).get(url)).statusCode).toBe(404);
    expect((await client(t, w.izu.session).get(url)).statusCode).toBe(403);
    expect((await client(t, w.analyst.session).get(url)).statusCode).toBe(403);
    expect((await client(t).get(url)).statusCode).toBe(401);
    const audit = await t.database.db.selectFrom('audit_events').select('seq').where('entity_id', '=', kase.id).where('action', '=', 'case.pdf').execute();
    expect(audit).toEqual([]);
  });
});
