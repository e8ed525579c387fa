import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import {
  PostgresQueryCompiler,
  type CompiledQuery,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { startAuditSealer } from '../../src/audit/audit-sealer.js';
import { buildApp, type App } from '../../src/app.js';
import { createSession, SESSION_COOKIE } from '../../src/auth/session.repository.js';
import { loadConfig } from '../../src/config.js';
import { systemClock, type AppContext } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { loggingSmsGateway } from '../../src/sms/sms-gateway.js';

// Rinda as its users meet it: the real app on a real port. Sign-in is not
// what is measured, so sessions are made directly. A Kysely plugin can record
// the SQL a request runs, so a benchmark can replay the same statements raw.

/**
 * Records the compiled SQL of every query executed while `recording` is set.
 * transformQuery also sees subqueries as they are built, so a statement is
 * kept only when its result comes back (transformResult, same query id).
 */
class QueryRecorder implements KyselyPlugin {
  private readonly compiler = new PostgresQueryCompiler();
  private readonly built = new WeakMap<object, CompiledQuery>();
  recording: CompiledQuery[] | null = null;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.recording) this.built.set(args.queryId, this.compiler.compileQuery(args.node, args.queryId));
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const compiled = this.built.get(args.queryId);
    if (compiled && this.recording) this.recording.push(compiled);
    return args.result;
  }
}

export type BenchSession = { userId: string; cookie: string; csrf: string };

export type BenchApp = {
  app: App;
  ctx: AppContext;
  baseUrl: string;
  /** A signed-in session for a user (stage active, as after the second factor). */
  signIn(userId: string): Promise<BenchSession>;
  /** The SQL statements `fn` made the app run. */
  recordQueries(fn: () => Promise<unknown>): Promise<CompiledQuery[]>;
  close(): Promise<void>;
};

export async function startBenchApp(database: Database): Promise<BenchApp> {
  const recorder = new QueryRecorder();
  const config = {
    ...loadConfig({ LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv),
    cookieSecure: 'false' as const,
    // Seeded passwords are set on the seed's last day; sessions live through a long run.
    passwordExpiryDays: 0,
    sessionIdleMinutes: 600,
    // The write-path figure has one user write as fast as the server takes it.
    writeRateLimit: 1_000_000,
  };
  const ctx: AppContext = {
    config,
    database: { ...database, db: database.db.withPlugin(recorder) },
    clock: systemClock,
    sms: loggingSmsGateway(() => undefined),
    secretKey: randomBytes(32),
    auditKey: randomBytes(32),
  };
  const app = await buildApp(ctx, { logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  // As in production (src/main.ts): the audit entries the requests write are
  // sealed into the chain in the background while the benchmarks run.
  // (On the unrecorded connection: its statements are not the request's.)
  const sealer = startAuditSealer({ ...ctx, database }, (err) => process.stderr.write(`audit sealing failed: ${(err as Error).message}\n`));
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    ctx,
    baseUrl: `http://127.0.0.1:${port}`,
    async signIn(userId) {
      const s = await createSession(database.db, {
        userId,
        stage: 'active',
        now: ctx.clock.now(),
        absoluteHours: config.sessionAbsoluteHours,
        ip: '127.0.0.1',
        userAgent: 'rinda-bench',
      });
      return { userId, cookie: `${SESSION_COOKIE}=${s.token}`, csrf: s.csrfToken };
    },
    async recordQueries(fn) {
      const recorded: CompiledQuery[] = [];
      recorder.recording = recorded;
      try {
        await fn();
      } finally {
        recorder.recording = null;
      }
      return recorded;
    },
    async close() {
      await sealer.stop();
      await app.close();
    },
  };
}
