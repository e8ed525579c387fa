import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { GatewayMessage, SenderPlan, SenderResult } from '../harness/gateway-sender.js';
import { describe, fmt, summarise } from '../harness/stats.js';
import type { Benchmark, BenchContext, Figure } from '../harness/types.js';
import { startInboundSmsWorker } from '../../src/sms/inbound/inbound-worker.js';
import { handleInboundSms } from '../../src/sms/inbound/inbound-sms.handler.js';

// The month-end burst (SYSTEM.md §10: 29,674 volunteers send their monthly
// report, most in the last days of the month): one report per active IZU of
// the seeded country, posted through RapidPro's External channel webhook by
// concurrent senders (a gateway that sends again what was not acknowledged,
// and repeats a few it had acknowledged), handled by the inbound worker and
// answered through the outbox. Target: all ingested and answered at 500 or
// more a second (29,674 in 60 s or less), none lost, none handled twice, each
// acknowledged only once stored. The baseline, in the same run: single-row
// INSERTs of a message, raw, at the same concurrency.

const SENDERS = 50;
/** Every n-th message is delivered again after its acknowledgement (a gateway that missed the answer). */
const REPEAT_EVERY = 100;
const FULL_BURST = 29_674;
const TARGET_RATE = 500;

async function runSender(plan: SenderPlan): Promise<SenderResult> {
  const worker = new Worker(new URL('../harness/gateway-sender-entry.mjs', import.meta.url), { workerData: plan });
  try {
    const msg = await new Promise<{ ok: boolean; result?: SenderResult; error?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    if (!msg.ok) throw new Error(`gateway sender failed: ${msg.error}`);
    return msg.result!;
  } finally {
    await worker.terminate();
  }
}

/** Last month, as the report names it (mm/yyyy). */
function lastMonth(now: Date): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

/** How many volunteers report: all of them on a measuring run; a few in the tiny run of `npm test` (fewer samples asked for). */
const burstSize = (ctx: BenchContext, available: number) => (ctx.options.samples >= 100 ? available : Math.min(available, ctx.options.samples * 25));

/** Single-row INSERTs of a message into a scratch copy of inbound_sms, `concurrency` at a time, for `seconds`. */
async function rawInserts(ctx: BenchContext, concurrency: number, seconds: number): Promise<number> {
  await ctx.raw.query(`drop table if exists bench_raw_inbound`);
  await ctx.raw.query(`create table bench_raw_inbound (like inbound_sms including all)`);
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  let done = 0;
  let k = 0;
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < end) {
          await ctx.raw.query(
            `insert into bench_raw_inbound (gateway, gateway_message_id, from_phone, text, received_at, next_attempt_at)
             values ('rapidpro_external', $1, '+250780000001', 'RAPORO UKWEZI 11/2026 INGO 9', now(), now())
             on conflict (gateway, gateway_message_id) do nothing`,
            [`raw-${process.pid}-${++k}`],
          );
          done++;
        }
      }),
    );
    return done / ((performance.now() - started) / 1000);
  } finally {
    await ctx.raw.query(`drop table bench_raw_inbound`);
  }
}

