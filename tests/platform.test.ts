import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../src/errors/error.schemas.js';
import { client, signedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('platform', () => {
  it('answers /health and /ready with the database kind', async () => {
    const health = await client(t).get('/health');
    expect(health.statusCode).toBe(200);
    const ready = await client(t).get('/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: t.database.kind });
  });

  it('serves the OpenAPI 3.1 document', async () => {
    const res = await client(t).get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    expect(res.json().openapi).toBe('3.1.0');
  });

  it('documents the one error body on every route, as a shared component, and answers refusals in that shape', async () => {
    const doc = (await client(t).get('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>>;
      components: { schemas: Record<string, { required?: string[] }> };
    };
    expect(doc.components.schemas.Error?.required).toEqual(['error']);
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ at: `${method} ${path}`, op })));
    expect(operations.length).toBeGreaterThan(80);
    for (const { at, op } of operations) {
      for (const status of ['4XX', '5XX']) {
        // (A route that produces a file, the case PDF, lists its error under the file's media type.)
        const media = Object.values(op.responses[status]?.content ?? {});
        expect(
          media.map((m) => m.schema.$ref),
          `${at} ${status}`,
        ).toEqual(['#/components/schemas/Error']);
      }
    }
    // An upload documents its multipart body: the file and the fields beside it.
    const upload = (
      doc.paths['/api/v1/cases/{id}/attachments'] as unknown as Record<
        string,
        { requestBody?: { content: Record<string, { schema: { properties: Record<string, { format?: string; enum?: string[] }>; required: string[] } }> } }
      >
    ).post!.requestBody!.content['multipart/form-data']!.schema;
    expect(upload.properties.file?.format).toBe('binary');
    expect(upload.properties.category?.enum).toContain('scanned_form');
    expect(upload.required).toEqual(expect.arrayContaining(['file', 'category']));
    // What the document promises is what a refused request gets.
    const { session } = await signedIn(t, { role: 'sysadmin' });
    const refused = await client(t, session).post('/api/v1/organisations', { name: '', kind: 'no-such-kind', placeId: 'nowhere' });
    expect(refused.statusCode).toBe(400);
    const body = errorBodySchema.parse(refused.json());
    expect(body.error.fields?.map((f) => f.field)).toEqual(expect.arrayContaining(['body.name', 'body.kind', 'body.placeId']));
  });

  it('answers an unknown API route with the one error body and a request id', async () => {
    const res = await client(t).get('/api/v1/no-such-thing');
    expect(res.statusCode).toBe(404);
    const body = res.json();
    expect(body.error).toMatchObject({ code: 'not_found', messageKey: 'errors.no_route' });
    expect(body.error.requestId).toBe(res.headers['x-request-id']);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const { session } = await signedIn(t, { role: 'sysadmin' });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', headers: { cookie: session.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.messageKey).toBe('errors.csrf');
  });
});

describe('bad input', () => {
  it('names an unknown body field, a wrong type and a malformed JSON body with 400s', async () => {
    const anon = client(t);
    const unknown = await anon.post('/api/v1/auth/sign-in', { username: 'someone', password: 'x', isAdmin: true });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toEqual([expect.objectContaining({ field: 'body.isAdmin' })]);

    const wrongType = await anon.post('/api/v1/auth/sign-in', { username: 42, password: 'x' });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.fields[0].field).toBe('body.username');

    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('validation');
  });

  it('refuses an oversized body with 413 and the one error body', async () => {
    const res = await client(t).post('/api/v1/auth/sign-in', { username: 'a'.repeat(2_000_000), password: 'x' });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });
});
