import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { auditActions, followupWorld, openCase, timelineKinds, type World } from './followup-support.js';

// The paper file register (framework 5.1): who signed the child's file out,
// when, for good or not, when it came back, and who holds each file now.

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await followupWorld(t);
});
afterAll(() => t.close());

describe('paper file register', () => {
  it('signs a file out and back in, keeping every movement', async () => {
    const { case: kase, child } = await openCase(t, w);
    const base = `/api/v1/cases/${kase.id}/paper-file`;
    const empty = await client(t, w.cpwo.session).get(base);
    expect(empty.json()).toEqual({ childCode: child.child_code, current: null, movements: [] });

    const out = await client(t, w.cpwo.session).post(`${base}/check-out`, {
      holderUserId: w.supervisor.user.id,
      permanent: false,
      purpose: 'Supervision session',
    });
    expect(out.statusCode).toBe(201);
    expect(out.json().current).toMatchObject({
      holder: { userId: w.supervisor.user.id, name: 'Test supervisor' },
      permanent: false,
      purpose: 'Supervision session',
      checkedOutBy: { id: w.cpwo.user.id },
      checkedInAt: null,
      checkedOutAt: t.clock.now().toISOString(),
    });
    const twice = await client(t, w.cpwo.session).post(`${base}/check-out`, { holderName: 'Court clerk', permanent: false });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.messageKey).toBe('errors.paper_file_already_out');

    const held = await client(t, w.supervisor.session).get('/api/v1/paper-files?holder=me');
    expect(held.statusCode).toBe(200);
    expect(held.json().items.map((i: { childCode: string }) => i.childCode)).toEqual([child.child_code]);
    const byCode = await client(t, w.cpwo.session).get(`/api/v1/paper-files?childCode=${child.child_code}`);
    expect(byCode.json().items).toHaveLength(1);

    t.clock.advanceMinutes(10);
    const back = await client(t, w.cso.session).post(`${base}/check-in`, {});
    expect(back.statusCode).toBe(200);
    expect(back.json().current).toBeNull();
    expect(back.json().movements[0]).toMatchObject({ checkedInBy: { id: w.cso.user.id }, checkedInAt: t.clock.now().toISOString() });
    const notOut = await client(t, w.cso.session).post(`${base}/check-in`, {});
    expect(notOut.statusCode).toBe(409);
    expect(notOut.json().error.messageKey).toBe('errors.paper_file_not_out');
    expect((await client(t, w.supervisor.session).get('/api/v1/paper-files?holder=me')).json().items).toEqual([]);

    const permanent = await client(t, w.cpwo.session).post(`${base}/check-out`, { holderName: 'Bugesera district office', permanent: true });
    expect(permanent.json().current).toMatchObject({ holder: { userId: null, name: 'Bugesera district office' }, permanent: true });
    expect(permanent.json().movements).toHaveLength(2);
    expect(await timelineKinds(t, kase.id)).toEqual(expect.arrayContaining(['paper_file.checked_out', 'paper_file.checked_in']));
    expect(await auditActions(t, kase.id)).toEqual(expect.arrayContaining(['paper_file.check_out', 'paper_file.check_in']));
  });

  it('refuses both or neither holder, and an unknown user', async () => {
    const { case: kase } = await openCase(t, w);
    const url = `/api/v1/cases/${kase.id}/paper-file/check-out`;
    expect((await client(t, w.cpwo.session).post(url, { permanent: false })).statusCode).toBe(400);
    expect((await client(t, w.cpwo.session).post(url, { holderName: 'x', holderUserId: w.cso.user.id, permanent: false })).statusCode).toBe(400);
    const unknown = await client(t, w.cpwo.session).post(url, { holderUserId: '00000000-0000-4000-8000-000000000000', permanent: false });
    expect(unknown.json().error.messageKey).toBe('errors.user_not_found');
  });

  it('keeps the register to those who hold the case', async () => {
    const { case: kase } = await openCase(t, w);
    await client(t, w.cpwo.session).post(`/api/v1/cases/${kase.id}/paper-file/check-out`, { holderUserId: w.cso.user.id, permanent: false });
    const base = `/api/v1/cases/${kase.id}/paper-file`;
    expect((await client(t, w.supervisor.session).post(`${base}/check-in`, {})).statusCode).toBe(403);
    expect((await client(t, w.izu.session).get(base)).statusCode).toBe(403);
    expect((await client(t, w.otherCso.session).get(base)).statusCode).toBe(404);
    expect((await client(t, w.bugeseraCpwo.session).post(`${base}/check-in`, {})).statusCode).toBe(404);
    expect((await client(t, w.analyst.session).get('/api/v1/paper-files')).statusCode).toBe(403);
    expect((await client(t, w.bugeseraCpwo.session).get('/api/v1/paper-files')).json().items).toEqual([]);
    expect((await client(t, w.otherCso.session).get(`/api/v1/paper-files?holder=${w.cso.user.id}`)).json().items).toEqual([]);
    expect((await client(t, w.cso.session).get('/api/v1/paper-files?holder=me')).json().items).toHaveLength(1);
    expect((await client(t, w.cso.session).get('/api/v1/paper-files?holder=someone')).statusCode).toBe(400);
  });
});
