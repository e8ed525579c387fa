import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgres } from '../src/db/database.js';
import { testPostgresUrl } from './support/test-db.js';

// A PostgreSQL restart or failover ends the server's idle connections. The
// server must keep running and reconnect, not die of an unhandled 'error'
// event on its pool. The embedded database has no connections to lose, so
// this runs against the PostgreSQL server in both runs of the suite.

describe('the PostgreSQL pool when the server ends its idle connections', () => {
  it('keeps the process alive and answers the next query on a new connection', async () => {
    const database = await openPostgres(testPostgresUrl, 2);
    const admin = new pg.Client({ connectionString: testPostgresUrl });
    await admin.connect();
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', onUncaught);
    try {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db);
      const pid = rows[0]!.pid;
      // The connection is idle in the pool now; end it from the server's side.
      const ended = await admin.query<{ ok: boolean }>('select pg_terminate_backend($1) as ok', [pid]);
      expect(ended.rows[0]!.ok).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(uncaught).toEqual([]);
      const again = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db);
      expect(again.rows[0]!.pid).not.toBe(pid);
    } finally {
      process.off('uncaughtException', onUncaught);
      await admin.end();
      await database.close();
    }
  });
});
