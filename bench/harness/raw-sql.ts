import { CompiledQuery, type Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from '../../src/db/database.js';
import type { DB } from '../../src/db/schema.js';

// The baseline: SQL sent straight to the database, without HTTP, routing,
// validation, the query builder or serialisation. On PostgreSQL through the
// pg driver on its own pool; on the embedded database through its one connection.

export type RawSql = {
  /** The PostgreSQL URL when the raw pool has its own connection (a benchmark may start a server on it). */
  url?: string;
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Replays the read statements of a recorded request, in order; returns the milliseconds taken. */
  replayReads(queries: readonly CompiledQuery[]): Promise<number>;
  close(): Promise<void>;
};

/** A statement that only reads (writes and locks are left out of a replay). */
export const isRead = (q: CompiledQuery) => /^\s*(select|with)\b/i.test(q.sql) && !/pg_advisory|for update|insert |update |delete /i.test(q.sql);

export function rawSqlFor(database: Database, url: string | null, poolSize = 10): RawSql {
  if (database.kind === 'postgres' && url) {
    const pool = new pg.Pool({ connectionString: url, max: poolSize });
    const query = async <T>(text: string, params: readonly unknown[] = []) => (await pool.query(text, params as unknown[])).rows as T[];
    return {
      url,
      query,
      async replayReads(queries) {
        const client = await pool.connect();
        try {
          const t = performance.now();
          for (const q of queries) if (isRead(q)) await client.query(q.sql, q.parameters as unknown[]);
          return performance.now() - t;
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  // The embedded database (one connection), or a server whose URL is not known (tests): the database's own driver.
  const db: Kysely<DB> = database.db;
  const query = async <T>(text: string, params: readonly unknown[] = []) => (await db.executeQuery(CompiledQuery.raw(text, [...params]))).rows as T[];
  return {
    query,
    async replayReads(queries) {
      const t = performance.now();
      for (const q of queries) if (isRead(q)) await db.executeQuery(q);
      return performance.now() - t;
    },
    close: async () => undefined,
  };
}
