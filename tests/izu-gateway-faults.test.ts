import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploymentDatabase } from './support/deployment-db.js';
import { startServer, waitUntil, type ServerProcess } from './support/server-process.js';

// The server as a process, on both databases, killed (SIGKILL) in the middle
// of a burst of SMS from a gateway, then started again. The gateway behaves
// as RapidPro and Africa's Talking do: a message it got no 200 for (the
// connection broke, the server was down) is sent again until it is
// acknowledged. Afterwards every acknowledged message is stored exactly once,
// and so is every message, acknowledged before the kill or only on a retry:
// a message committed just before the kill, whose answer never left, is
// stored once although the gateway delivers it twice. The restarted server's
// inbound worker then handles each message once (a batch the killed server
// had claimed is taken again when its lease lapses) and answers it once.

const SECRET = randomBytes(24).toString('hex');
const MESSAGES = 160;
const SENDERS = 8;
const KILL_AFTER = 60;

let deployment: Awaited<ReturnType<typeof deploymentDatabase>>;
beforeAll(async () => {
  deployment = await deploymentDatabase();
}, 120_000);
afterAll(() => deployment?.dispose());

const serverEnv = () => ({
  ...deployment.env,
  RINDA_SECRET_KEY: randomBytes(32).toString('hex'),
  RINDA_GATEWAY_SECRET: SECRET,
  // A batch the killed server had claimed is taken again this soon.
  RINDA_SMS_INBOUND_LEASE_MS: '2000',
});

describe('the SMS gateway webhook when the server is killed mid-burst', () => {
  it('stores every message exactly once, acknowledged before the kill or retried after the restart', { timeout: 300_000 }, async () => {
    const target: { server: ServerProcess | null } = { server: await startServer(serverEnv()) };
    const acknowledged = new Map<string, number>();
    const deliveries = new Map<string, number>();
    let failedCalls = 0;
    let killed: Promise<void> | null = null;

    const deliver = async (i: number) => {
      const id = `AT-fault-${i}`;
      const body = new URLSearchParams({ from: `+25078${String(1_000_000 + i).padStart(7, '0')}`, to: '1525', text: `RAPORO 11/2026 INGO ${i % 10}`, id });
      for (;;) {
        const server = target.server;
        if (server) {
          deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
          const res = await fetch(`${server.url}/api/v1/gateways/africastalking/sms?secret=${SECRET}`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: body.toString(),
          }).catch(() => null);
          if (res?.status === 200) {
            acknowledged.set(id, Number((await res.json()).id));
            // The burst reaches the point where the server dies, with calls in flight.
            if (acknowledged.size === KILL_AFTER && !killed) killed = killAndRestart();
            return;
          }
          failedCalls += 1;
        }
        // As a gateway does: try again a little later.
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const killAndRestart = async () => {
      const dying = target.server!;
      dying.child.kill('SIGKILL');
      await dying.exited;
      target.server = null;
      await new Promise((r) => setTimeout(r, 300)); // the gateway's calls meanwhile fail
      target.server = await startServer(serverEnv());
    };

    let next = 0;
    try {
      await Promise.all(
        Array.from({ length: SENDERS }, async () => {
          for (let i = next++; i < MESSAGES; i = next++) await deliver(i);
        }),
      );
      await killed;
      await waitUntil(() => acknowledged.size === MESSAGES, 30_000, 'every message acknowledged');
      expect(killed).not.toBeNull();
      expect(failedCalls).toBeGreaterThan(0); // the kill broke calls the gateway then sent again
      // The restarted server's worker handles what is left, including a batch the killed one had claimed.
      const check = await deployment.open();
      try {
        await waitUntil(
          async () => (await check.db.selectFrom('inbound_sms').select('id').where('status', 'in', ['queued', 'processing']).execute()).length === 0,
          90_000,
          'every stored message handled',
        );
      } finally {
        await check.close();
      }
    } finally {
      target.server?.child.kill('SIGKILL');
      await target.server?.exited;
    }

    const database = await deployment.open();
    try {
      const rows = await database.db.selectFrom('inbound_sms').select(['id', 'gateway', 'gateway_message_id', 'text']).orderBy('id').execute();
      // Every message once: the acknowledged ones under the id their acknowledgement gave.
      expect(rows).toHaveLength(MESSAGES);
      expect(new Set(rows.map((r) => r.gateway_message_id)).size).toBe(MESSAGES);
      for (const r of rows) {
        expect(r.gateway).toBe('africastalking');
        expect(acknowledged.get(r.gateway_message_id), r.gateway_message_id).toBe(r.id);
      }
      // Each handled once: none of these numbers is a volunteer's, so each is answered once, and only once.
      const handled = await database.db.selectFrom('inbound_sms').select(['status', 'outcome', 'from_phone', 'reply_outbox_id']).execute();
      expect(handled.every((r) => r.status === 'done' && r.outcome === 'unknown_sender' && r.reply_outbox_id !== null)).toBe(true);
      const replies = await database.db.selectFrom('sms_outbox').select('to_phone').execute();
      expect(replies.map((r) => r.to_phone).sort()).toEqual(handled.map((r) => r.from_phone).sort());
      // Some messages reached the server more than once (retries of calls the kill cut off), and are still stored once.
      const delivered = [...deliveries.values()].reduce((a, b) => a + b, 0);
      expect(delivered).toBeGreaterThan(MESSAGES);
    } finally {
      await database.close();
    }
  });
});
