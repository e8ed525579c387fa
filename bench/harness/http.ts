import type { BenchSession } from './bench-app.js';

// HTTP as a browser would send it: the session cookie, the CSRF header on
// writes, keep-alive connections (Node's fetch pools them per origin).

export type HttpResult = { status: number; ms: number; bytes: number; body: unknown };

export type BenchHttp = {
  request(session: BenchSession, method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown): Promise<HttpResult>;
  get(session: BenchSession, path: string): Promise<HttpResult>;
  post(session: BenchSession, path: string, body: unknown): Promise<HttpResult>;
  /** Reads a response body as a stream, keeping nothing; `onChunk` sees each chunk's size. */
  stream(
    session: BenchSession,
    path: string,
    onChunk?: (bytes: number) => void,
  ): Promise<{ status: number; ms: number; bytes: number; contentType: string | null }>;
};

export function benchHttp(baseUrl: string): BenchHttp {
  const headers = (s: BenchSession, json: boolean): Record<string, string> => ({
    cookie: s.cookie,
    'x-csrf-token': s.csrf,
    ...(json ? { 'content-type': 'application/json' } : {}),
  });
  const request: BenchHttp['request'] = async (session, method, path, body) => {
    const t = performance.now();
    const res = await fetch(baseUrl + path, {
      method,
      headers: headers(session, body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const ms = performance.now() - t;
    let parsed: unknown = text;
    if (res.headers.get('content-type')?.includes('json')) parsed = JSON.parse(text);
    return { status: res.status, ms, bytes: Buffer.byteLength(text), body: parsed };
  };
  return {
    request,
    get: (s, path) => request(s, 'GET', path),
    post: (s, path, body) => request(s, 'POST', path, body),
    async stream(session, path, onChunk) {
      const t = performance.now();
      const res = await fetch(baseUrl + path, { headers: headers(session, false) });
      let bytes = 0;
      if (res.body) {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          bytes += chunk.byteLength;
          onChunk?.(chunk.byteLength);
        }
      }
      return { status: res.status, ms: performance.now() - t, bytes, contentType: res.headers.get('content-type') };
    },
  };
}
