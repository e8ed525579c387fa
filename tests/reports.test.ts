import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Framework steps 1-2: a report from any channel lands at once in the register
// of the child's district; the one who reported sees its status only.

let t: TestApp;
type Signed = { user: { id: string }; session: Session };
let izu: Signed, hotline: Signed, cpwoGasabo: Signed, cpwoBugesera: Signed, supervisorGasabo: Signed, analyst: Signed, sysadmin: Signed, ncda: Signed;

const CHILD = 'Umutoni Gisele';
const FACT = 'Beaten by a neighbour';
const reportBody = (over: Record<string, unknown> = {}) => ({
  channel: 'izu',
  child: { name: CHILD, sex: 'female', ageYears: 9 },
  placeId: PLACES.gasaboVillage,
  whatHappened: FACT,
  incidentDate: '2026-11-01',
  incidentPlace: 'near the market',
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  izu = await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage });
  hotline = await signedIn(t, { role: 'hotline_agent', jurisdictionId: PLACES.rwanda });
  cpwoGasabo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, phone: '+250788000001' });
  cpwoBugesera = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera });
  supervisorGasabo = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo });
  analyst = await signedIn(t, { role: 'analyst', jurisdictionId: PLACES.rwanda });
  sysadmin = await signedIn(t, { role: 'sysadmin', jurisdictionId: PLACES.rwanda });
  ncda = await signedIn(t, { role: 'ncda_officer', jurisdictionId: PLACES.rwanda });
});
afterAll(() => t.close());

const auditOf = (action: string, entityId: string) =>
  t.database.db.selectFrom('audit_events').selectAll().where('action', '=', action).where('entity_id', '=', entityId).execute();

describe('an IZU reports an incident', () => {
  let id: string;
  let reference: string;

  it('records it with a district reference and a screening deadline 24 hours on', async () => {
    const res = await client(t, izu.session).post(
      '/api/v1/reports',
      reportBody({ reporter: { name: 'Mukamana', relationship: 'neighbour', phone: '0788 123 456' } }),
    );
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.reference).toMatch(/^R12-26-\d{6}$/);
    expect(body).toMatchObject({ status: 'new', channel: 'izu', receivedAt: '2026-11-02T07:00:00.000Z', screeningDueAt: '2026-11-03T07:00:00.000Z' });
    id = body.id;
    reference = body.reference;
  });

  it('texts the reporter the reference only', () => {
    const sms = t.sms.sent.filter((m) => m.to === '+250788123456');
    expect(sms).toHaveLength(1);
    expect(sms[0]!.text).toContain(reference);
    expect(sms[0]!.text).not.toMatch(/Umutoni|Gisele|neighbour|Beaten|Mukamana/i);
  });

  it('appears in the Gasabo CPWO’s register without the child’s name', async () => {
    const res = await client(t, cpwoGasabo.session).get('/api/v1/reports');
    expect(res.statusCode).toBe(200);
    const item = res.json().items.find((r: { id: string }) => r.id === id);
    expect(item).toMatchObject({
      view: 'full',
      reference,
      status: 'new',
      districtId: '12',
      placeId: PLACES.gasaboVillage,
      childSex: 'female',
      childAgeYears: 9,
      nextDueAt: '2026-11-03T07:00:00.000Z',
      overdue: false,
    });
    expect(JSON.stringify(item)).not.toContain('Umutoni');
  });

  it('is not in the Bugesera CPWO’s register, and reading it there is "not found"', async () => {
    const list = await client(t, cpwoBugesera.session).get('/api/v1/reports');
    expect(list.json().items.map((r: { id: string }) => r.id)).not.toContain(id);
    const read = await client(t, cpwoBugesera.session).get(`/api/v1/reports/${id}`);
    expect(read.statusCode).toBe(404);
    expect(read.json().error.messageKey).toBe('errors.not_found');
  });

  it('shows the Gasabo CPWO the full report and audits the read', async () => {
    const res = await client(t, cpwoGasabo.session).get(`/api/v1/reports/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      view: 'full',
      reference,
      districtId: '12',
      districtName: 'Gasabo',
      reporter: { userId: null, name: 'Mukamana', relationship: 'neighbour', phone: '+250788123456' },
      child: { name: CHILD, description: null, sex: 'female', ageYears: 9 },
      whatHappened: FACT,
      incidentDate: '2026-11-01',
      screening: null,
      deadlines: [{ kind: 'screening', dueAt: '2026-11-03T07:00:00.000Z', metAt: null, overdue: false, escalationLevel: 0 }],
    });
    const audit = await auditOf('report.read', id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: cpwoGasabo.user.id, entity_type: 'incident_report' });
    expect(audit[0]!.fields).toContain('child.name');
    expect(JSON.stringify(audit[0]!.details)).not.toContain('Umutoni');
  });

  it('lets a Gasabo supervisor read the register too', async () => {
    const res = await client(t, supervisorGasabo.session).get(`/api/v1/reports/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().view).toBe('full');
  });

  it('shows the IZU the status of their own report and nothing about the child', async () => {
    const list = await client(t, izu.session).get('/api/v1/reports');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([{ view: 'status', id, reference, receivedAt: '2026-11-02T07:00:00.000Z', status: 'new', channel: 'izu' }]);
    const one = await client(t, izu.session).get(`/api/v1/reports/${id}`);
    expect(one.json()).toEqual({ view: 'status', id, reference, receivedAt: '2026-11-02T07:00:00.000Z', status: 'new', channel: 'izu' });
    // A status read holds no child data: it is not a record read.
    expect((await auditOf('report.read', id)).filter((a) => a.actor_id === izu.user.id)).toHaveLength(0);
  });

  it('audits the report with field names, never values', async () => {
    const audit = await auditOf('report.create', id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_id).toBe(izu.user.id);
    expect(audit[0]!.fields).toEqual(expect.arrayContaining(['channel', 'placeId', 'child.name', 'reporter.phone']));
    expect(JSON.stringify(audit[0])).not.toMatch(/Umutoni|Beaten|788123456/);
  });

  it('tells the district’s CPWOs in the app, with the reference only', async () => {
    const res = await client(t, cpwoGasabo.session).get('/api/v1/notifications');
    const n = res.json().items.find((x: { reportId: string }) => x.reportId === id);
    expect(n).toMatchObject({ kind: 'report.received', messageKey: 'notifications.report_received', params: { reference, channel: 'izu' } });
    const other = await client(t, cpwoBugesera.session).get('/api/v1/notifications');
    expect(other.json().items.filter((x: { reportId: string }) => x.reportId === id)).toHaveLength(0);
  });
});

