import { describe, expect, it } from 'vitest';
import { normaliseRwandanMobile } from './phone.js';

describe('normaliseRwandanMobile', () => {
  it('gives the three usual spellings one E.164 form', () => {
    expect(normaliseRwandanMobile('0781234567')).toBe('+250781234567');
    expect(normaliseRwandanMobile('+250781234567')).toBe('+250781234567');
    expect(normaliseRwandanMobile('250781234567')).toBe('+250781234567');
  });
  it('accepts Airtel and MTN prefixes and ignores spaces and dashes', () => {
    expect(normaliseRwandanMobile(' 072 123 4567 ')).toBe('+250721234567');
    expect(normaliseRwandanMobile('+250-73-123-4567')).toBe('+250731234567');
    expect(normaliseRwandanMobile('0791234567')).toBe('+250791234567');
  });
  it('refuses numbers that are not Rwandan mobiles', () => {
    expect(normaliseRwandanMobile('078123456')).toBeNull(); // too short
    expect(normaliseRwandanMobile('07812345678')).toBeNull(); // too long
    expect(normaliseRwandanMobile('0252123456')).toBeNull(); // landline
    expect(normaliseRwandanMobile('0741234567')).toBeNull(); // no such operator prefix
    expect(normaliseRwandanMobile('+254781234567')).toBeNull(); // Kenya
    expect(normaliseRwandanMobile('781234567')).toBeNull(); // no prefix
    expect(normaliseRwandanMobile('07812a4567')).toBeNull();
    expect(normaliseRwandanMobile('')).toBeNull();
  });
});
