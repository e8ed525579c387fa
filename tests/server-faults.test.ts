import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/audit-verify.js';
import { deploymentDatabase } from './support/deployment-db.js';
import { PLACES, sessionFor, signedIn, type Session } from './support/factories.js';
import { fakeGateway, startServer, waitUntil, type ServerProcess } from './support/server-process.js';
import { createTestApp } from './support/test-app.js';

// The server as a process, on both databases: an SMS is in the outbox from the
// commit of its change, so a crash between that commit and the send loses
// nothing and sends nothing twice; SIGTERM answers the requests in flight and
// lets the workers finish before the process exits.

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

const report = (server: ServerProcess, phone: string) =>
  fetch(`${server.url}/api/v1/reports`, {
    method: 'POST',
    headers: { cookie: izu.cookie, 'x-csrf-token': izu.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({
      channel: 'community_member',
      reporter: { name: 'Neighbour Synth', relationship: 'neighbour', phone },
      child: { name: 'Keza Ange', sex: 'female', ageYears: 8 },
      placeId: PLACES.gasaboVillage,
      whatHappened: 'Left alone for days',
    }),
  });

describe('the server process', () => {
  it('killed between the commit of a report and the send of its SMS: after a restart the SMS goes exactly once; SIGTERM then drains a request and the workers', { timeout: 120_000 }, async () => {
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
      expect(outbox.map((r) => [r.to_phone, r.sent_at !== null])).toEqual([['+250788000301', true], ['+250788000302', true]]);
      const pending = await database.db.selectFrom('audit_pending').select('seq').execute();
      expect(pending).toEqual([]); // the stop sealed what the drained request audited
      expect(await verifyAuditChain(database.db, auditKey)).toMatchObject({ ok: true });
    } finally {
      await database.close();
    }
  });
});