describe('the register', () => {
  it('numbers each district and year in sequence, even when reports arrive at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => client(t, izu.session).post('/api/v1/reports', reportBody({ placeId: PLACES.bugeseraVillage }))),
    );
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201, 201]);
    const refs = results.map((r) => r.json().reference as string).sort();
    expect(refs).toEqual(['R57-26-000001', 'R57-26-000002', 'R57-26-000003', 'R57-26-000004', 'R57-26-000005', 'R57-26-000006']);
  });

  it('records a hotline report from the fast intake form', async () => {
    const res = await client(t, hotline.session).post('/api/v1/reports/hotline', {
      callerPhone: '+250722000111',
      childDescription: 'girl of about 12, sells fruit at the bus park',
      childSex: 'female',
      childAgeYears: 12,
      placeId: PLACES.gasaboSector,
      whatHappened: 'Caller saw the child being hit',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ channel: 'hotline_116', status: 'new' });
    expect(body.reference).toMatch(/^R12-26-/);
    const full = await client(t, cpwoGasabo.session).get(`/api/v1/reports/${body.id}`);
    expect(full.json()).toMatchObject({ channel: 'hotline_116', placeId: PLACES.gasaboSector, reporter: { phone: '+250722000111', userId: null } });
    expect(t.sms.sent.at(-1)).toEqual({ to: '+250722000111', text: expect.stringContaining(body.reference) });
    const mine = await client(t, hotline.session).get(`/api/v1/reports/${body.id}`);
    expect(mine.json()).toEqual({
      view: 'status',
      id: body.id,
      reference: body.reference,
      receivedAt: expect.any(String),
      status: 'new',
      channel: 'hotline_116',
    });
  });

  it('takes the full form on the hotline channel too', async () => {
    const res = await client(t, hotline.session).post('/api/v1/reports', reportBody({ channel: 'hotline_116', reporter: { relationship: 'anonymous' } }));
    expect(res.statusCode).toBe(201);
  });

  it('records the signed-in user as the reporter when no other reporter is given', async () => {
    const res = await client(t, cpwoGasabo.session).post(
      '/api/v1/reports',
      reportBody({ channel: 'local_leader', child: { description: 'boy, about 5', sex: 'male' } }),
    );
    expect(res.statusCode).toBe(201);
    const full = await client(t, cpwoGasabo.session).get(`/api/v1/reports/${res.json().id}`);
    expect(full.json().reporter).toEqual({ userId: cpwoGasabo.user.id, name: null, relationship: null, phone: null });
    expect(full.json().child).toEqual({ name: null, description: 'boy, about 5', sex: 'male', ageYears: null });
  });

  it('filters by status, channel, reference and received date', async () => {
    const c = client(t, cpwoGasabo.session);
    const hot = await c.get('/api/v1/reports?channel=hotline_116');
    expect(hot.json().items.length).toBe(2);
    expect(hot.json().items.every((r: { channel: string }) => r.channel === 'hotline_116')).toBe(true);
    const all = await c.get('/api/v1/reports');
    const ref = all.json().items[0].reference as string;
    const byRef = await c.get(`/api/v1/reports?q=${ref}`);
    expect(byRef.json().items.map((r: { reference: string }) => r.reference)).toEqual([ref]);
    const byName = await c.get('/api/v1/reports?q=umutoni');
    expect(byName.json().total).toBeGreaterThanOrEqual(1);
    expect((await c.get('/api/v1/reports?status=screened')).json().total).toBe(0);
    expect((await c.get('/api/v1/reports?from=2026-11-02&to=2026-11-02')).json().total).toBe(all.json().total);
    expect((await c.get('/api/v1/reports?from=2026-11-03')).json().total).toBe(0);
    const paged = await c.get('/api/v1/reports?pageSize=1&page=2');
    expect(paged.json()).toMatchObject({ page: 2, pageSize: 1, total: all.json().total });
    expect(paged.json().items).toHaveLength(1);
  });
});

