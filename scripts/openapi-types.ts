import { randomBytes } from 'node:crypto';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { systemClock } from '../src/context.js';

/** Where the web app's API types live (checked in; tests/openapi-types-fresh.test.ts keeps it current). */
export const SCHEMA_FILE = 'web/src/api/schema.d.ts';

// The document depends only on the routes' declarations, so the app is built
// with a database that refuses every use: generating needs no PostgreSQL.
const noDatabase: Database = {
  kind: 'pglite',
  get db(): never {
    throw new Error('the OpenAPI document is built without a database');
  },
  execScript: () => Promise.reject(new Error('no database')),
  close: () => Promise.resolve(),
};

/** The server's OpenAPI document, from the routes as registered. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const config = loadConfig({ LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
  const sms = { send: () => Promise.resolve() };
  const app = await buildApp(
    { config, database: noDatabase, clock: systemClock, sms, secretKey: randomBytes(32), auditKey: randomBytes(32) },
    { logger: false },
  );
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

/** The text of web/src/api/schema.d.ts for the server as it is now. */
export async function apiTypesSource(): Promise<string> {
  // A file in a multipart body (format: binary) is a Blob in the browser.
  const blob = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));
  const ast = await openapiTS((await openApiDocument()) as never, {
    transform: (schema) => (schema.format === 'binary' ? blob : undefined),
  });
  return [
    "// Generated from the server's OpenAPI document by `npm run gen:api` (scripts/gen-api-types.ts).",
    "// Do not edit: change the route's zod schema in src/ and regenerate.",
    '',
    astToString(ast),
  ].join('\n');
}
