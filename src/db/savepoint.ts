import { sql, type Transaction } from 'kysely';
import type { DB } from './schema.js';

// A part of a transaction that can fail on its own: an inbound SMS or a USSD
// confirmation records the volunteer's report inside the transaction that
// also keeps the message and queues the reply; a rule refusal must undo only
// the report's half-done writes, so the refusal and its reply still commit.
// Kysely's savepoints belong to controlled transactions; Rinda's services run
// in callback transactions, so the three statements are sent as they are
// (the same on PostgreSQL and the embedded database).

const NAME = /^[a-z_][a-z0-9_]*$/;

/** Runs `work` after a savepoint: kept if it succeeds, rolled back to (and the error rethrown) if it throws. */
export async function withSavepoint<T>(trx: Transaction<DB>, name: string, work: () => Promise<T>): Promise<T> {
  if (!NAME.test(name)) throw new Error(`savepoint name ${name} is not an SQL identifier`);
  await sql.raw(`savepoint ${name}`).execute(trx);
  let result: T;
  try {
    result = await work();
  } catch (err) {
    await sql.raw(`rollback to savepoint ${name}`).execute(trx);
    await sql.raw(`release savepoint ${name}`).execute(trx);
    throw err;
  }
  await sql.raw(`release savepoint ${name}`).execute(trx);
  return result;
}
