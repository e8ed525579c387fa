import { describe, expect, it } from 'vitest';
import { auditHash, auditMac, canonicalJson, GENESIS_HASH, type AuditContent } from './audit-hash.js';

const content: AuditContent = {
  at: new Date('2026-11-02T07:00:00.123Z'),
  actorId: null,
  actorRole: null,
  ip: null,
  requestId: null,
  action: 'auth.sign_in',
  entityType: null,
  entityId: null,
  fields: [],
  outcome: 'failure',
  details: { reason: 'locked', attempts: 5 },
};

describe('canonicalJson', () => {
  it('writes the same object the same way whatever the key order (jsonb reorders keys)', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: null }], c: 'é' } })).toBe('{"a":{"c":"é","d":[1,{"x":null,"y":2}]},"b":1}');
    expect(canonicalJson({ a: 1, skipped: undefined })).toBe('{"a":1}');
  });
});

describe('auditHash', () => {
  it('depends on the content, the seq and the previous hash', () => {
    const h = auditHash(GENESIS_HASH, 1, content);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash(GENESIS_HASH, 1, { ...content, details: { attempts: 5, reason: 'locked' } })).toBe(h);
    expect(auditHash(GENESIS_HASH, 2, content)).not.toBe(h);
    expect(auditHash(h, 1, content)).not.toBe(h);
    expect(auditHash(GENESIS_HASH, 1, { ...content, at: new Date('2026-11-02T07:00:00.124Z') })).not.toBe(h);
    expect(auditHash(GENESIS_HASH, 1, { ...content, fields: ['role'] })).not.toBe(h);
  });
});

describe('auditMac', () => {
  it('depends on the key, so a plain SHA-256 chain recomputed without it never matches', () => {
    const key = Buffer.alloc(32, 7);
    const mac = auditMac(key, GENESIS_HASH, 1, content);
    expect(mac).toMatch(/^[0-9a-f]{64}$/);
    expect(auditMac(key, GENESIS_HASH, 1, { ...content, details: { attempts: 5, reason: 'locked' } })).toBe(mac);
    expect(auditMac(Buffer.alloc(32, 8), GENESIS_HASH, 1, content)).not.toBe(mac);
    expect(auditHash(GENESIS_HASH, 1, content)).not.toBe(mac);
    expect(auditMac(key, mac, 1, content)).not.toBe(mac);
  });
});
