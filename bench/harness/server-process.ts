import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { systemClock } from '../../src/context.js';
import { openPostgres } from '../../src/db/database.js';
import { loggingSmsGateway } from '../../src/sms/sms-gateway.js';

// Rinda alone in a process of its own (PostgreSQL only), so a benchmark can
// read the server's own memory from /proc. Prints {"port": n} when listening;
// stops when its parent closes stdin.

async function main() {
  const url = process.env.BENCH_SERVER_DATABASE_URL;
  if (!url) throw new Error('BENCH_SERVER_DATABASE_URL is required');
  const database = await openPostgres(url, 10);
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv), cookieSecure: 'false' as const, passwordExpiryDays: 0, sessionIdleMinutes: 600 };
  const app = await buildApp({ config, database, clock: systemClock, sms: loggingSmsGateway(() => undefined), secretKey: randomBytes(32) }, { logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.stdout.write(JSON.stringify({ port: (app.server.address() as AddressInfo).port }) + '\n');
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.stdin.on('end', stop);
  process.stdin.resume();
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  process.stderr.write(`bench server failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
