import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

/**
 * What the application's role may do on PostgreSQL when migrations run under a
 * separate owner role (DATABASE_MIGRATION_URL): read and write the working
 * tables, and only add to the audit. It owns nothing, so it cannot ALTER a
 * table, disable its triggers or drop it; it has no TRUNCATE anywhere, and no
 * UPDATE or DELETE on the audit entries or their seals. The sealer needs only
 * INSERT on audit_seals and DELETE on its queue (audit_pending), whose loss
 * the verification reports as an unsealed entry. Run by the owner after every
 * migration, so new tables are covered; README "Database roles" has the same
 * statements for a database administrator to run by hand.
 */
export async function grantAppRole(owner: Kysely<DB>, appRole: string): Promise<void> {
  const role = sql.id(appRole);
  await owner.transaction().execute(async (trx) => {
    for (const statement of [
      sql`grant usage on schema public to ${role}`,
      sql`grant select, insert, update, delete on all tables in schema public to ${role}`,
      sql`grant usage, select on all sequences in schema public to ${role}`,
      sql`revoke update, delete on audit_events, audit_seals, audit_legacy_seals from ${role}`,
      sql`revoke insert on audit_legacy_seals from ${role}`,
      sql`revoke update on audit_pending from ${role}`,
      sql`revoke insert, update, delete on schema_migrations from ${role}`,
      sql`revoke truncate, references, trigger on all tables in schema public from ${role}`,
    ]) {
      await statement.execute(trx);
    }
  });
}

export async function currentRole(db: Kysely<DB>): Promise<string> {
  const { rows } = await sql<{ role: string }>`select current_user as role`.execute(db);
  return rows[0]!.role;
}
