import {
  Kysely,
  PostgresDialect,
  type Transaction,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type Dialect,
} from 'kysely';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import type { DB } from './schema.js';

/** What a repository reads and writes through: the database, or a transaction on it. */
export type Db = Kysely<DB> | Transaction<DB>;

export type Database = {
  kind: 'pglite' | 'postgres';
  db: Kysely<DB>;
  /** Runs a multi-statement SQL script (migrations). */
  execScript(sql: string): Promise<void>;
  close(): Promise<void>;
  /** Embedded only: a snapshot of the whole data directory (test templates). */
  dump?: () => Promise<Blob>;
};

// PostgreSQL returns int8 (count(*), bigserial) as strings; Rinda's counts fit
// in a JS number, so parse them.
pg.types.setTypeParser(20, (v) => Number(v));

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection that the server ends (a restart, a failover, a backend
  // terminated by an administrator or by DROP DATABASE … WITH (FORCE)) is an
  // 'error' event on the pool, which drops that connection and opens a new one
  // when next needed. Without a listener, Node would end the whole process.
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    async execScript(sql) {
      const client = await pool.connect();
      try {
        await client.query(sql);
      } catch (err) {
        // A script that failed inside its own BEGIN leaves this connection in
        // an aborted transaction: end it here, before the pool hands it out.
        await client.query('rollback').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}

export async function openPglite(opts: { dataDir?: string; loadDataDir?: Blob | File } = {}): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  // Not btree_gin: with it, PGlite 0.5 now and then never returns from a query
  // that follows a trigram search (migrations/0007 does without it here).
  const client = await PGlite.create({
    dataDir: opts.dataDir,
    loadDataDir: opts.loadDataDir,
    extensions: { pg_trgm },
  });
  const db = new Kysely<DB>({ dialect: new PgliteDialect(client) });
  return {
    kind: 'pglite',
    db,
    async execScript(sql) {
      await client.exec(sql);
    },
    async close() {
      await db.destroy();
    },
    dump: () => client.dumpDataDir('none') as Promise<Blob>,
  };
}

/**
 * PGlite is a single connection. Kysely runs a transaction on one connection
 * from BEGIN to COMMIT, so connections are handed out one at a time: a second
 * request waits until the first releases, which keeps transactions from
 * interleaving on the embedded database.
 */
class PgliteDialect implements Dialect {
  constructor(private readonly client: PGlite) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PgliteDriver(this.client);
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}

class PgliteDriver implements Driver {
  private queue: Promise<void> = Promise.resolve();
  private readonly connection: PgliteConnection;
  constructor(private readonly client: PGlite) {
    this.connection = new PgliteConnection(client);
  }
  async init() {}
  async acquireConnection(): Promise<DatabaseConnection> {
    let release!: () => void;
    const previous = this.queue;
    this.queue = new Promise<void>((r) => (release = r));
    await previous;
    this.connection.release = release;
    return this.connection;
  }
  async beginTransaction(conn: DatabaseConnection) {
    await conn.executeQuery({ sql: 'begin', parameters: [] } as unknown as CompiledQuery);
  }
  async commitTransaction(conn: DatabaseConnection) {
    await conn.executeQuery({ sql: 'commit', parameters: [] } as unknown as CompiledQuery);
  }
  async rollbackTransaction(conn: DatabaseConnection) {
    await conn.executeQuery({ sql: 'rollback', parameters: [] } as unknown as CompiledQuery);
  }
  async releaseConnection(conn: DatabaseConnection) {
    (conn as PgliteConnection).release?.();
  }
  async destroy() {
    await this.client.close();
  }
}

class PgliteConnection implements DatabaseConnection {
  release?: () => void;
  constructor(private readonly client: PGlite) {}
  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const res = await this.client.query<R>(compiled.sql, compiled.parameters as unknown[], {
      parsers: { 20: (v: string) => Number(v) },
    });
    const affected = res.affectedRows ?? 0;
    return {
      rows: res.rows,
      numAffectedRows: BigInt(affected),
    };
  }
  async *streamQuery<R>(compiled: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const r = await this.executeQuery<R>(compiled);
    yield r;
  }
}
