import type { Generated } from 'kysely';

// Types of migrations/0012_sms_retry.sql, 0024_sms_outbox.sql and 0026_sms_secret_bodies.sql: what the server keeps to run itself.

/** An SMS to send: queued with the change it announces, sent after the commit, tried again if the gateway fails. */
export interface SmsOutboxTable {
  id: Generated<string>;
  to_phone: string;
  body: string;
  queued_at: Date;
  first_failed_at: Date | null;
  attempts: Generated<number>;
  /** When a server may next claim it; a claim moves it a lease ahead. */
  next_attempt_at: Date;
  last_error: string | null;
  sent_at: Date | null;
  abandoned_at: Date | null;
  /** Over the number's budget: kept, never sent. */
  refused_at: Date | null;
  refusal: 'hourly_budget' | 'daily_budget' | null;
  /** The body is a secret (a one-time password): sealed while it waits, blanked once sent, given up or refused. */
  secret: Generated<boolean>;
}

export interface OperationsTables {
  sms_outbox: SmsOutboxTable;
}
