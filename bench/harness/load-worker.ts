import { parentPort, workerData } from 'node:worker_threads';

// The load generator of the mixed-load benchmark, in a thread of its own so
// that making requests does not slow the server's event loop. Each virtual
// user repeats: pick an action by weight, send it, wait a little, until time
// is up. Sends back every latency by action, and the errors.

export type LoadAction = { name: string; weight: number; method: 'GET' | 'POST'; paths: string[]; body?: unknown; write: boolean };
export type VirtualUser = { cookie: string; csrf: string; actions: LoadAction[] };
export type LoadPlan = { baseUrl: string; users: VirtualUser[]; seconds: number; thinkMs: number; seed: number };
export type LoadResult = {
  seconds: number;
  latencies: Record<string, number[]>;
  writes: number;
  errors: { action: string; status: number; body: string }[];
  errorCount: number;
};

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const latencies: Record<string, number[]> = {};
  const errors: LoadResult['errors'] = [];
  let errorCount = 0;
  let writes = 0;
  const started = performance.now();
  const end = started + plan.seconds * 1000;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  await Promise.all(
    plan.users.map(async (user, u) => {
      const rand = prng(plan.seed + u);
      const total = user.actions.reduce((s, a) => s + a.weight, 0);
      // Users do not all start at the same instant.
      await sleep(rand() * plan.thinkMs);
      while (performance.now() < end) {
        let x = rand() * total;
        const action = user.actions.find((a) => (x -= a.weight) < 0) ?? user.actions[0]!;
        const path = action.paths[Math.floor(rand() * action.paths.length)]!;
        const t = performance.now();
        try {
          const res = await fetch(plan.baseUrl + path, {
            method: action.method,
            headers: { cookie: user.cookie, 'x-csrf-token': user.csrf, ...(action.body ? { 'content-type': 'application/json' } : {}) },
            body: action.body ? JSON.stringify(action.body) : undefined,
          });
          const text = await res.text();
          const ms = performance.now() - t;
          if (res.status >= 400) {
            errorCount++;
            if (errors.length < 20) errors.push({ action: action.name, status: res.status, body: text.slice(0, 300) });
          } else {
            (latencies[action.name] ??= []).push(ms);
            if (action.write) writes++;
          }
        } catch (err) {
          errorCount++;
          if (errors.length < 20) errors.push({ action: action.name, status: 0, body: String(err) });
        }
        if (plan.thinkMs > 0) await sleep(rand() * plan.thinkMs);
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies, writes, errors, errorCount };
}

if (parentPort && workerData) {
  runLoad(workerData as LoadPlan).then(
    (r) => parentPort!.postMessage({ ok: true, result: r }),
    (err) => parentPort!.postMessage({ ok: false, error: String(err) }),
  );
}