export const benchmark: Benchmark = {
  name: 'izu-month-end',
  description: "The month-end burst: every IZU's monthly report by SMS through the gateway webhook, stored, handled and answered",
  order: 80,
  async skip(ctx) {
    const [row] = await ctx.raw.query<{ n: number }>(`select count(*)::int as n from users where role = 'izu' and active and phone is not null`);
    return row!.n > 0 ? null : 'no active IZU with a phone in this database';
  },
  async run(ctx) {
    const app = ctx.app.ctx;
    const volunteers = await ctx.raw.query<{ phone: string }>(
      `select phone from users where role = 'izu' and active and phone is not null order by hashtext(id::text || $1)`,
      [String(ctx.options.seed)],
    );
    const n = burstSize(ctx, volunteers.length);
    const runId = randomBytes(4).toString('hex');
    const month = lastMonth(new Date());
    const messages: GatewayMessage[] = volunteers.slice(0, n).map((v, i) => ({
      from: v.phone,
      text: `RAPORO UKWEZI ${month} INGO ${8 + (i % 3)} A1 ${i % 2} BYAKEMUWE ${i % 2} BYOHEREJWE 0 GUKURIKIRANA ${i % 4}`,
      id: `bench-${runId}-${i}`,
    }));
    const phones = messages.map((m) => m.from);
    const secret = randomBytes(24).toString('hex');
    const savedSecrets = app.config.gatewaySecrets;
    app.config.gatewaySecrets = { rapidpro: secret };
    const workerErrors: string[] = [];
    const worker = startInboundSmsWorker(app, handleInboundSms, (err) => workerErrors.push((err as Error).message));
    const startedAt = new Date();
    const started = performance.now();
    ctx.log(`  ${n.toLocaleString('en')} reports from ${SENDERS} senders…`);
    let sent: SenderResult;
    let handledSeconds: number;
    let answeredSeconds: number;
    try {
      sent = await runSender({
        url: `${ctx.app.baseUrl}/api/v1/gateways/rapidpro/external`,
        secret,
        messages,
        concurrency: SENDERS,
        repeatEvery: REPEAT_EVERY,
      });
      ctx.log(`  acknowledged ${sent.acknowledged} (+${sent.repeats} repeats, ${sent.retries} retries) in ${sent.seconds.toFixed(1)} s`);
      // Handled: every message recorded and its reply queued in the outbox (committed together); answered: every reply sent.
      const deadline = performance.now() + Math.max(300_000, n * 100);
      const waitFor = async (what: string, condition: string) => {
        for (;;) {
          const [left] = await ctx.raw.query<{ n: number }>(
            `select count(*)::int as n from inbound_sms i
             where i.gateway = 'rapidpro_external' and i.gateway_message_id like $1 and (${condition})`,
            [`bench-${runId}-%`],
          );
          if (left!.n === 0) return (performance.now() - started) / 1000;
          if (performance.now() > deadline) throw new Error(`${left!.n} messages not ${what} in time`);
          worker.kick();
          await new Promise((r) => setTimeout(r, 250));
        }
      };
      // The tables grew from nothing in the burst: fresh statistics, so that the polls below (and the worker's statements) are planned on what is there.
      await ctx.raw.query(`analyze inbound_sms, sms_outbox`);
      handledSeconds = await waitFor('handled', `i.status in ('queued', 'processing')`);
      answeredSeconds = await waitFor(
        'answered',
        `exists (select 1 from sms_outbox o where o.id = i.reply_outbox_id and o.sent_at is null and o.refused_at is null and o.abandoned_at is null)`,
      );
    } finally {
      await worker.stop();
      app.config.gatewaySecrets = savedSecrets;
    }

    const [stored] = await ctx.raw.query<{ rows: number; ids: number; done: number; failed: number; outcomes: Record<string, number> | null }>(
      `select count(*)::int as rows, count(distinct gateway_message_id)::int as ids,
              count(*) filter (where status = 'done')::int as done, count(*) filter (where status = 'failed')::int as failed,
              (select jsonb_object_agg(coalesce(outcome, status), k) from (select outcome, status, count(*)::int as k from inbound_sms
                 where gateway = 'rapidpro_external' and gateway_message_id like $1 group by 1, 2) o) as outcomes
       from inbound_sms where gateway = 'rapidpro_external' and gateway_message_id like $1`,
      [`bench-${runId}-%`],
    );
    // Handled twice would show as a volunteer answered twice since the burst began.
    const [twice] = await ctx.raw.query<{ n: number }>(
      `select count(*)::int as n from (select to_phone from sms_outbox where queued_at >= $1 and to_phone = any($2::text[]) group by to_phone having count(*) > 1) x`,
      [startedAt, phones],
    );
    const lost = n - stored!.ids;
    const duplicated = stored!.rows - stored!.ids + twice!.n;
    const rate = n / answeredSeconds;
    const ack = summarise(sent.latencies);
    const rawRate = await rawInserts(ctx, SENDERS, ctx.options.samples >= 100 ? 5 : 1);
    const outcomes = Object.entries(stored!.outcomes ?? {})
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    ctx.log(
      `  handled all in ${handledSeconds.toFixed(1)} s, answered all in ${answeredSeconds.toFixed(1)} s: ${rate.toFixed(0)}/s (raw INSERT ${rawRate.toFixed(0)}/s); ack ${describe(ack)}; lost ${lost}, duplicated ${duplicated}; ${outcomes}`,
    );
    for (const e of [...sent.errors, ...workerErrors].slice(0, 5)) ctx.log(`  error: ${e}`);
    await ctx.raw.query(`delete from inbound_sms where gateway = 'rapidpro_external' and gateway_message_id like $1`, [`bench-${runId}-%`]);

    const figures: Figure[] = [
      {
        name: `Month-end burst: ${n.toLocaleString('en')} monthly reports by SMS (${SENDERS} senders), ingested and answered per second`,
        value: rate,
        unit: 'per s',
        target: { op: '>=', value: TARGET_RATE },
        baseline: { name: `raw single-row INSERT … ON CONFLICT into inbound_sms, ${SENDERS} at a time`, value: rawRate, unit: 'per s' },
        ratio: rate / rawRate,
        detail: `${outcomes}; worker errors ${workerErrors.length}`,
      },
      {
        name: `Month-end burst: seconds until all ${n.toLocaleString('en')} are answered`,
        value: answeredSeconds,
        unit: 's',
        target: { op: '<=', value: n >= FULL_BURST ? 60 : n / TARGET_RATE },
        detail: `acknowledged (stored) in ${sent.seconds.toFixed(1)} s, ${(n / sent.seconds).toFixed(0)}/s (ack p50 ${fmt(ack.p50)}, p95 ${fmt(ack.p95)} ms); handled (recorded, reply queued) in ${handledSeconds.toFixed(1)} s`,
      },
      {
        name: 'Month-end burst: messages lost (acknowledged, not stored)',
        value: lost,
        unit: 'count',
        target: { op: '=', value: 0 },
      },
      {
        name: `Month-end burst: messages stored or answered twice (${sent.repeats} deliveries repeated, ${sent.retries} retried)`,
        value: duplicated,
        unit: 'count',
        target: { op: '=', value: 0 },
      },
    ];
    if (stored!.failed > 0) figures[0]!.detail = `${figures[0]!.detail}; ${stored!.failed} failed: ${workerErrors[0] ?? ''}`;
    return figures;
  },
};
