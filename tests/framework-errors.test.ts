import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCase } from './support/case-factories.js';
import { PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The refusals made before Rinda's handlers run (Node's HTTP parser, Fastify's
// router and body parsers) answer with Rinda's one error body, through a real
// listening socket (inject does not go through the HTTP parser), and a refused
// upload is answered, not cut off by a connection reset.

type Answer = { status: number; body: string; error?: { code: string; message: string; messageKey: string; requestId: string } } | { reset: string };

function send(
  port: number,
  o: { method: string; path: string; headers?: Record<string, string>; body?: string; chunk?: Buffer; chunks?: number; head?: Buffer; tail?: Buffer },
): Promise<Answer> {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: o.method, path: o.path, headers: o.headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => {
        let error;
        try {
          error = JSON.parse(body).error;
        } catch {
          error = undefined;
        }
        resolve({ status: res.statusCode ?? 0, body, error });
      });
    });
    req.on('error', (e) => resolve({ reset: e.message }));
    if (o.chunks) {
      // An upload written as fast as the socket takes it, whatever the server has answered.
      let i = 0;
      if (o.head) req.write(o.head);
      const write = () => {
        while (i < o.chunks!) {
          i++;
          if (!req.write(o.chunk!)) return void req.once('drain', write);
        }
        req.end(o.tail);
      };
      write();
    } else req.end(o.body);
  });
}

let t: TestApp;
let port: number;
let session: Session;
let caseId: string;
let auth: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ attachmentMaxBytes: 64 * 1024 });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as { port: number }).port;
  const cpwo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, trainingCompletedOn: '2025-01-10' });
  session = cpwo.session;
  auth = { cookie: session.cookie, 'x-csrf-token': session.csrf };
  caseId = (await insertCase(t, { openedBy: cpwo.user.id })).case.id;
}, 120_000);
afterAll(() => t?.close());

/** Rinda's one error body, with a message key, and nothing of Fastify's shape. */
function expectRindaError(a: Answer, status: number, messageKey: string) {
  expect('reset' in a ? a.reset : '', 'the connection was reset instead of answered').toBe('');
  if ('reset' in a) return;
  expect(a.status).toBe(status);
  expect(a.error, a.body).toBeDefined();
  expect(a.error!.messageKey).toBe(messageKey);
  expect(typeof a.error!.requestId).toBe('string');
  expect(a.body).not.toContain('FST_');
  expect(a.body).not.toContain('statusCode');
}

const chunk = Buffer.alloc(64 * 1024, 0x61);

describe('refusals made before the handlers', () => {
  it('answers headers too large with 431', async () => {
    expectRindaError(await send(port, { method: 'GET', path: '/api/v1/cases', headers: { 'x-padding': 'a'.repeat(20_000) } }), 431, 'errors.header_too_large');
  });

  it('answers a URL too long with 414', async () => {
    expectRindaError(await send(port, { method: 'GET', path: '/api/v1/cases?q=' + 'a'.repeat(20_000) }), 414, 'errors.uri_too_long');
  });

  it('answers a huge URL in front of a multipart upload, instead of resetting the connection', async () => {
    const a = await send(port, {
      method: 'POST',
      path: `/api/v1/cases/${caseId}/attachments?q=${'a'.repeat(20_000)}`,
      headers: { ...auth, 'content-type': 'multipart/form-data; boundary=X' },
      chunk,
      chunks: 160,
    });
    expectRindaError(a, 414, 'errors.uri_too_long');
  });

  const head = Buffer.from(
    '--X\r\nContent-Disposition: form-data; name="category"\r\n\r\nother\r\n--X\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n',
  );
  const upload = (tail?: Buffer) =>
    send(port, {
      method: 'POST',
      path: `/api/v1/cases/${caseId}/attachments`,
      headers: { ...auth, 'content-type': 'multipart/form-data; boundary=X' },
      head,
      chunk,
      chunks: 160,
      tail,
    });

  it('answers an upload over the attachment limit with 413, not a reset', async () => {
    expectRindaError(await upload(Buffer.from('\r\n--X--\r\n')), 413, 'errors.attachment_too_large');
    // Cut short (no closing boundary): a malformed body, not a 500.
    expectRindaError(await upload(), 400, 'errors.bad_multipart');
    const stored = await t.database.db.selectFrom('case_attachments').select('id').where('case_id', '=', caseId).execute();
    expect(stored).toEqual([]);
  });

  it('answers a JSON body over the body limit with 413', async () => {
    const body = JSON.stringify({ whatHappened: 'x'.repeat(t.ctx.config.bodyLimitBytes + 10) });
    expectRindaError(
      await send(port, { method: 'POST', path: '/api/v1/reports', headers: { ...auth, 'content-type': 'application/json' }, body }),
      413,
      'errors.payload_too_large',
    );
  });

  it('answers a malformed percent-encoding with 400', async () => {
    expectRindaError(await send(port, { method: 'GET', path: '/api/v1/cases/%E0%A4%A', headers: auth }), 400, 'errors.bad_url');
    expectRindaError(await send(port, { method: 'POST', path: '/api/v1/cases/%zz/notes', headers: auth, body: '' }), 400, 'errors.bad_url');
  });

  it('answers a parameter over the router limit with 414', async () => {
    expectRindaError(
      await send(port, {
        method: 'POST',
        path: `/api/v1/cases/${'a'.repeat(200)}/notes`,
        headers: { ...auth, 'content-type': 'application/json' },
        body: '{}',
      }),
      414,
      'errors.uri_too_long',
    );
  });

  it('answers an unsupported content type with 415', async () => {
    expectRindaError(
      await send(port, { method: 'POST', path: '/api/v1/reports', headers: { ...auth, 'content-type': 'text/xml' }, body: '<a/>' }),
      415,
      'errors.unsupported_media_type',
    );
  });

  it('answers a body that is not JSON with 400', async () => {
    expectRindaError(
      await send(port, { method: 'POST', path: '/api/v1/reports', headers: { ...auth, 'content-type': 'application/json' }, body: '{"a":' }),
      400,
      'errors.bad_json',
    );
  });

  it('answers a request that is not HTTP with 400', async () => {
    const net = await import('node:net');
    const raw = await new Promise<string>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => s.write('NOT HTTP AT ALL\r\n\r\n'));
      let got = '';
      s.on('data', (d) => (got += d));
      s.on('close', () => resolve(got));
      s.on('error', () => resolve(got));
    });
    expect(raw).toMatch(/^HTTP\/1.1 400 /);
    const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4));
    expect(body.error.messageKey).toBe('errors.bad_request');
  });
});

describe('the message keys of these refusals', () => {
  it('are in the web app’s three message files', async () => {
    const { readFileSync } = await import('node:fs');
    const code = [
      'src/errors/framework-errors.ts',
      'src/errors/error-handler.ts',
      'src/http/session.plugin.ts',
      'src/app.ts',
      'src/attachments/attachment.routes.ts',
    ]
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const keys = new Set([...code.matchAll(/'errors\.([a-z_]+)'/g)].map((m) => m[1]!));
    expect(keys.size).toBeGreaterThan(15);
    for (const lang of ['rw', 'en', 'fr']) {
      const shell = JSON.parse(readFileSync(`web/src/i18n/${lang}.json`, 'utf8')).errors as Record<string, string>;
      const cases = JSON.parse(readFileSync(`web/src/i18n/cases/${lang}.json`, 'utf8')).errors as Record<string, string> | undefined;
      for (const key of keys) expect(shell[key] ?? cases?.[key], `${lang} errors.${key}`).toBeTruthy();
    }
  });
});
