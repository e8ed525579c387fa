import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/audit-verify.js';
import { deploymentDatabase } from './support/deployment-db.js';
import { PLACES, sessionFor, signedIn, type Session } from './support/factories.js';
import { fakeGateway, roundRobinProxy, startServer, waitUntil, type ServerProcess } from './support/server-process.js';
import { createTestApp } from './support/test-app.js';
import { client } from './support/factories.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openPostgres } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { loadMap } from '../src/places/load-map.js';
import { createFirstAdministrator } from '../src/people/bootstrap.js';
import type { AppContext } from '../src/context.js';
import { sql } from 'kysely';
import { root, testDbKind, testPostgresUrl, withDatabase } from './support/test-db.js';

// The server as a process, on both databases: an SMS is in the outbox from the
// commit of its change, so a crash between that commit and the send loses
// nothing and sends nothing twice; SIGTERM answers the requests in flight and
// lets the workers finish before the process exits. Two servers on one
// PostgreSQL behind a proxy share the outbox, the escalation and the audit
// chain; the embedded database is a single-process store, so that test runs on
// PostgreSQL only.

const auditKey = randomBytes(32);
let deployment: Awaited<ReturnType<typeof deploymentDatabase>>;
let gateway: Awaited<ReturnType<typeof fakeGateway>>;
let izu: Session;

beforeAll(async () => {
  deployment = await deploymentDatabase();
  gateway = await fakeGateway();
  const t = await createTestApp({}, { database: await deployment.open() });
  t.clock.set(new Date()); // the server runs on the real clock
  izu = (await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage })).session;
  await t.close();
}, 120_000);
afterAll(async () => {
  await gateway?.close();
  deployment?.dispose();
});

const serverEnv = (smsIntervalMs: number) => ({
  ...deployment.env,
  RINDA_SECRET_KEY: randomBytes(32).toString('hex'),
  RINDA_AUDIT_KEY: auditKey.toString('hex'),
  RINDA_SMS_GATEWAY_URL: gateway.url,
  RINDA_SMS_GATEWAY_TIMEOUT_MS: '1000',
  RINDA_SMS_INTERVAL_MS: String(smsIntervalMs),
  RINDA_AUDIT_SEAL_INTERVAL_MS: '200',
});

const report = (server: ServerProcess | { url: string }, phone: string, session = izu) =>
  fetch(`${server.url}/api/v1/reports`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({
      channel: 'community_member',
      reporter: { name: 'Neighbour Synth', relationship: 'neighbour', phone },
      child: { name: 'Keza Ange', sex: 'female', ageYears: 8 },
      placeId: PLACES.gasaboVillage,
      whatHappened: 'Left alone for days',
    }),
  });

describe('the server process', () => {
  it(
    'killed between the commit of a report and the send of its SMS: after a restart the SMS goes exactly once; SIGTERM then drains a request and the workers',
    { timeout: 120_000 },
    async () => {
      // First life: the request commits, its SMS reaches the gateway, which does not take it; the server is killed then.
      const first = await startServer(serverEnv(60_000));
      const held = gateway.hold();
      const unanswered = report(first, '0788000301').catch(() => 'no answer');
      await held;
      first.child.kill('SIGKILL');
      await first.exited;
      gateway.drop();
      expect(await unanswered).toBe('no answer');
      expect(gateway.accepted).toEqual([]);

      // Second life: the worker finds the message in the outbox once its claim has lapsed, and sends it once.
      gateway.accept();
      const second = await startServer(serverEnv(200));
      try {
        await waitUntil(() => gateway.accepted.length > 0, 20_000, 'the SMS queued before the crash');
        await new Promise((r) => setTimeout(r, 1500)); // several worker runs more
        expect(gateway.accepted).toHaveLength(1);
        expect(gateway.accepted[0]).toMatchObject({ to: '+250788000301', text: expect.stringMatching(/^Rinda: Raporo R12-\d{2}-\d{6} yakiriwe/) });

        // SIGTERM while a request waits on a slow gateway: the request is answered, then the process exits 0.
        const reached = gateway.slow(700); // within the gateway timeout (1 s)
        const inFlight = report(second, '0788000302');
        await reached;
        second.child.kill('SIGTERM');
        const res = await inFlight;
        expect(res.status).toBe(201);
        expect(await second.exited).toBe(0);
        expect(gateway.accepted.map((m) => m.to)).toEqual(['+250788000301', '+250788000302']);
      } finally {
        second.child.kill('SIGKILL');
      }

      const database = await deployment.open();
      try {
        const outbox = await database.db.selectFrom('sms_outbox').select(['to_phone', 'sent_at', 'attempts']).orderBy('queued_at').execute();
        expect(outbox.map((r) => [r.to_phone, r.sent_at !== null])).toEqual([
          ['+250788000301', true],
          ['+250788000302', true],
        ]);
        const pending = await database.db.selectFrom('audit_pending').select('seq').execute();
        expect(pending).toEqual([]); // the stop sealed what the drained request audited
        expect(await verifyAuditChain(database.db, auditKey)).toMatchObject({ ok: true });
      } finally {
        await database.close();
      }
    },
  );
});

