import { generateOneTimePassword, hashPassword } from '../auth/password.js';
import type { AppContext } from '../context.js';
import { appendAudit } from '../audit/audit.repository.js';
import { NATIONAL_PLACE_ID } from '../places/place-name.js';
import { hasAnyUser, insertUser, lockFirstAdministrator } from './user.repository.js';

/**
 * On a database with no users, creates the first administrator with a
 * one-time password that must be changed at first sign-in. Returns the
 * password so start-up can print it once; it is stored only as a hash.
 */
export async function createFirstAdministrator(ctx: AppContext): Promise<{ username: string; password: string } | null> {
  const { db } = ctx.database;
  if (await hasAnyUser(db)) return null;
  const password = generateOneTimePassword();
  const username = ctx.config.adminUsername;
  const now = ctx.clock.now();
  const passwordHash = await hashPassword(password);
  const created = await db.transaction().execute(async (trx) => {
    // Servers starting together on an empty database: one creates the
    // administrator, the others wait here and then find a user.
    await lockFirstAdministrator(trx);
    if (await hasAnyUser(trx)) return false;
    const userId = await insertUser(trx, {
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
    });
    await appendAudit(trx, { id: null, role: null, ip: null, requestId: null }, { action: 'user.bootstrap', entityType: 'user', entityId: userId }, now);
    return true;
  });
  return created ? { username, password } : null;
}
