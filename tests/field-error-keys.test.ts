import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldMessageKey } from '../src/errors/field-message-key.js';
import { client, PLACES, signedIn, type Session } from './support/factories.js';
import { root } from './support/test-db.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Every field error carries a message key (and its parameters) that the web
// app translates, so a user reads "At most 17" in Kinyarwanda, English or
// French, not the validator's English and a field path.

let t: TestApp;
let izu: Session;
beforeAll(async () => {
  t = await createTestApp();
  izu = (await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage })).session;
});
afterAll(() => t.close());

const good = { channel: 'izu', child: { name: 'Uwase', sex: 'female', ageYears: 9 }, placeId: PLACES.gasaboVillage, whatHappened: 'Left alone' };
const fieldsOf = async (body: unknown) => {
  const res = await client(t, izu).post('/api/v1/reports', body);
  expect(res.statusCode).toBe(400);
  expect(res.json().error.messageKey).toBe('errors.validation');
  return res.json().error.fields as { field: string; message: string; messageKey: string; params?: Record<string, number> }[];
};

describe('field errors of the schemas', () => {
  it.each([
    ['a missing field', { ...good, whatHappened: undefined }, 'body.whatHappened', { messageKey: 'errors.field.required' }],
    [
      'a number too large',
      { ...good, child: { ...good.child, ageYears: 18 } },
      'body.child.ageYears',
      { messageKey: 'errors.field.too_large', params: { max: 17 } },
    ],
    [
      'a number too small',
      { ...good, child: { ...good.child, ageYears: -1 } },
      'body.child.ageYears',
      { messageKey: 'errors.field.too_small', params: { min: 0 } },
    ],
    ['a text too long', { ...good, whatHappened: 'x'.repeat(5001) }, 'body.whatHappened', { messageKey: 'errors.field.too_long', params: { max: 5000 } }],
    ['a value not among the choices', { ...good, channel: 'pigeon' }, 'body.channel', { messageKey: 'errors.field.invalid_choice' }],
    ['a malformed date', { ...good, incidentDate: '2026-13-01' }, 'body.incidentDate', { messageKey: 'errors.field.invalid_date' }],
    ['a field that is not in the form', { ...good, secret: 1 }, 'body.secret', { messageKey: 'errors.field.unknown' }],
    ['a text where a number goes', { ...good, child: { ...good.child, ageYears: 'nine' } }, 'body.child.ageYears', { messageKey: 'errors.field.invalid_type' }],
  ])('%s names the field and its key', async (_what, body, field, key) => {
    const fields = await fieldsOf(body);
    expect(fields).toEqual([{ field, message: expect.any(String), ...key }]);
  });

  it('a malformed record id in the path has its key too', async () => {
    const cpwo = (await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo })).session;
    const res = await client(t, cpwo).get('/api/v1/reports/not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ field: 'params.id', message: expect.any(String), messageKey: 'errors.field.invalid_id' }]);
  });

  it("a rule of Rinda's own gives its field its own key", async () => {
    const res = await client(t, izu).post('/api/v1/reports', { ...good, incidentDate: '2099-01-01' });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.fields).toHaveLength(1);
    expect(error.fields[0]).toMatchObject({ field: 'body.incidentDate', messageKey: error.messageKey });
    expect(error.messageKey).not.toBe('errors.validation');
  });
});

describe('the message files', () => {
  const messages = (lang: string) => JSON.parse(readFileSync(join(root, `web/src/i18n/${lang}.json`), 'utf8'));
  const lookup = (tree: Record<string, unknown>, key: string) =>
    key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], tree);
  // Every key fieldMessageKey can give, over the issue codes, origins and formats it knows.
  const keys = new Set<string>();
  for (const code of ['invalid_type', 'too_small', 'too_big', 'invalid_format', 'invalid_value', 'invalid_union', 'unrecognized_keys', 'custom', 'other']) {
    for (const origin of ['string', 'number', 'array', 'set', 'date']) {
      for (const format of ['uuid', 'email', 'date', 'datetime', 'time', 'regex']) {
        for (const [minimum, maximum] of [
          [1, 1],
          [3, 40],
        ]) {
          for (const message of ['Invalid input: expected string, received undefined', 'Invalid input']) {
            keys.add(fieldMessageKey(code, message, { origin, format, minimum, maximum }).messageKey!);
          }
        }
      }
    }
  }

  it.each(['rw', 'en', 'fr'])('%s has a message for every field key, with its parameters', (lang) => {
    const tree = messages(lang);
    expect(keys.size).toBeGreaterThan(12);
    for (const key of keys) {
      const text = lookup(tree, key);
      expect(typeof text, `${lang}: ${key}`).toBe('string');
      if (/too_(short|small|few)$/.test(key)) expect(text).toContain('{{min}}');
      if (/too_(long|large|many)$/.test(key)) expect(text).toContain('{{max}}');
    }
  });
});
