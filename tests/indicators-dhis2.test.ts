import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createUser, sessionFor, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { buildIndicatorCountry } from './indicators-support.js';

// DHIS2: the month's aggregates of the hand-counted country of
// tests/indicators-support.ts (Gasabo, November 2026: enrolled 3, female 2,
// male 1; assessed 2 of 3; reports received 5) through the mapping, as a
// dataValueSets payload and as ADX, checked by a stand-in DHIS2 on a local
// port that validates what it receives and answers with an import summary
// (a 409 with conflicts for a data element it does not know; a 500 once, when
// told to, so the push is tried again). And the refusals.

const UID = /^[A-Za-z][A-Za-z0-9]{10}$/;
const KNOWN_ELEMENTS = new Set(['DeEnrolled1', 'DeAssessed1', 'DeAssessDen', 'DeReports01', 'DeFilesStd1']);

type Received = { path: string; contentType: string; auth: string | undefined; body: string; problems: string[] };
const received: Received[] = [];
let failNext = 0;
let standIn: Server;

/** What a DHIS2 would refuse in a dataValueSets payload. */
function validateJson(body: unknown): string[] {
  const p: string[] = [];
  const b = body as Record<string, unknown>;
  if (typeof b.dataSet !== 'string' || !UID.test(b.dataSet)) p.push('dataSet');
  if (typeof b.period !== 'string' || !/^\d{4}(0[1-9]|1[0-2])$/.test(b.period)) p.push('period');
  if (typeof b.orgUnit !== 'string' || !UID.test(b.orgUnit)) p.push('orgUnit');
  if (!Array.isArray(b.dataValues) || !b.dataValues.length) p.push('dataValues');
  for (const v of (b.dataValues ?? []) as Record<string, unknown>[]) {
    if (Object.keys(v).sort().join() !== 'categoryOptionCombo,dataElement,value') p.push(`keys ${Object.keys(v).join()}`);
    if (typeof v.dataElement !== 'string' || !UID.test(v.dataElement)) p.push(`dataElement ${String(v.dataElement)}`);
    if (typeof v.categoryOptionCombo !== 'string' || !UID.test(v.categoryOptionCombo)) p.push(`categoryOptionCombo ${String(v.categoryOptionCombo)}`);
    if (typeof v.value !== 'string' || !/^-?\d+(\.\d+)?$/.test(v.value)) p.push(`value ${String(v.value)}`);
  }
  return p;
}

/** What a DHIS2 would refuse in an ADX message. */
function validateAdx(xml: string): string[] {
  const p: string[] = [];
  if (!/<adx xmlns="urn:ihe:qrph:adx:2015" exported="\d{4}-\d{2}-\d{2}T[^"]+"/.test(xml)) p.push('adx root and namespace');
  const groups = [...xml.matchAll(/<group ([^>]*)>/g)];
  if (groups.length !== 1) p.push('one group');
  for (const g of groups) {
    const attr = (n: string) => new RegExp(`${n}="([^"]*)"`).exec(g[1]!)?.[1];
    if (!UID.test(attr('orgUnit') ?? '')) p.push('group orgUnit');
    if (!UID.test(attr('dataSet') ?? '')) p.push('group dataSet');
    if (!/^\d{4}-(0[1-9]|1[0-2])-01\/P1M$/.test(attr('period') ?? '')) p.push(`group period ${attr('period')}`);
  }
  for (const v of xml.matchAll(/<dataValue ([^>]*)\/>/g)) {
    const attr = (n: string) => new RegExp(`${n}="([^"]*)"`).exec(v[1]!)?.[1];
    if (!UID.test(attr('dataElement') ?? '')) p.push('dataValue dataElement');
    if (!UID.test(attr('categoryOptionCombo') ?? '')) p.push('dataValue categoryOptionCombo');
    if (!/^-?\d+(\.\d+)?$/.test(attr('value') ?? '')) p.push('dataValue value');
  }
  return p;
}

