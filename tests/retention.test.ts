import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printRetentionDryRun } from '../src/retention/retention-dry-run-command.js';
import { insertCase, insertReport } from './support/case-factories.js';
import { client, createUser, PLACES, sessionFor } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Retention (Law N° 058/2021 Art. 52) with the test clock: before its period a
// rule changes nothing; after it the reporter's phone is gone and a non-VENA
// report's identity pseudonymised; a second run changes nothing more; the dry
// run changes nothing; a restricted child, a held record and a child with an
// open case are not touched; only the officer and administrators may use it.

const DAY = 86_400_000;
const PHONE = '+250788765432';

type Run = {
  id: string;
  dryRun: boolean;
  counts: Record<string, number>;
  actions: { rule: string; entityType: string; entityId: string; action: string }[];
  totalActions: number;
};
type DryRun = { runId: string; counts: Record<string, number>; items: { rule: string; entityId: string; label: string; action: string }[] };

let t: TestApp;
let dpo: { id: string };
let admin: { id: string };
let cpwo: { id: string };
let ncda: { id: string };
const ids = {} as {
  nonVena: string;
  nonVenaHeld: string;
  closedReport: string;
  closedCase: string;
  closedChild: string;
  restrictedReport: string;
  openCaseReport: string;
  attachment: string;
};

/** Signs in now (the clock moves years: the password is kept fresh so the expiry does not stand in the way). */
async function as(u: { id: string }) {
  await t.database.db.updateTable('users').set({ password_changed_at: t.clock.now() }).where('id', '=', u.id).execute();
  return client(t, await sessionFor(t, u));
}

async function nonVenaReport(childName: string) {
  const r = await insertReport(t, { recordedBy: cpwo.id, childName, status: 'early_intervention' });
  await t.database.db
    .updateTable('incident_reports')
    .set({ is_vena: false, closed_at: t.clock.now(), reporter_name: 'Kamanzi Eric', reporter_phone: PHONE, child_description: 'Lives near the market' })
    .where('id', '=', r.id)
    .execute();
  return r.id;
}

/** A case closed now, its report closed with the reporter's phone. */
async function closedCase(givenName: string) {
  const made = await insertCase(t, { openedBy: cpwo.id, stage: 'closed', givenName });
  const now = t.clock.now();
  await t.database.db.updateTable('cases').set({ closed_at: now, closure_reason: 'goals_met' }).where('id', '=', made.case.id).execute();
  await t.database.db
    .updateTable('incident_reports')
    .set({ status: 'closed', closed_at: now, reporter_phone: PHONE })
    .where('id', '=', made.report.id)
    .execute();
  return made;
}

const report = (id: string) =>
  t.database.db
    .selectFrom('incident_reports')
    .select(['child_name', 'reporter_name', 'reporter_phone', 'child_description', 'identity_minimised_at', 'reporter_phone_removed_at', 'what_happened'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

/** Everything retention could change, to compare before and after. */
async function snapshot() {
  const reports = await t.database.db.selectFrom('incident_reports').selectAll().orderBy('id').execute();
  const attachments = await t.database.db.selectFrom('case_attachments').select(['id', 'content', 'content_removed_at']).orderBy('id').execute();
  const notes = await t.database.db.selectFrom('notifications').select('id').where('kind', '=', 'retention.paper_file').execute();
  const actions = await t.database.db.selectFrom('retention_actions').select('id').execute();
  return JSON.stringify({ reports, attachments: attachments.map((a) => [a.id, Buffer.from(a.content).toString('hex'), a.content_removed_at]), notes, actions });
}

beforeAll(async () => {
  t = await createTestApp();
  dpo = await createUser(t, { role: 'dpo' });
  admin = await createUser(t, { role: 'sysadmin' });
  ncda = await createUser(t, { role: 'ncda_officer' });
  cpwo = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo });
  ids.nonVena = await nonVenaReport('Uwimana Keza');
  ids.nonVenaHeld = await nonVenaReport('Mutesi Ange');
  const closed = await closedCase('Iradukunda');
  ids.closedReport = closed.report.id;
  ids.closedCase = closed.case.id;
  ids.closedChild = closed.child.id;
  const restricted = await closedCase('Ishimwe');
  ids.restrictedReport = restricted.report.id;
  await t.database.db.updateTable('children').set({ restricted_at: t.clock.now() }).where('id', '=', restricted.child.id).execute();
  // A child whose first case is closed and who has an open one since.
  const reopened = await closedCase('Hirwa');
  ids.openCaseReport = reopened.report.id;
  const later = await insertReport(t, { recordedBy: cpwo.id, status: 'case_opened' });
  await t.database.db
    .insertInto('cases')
    .values({
      case_code: `${reopened.child.child_code}-02`,
      child_id: reopened.child.id,
      report_id: later.id,
      district_id: PLACES.gasabo,
      place_id: PLACES.gasaboVillage,
      stage: 'assessment',
      tier: 2,
      case_types: ['neglect'],
      lead_caseworker_id: cpwo.id,
      opened_at: t.clock.now(),
      opened_by: cpwo.id,
    })
    .execute();
  ids.attachment = randomUUID();
  await t.database.db
    .insertInto('case_attachments')
    .values({
      id: ids.attachment,
      case_id: ids.closedCase,
      category: 'scanned_form',
      file_name: 'intake.pdf',
      content_type: 'application/pdf',
      size_bytes: 4,
      content: Buffer.from('seal'),
      uploaded_by: cpwo.id,
      uploaded_at: t.clock.now(),
    })
    .execute();
});
afterAll(() => t?.close());

