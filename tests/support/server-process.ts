import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { root } from './test-db.js';

// Rinda as a separate process (src/main.ts under tsx), with what it talks to:
// a fake SMS gateway and a small HTTP proxy in front of several servers.

export type ServerProcess = { url: string; child: ChildProcess; exited: Promise<number | null>; output: string[] };

export async function startServer(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, RINDA_DATA_DIR: undefined, DATABASE_URL: undefined, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  createInterface({ input: child.stderr! }).on('line', (line) => output.push(line));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(line);
      const m = /Rinda is running at (http:\/\/\S+)/.exec(line);
      if (m) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`server exited ${code}: ${output.join('\n')}`)));
  });
  return { url, child, exited, output };
}

export type GatewayMessage = { to: string; text: string; reference: string | null };

/**
 * An SMS gateway: `accepted` holds what it took (answered 200). In `hold`
 * mode the next request is kept unanswered (`held` resolves when it comes);
 * `drop()` then closes it unanswered, as a gateway that never took it. In
 * `slow` mode each request is answered after `slowMs`.
 */
export async function fakeGateway() {
  const accepted: GatewayMessage[] = [];
  let mode: 'accept' | 'hold' | 'slow' = 'accept';
  let slowMs = 0;
  let heldResponse: ServerResponse | undefined;
  let onHeld: (() => void) | undefined;
  let onRequest: (() => void) | undefined;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      onRequest?.();
      const message = JSON.parse(body) as GatewayMessage;
      if (mode === 'hold') {
        heldResponse = res;
        onHeld?.();
        return;
      }
      const answer = () => {
        accepted.push(message);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      };
      if (mode === 'slow') setTimeout(answer, slowMs);
      else answer();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`,
    accepted,
    hold(): Promise<void> {
      mode = 'hold';
      return new Promise((r) => (onHeld = r));
    },
    slow(ms: number): Promise<void> {
      mode = 'slow';
      slowMs = ms;
      return new Promise((r) => (onRequest = r));
    },
    accept() {
      mode = 'accept';
      onRequest = undefined;
    },
    drop() {
      heldResponse?.socket?.destroy();
      heldResponse = undefined;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A proxy sending each request to the next of `targets` in turn; a target that does not answer gives 502. */
export async function roundRobinProxy(targets: string[]): Promise<{ url: string; close(): Promise<void> }> {
  let next = 0;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const target = new URL(targets[next++ % targets.length]!);
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
      up.on('error', () => res.destroy());
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export async function waitUntil(done: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