const summary = (status: string, count: Record<string, number>, conflicts: { object: string; value: string }[] = []) => ({
  httpStatus: status === 'ERROR' ? 'Conflict' : 'OK',
  httpStatusCode: status === 'ERROR' ? 409 : 200,
  status: status === 'ERROR' ? 'ERROR' : 'OK',
  message: status === 'ERROR' ? 'An error occurred, please check import summary.' : 'Import was successful.',
  response: { responseType: 'ImportSummary', status, importCount: { imported: 0, updated: 0, ignored: 0, deleted: 0, ...count }, conflicts },
});

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function startStandIn(): Promise<string> {
  standIn = createServer(async (req, res) => {
    const body = await readBody(req);
    const contentType = String(req.headers['content-type'] ?? '');
    const reply = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    if (req.method !== 'POST' || req.url?.split('?')[0] !== '/api/dataValueSets') return reply(404, { httpStatusCode: 404 });
    const isAdx = contentType.startsWith('application/adx+xml');
    let problems: string[];
    let values: { dataElement: string }[] = [];
    if (isAdx) {
      problems = validateAdx(body);
      values = [...body.matchAll(/dataElement="([^"]*)"/g)].map((m) => ({ dataElement: m[1]! }));
    } else {
      try {
        const json = JSON.parse(body) as { dataValues?: { dataElement: string }[] };
        problems = validateJson(json);
        values = json.dataValues ?? [];
      } catch {
        problems = ['not JSON'];
      }
    }
    received.push({ path: req.url!, contentType, auth: req.headers.authorization, body, problems });
    if (failNext > 0) {
      failNext--;
      return reply(500, { httpStatus: 'Internal Server Error', httpStatusCode: 500, status: 'ERROR', message: 'database busy' });
    }
    if (problems.length) return reply(400, { httpStatusCode: 400, status: 'ERROR', message: problems.join('; ') });
    const unknown = values.filter((v) => !KNOWN_ELEMENTS.has(v.dataElement));
    if (unknown.length)
      return reply(
        409,
        summary(
          'ERROR',
          { imported: values.length - unknown.length, ignored: unknown.length },
          unknown.map((v) => ({ object: v.dataElement, value: 'Data element not found or not accessible' })),
        ),
      );
    return reply(200, summary('SUCCESS', { imported: values.length }));
  });
  return new Promise((resolve) => standIn.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(standIn.address() as AddressInfo).port}`)));
}

let t: TestApp;
let admin: Session;
let ncda: Session;
let cpwo: Session;
let analyst: Session;

const MAPPING = {
  dataSet: 'DsRindaCP01',
  elements: [
    { indicator: 'cases_enrolled', dataElement: 'DeEnrolled1', categoryOptionCombo: 'CocDefault1' },
    { indicator: 'cases_enrolled', disaggregation: 'sex', key: 'female', dataElement: 'DeEnrolled1', categoryOptionCombo: 'CocFemale01' },
    { indicator: 'cases_enrolled', disaggregation: 'sex', key: 'male', dataElement: 'DeEnrolled1', categoryOptionCombo: 'CocMale0001' },
    { indicator: 'assessment_completed', part: 'numerator', dataElement: 'DeAssessed1', categoryOptionCombo: 'CocDefault1' },
    { indicator: 'assessment_completed', part: 'denominator', dataElement: 'DeAssessDen', categoryOptionCombo: 'CocDefault1' },
    { indicator: 'reports_received', dataElement: 'DeReports01', categoryOptionCombo: 'CocDefault1' },
    // No file was audited in November: a percentage with no base is left out, never sent as 0.
    { indicator: 'files_meeting_standards', part: 'value', dataElement: 'DeFilesStd1', categoryOptionCombo: 'CocDefault1' },
  ],
  orgUnits: [
    { place: '12', orgUnit: 'OuGasabo001' },
    { place: '1201', orgUnit: 'OuGasaboSe1' },
  ],
};

/** The values of Gasabo, November 2026, counted by hand (tests/indicators-support.ts). */
const GASABO_NOVEMBER = [
  { dataElement: 'DeEnrolled1', categoryOptionCombo: 'CocDefault1', value: '3' },
  { dataElement: 'DeEnrolled1', categoryOptionCombo: 'CocFemale01', value: '2' },
  { dataElement: 'DeEnrolled1', categoryOptionCombo: 'CocMale0001', value: '1' },
  { dataElement: 'DeAssessed1', categoryOptionCombo: 'CocDefault1', value: '2' },
  { dataElement: 'DeAssessDen', categoryOptionCombo: 'CocDefault1', value: '3' },
  { dataElement: 'DeReports01', categoryOptionCombo: 'CocDefault1', value: '5' },
];
const byCell = (a: { dataElement: string; categoryOptionCombo: string }, b: { dataElement: string; categoryOptionCombo: string }) =>
  `${a.dataElement}/${a.categoryOptionCombo}`.localeCompare(`${b.dataElement}/${b.categoryOptionCombo}`);

beforeAll(async () => {
  const url = await startStandIn();
  t = await createTestApp({ dhis2: { url, token: 'd2pat_standin_token', maxAttempts: 3, retryMs: 20, timeoutMs: 5_000 } });
  t.clock.set('2026-12-07T08:00:00Z');
  const cpwoUser = await createUser(t, { role: 'cpwo', jurisdictionId: '12' });
  cpwo = await sessionFor(t, cpwoUser);
  admin = await sessionFor(t, await createUser(t, { role: 'sysadmin', jurisdictionId: 'RW' }));
  ncda = await sessionFor(t, await createUser(t, { role: 'ncda_officer', jurisdictionId: 'RW' }));
  analyst = await sessionFor(t, await createUser(t, { role: 'analyst', jurisdictionId: 'RW' }));
  await buildIndicatorCountry(t, cpwoUser.id);
}, 120_000);
afterAll(async () => {
  await t?.close();
  await new Promise((r) => standIn?.close(r));
});

describe('the mapping, kept by an administrator', () => {
  it('refuses a malformed uid, naming the field, and keeps nothing', async () => {
    const bad = { ...MAPPING, elements: [{ ...MAPPING.elements[0]!, dataElement: '1bad-uid' }] };
    const res = await client(t, admin).put('/api/v1/dhis2/mapping', bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { field: string }) => f.field)).toContain('body.elements.0.dataElement');
    const short = await client(t, admin).put('/api/v1/dhis2/mapping', { ...MAPPING, orgUnits: [{ place: '12', orgUnit: 'OuShort' }] });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields.map((f: { field: string }) => f.field)).toContain('body.orgUnits.0.orgUnit');
    const set = await client(t, admin).put('/api/v1/dhis2/mapping', { ...MAPPING, dataSet: 'DsRinda' });
    expect(set.json().error.fields.map((f: { field: string }) => f.field)).toContain('body.dataSet');
    expect((await client(t, admin).get('/api/v1/dhis2/mapping')).json()).toEqual({ dataSet: null, elements: [], orgUnits: [] });
  });

  it('refuses two figures in one DHIS2 cell, a row without its disaggregation, and an unknown place', async () => {
    const twice = { ...MAPPING, elements: [MAPPING.elements[0], { ...MAPPING.elements[5], categoryOptionCombo: 'CocDefault1', dataElement: 'DeEnrolled1' }] };
    const res = await client(t, admin).put('/api/v1/dhis2/mapping', twice);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].field).toBe('body.elements.1.categoryOptionCombo');
    const keyOnly = await client(t, admin).put('/api/v1/dhis2/mapping', { ...MAPPING, elements: [{ ...MAPPING.elements[0], key: 'female' }] });
    expect(keyOnly.json().error.fields[0].field).toBe('body.elements.0.key');
    const nowhere = await client(t, admin).put('/api/v1/dhis2/mapping', { ...MAPPING, orgUnits: [{ place: '99', orgUnit: 'OuNowhere01' }] });
    expect(nowhere.statusCode).toBe(400);
    expect(nowhere.json().error.fields[0].field).toBe('body.orgUnits.0.place');
  });

  it('is refused to anyone but an administrator', async () => {
    for (const s of [ncda, cpwo, analyst]) {
      expect((await client(t, s).put('/api/v1/dhis2/mapping', MAPPING)).statusCode).toBe(403);
      expect((await client(t, s).get('/api/v1/dhis2/mapping')).statusCode).toBe(403);
    }
    expect((await client(t).get('/api/v1/dhis2/mapping')).statusCode).toBe(401);
  });

  it('is saved whole and read back', async () => {
    const res = await client(t, admin).put('/api/v1/dhis2/mapping', MAPPING);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().dataSet).toBe('DsRindaCP01');
    expect(res.json().elements).toHaveLength(7);
    expect(res.json().orgUnits).toEqual(MAPPING.orgUnits);
  });
});

describe("a district's month as a dataValueSets payload and as ADX", () => {
  it('carries the true hand-counted figures, unsuppressed, for NCDA', async () => {
    const res = await client(t, ncda).get('/api/v1/dhis2/data-value-sets?place=12&period=2026-11');
    expect(res.statusCode, res.body).toBe(200);
    const { dataValueSet, leftOut } = res.json();
    expect(validateJson(dataValueSet)).toEqual([]);
    expect(dataValueSet).toMatchObject({ dataSet: 'DsRindaCP01', period: '202611', orgUnit: 'OuGasabo001' });
    expect([...dataValueSet.dataValues].sort(byCell)).toEqual([...GASABO_NOVEMBER].sort(byCell));
    // Nothing guessed: the unmapped indicators and the value without a base are listed.
    expect(leftOut.place).toBeNull();
    expect(leftOut.indicators).toContain('referrals_made');
    expect(leftOut.indicators).not.toContain('cases_enrolled');
    expect(leftOut.values).toEqual([expect.objectContaining({ dataElement: 'DeFilesStd1', indicator: 'files_meeting_standards' })]);
    // The same reader's dashboard hides these small numbers; DHIS2 gets them as they are.
    const dash = (await client(t, ncda).get('/api/v1/indicators/figures?place=12&period=2026-11&indicator=cases_enrolled&by=sex')).json();
    expect(dash.view).toBe('suppressed');
  });

  it('leaves out a place without an organisation unit, and a figure not held at a sector', async () => {
    const none = (await client(t, admin).get('/api/v1/dhis2/data-value-sets?place=57&period=2026-11')).json();
    expect(none).toMatchObject({ dataValueSet: null, leftOut: { place: '57' } });
    const sector = (await client(t, admin).get('/api/v1/dhis2/data-value-sets?place=1201&period=2026-11')).json();
    expect(sector.dataValueSet.orgUnit).toBe('OuGasaboSe1');
    // Sector 1201: G1 and G2 enrolled in November (one female, one male).
    const values = Object.fromEntries(
      sector.dataValueSet.dataValues.map((v: { dataElement: string; categoryOptionCombo: string; value: string }) => [
        `${v.dataElement}/${v.categoryOptionCombo}`,
        v.value,
      ]),
    );
    expect(values).toMatchObject({ 'DeEnrolled1/CocDefault1': '2', 'DeEnrolled1/CocFemale01': '1', 'DeEnrolled1/CocMale0001': '1' });
    expect(sector.leftOut.values.map((v: { indicator: string }) => v.indicator)).toContain('files_meeting_standards');
  });

  it('is the same month as ADX, which the stand-in accepts', async () => {
    const res = await client(t, ncda).get('/api/v1/dhis2/adx?place=12&period=2026-11');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/adx+xml');
    expect(validateAdx(res.body)).toEqual([]);
    expect(res.body).toContain('<group orgUnit="OuGasabo001" dataSet="DsRindaCP01" period="2026-11-01/P1M"');
    for (const v of GASABO_NOVEMBER)
      expect(res.body).toContain(`<dataValue dataElement="${v.dataElement}" categoryOptionCombo="${v.categoryOptionCombo}" value="${v.value}"/>`);
    expect(JSON.parse(String(res.headers['x-rinda-left-out'])).indicators).toContain('referrals_made');
    const posted = await fetch(`http://127.0.0.1:${(standIn.address() as AddressInfo).port}/api/dataValueSets`, {
      method: 'POST',
      headers: { 'content-type': 'application/adx+xml' },
      body: res.body,
    });
    expect(posted.status).toBe(200);
    expect(((await posted.json()) as { response: { importCount: { imported: number } } }).response.importCount.imported).toBe(6);
  });

  it('refuses malformed months and places, and readers without the permission', async () => {
    expect((await client(t, admin).get('/api/v1/dhis2/data-value-sets?place=12&period=2026-13')).statusCode).toBe(400);
    expect((await client(t, admin).get('/api/v1/dhis2/data-value-sets?place=12&period=2026-Q4')).statusCode).toBe(400);
    expect((await client(t, admin).get('/api/v1/dhis2/data-value-sets?place=12010101&period=2026-11')).statusCode).toBe(400);
    for (const s of [cpwo, analyst]) {
      const res = await client(t, s).get('/api/v1/dhis2/data-value-sets?place=12&period=2026-11');
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain('DeEnrolled1');
      expect((await client(t, s).get('/api/v1/dhis2/adx?place=12&period=2026-11')).statusCode).toBe(403);
    }
  });
});

