import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openPglite, openPostgres } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { loadMap } from '../../src/places/load-map.js';
import { cacheDir, schemaFingerprint, testDbKind, testPostgresUrl, withDatabase } from './test-db.js';

/**
 * Migrates and loads the map once per run into a template; each test file then
 * gets a cheap copy (PGlite: loadDataDir from a dump; PostgreSQL: CREATE
 * DATABASE … TEMPLATE).
 */
export default async function setup({ provide }: { provide: (key: string, value: unknown) => void }) {
  const fp = schemaFingerprint();
  if (testDbKind === 'pglite') {
    mkdirSync(cacheDir, { recursive: true });
    const file = join(cacheDir, `pglite-template-${fp}.tar`);
    if (!existsSync(file)) {
      const database = await openPglite();
      await migrate(database);
      await loadMap(database);
      const blob = await database.dump!();
      writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
      await database.close();
    }
    provide('templateFile', file);
    return;
  }
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(`The PostgreSQL test server at ${testPostgresUrl} is unreachable (${(err as Error).message}). ` + 'Start it, or set TEST_DATABASE_URL.', {
      cause: err,
    });
  }
  const template = `rinda_tpl_${fp}_${process.pid}`;
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  const database = await openPostgres(withDatabase(testPostgresUrl, template), 2);
  await migrate(database);
  await loadMap(database);
  await database.close();
  provide('templateDatabase', template);
  provide('runId', String(process.pid));
  return async () => {
    // Drop the copies this run made, then the template.
    const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [`rinda_t_${process.pid}_%`]);
    for (const r of rows) await admin.query(`drop database if exists ${r.datname} with (force)`);
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.end();
  };
}