describe('what a report must hold', () => {
  const post = (body: unknown) => client(t, izu.session).post('/api/v1/reports', body);

  it('refuses an incident date in the future (local date)', async () => {
    const res = await post(reportBody({ incidentDate: '2026-11-03' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ messageKey: 'errors.date_in_future', fields: [{ field: 'body.incidentDate' }] });
    // At 00:30 on the 3rd in Kigali it is still the 2nd in UTC: the local date decides.
    t.clock.set('2026-11-02T22:30:00Z');
    try {
      const late = await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage });
      expect((await client(t, late.session).post('/api/v1/reports', reportBody({ incidentDate: '2026-11-03' }))).statusCode).toBe(201);
    } finally {
      t.clock.set('2026-11-02T07:00:00Z');
    }
  });

  it('refuses a place that does not exist, or is above the district', async () => {
    const none = await post(reportBody({ placeId: '12999999' }));
    expect(none.statusCode).toBe(400);
    expect(none.json().error.messageKey).toBe('errors.place_not_found');
    const province = await post(reportBody({ placeId: '1' }));
    expect(province.statusCode).toBe(400);
  });

  it('refuses a phone number that is not a Rwandan mobile', async () => {
    const res = await post(reportBody({ reporter: { phone: '12345' } }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ messageKey: 'errors.phone_invalid', fields: [{ field: 'body.reporter.phone' }] });
  });

  it('needs the child’s name or a description', async () => {
    const res = await post(reportBody({ child: { sex: 'female' } }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.messageKey).toBe('errors.child_name_or_description_required');
  });

  it('refuses an age of 18 or more, an unknown channel and unknown fields', async () => {
    expect((await post(reportBody({ child: { name: 'X', ageYears: 18 } }))).statusCode).toBe(400);
    expect((await post(reportBody({ channel: 'telepathy' }))).statusCode).toBe(400);
    const extra = await post(reportBody({ severity: 'high' }));
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.message).toContain('severity');
  });

  it('writes nothing when refused', async () => {
    const before = await t.database.db
      .selectFrom('incident_reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await post(reportBody({ incidentDate: '2027-01-01' }));
    const after = await t.database.db
      .selectFrom('incident_reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});

describe('who may not', () => {
  it('refuses to record a report for roles that do not identify children (analyst, NCDA officer, sysadmin)', async () => {
    for (const s of [analyst, ncda, sysadmin]) {
      const res = await client(t, s.session).post('/api/v1/reports', reportBody());
      expect(res.statusCode).toBe(403);
      expect(res.json().error.messageKey).toBe('errors.forbidden');
    }
  });

  it('keeps the hotline form to hotline agents', async () => {
    const res = await client(t, izu.session).post('/api/v1/reports/hotline', { placeId: PLACES.gasaboVillage, whatHappened: 'x', childName: 'A' });
    expect(res.statusCode).toBe(403);
  });

  it('refuses the register to analysts, NCDA officers and system administrators', async () => {
    for (const s of [analyst, ncda, sysadmin]) {
      expect((await client(t, s.session).get('/api/v1/reports')).statusCode).toBe(403);
    }
    const any = (await client(t, cpwoGasabo.session).get('/api/v1/reports')).json().items[0].id;
    expect((await client(t, analyst.session).get(`/api/v1/reports/${any}`)).statusCode).toBe(403);
  });

  it('hides another reporter’s report from an IZU', async () => {
    const other = await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage });
    const any = (await client(t, cpwoGasabo.session).get('/api/v1/reports')).json().items[0].id;
    expect((await client(t, other.session).get(`/api/v1/reports/${any}`)).statusCode).toBe(404);
    expect((await client(t, other.session).get('/api/v1/reports')).json().items).toEqual([]);
  });

  it('asks an anonymous caller to sign in', async () => {
    expect((await client(t).get('/api/v1/reports')).statusCode).toBe(401);
    expect((await client(t).post('/api/v1/reports', reportBody())).statusCode).toBe(401);
  });
});
