import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/errors/app-error.js';
import { withSavepoint } from '../src/db/savepoint.js';
import { handleInboundSms } from '../src/sms/inbound/inbound-sms.handler.js';
import { insertCase } from './support/case-factories.js';
import { client, PLACES, signedIn, type Session } from './support/factories.js';
import { answerPattern, smsExamples } from './support/sms-ussd-examples.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The inbound SMS handler, through a transaction as the inbound worker calls
// it, on both databases: the volunteer found by number, the message recorded
// through the services with the reply queued in the same transaction; a
// number no IZU holds answered politely with nothing recorded; a refusal (a
// month not yet begun, a negative count, another village) answered with what
// to fix, recorded as a refusal, and nothing of the report written. Every
// example of docs/izu-sms-ussd.md is sent as written.

let t: TestApp;
let cpwo: Session;
beforeAll(async () => {
  t = await createTestApp();
  cpwo = (await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, phone: '+250722000001' })).session;
}, 120_000);
afterAll(() => t?.close());

let phoneSeq = 0;
const nextPhone = () => `+25078${String(5_100_000 + ++phoneSeq).padStart(7, '0')}`;

/** Registers an IZU of Akakaza (Gasabo) through the registry, in the language given. */
async function registerIzu(language: 'rw' | 'en' | 'fr') {
  // A village holds two active IZU: each test's volunteer takes the place of the one before.
  await t.database.db
    .updateTable('users')
    .set({ izu_status: 'inactive' })
    .where('role', '=', 'izu')
    .where('jurisdiction_id', '=', PLACES.gasaboVillage)
    .execute();
  const phone = nextPhone();
  const res = await client(t, cpwo).post('/api/v1/izu/volunteers', {
    fullName: 'Uwimana Synth',
    sex: 'female',
    phone,
    placeId: PLACES.gasaboVillage,
    language,
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().volunteer.id as string;
  return { id, phone, retire: () => t.database.db.updateTable('users').set({ izu_status: 'inactive' }).where('id', '=', id).execute() };
}

const send = (from: string, text: string) =>
  t.database.db.transaction().execute((trx) => handleInboundSms(trx, t.ctx, { from, text, receivedAt: t.clock.now() }));

const reportsOf = (userId: string) => t.database.db.selectFrom('izu_monthly_reports').selectAll().where('submitted_by', '=', userId).execute();
const outboxTo = (phone: string) => t.database.db.selectFrom('sms_outbox').select(['id', 'body']).where('to_phone', '=', phone).execute();
const auditOf = (action: string, actorId: string | null) =>
  t.database.db
    .selectFrom('audit_events')
    .selectAll()
    .where('action', '=', action)
    .where((eb) => (actorId === null ? eb('actor_id', 'is', null) : eb('actor_id', '=', actorId)))
    .execute();

describe('the examples of docs/izu-sms-ussd.md', () => {
  const examples = smsExamples();
  it('has examples in each language and for an unknown number', () => {
    expect(new Set(examples.map((e) => e.language))).toEqual(new Set(['rw', 'en', 'fr', 'unknown']));
  });
  examples.forEach((example, n) => {
    it(`example ${n + 1} (${example.language}): ${example.exchanges[0]!.send}`, async () => {
      const izu = example.language === 'unknown' ? null : await registerIzu(example.language);
      const from = izu?.phone ?? '+250739999001';
      for (const { send: text, expect: answer } of example.exchanges) {
        const handled = await send(from, text);
        expect(handled.reply, text).toMatch(answerPattern(answer));
        expect(handled.queued.length).toBeGreaterThan(0);
      }
      await izu?.retire();
    });
  });
});

describe('handling a message', () => {
  it('records a report sent by SMS, with the volunteer as actor and the channel, and queues the reply in the same transaction', async () => {
    const izu = await registerIzu('rw');
    const handled = await send(
      izu.phone.replace('+250', '0'),
      'raporo 10/2026 ingo 9 a1 2 v2 1 byakemuwe 1 byoherejwe 2 gukurikirana 3 impungenge Abana babiri',
    );
    expect(handled).toMatchObject({ outcome: 'recorded', kind: 'monthly_report', language: 'rw' });
    const [report] = await reportsOf(izu.id);
    expect(report).toMatchObject({
      month: '2026-10',
      village_id: PLACES.gasaboVillage,
      channel: 'sms',
      households_visited: 9,
      children_at_risk: { poverty: 2 },
      incidents: { physical_violence: 1 },
      resolved_in_community: 1,
      referrals_made: 2,
      follow_up_visits: 3,
      concerns: 'Abana babiri',
    });
    const [audit] = await auditOf('izu_report.submit', izu.id);
    expect(audit!.details).toMatchObject({ channel: 'sms', month: '2026-10' });
    const outbox = await outboxTo(izu.phone);
    expect(outbox.map((m) => m.id)).toEqual(handled.queued);
    expect(outbox[0]!.body).toBe(handled.reply);
    await izu.retire();
  });

  it('answers a number no active IZU holds with a polite refusal in the keyword’s language, and records nothing', async () => {
    const izu = await registerIzu('rw');
    await izu.retire();
    const handled = await send(izu.phone, 'RAPPORT 10/2026 MENAGES 3');
    expect(handled).toMatchObject({ outcome: 'unknown_sender', kind: 'monthly_report', language: 'fr' });
    expect(handled.reply).toContain("n'est pas enregistré");
    expect(await reportsOf(izu.id)).toEqual([]);
    expect((await outboxTo(izu.phone)).map((m) => m.body)).toEqual([handled.reply]);
    const denied = (await auditOf('sms.refused', null)).filter((a) => (a.details as { reason?: string }).reason === 'unknown_sender');
    expect(denied.length).toBeGreaterThan(0);
    // A sender that is not a Rwandan mobile is not answered at all.
    expect((await send('not-a-number', 'REPORT 10/2026 HH 3')).queued).toEqual([]);
  });

  it('refuses a month not yet begun with what to fix, records the refusal, and writes nothing of the report', async () => {
    const izu = await registerIzu('en');
    const handled = await send(izu.phone, 'REPORT 12/2026 HH 3');
    expect(handled).toMatchObject({ outcome: 'rejected', kind: 'monthly_report', language: 'en' });
    expect(handled.reply).toBe('12/2026 has not begun yet. Send the report of a month that has begun.');
    expect(await reportsOf(izu.id)).toEqual([]);
    expect(await auditOf('izu_report.submit', izu.id)).toEqual([]);
    const [refusal] = await auditOf('sms.refused', izu.id);
    expect(refusal).toMatchObject({ outcome: 'failure', entity_type: 'izu_submission' });
    expect(refusal!.details).toMatchObject({ channel: 'sms', kind: 'monthly_report', reason: 'month_in_future', messageKey: 'errors.month_in_future' });
    expect((await outboxTo(izu.phone)).map((m) => m.body)).toEqual([handled.reply]);
    await izu.retire();
  });

  it('refuses a negative count and another village, each naming what to fix, writing nothing', async () => {
    const izu = await registerIzu('en');
    const negative = await send(izu.phone, 'REPORT 10/2026 HH 3 REFERRED -2');
    expect(negative).toMatchObject({ outcome: 'rejected', reply: 'REFERRED cannot be below 0. Please send again.' });
    const other = await send(izu.phone, `REPORT 10/2026 VILLAGE ${PLACES.bugeseraVillage} HH 3`);
    expect(other).toMatchObject({ outcome: 'rejected' });
    expect(other.reply).toContain('your own village only (Akakaza)');
    const reasons = (await auditOf('sms.refused', izu.id)).map((a) => (a.details as { reason: string }).reason).sort();
    expect(reasons).toEqual(['count_negative', 'other_village']);
    expect(await reportsOf(izu.id)).toEqual([]);
    // The village named by its own name, spelt loosely, is the volunteer's own.
    expect(await send(izu.phone, 'REPORT 10/2026 VILLAGE akakazza HH 3')).toMatchObject({ outcome: 'recorded' });
    await izu.retire();
  });

  it('answers in the volunteer’s language whatever language the keywords were typed in', async () => {
    const izu = await registerIzu('fr');
    const handled = await send(izu.phone, 'RAPORO 10/2026 INGO 4 BYAKEMUWE 1 BYOHEREJWE 0 GUKURIKIRANA 0');
    expect(handled).toMatchObject({ outcome: 'recorded', language: 'fr' });
    expect(handled.reply).toBe('Rapport de 10/2026 enregistré : MENAGES 4, A 0, V 0, RESOLUS 1, ORIENTES 0, SUIVI 0. Merci !');
    const garbled = await send(izu.phone, 'RAPORO INGO 4');
    expect(garbled.reply).toBe('Ajoutez le mois. Exemple : RAPPORT 11/2026 MENAGES 9 RESOLUS 1');
    await izu.retire();
  });

  it('records a flag as an incident report of the district register, and queues the CPWO’s notice after the reply', async () => {
    const izu = await registerIzu('en');
    const handled = await send(izu.phone, 'FLAG V1 GIRL AGE 12 note seen at the market');
    expect(handled).toMatchObject({ outcome: 'recorded', kind: 'incident_flag' });
    const reference = /number (R[\d-]+)\./.exec(handled.reply)![1]!;
    const report = await t.database.db.selectFrom('incident_reports').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow();
    expect(report).toMatchObject({ channel: 'izu', reporter_user_id: izu.id, place_id: PLACES.gasaboVillage, what_happened: 'seen at the market' });
    // Sexual violence reaches the CPWO at once: their SMS is queued too, after the volunteer's reply.
    expect(handled.queued.length).toBeGreaterThan(1);
    expect((await outboxTo(izu.phone))[0]!.id).toBe(handled.queued[0]);
    await izu.retire();
  });

  it('answers a visit task number that is not the volunteer’s with what to fix, recording nothing', async () => {
    const izu = await registerIzu('rw');
    const handled = await send(izu.phone, 'INSHINGANO 4242 OYA umwana ntameze neza');
    expect(handled).toMatchObject({ outcome: 'rejected', kind: 'visit_task' });
    expect(handled.reply).toContain('4242');
    const [refusal] = await auditOf('sms.refused', izu.id);
    expect(refusal!.details).toMatchObject({ reason: 'task_not_found' });
    await izu.retire();
  });

  it('records a visit task answered by its number, and refuses the same number once the task is done', async () => {
    const izu = await registerIzu('rw');
    const trained = { trainingCompletedOn: '2025-06-01' };
    const supervisor = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo, ...trained });
    const cso = await signedIn(t, { role: 'cso_caseworker', jurisdictionId: PLACES.gasabo, supervisorId: supervisor.user.id, ...trained });
    const cpwoUser = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, supervisorId: supervisor.user.id, ...trained });
    const { case: kase } = await insertCase(t, {
      openedBy: cpwoUser.user.id,
      leadCaseworkerId: cso.user.id,
      supervisorId: supervisor.user.id,
      stage: 'implementation',
    });
    const asked = await client(t, cso.session).post(`/api/v1/cases/${kase.id}/visit-requests`, {
      izuUserId: izu.id,
      dueDate: '2026-11-06',
      purpose: 'Check on the child',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const task = await t.database.db.selectFrom('visit_tasks').selectAll().where('id', '=', asked.json().id).executeTakeFirstOrThrow();
    const handled = await send(izu.phone, `INSHINGANO ${task.task_number} OYA se anywa inzoga`);
    expect(handled).toMatchObject({
      outcome: 'recorded',
      kind: 'visit_task',
      reply: `Inshingano ${task.task_number} yakiriwe: umwana ntameze neza. Murakoze!`,
    });
    const visit = await t.database.db.selectFrom('monitoring_visits').selectAll().where('visit_task_id', '=', task.id).executeTakeFirstOrThrow();
    expect(visit).toMatchObject({ visited_by: izu.id, child_safe: false, concerns: 'se anywa inzoga' });
    const again = await send(izu.phone, `INSHINGANO ${task.task_number} YEGO`);
    expect(again).toMatchObject({ outcome: 'rejected' });
    expect(again.reply).toContain(String(task.task_number));
  });
});

