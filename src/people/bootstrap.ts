import { sql } from 'kysely';
import { generateOneTimePassword, hashPassword } from '../auth/password.js';
import type { AppContext } from '../context.js';
import { appendAudit } from '../audit/audit.repository.js';
import { NATIONAL_PLACE_ID } from '../places/place-name.js';

const FIRST_ADMINISTRATOR_LOCK = 727_005;

/**
 * On a database with no users, creates the first administrator with a
 * one-time password that must be changed at first sign-in. Returns the
 * password so start-up can print it once; it is stored only as a hash.
 */
export async function createFirstAdministrator(ctx: AppContext): Promise<{ username: string; password: string } | null> {
  const { db } = ctx.database;
  const hasUsers = async (q: typeof db) =>
    (await q.selectFrom('users').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n > 0;
  if (await hasUsers(db)) return null;
  const password = generateOneTimePassword();
  const username = ctx.config.adminUsername;
  const now = ctx.clock.now();
  const passwordHash = await hashPassword(password);
  const created = await db.transaction().execute(async (trx) => {
    // Servers starting together on an empty database: one creates the
    // administrator, the others wait here and then find a user.
    await sql`select pg_advisory_xact_lock(${FIRST_ADMINISTRATOR_LOCK})`.execute(trx);
    if (await hasUsers(trx)) return false;
    const user = await trx
      .insertInto('users')
      .values({
        username,
        full_name: 'System administrator',
        role: 'sysadmin',
        jurisdiction_id: NATIONAL_PLACE_ID,
        password_hash: passwordHash,
        password_changed_at: now,
        must_change_password: true,
        language: 'en',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(
      trx,
      { id: null, role: null, ip: null, requestId: null },
      { action: 'user.bootstrap', entityType: 'user', entityId: user.id },
      now,
    );
    return true;
  });
  return created ? { username, password } : null;
}
