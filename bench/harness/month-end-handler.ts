import { sql } from 'kysely';
import { queueSms } from '../../src/notifications/sms-outbox.js';
import type { InboundSmsHandler } from '../../src/sms/inbound/inbound-worker.js';

// The SMS handler the month-end burst runs: until the real one lands, a
// stand-in doing the same kind of work (find the volunteer by number, queue
// the reply through the outbox).
export const monthEndHandler: InboundSmsHandler = async (trx, ctx, message) => {
  const { rows } = await sql<{ id: string }>`select id from users where phone = ${message.from} and role = 'izu' and active limit 1`.execute(trx);
  const known = rows.length > 0;
  const queued = await queueSms(trx, ctx, [{ to: message.from, text: known ? 'Rinda: raporo yakiriwe. Murakoze.' : 'Rinda: iyi nimero ntizwi.' }]);
  return { outcome: known ? 'recorded' : 'unknown_sender', kind: 'monthly_report', reply: null, language: 'rw', queued };
};