describe('the savepoint around a recording', () => {
  it('undoes only the work inside it when a rule refuses, and the rest of the transaction commits', async () => {
    const izu = await registerIzu('en');
    const outcome = await t.database.db.transaction().execute(async (trx) => {
      await trx.insertInto('ussd_report_drafts').values({ user_id: izu.id, month: '2026-09', answers: '{}', updated_at: t.clock.now() }).execute();
      const refused = await withSavepoint(trx, 'izu_submission', async () => {
        await trx.insertInto('ussd_report_drafts').values({ user_id: izu.id, month: '2026-10', answers: '{}', updated_at: t.clock.now() }).execute();
        throw new AppError('validation', 'refused', 'errors.month_in_future');
      }).catch((err: unknown) => err);
      return refused;
    });
    expect(outcome).toBeInstanceOf(AppError);
    const months = await t.database.db.selectFrom('ussd_report_drafts').select('month').where('user_id', '=', izu.id).execute();
    expect(months.map((m) => m.month)).toEqual(['2026-09']);
  });

  it('logs a household visit sent by SMS, dated today, with the channel and the volunteer as actor; a name for a code writes nothing', async () => {
    const izu = await registerIzu('en');
    const visitsOf = () => t.database.db.selectFrom('izu_household_visits').selectAll().where('izu_user_id', '=', izu.id).execute();
    const refused = await send(izu.phone, 'VISIT Mukamana CHILDREN 2');
    expect(refused).toMatchObject({ outcome: 'rejected', kind: 'household_visit' });
    expect(refused.reply).not.toContain('Mukamana');
    expect(await visitsOf()).toEqual([]);
    const handled = await send(izu.phone, 'VISIT HH kg-7 CHILDREN 3 ISSUES 1 11 NOTE father drinks');
    expect(handled).toMatchObject({
      outcome: 'recorded',
      kind: 'household_visit',
      reply: 'Visit to household KG-7 recorded: children seen 3, concerns 2. Thank you!',
    });
    const [visit] = await visitsOf();
    expect(visit).toMatchObject({
      village_id: PLACES.gasaboVillage,
      household_code: 'KG-7',
      children_seen: 3,
      concerns: ['violence_at_home', 'family_conflict'],
      note: 'father drinks',
      received_via: 'sms',
    });
    const day = await t.database.db
      .selectFrom('izu_household_visits')
      .select(sql<string>`visited_on::text`.as('day'))
      .where('id', '=', visit!.id)
      .executeTakeFirstOrThrow();
    expect(day.day).toBe('2026-11-02');
    const [audit] = await auditOf('izu.household_visit.log', izu.id);
    expect(audit!.details).toMatchObject({ via: 'sms' });
    expect((await outboxTo(izu.phone)).map((m) => m.body)).toEqual([refused.reply, handled.reply]);
    await izu.retire();
  });
});
