import { parentPort, workerData } from 'node:worker_threads';

// An SMS gateway delivering a burst of messages to Rinda's webhook, in a
// thread of its own so that sending does not slow the server's event loop.
// Like a real gateway it keeps sending a message until it is acknowledged
// (200): a refusal or a broken connection is tried again after a short pause.
// `repeatEvery`: every n-th message is delivered a second time after its
// acknowledgement, as a gateway that missed the answer would.

export type GatewayMessage = { from: string; text: string; id: string };
export type SenderPlan = {
  url: string;
  secret: string;
  messages: GatewayMessage[];
  concurrency: number;
  repeatEvery: number;
};
export type SenderResult = {
  seconds: number;
  acknowledged: number;
  repeats: number;
  retries: number;
  latencies: number[];
  errors: string[];
};

export async function sendBurst(plan: SenderPlan): Promise<SenderResult> {
  const result: SenderResult = { seconds: 0, acknowledged: 0, repeats: 0, retries: 0, latencies: [], errors: [] };
  const started = performance.now();
  let next = 0;
  const deliver = async (m: GatewayMessage) => {
    for (;;) {
      const t = performance.now();
      try {
        const res = await fetch(plan.url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Token ${plan.secret}` },
          body: new URLSearchParams({ from: m.from, text: m.text, id: m.id }).toString(),
        });
        const body = await res.text();
        if (res.status === 200) {
          result.latencies.push(performance.now() - t);
          return;
        }
        if (result.errors.length < 10) result.errors.push(`${res.status} ${body.slice(0, 200)}`);
      } catch (err) {
        if (result.errors.length < 10) result.errors.push((err as Error).message);
      }
      result.retries += 1;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  await Promise.all(
    Array.from({ length: plan.concurrency }, async () => {
      for (let i = next++; i < plan.messages.length; i = next++) {
        const m = plan.messages[i]!;
        await deliver(m);
        result.acknowledged += 1;
        if (plan.repeatEvery > 0 && i % plan.repeatEvery === 0) {
          await deliver(m);
          result.repeats += 1;
        }
      }
    }),
  );
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

if (parentPort && workerData) {
  sendBurst(workerData as SenderPlan).then(
    (result) => parentPort!.postMessage({ ok: true, result }),
    (err: unknown) => parentPort!.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) }),
  );
}
