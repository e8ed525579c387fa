import type { Generated } from 'kysely';

// Types of migrations/0012_sms_retry.sql: what the server keeps to run itself.

/** An SMS the gateway did not take, tried again later. */
export interface SmsRetriesTable {
  id: Generated<string>;
  to_phone: string;
  body: string;
  first_failed_at: Date;
  attempts: number;
  next_attempt_at: Date;
  last_error: string;
  sent_at: Date | null;
  abandoned_at: Date | null;
}

export interface OperationsTables {
  sms_retries: SmsRetriesTable;
}
