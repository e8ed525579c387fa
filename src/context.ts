import type { Config } from './config.js';
import type { Database } from './db/database.js';

/** The clock is passed in so tests (and escalation runs) can move time. */
export type Clock = { now(): Date };
export const systemClock: Clock = { now: () => new Date() };

/** Outbound SMS port; adapters live in src/sms. An SMS never carries a child's name or case details. */
/** `reference`: the outbox id, passed to the gateway so that it can drop a copy sent twice. */
/** `secret`: the text carries a secret (a one-time password); the outbox seals it and blanks it once sent. */
export type SmsMessage = { to: string; text: string; reference?: string; secret?: boolean };
export type SmsGateway = { send(message: SmsMessage): Promise<void> };

export type AppContext = {
  config: Config;
  database: Database;
  clock: Clock;
  sms: SmsGateway;
  /** 32-byte key for encrypting secrets at rest (TOTP secrets, attachments). */
  secretKey: Buffer;
  /** 32-byte key of the audit seals' HMAC (src/secret-key.ts); never stored in the database. */
  auditKey: Buffer;
};
