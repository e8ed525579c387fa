import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { loadMap } from '../places/load-map.js';
import { currentRole, grantAppRole } from './app-role.js';
import { openPglite, openPostgres, type Database } from './database.js';
import { migrate } from './migrate.js';

/**
 * The database the server runs on, migrated and with the map loaded. On
 * PostgreSQL with DATABASE_MIGRATION_URL, the migrations and the map load run
 * under that (owner) role, which then grants DATABASE_URL's role what the
 * application needs and no more (app-role.ts); the server keeps only the
 * application's connections.
 */
export async function openMigratedDatabase(config: Config): Promise<Database> {
  if (!config.databaseUrl) {
    mkdirSync(config.dataDir, { recursive: true });
    const database = await openPglite({ dataDir: join(config.dataDir, 'pg') });
    await migrate(database);
    await loadMap(database);
    return database;
  }
  const database = await openPostgres(config.databaseUrl);
  const owner = config.databaseMigrationUrl ? await openPostgres(config.databaseMigrationUrl, 1) : database;
  try {
    await migrate(owner);
    await loadMap(owner);
    if (owner !== database) {
      const appRole = await currentRole(database.db);
      if (appRole !== (await currentRole(owner.db))) await grantAppRole(owner.db, appRole);
    }
  } catch (err) {
    await database.close();
    throw err;
  } finally {
    if (owner !== database) await owner.close();
  }
  return database;
}