if (testDbKind === 'postgres') {
  describe('two servers on one PostgreSQL behind a proxy', () => {
    const CPWO_PHONE = '+250788000900';
    let shared: Awaited<ReturnType<typeof deploymentDatabase>>;
    let texts: Awaited<ReturnType<typeof fakeGateway>>;
    let writer: Session;
    let overdueDeadline: string;
    let cpwoId: string;

    beforeAll(async () => {
      shared = await deploymentDatabase();
      texts = await fakeGateway();
      const t = await createTestApp({}, { database: await shared.open() });
      t.ctx.auditKey = auditKey;
      // A report left unscreened for three days: its screening deadline is overdue and escalates.
      t.clock.set(new Date(Date.now() - 3 * 86_400_000));
      cpwoId = (await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, phone: CPWO_PHONE })).user.id;
      const old = await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage });
      const res = await client(t, old.session).post('/api/v1/reports', {
        channel: 'izu',
        child: { name: 'Keza Ange', sex: 'female', ageYears: 8 },
        placeId: PLACES.gasaboVillage,
        whatHappened: 'Left alone for days',
      });
      expect(res.statusCode).toBe(201);
      overdueDeadline = (await t.database.db.selectFrom('deadlines').select('id').where('report_id', '=', res.json().id).executeTakeFirstOrThrow()).id;
      t.clock.set(new Date());
      writer = await sessionFor(t, old.user);
      await t.close();
    }, 120_000);
    afterAll(async () => {
      await texts?.close();
      shared?.dispose();
    });

    it('migrates an empty database, loads the map and creates the first administrator once when two servers start together', { timeout: 60_000 }, async () => {
      const name = `rinda_t_${inject('runId')}_${randomBytes(5).toString('hex')}`;
      const admin = new pg.Client({ connectionString: testPostgresUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const [one, two] = [await openPostgres(withDatabase(testPostgresUrl, name), 2), await openPostgres(withDatabase(testPostgresUrl, name), 2)];
      try {
        const [first, second] = await Promise.all([migrate(one), migrate(two)]);
        expect([...first, ...second].sort()).toEqual(
          readdirSync(join(root, 'migrations'))
            .filter((f) => /^\d{4}_.+\.sql$/.test(f))
            .sort(),
        );
        const loaded = await Promise.all([loadMap(one), loadMap(two)]);
        expect(loaded.filter((n) => n > 0)).toHaveLength(1);
        const startContext = (database: typeof one) =>
          ({ database, clock: { now: () => new Date() }, config: { adminUsername: 'admin' } }) as unknown as AppContext;
        const admins = await Promise.all([createFirstAdministrator(startContext(one)), createFirstAdministrator(startContext(two))]);
        expect(admins.filter(Boolean)).toHaveLength(1);
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from users`.execute(one.db);
        expect(rows[0]!.n).toBe(1);
      } finally {
        await one.close();
        await two.close();
      }
    });

    it('keeps every acknowledged write, escalates and texts once, and keeps one chain when one server is killed mid-writes', { timeout: 240_000 }, async () => {
      const env = {
        ...shared.env,
        RINDA_SECRET_KEY: randomBytes(32).toString('hex'),
        RINDA_AUDIT_KEY: auditKey.toString('hex'),
        RINDA_SMS_GATEWAY_URL: texts.url,
        // Long enough that a busy machine's slow answer is not taken for a failure (which waits a minute to retry).
        RINDA_SMS_GATEWAY_TIMEOUT_MS: '3000',
        RINDA_SMS_INTERVAL_MS: '200',
        RINDA_ESCALATION_INTERVAL_MS: '250',
        RINDA_AUDIT_SEAL_INTERVAL_MS: '100',
      };
      const [a, b] = await Promise.all([startServer(env), startServer(env)]);
      const proxy = await roundRobinProxy([a.url, b.url]);
      const acknowledged: { id: string; phone: string }[] = [];
      let refused = 0;
      try {
        let n = 0;
        const stream = async () => {
          while (n < 40) {
            const i = n++;
            if (acknowledged.length >= 10 && a.child.exitCode === null && a.child.signalCode === null) a.child.kill('SIGKILL');
            const phone = `+2507884000${String(i).padStart(2, '0')}`;
            const res = await report(proxy, phone.replace('+250', '0'), writer).catch(() => undefined);
            if (res?.status === 201) acknowledged.push({ id: (await res.json()).id, phone });
            else refused += 1;
          }
        };
        await Promise.all([stream(), stream(), stream(), stream()]);
        await a.exited;
        expect(acknowledged.length).toBeGreaterThanOrEqual(10);
        expect(refused).toBeGreaterThan(0); // the proxy still sent some to the dead server

        const database = await shared.open();
        try {
          const db = database.db;
          // Every message committed is sent, by one of the servers, once its claim (if the dead one held it) lapsed.
          await waitUntil(
            async () => (await db.selectFrom('sms_outbox').select('id').where('sent_at', 'is', null).where('refused_at', 'is', null).execute()).length === 0,
            // The dead server's claim lapses after its lease (at most 10 × the gateway timeout + 1 s).
            90_000,
            'every queued SMS to be sent',
          );
          const reports = await db
            .selectFrom('incident_reports')
            .select('id')
            .where(
              'id',
              'in',
              acknowledged.map((r) => r.id),
            )
            .execute();
          expect(reports).toHaveLength(acknowledged.length);

          const references = texts.accepted.map((m) => m.reference);
          expect(new Set(references).size).toBe(references.length);
          const outbox = await db.selectFrom('sms_outbox').select(['id', 'to_phone']).execute();
          expect(references.sort()).toEqual(outbox.map((r) => r.id).sort());
          for (const { phone } of acknowledged) expect(texts.accepted.filter((m) => m.to === phone)).toHaveLength(1);

          // The overdue deadline escalated, each step once, with one SMS per notification to the CPWO.
          const steps = await db
            .selectFrom('audit_events')
            .select('details')
            .where('action', '=', 'deadline.escalate')
            .where('entity_id', '=', overdueDeadline)
            .execute();
          expect(steps.length).toBeGreaterThan(0);
          const froms = steps.map((s) => (s.details as { from: number }).from);
          expect(new Set(froms).size).toBe(froms.length);
          const notes = await db.selectFrom('notifications').select('params').where('user_id', '=', cpwoId).where('kind', '=', 'deadline.overdue').execute();
          const levels = notes.map((x) => (x.params as { level: number }).level);
          expect(levels.length).toBeGreaterThan(0);
          expect(new Set(levels).size).toBe(levels.length);
          expect(texts.accepted.filter((m) => m.to === CPWO_PHONE)).toHaveLength(notes.length);

          const total = Number(
            (
              await db
                .selectFrom('audit_events')
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          );
          expect(await verifyAuditChain(db, auditKey)).toEqual({ ok: true, checked: total });
        } finally {
          await database.close();
        }
        b.child.kill('SIGTERM');
        expect(await b.exited).toBe(0);
      } finally {
        a.child.kill('SIGKILL');
        b.child.kill('SIGKILL');
        await proxy.close();
      }
    });
  });
}