describe('retention rules', () => {
  it('lists the rules with their defaults; refuses a period under the minimum, naming the field', async () => {
    const s = await as(dpo);
    const res = await s.get('/api/v1/retention/rules');
    expect(res.statusCode, res.body).toBe(200);
    const rules = (res.json() as { items: { kind: string; enabled: boolean; periodDays: number; minDays: number }[] }).items;
    expect(rules.map((r) => r.kind)).toEqual(['report_identity_non_vena', 'reporter_phone', 'closed_case_attachments', 'audit', 'paper_files']);
    expect(rules.find((r) => r.kind === 'paper_files')).toMatchObject({ enabled: true, periodDays: 1095, minDays: 1095 });
    expect(rules.find((r) => r.kind === 'closed_case_attachments')!.enabled).toBe(false);
    const short = await s.put('/api/v1/retention/rules', { kind: 'paper_files', enabled: true, periodDays: 365 });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields[0].field).toBe('body.periodDays');
    expect((await s.put('/api/v1/retention/rules', { kind: 'shredding', enabled: true, periodDays: 400 })).statusCode).toBe(400);
    expect((await s.put('/api/v1/retention/rules', { kind: 'audit', enabled: true, periodDays: 10 ** 9 })).statusCode).toBe(400);
    // An administrator may read and change them too.
    expect((await (await as(admin)).get('/api/v1/retention/rules')).statusCode).toBe(200);
  });

  it('refuses every other role, and a refused call changes nothing', async () => {
    const before = await snapshot();
    for (const u of [cpwo, ncda]) {
      const s = await as(u);
      expect((await s.get('/api/v1/retention/rules')).statusCode).toBe(403);
      expect((await s.put('/api/v1/retention/rules', { kind: 'reporter_phone', enabled: true, periodDays: 30 })).statusCode).toBe(403);
      expect((await s.post('/api/v1/retention/dry-run', {})).statusCode).toBe(403);
      expect((await s.post('/api/v1/retention/runs', {})).statusCode).toBe(403);
      expect((await s.get('/api/v1/retention/runs')).statusCode).toBe(403);
      expect((await s.post('/api/v1/retention/holds', { reportId: ids.nonVena, reason: 'mine' })).statusCode).toBe(403);
    }
    expect(await snapshot()).toBe(before);
    expect((await t.database.db.selectFrom('retention_rules').selectAll().execute()).length).toBe(0);
  });

  it('places a hold on one report, validating the target', async () => {
    const s = await as(dpo);
    const both = await s.post('/api/v1/retention/holds', { reportId: ids.nonVenaHeld, childId: ids.closedChild, reason: 'x' });
    expect(both.statusCode).toBe(400);
    const unknown = await s.post('/api/v1/retention/holds', { reportId: randomUUID(), reason: 'x' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('body.reportId');
    const res = await s.post('/api/v1/retention/holds', { reportId: ids.nonVenaHeld, reason: 'The family has a claim before the court' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ reportId: ids.nonVenaHeld, releasedAt: null });
  });

  it('changes nothing before the periods have passed', async () => {
    t.clock.advance(300 * DAY);
    const before = await snapshot();
    const res = await (await as(dpo)).post('/api/v1/retention/runs', {});
    expect(res.statusCode, res.body).toBe(200);
    const run = res.json() as Run;
    expect(run.dryRun).toBe(false);
    expect(run.totalActions).toBe(0);
    expect(run.counts).toMatchObject({ report_identity_non_vena: 0, reporter_phone: 0, paper_files: 0 });
    expect(await snapshot()).toBe(before);
  });

  it('the dry run lists what would change, by reference, and changes nothing', async () => {
    t.clock.advance(500 * DAY); // 800 days: past the phone's 365 and the identity's 730
    const before = await snapshot();
    const res = await (await as(dpo)).post('/api/v1/retention/dry-run', {});
    expect(res.statusCode, res.body).toBe(200);
    const dry = res.json() as DryRun;
    expect(dry.counts).toMatchObject({ report_identity_non_vena: 1, reporter_phone: 2 });
    expect(dry.items.filter((i) => i.rule === 'report_identity_non_vena').map((i) => i.entityId)).toEqual([ids.nonVena]);
    expect(new Set(dry.items.filter((i) => i.rule === 'reporter_phone').map((i) => i.entityId))).toEqual(new Set([ids.nonVena, ids.closedReport]));
    expect(res.body).not.toContain('Uwimana');
    expect(res.body).not.toContain(PHONE);
    expect(await snapshot()).toBe(before);
    // The command prints the same, and changes nothing either.
    const lines: string[] = [];
    await printRetentionDryRun(t.ctx, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
    expect(lines).toContain('report_identity_non_vena: 1');
    expect(lines).toContain('reporter_phone: 2');
    expect(await snapshot()).toBe(before);
  });

  it('after the period: the phone is gone, the identity pseudonymised, each change recorded and audited', async () => {
    const res = await (await as(dpo)).post('/api/v1/retention/runs', {});
    expect(res.statusCode, res.body).toBe(200);
    const run = res.json() as Run;
    expect(run.counts).toMatchObject({ report_identity_non_vena: 1, reporter_phone: 1 });
    const a = await report(ids.nonVena);
    expect(a).toMatchObject({
      child_name: 'Pseudonymised',
      reporter_name: null,
      reporter_phone: null,
      child_description: null,
      what_happened: 'Test incident',
    });
    expect(a.identity_minimised_at).not.toBeNull();
    const closed = await report(ids.closedReport);
    expect(closed.reporter_phone).toBeNull();
    expect(closed.reporter_phone_removed_at).not.toBeNull();
    expect(closed.child_name).toBe('Test Child'); // a VENA report keeps its identity: only the phone goes
    expect(run.actions.map((x) => [x.rule, x.entityId, x.action]).sort()).toEqual(
      [
        ['report_identity_non_vena', ids.nonVena, 'identity_pseudonymised'],
        ['reporter_phone', ids.closedReport, 'reporter_phone_removed'],
      ].sort(),
    );
    const audit = await t.database.db.selectFrom('audit_events').select(['action', 'entity_id', 'details']).where('action', 'like', 'retention.%').execute();
    expect(audit.filter((e) => e.entity_id === ids.nonVena).map((e) => e.action)).toEqual(['retention.identity_pseudonymised']);
    expect(audit.filter((e) => e.entity_id === ids.closedReport).map((e) => e.action)).toEqual(['retention.reporter_phone_removed']);
    expect(JSON.stringify(audit)).not.toContain(PHONE);
  });

  it('does not touch a held report, a restricted child, or a child with an open case', async () => {
    const held = await report(ids.nonVenaHeld);
    expect(held).toMatchObject({ child_name: 'Mutesi Ange', reporter_phone: PHONE, identity_minimised_at: null });
    expect((await report(ids.restrictedReport)).reporter_phone).toBe(PHONE);
    expect((await report(ids.openCaseReport)).reporter_phone).toBe(PHONE);
  });

  it('a second run changes nothing more', async () => {
    const before = await snapshot();
    const run = (await (await as(dpo)).post('/api/v1/retention/runs', {})).json() as Run;
    expect(run.totalActions).toBe(0);
    expect(run.counts).toMatchObject({ report_identity_non_vena: 0, reporter_phone: 0 });
    const after = JSON.parse(await snapshot()) as { reports: unknown };
    expect(JSON.stringify(after.reports)).toBe(JSON.stringify((JSON.parse(before) as { reports: unknown }).reports));
  });

  it('keeps the record of every run for the officer', async () => {
    const s = await as(dpo);
    const list = (await s.get('/api/v1/retention/runs')).json() as { items: { id: string; dryRun: boolean; counts: Record<string, number> }[] };
    // Three runs and two dry runs (the request's and the command's), all kept.
    expect(list.items.map((r) => r.dryRun).sort()).toEqual([false, false, false, true, true]);
    const withChanges = list.items.find((r) => r.counts.reporter_phone === 1)!;
    const detail = await s.get(`/api/v1/retention/runs/${withChanges.id}?limit=1`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ totalActions: 2, limit: 1 });
    expect((detail.json() as Run).actions).toHaveLength(1);
    expect((await s.get(`/api/v1/retention/runs/${randomUUID()}`)).statusCode).toBe(404);
  });

  it('once released, a held report is reached by the next run', async () => {
    const s = await as(dpo);
    const holds = (await s.get('/api/v1/retention/holds?active=true')).json() as { items: { id: string }[] };
    expect(holds.items).toHaveLength(1);
    const released = await s.post(`/api/v1/retention/holds/${holds.items[0]!.id}/release`, {});
    expect(released.statusCode, released.body).toBe(200);
    expect((await s.post(`/api/v1/retention/holds/${holds.items[0]!.id}/release`, {})).statusCode).toBe(409);
    await s.post('/api/v1/retention/runs', {});
    expect((await report(ids.nonVenaHeld)).child_name).toBe('Pseudonymised');
  });

  it("after 3 years: the attachments rule (turned on) empties a closed case's file; the paper file's keepers are reminded once", async () => {
    const s = await as(dpo);
    const changed = await s.put('/api/v1/retention/rules', { kind: 'closed_case_attachments', enabled: true, periodDays: 1095 });
    expect(changed.statusCode, changed.body).toBe(200);
    const ruleAudit = await t.database.db.selectFrom('audit_events').select('details').where('action', '=', 'retention.rule.change').execute();
    expect(ruleAudit).toHaveLength(1);
    t.clock.advance(300 * DAY); // 1,100 days after closure
    const run = (await (await as(dpo)).post('/api/v1/retention/runs', {})).json() as Run;
    expect(run.counts, JSON.stringify(run)).toMatchObject({ closed_case_attachments: 1, paper_files: 1 });
    const att = await t.database.db
      .selectFrom('case_attachments')
      .select(['content', 'content_removed_at', 'file_name'])
      .where('id', '=', ids.attachment)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(att.content).length).toBe(0);
    expect(att.file_name).toBe('intake.pdf');
    const download = await (await as(cpwo)).get(`/api/v1/cases/${ids.closedCase}/attachments/${ids.attachment}`);
    expect(download.statusCode).toBe(409);
    expect(download.json().error.messageKey).toBe('errors.attachment_content_removed');
    const reminded = await t.database.db.selectFrom('notifications').select(['user_id', 'params']).where('kind', '=', 'retention.paper_file').execute();
    expect(reminded.map((n) => n.user_id)).toEqual([cpwo.id]);
    const again = (await (await as(dpo)).post('/api/v1/retention/runs', {})).json() as Run;
    expect(again.totalActions).toBe(0);
    expect(await t.database.db.selectFrom('notifications').select('id').where('kind', '=', 'retention.paper_file').execute()).toHaveLength(1);
  });
});