describe('a push to the configured DHIS2', () => {
  it('is tried again after a 500 and keeps what was sent and the import summary', async () => {
    received.length = 0;
    failNext = 1;
    const res = await client(t, admin).post('/api/v1/dhis2/pushes', { place: '12', period: '2026-11' });
    expect(res.statusCode, res.body).toBe(201);
    expect(received).toHaveLength(2);
    expect(received.every((r) => r.problems.length === 0 && r.auth === 'ApiToken d2pat_standin_token')).toBe(true);
    expect(received[1]!.body).toBe(received[0]!.body);
    const push = res.json();
    expect(push).toMatchObject({ place: '12', period: '2026-11', attempts: 2, httpStatus: 200, status: 'SUCCESS', conflicts: [], error: null });
    expect(push.importCount).toEqual({ imported: 6, updated: 0, ignored: 0, deleted: 0 });
    expect([...push.payload.dataValues].sort(byCell)).toEqual([...GASABO_NOVEMBER].sort(byCell));
  });

  it('keeps the conflicts of a 409 for an unknown data element, without trying again', async () => {
    const mapping = {
      ...MAPPING,
      elements: [...MAPPING.elements, { indicator: 'reports_screened', dataElement: 'DeUnknown01', categoryOptionCombo: 'CocDefault1' }],
    };
    expect((await client(t, admin).put('/api/v1/dhis2/mapping', mapping)).statusCode).toBe(200);
    received.length = 0;
    const res = await client(t, admin).post('/api/v1/dhis2/pushes', { place: '12', period: '2026-11' });
    expect(res.statusCode, res.body).toBe(201);
    expect(received).toHaveLength(1);
    expect(res.json()).toMatchObject({
      attempts: 1,
      httpStatus: 409,
      status: 'ERROR',
      importCount: { imported: 6, updated: 0, ignored: 1, deleted: 0 },
      conflicts: [{ object: 'DeUnknown01', value: 'Data element not found or not accessible' }],
    });
  });

  it('gives up after the bounded number of tries, and keeps that too', async () => {
    received.length = 0;
    failNext = 5;
    const res = await client(t, admin).post('/api/v1/dhis2/pushes', { place: '12', period: '2026-11' });
    expect(res.statusCode, res.body).toBe(201);
    expect(received).toHaveLength(3);
    expect(res.json()).toMatchObject({ attempts: 3, httpStatus: 500, status: 'FAILED', importCount: null });
    failNext = 0;
  });

  it('lists the past pushes, newest first, with their summaries', async () => {
    const res = await client(t, admin).get('/api/v1/dhis2/pushes?place=12');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items;
    expect(items).toHaveLength(3);
    expect(items.map((p: { status: string }) => p.status).sort()).toEqual(['ERROR', 'FAILED', 'SUCCESS']);
    const ok = items.find((p: { status: string }) => p.status === 'SUCCESS');
    expect(ok.importCount.imported).toBe(6);
    expect(ok.payload.orgUnit).toBe('OuGasabo001');
  });

  it('is refused to anyone but an administrator, and nothing is sent', async () => {
    received.length = 0;
    for (const s of [ncda, cpwo, analyst]) {
      expect((await client(t, s).post('/api/v1/dhis2/pushes', { place: '12', period: '2026-11' })).statusCode).toBe(403);
      expect((await client(t, s).get('/api/v1/dhis2/pushes')).statusCode).toBe(403);
    }
    expect(received).toHaveLength(0);
  });

  it('refuses a place without an organisation unit, naming it', async () => {
    const res = await client(t, admin).post('/api/v1/dhis2/pushes', { place: '57', period: '2026-11' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].field).toBe('body.place');
  });
});
