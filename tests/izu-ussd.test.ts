import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, PLACES, signedIn, type Session } from './support/factories.js';
import { assignVisitTask } from './support/izu-visit-task.js';
import { answerPattern, ussdExamples } from './support/sms-ussd-examples.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The USSD callback (Africa's Talking style), on both databases: every
// session of docs/izu-sms-ussd.md played as written; a whole report through
// the menu; a session that drops and a new one that carries on from the
// draft; a flag; a number no IZU holds; a call without the secret (401,
// recorded); a repeated last request recording nothing twice.

const SECRET = 'ussd-aggregator-secret-0123456789';
let t: TestApp;
let cpwo: Session;
beforeAll(async () => {
  t = await createTestApp({ gatewaySecrets: { ussd: SECRET } });
  cpwo = (await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, phone: '+250722000002' })).session;
}, 120_000);
afterAll(() => t?.close());

let seq = 0;
const nextPhone = () => `+25078${String(5_200_000 + ++seq).padStart(7, '0')}`;
const nextSession = () => `ATUid_${process.pid}_${++seq}`;

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
    fullName: 'Mukeshimana Synth',
    sex: 'male',
    phone,
    placeId: PLACES.gasaboVillage,
    language,
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().volunteer.id as string, phone };
}

function dial(fields: { sessionId: string; phoneNumber: string; text: string }, secret: string | null = SECRET) {
  return t.app.inject({
    method: 'POST',
    url: secret === null ? '/api/v1/gateways/ussd' : `/api/v1/gateways/ussd?secret=${encodeURIComponent(secret)}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ serviceCode: '*384*1234#', networkCode: '63510', ...fields }).toString(),
  });
}

/** A session driven one answer at a time, as the aggregator does: each request carries every answer so far. */
function session(phoneNumber: string) {
  const sessionId = nextSession();
  const answers: string[] = [];
  return {
    async start() {
      return dial({ sessionId, phoneNumber, text: '' });
    },
    async answer(input: string) {
      answers.push(input);
      return dial({ sessionId, phoneNumber, text: answers.join('*') });
    },
  };
}

const reportsOf = (userId: string) => t.database.db.selectFrom('izu_monthly_reports').selectAll().where('submitted_by', '=', userId).execute();
const draftsOf = (userId: string) => t.database.db.selectFrom('ussd_report_drafts').selectAll().where('user_id', '=', userId).execute();

describe('the sessions of docs/izu-sms-ussd.md', () => {
  const examples = ussdExamples();
  it('has sessions in each language and for an unknown number', () => {
    expect(new Set(examples.map((e) => e.language))).toEqual(new Set(['rw', 'en', 'fr', 'unknown']));
  });
  examples.forEach((example, n) => {
    it(`example ${n + 1} (${example.language}, ${example.sessions.length} session(s))`, async () => {
      const izu = example.language === 'unknown' ? null : await registerIzu(example.language);
      const phone = izu?.phone ?? '+250739999002';
      // `{task}` stands for the number of a visit task asked of the volunteer before the call.
      const withTask = JSON.stringify(example).includes('{task}');
      const task = withTask && izu ? await assignVisitTask(t, izu.id) : null;
      const fill = (text: string) => (task ? text.replaceAll('{task}', String(task.taskNumber)) : text);
      for (const s of example.sessions) {
        const call = session(phone);
        const first = await call.start();
        expect(first.statusCode).toBe(200);
        expect(first.headers['content-type']).toMatch(/^text\/plain/);
        expect(first.body).toMatch(answerPattern(fill(s.first)));
        for (const step of s.steps) {
          const res = await call.answer(fill(step.send));
          expect(res.statusCode, res.body).toBe(200);
          expect(res.body, `after ${step.send}`).toMatch(answerPattern(fill(step.expect)));
        }
      }
      if (task) {
        // The answer is the SMS's and the web's: the visit joins the case file and the task closes.
        const visit = await t.database.db.selectFrom('monitoring_visits').selectAll().where('visit_task_id', '=', task.id).executeTakeFirstOrThrow();
        expect(visit).toMatchObject({ visited_by: izu!.id });
        const closed = await t.database.db.selectFrom('visit_tasks').select('status').where('id', '=', task.id).executeTakeFirstOrThrow();
        expect(closed.status).toBe('done');
      }
    });
  });
});

describe('the USSD menu', () => {
  it('records a whole report through the menu with channel ussd, the volunteer as actor, and clears the draft', async () => {
    const izu = await registerIzu('en');
    const call = session(izu.phone);
    await call.start();
    for (const input of ['1', '2', '9', '3', '1', '0', '2', '0', '1', '2']) expect((await call.answer(input)).body).toMatch(/^CON /);
    expect(await draftsOf(izu.id)).toHaveLength(1);
    expect((await call.answer('3')).body).toMatch(/^CON Confirm report 10\/2026/);
    const done = await call.answer('1');
    expect(done.body).toBe('END Report for 10/2026 recorded: HOUSEHOLDS 9, A 3, V 0, RESOLVED 1, REFERRED 2, FOLLOWUP 3. Thank you!');
    const [report] = await reportsOf(izu.id);
    expect(report).toMatchObject({
      month: '2026-10',
      channel: 'ussd',
      village_id: PLACES.gasaboVillage,
      households_visited: 9,
      children_at_risk: { poverty: 1, orphanhood: 2 },
      incidents: {},
      resolved_in_community: 1,
      referrals_made: 2,
      follow_up_visits: 3,
    });
    const audit = await t.database.db.selectFrom('audit_events').selectAll().where('action', '=', 'izu_report.submit').where('actor_id', '=', izu.id).execute();
    expect(audit.map((a) => (a.details as { channel: string }).channel)).toEqual(['ussd']);
    expect(await draftsOf(izu.id)).toEqual([]);
    // The aggregator asks again with the same last answer: the same answer, nothing recorded twice.
    expect((await call.answer('1')).body).toMatch(/^END /);
    const again = await dial({ sessionId: 'x', phoneNumber: izu.phone, text: '' });
    expect(again.body).toMatch(/^CON Rinda IZU/);
    expect(await reportsOf(izu.id)).toHaveLength(1);
  });

  it('keeps every answer of a dropped session, and a new session carries on from them; starting again clears them', async () => {
    const izu = await registerIzu('rw');
    const first = session(izu.phone);
    await first.start();
    await first.answer('1');
    await first.answer('1');
    await first.answer('12');
    await first.answer('0');
    // The call drops here: no report, but the answers are kept.
    expect(await reportsOf(izu.id)).toEqual([]);
    const [draft] = await draftsOf(izu.id);
    expect(draft).toMatchObject({ month: '2026-11', answers: { month: '2026-11', householdsVisited: 12, atRiskTotal: 0 } });
    const second = session(izu.phone);
    await second.start();
    expect((await second.answer('1')).body).toBe('CON Raporo ya 11/2026 ntirarangira.\n1. Komeza\n2. Tangira bundi bushya');
    expect((await second.answer('1')).body).toBe("CON Ibibazo by'ihohoterwa (byose hamwe)?");
    // A third session starts again: the draft goes, and the first question is asked anew.
    const third = session(izu.phone);
    await third.start();
    await third.answer('1');
    expect((await third.answer('2')).body).toBe("CON Raporo y'ukwezi:\n1. 11/2026\n2. 10/2026");
    expect(await draftsOf(izu.id)).toEqual([]);
  });

  it('records a flag as an incident report of the register, via ussd', async () => {
    const izu = await registerIzu('fr');
    const call = session(izu.phone);
    await call.start();
    for (const input of ['2', '4', '2', '3', '99']) await call.answer(input);
    const done = await call.answer('1');
    expect(done.body).toMatch(/^END Alerte enregistrée, numéro R\d+-26-\d+\./);
    const flag = await t.database.db.selectFrom('izu_incident_flags').selectAll().where('izu_user_id', '=', izu.id).executeTakeFirstOrThrow();
    expect(flag).toMatchObject({ incident_type: 'abandonment_neglect', urgent: false, received_via: 'ussd' });
    const report = await t.database.db.selectFrom('incident_reports').selectAll().where('id', '=', flag.report_id).executeTakeFirstOrThrow();
    expect(report).toMatchObject({ channel: 'izu', place_id: PLACES.gasaboVillage, child_sex: 'unknown', child_age_years: null });
  });

  it("never offers another volunteer's task, and a task closed during the call is refused at the end with nothing recorded", async () => {
    const first = await registerIzu('en');
    const theirs = await assignVisitTask(t, first.id);
    // registerIzu retires the volunteer before: the new one has no task, and the first one's is not offered.
    const other = await registerIzu('en');
    const bare = await session(other.phone).start();
    expect(bare.body).toBe('CON Rinda IZU\n1. Monthly report\n2. Flag an incident');
    const third = await dial({ sessionId: nextSession(), phoneNumber: other.phone, text: '3' });
    expect(third.body).toBe('CON Choose a number from the list.\nRinda IZU\n1. Monthly report\n2. Flag an incident');

    const mine = await assignVisitTask(t, other.id);
    const call = session(other.phone);
    expect((await call.start()).body).toMatch(/3\. Visit tasks \(1\)$/);
    await call.answer('3');
    await call.answer('1');
    expect((await call.answer('1')).body).toBe(`CON Confirm task ${mine.taskNumber}: child safe\n1. Send\n2. Cancel`);
    await t.database.db.updateTable('visit_tasks').set({ status: 'cancelled' }).where('id', '=', mine.id).execute();
    const done = await call.answer('1');
    expect(done.body).toBe(`END You have no task ${mine.taskNumber}. Check the number in the CPWO's message.`);
    expect(await t.database.db.selectFrom('monitoring_visits').selectAll().where('visit_task_id', 'in', [mine.id, theirs.id]).execute()).toEqual([]);
    const refusals = await t.database.db.selectFrom('audit_events').selectAll().where('action', '=', 'ussd.refused').where('actor_id', '=', other.id).execute();
    expect(refusals.map((r) => (r.details as { reason: string }).reason)).toEqual(['task_not_found']);
  });

  it('answers a number no active IZU holds with END, recording the refusal and nothing else', async () => {
    const res = await dial({ sessionId: nextSession(), phoneNumber: '+250739999003', text: '1*2*9' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe("END Iyi nimero ntiyanditse muri Rinda nk'iya IZU. Mubaze CPWO w'akarere.");
    const denied = await t.database.db.selectFrom('audit_events').selectAll().where('action', '=', 'ussd.refused').execute();
    expect(denied.length).toBeGreaterThan(0);
    expect(denied[0]).toMatchObject({ actor_id: null, outcome: 'denied' });
  });

  it('refuses a call without the secret or with a wrong one (401), records it, and answers no menu', async () => {
    const izu = await registerIzu('en');
    const before = await t.database.db.selectFrom('gateway_refusals').selectAll().where('gateway', '=', 'ussd').execute();
    const wrong = await dial({ sessionId: nextSession(), phoneNumber: izu.phone, text: '' }, 'not-the-secret-at-all');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).not.toMatch(/CON|END/);
    const missing = await dial({ sessionId: nextSession(), phoneNumber: izu.phone, text: '' }, null);
    expect(missing.statusCode).toBe(401);
    const header = await t.app.inject({
      method: 'POST',
      url: '/api/v1/gateways/ussd',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-rinda-gateway-secret': SECRET },
      payload: new URLSearchParams({ sessionId: nextSession(), phoneNumber: izu.phone, text: '' }).toString(),
    });
    expect(header.statusCode).toBe(200);
    const after = await t.database.db.selectFrom('gateway_refusals').selectAll().where('gateway', '=', 'ussd').execute();
    expect(after.slice(before.length).map((r) => r.reason)).toEqual(['wrong_secret', 'missing_secret']);
    expect(await t.database.db.selectFrom('ussd_sessions').selectAll().where('phone', '=', izu.phone).execute()).toHaveLength(1);
  });

  it('answers a malformed call with the error body, not a menu or a 500', async () => {
    const res = await dial({ sessionId: '', phoneNumber: '', text: '' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation');
  });
});
