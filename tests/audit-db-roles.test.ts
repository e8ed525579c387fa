import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openPostgres, type Database } from '../src/db/database.js';
import { openMigratedDatabase } from '../src/db/open-database.js';
import { client, PLACES, signedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { testDbKind, testPostgresUrl, withDatabase } from './support/test-db.js';

// Hole 7 (c): on PostgreSQL the application runs under a role that cannot
// alter, disable the triggers of, truncate or delete from the audit tables;
// the migrations run under the owner role (DATABASE_MIGRATION_URL). The
// embedded database is one process with one user: there are no roles to
// separate, so only the configuration check runs on it.

describe('configuration', () => {
  it('refuses an owner URL without the application URL', () => {
    expect(() => loadConfig({ DATABASE_MIGRATION_URL: 'postgres://owner@127.0.0.1/rinda' } as NodeJS.ProcessEnv)).toThrow(
      /DATABASE_MIGRATION_URL.*DATABASE_URL/,
    );
  });
});

if (testDbKind === 'postgres') {
  describe('the application role on PostgreSQL', () => {
    const suffix = randomBytes(4).toString('hex');
    const ownerRole = `rinda_owner_${suffix}`;
    const appRole = `rinda_app_${suffix}`;
    const dbName = `rinda_roles_${suffix}`;
    const urlAs = (user: string) => {
      const u = new URL(withDatabase(testPostgresUrl, dbName));
      u.username = user;
      return u.toString();
    };
    const superuser = async (statement: string) => {
      const c = new pg.Client({ connectionString: testPostgresUrl });
      await c.connect();
      try {
        await c.query(statement);
      } finally {
        await c.end();
      }
    };
    let t: TestApp;
    let owner: Database;

    beforeAll(async () => {
      await superuser(`create role ${ownerRole} login`);
      await superuser(`create role ${appRole} login`);
      await superuser(`create database ${dbName} owner ${ownerRole}`);
      const config = loadConfig({ DATABASE_URL: urlAs(appRole), DATABASE_MIGRATION_URL: urlAs(ownerRole), LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
      const database = await openMigratedDatabase(config);
      t = await createTestApp({}, { database });
      owner = await openPostgres(urlAs(ownerRole), 1);
    }, 180_000);

    afterAll(async () => {
      await t?.close();
      await owner?.close();
      await superuser(`drop database if exists ${dbName} with (force)`);
      await superuser(`drop role if exists ${appRole}`);
      await superuser(`drop role if exists ${ownerRole}`);
    });

    it('migrated as the owner: the tables belong to the owner, not to the application', async () => {
      const { rows } = await sql<{ owner: string }>`select distinct tableowner as owner from pg_tables where schemaname = 'public'`.execute(t.database.db);
      expect(rows).toEqual([{ owner: ownerRole }]);
      const { rows: me } = await sql<{ me: string }>`select current_user as me`.execute(t.database.db);
      expect(me).toEqual([{ me: appRole }]);
    });

    it('refuses the application role TRUNCATE, DELETE, UPDATE, ALTER and DISABLE TRIGGER on the audit', async () => {
      const app = t.database.db;
      const before = await countAudit(app);
      for (const statement of [
        sql`truncate audit_events cascade`,
        sql`truncate audit_seals`,
        sql`truncate audit_pending`,
        sql`delete from audit_events`,
        sql`delete from audit_seals`,
        sql`update audit_events set action = 'x'`,
        sql`update audit_seals set hash = 'x'`,
        sql`delete from audit_legacy_seals`,
      ]) {
        await expect(statement.execute(app)).rejects.toThrow(/permission denied/);
      }
      for (const statement of [
        sql`alter table audit_events disable trigger all`,
        sql`alter table audit_seals disable trigger audit_seals_no_update`,
        sql`alter table audit_events disable trigger audit_events_no_truncate`,
        sql`drop trigger audit_events_no_update on audit_events`,
        sql`alter table audit_seals drop constraint audit_seals_pkey`,
        sql`drop table audit_pending`,
      ]) {
        await expect(statement.execute(app)).rejects.toThrow(/must be owner/);
      }
      await expect(sql`set session_replication_role = replica`.execute(app)).rejects.toThrow(/permission denied/);
      expect(await countAudit(app)).toEqual(before);
    });

    it('and the owner is refused TRUNCATE by the guard', async () => {
      await expect(sql`truncate audit_events cascade`.execute(owner.db)).rejects.toThrow(/append-only/);
    });

    it('runs the application: signs in, writes, audits, seals and verifies as that role', async () => {
      const { session } = await signedIn(t, { role: 'sysadmin' });
      const created = await client(t, session).post('/api/v1/organisations', { name: `Roles ${suffix}`, kind: 'ngo', placeId: PLACES.gasabo });
      expect(created.statusCode).toBe(201);
      const head = await client(t, session).get('/api/v1/audit/head');
      expect(head.statusCode).toBe(200);
      const verified = await client(t, session).get(`/api/v1/audit/verify?head=${head.json().head}`);
      expect(verified.json()).toMatchObject({ ok: true });
      const actions = await t.database.db.selectFrom('audit_events').select('action').where('actor_id', '=', session.userId).execute();
      expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['organisation.create', 'audit.head']));
    });
  });
}

async function countAudit(db: TestApp['database']['db']) {
  const n = async (table: 'audit_events' | 'audit_seals' | 'audit_pending') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return [await n('audit_events'), await n('audit_seals'), await n('audit_pending')];
}
