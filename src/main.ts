import { buildApp } from './app.js';
import { startAuditSealer } from './audit/audit-sealer.js';
import { loadConfig } from './config.js';
import { systemClock, type AppContext } from './context.js';
import { openMigratedDatabase } from './db/open-database.js';
import { startEscalationTimer } from './deadlines/escalation.service.js';
import { startSmsRetry } from './notifications/sms-outbox.js';
import { createFirstAdministrator } from './people/bootstrap.js';
import { loadAuditKey, loadSecretKey } from './secret-key.js';
import { loggingSmsGateway } from './sms/sms-gateway.js';

async function main() {
  const started = performance.now();
  const config = loadConfig();
  const database = await openMigratedDatabase(config);
  const ctx: AppContext = {
    config,
    database,
    clock: systemClock,
    sms: loggingSmsGateway(() => undefined),
    secretKey: loadSecretKey(config),
    auditKey: loadAuditKey(config),
  };
  const app = await buildApp(ctx);
  ctx.sms = loggingSmsGateway((msg, data) => app.log.info(data, msg));
  const admin = await createFirstAdministrator(ctx);
  const address = await app.listen({ host: config.host, port: config.port });
  startEscalationTimer(ctx, (err) => app.log.error({ err: { message: (err as Error).message } }, 'escalation run failed'));
  const stopAuditSealer = startAuditSealer(ctx, (err) => app.log.error({ err: { message: (err as Error).message } }, 'audit sealing failed'));
  const stopSmsRetry = startSmsRetry(ctx, (err) => app.log.error({ err: { message: (err as Error).message } }, 'SMS retry failed'));
  const url = config.publicUrl ?? address.replace('[::1]', 'localhost');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const lines = [
    '',
    `Rinda is running at ${url} (${database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'}; started in ${seconds} s)`,
  ];
  if (admin) {
    lines.push(
      `First administrator: username "${admin.username}", one-time password: ${admin.password}`,
      'Sign in with it now; you will be asked to choose a new password and set up two-step verification.',
    );
  }
  process.stdout.write(lines.join('\n') + '\n\n');

  const stop = async () => {
    stopSmsRetry();
    await app.close();
    // A seal half written when the database closes would only be rolled back,
    // but waiting for it keeps the shutdown log free of a spurious error.
    await stopAuditSealer();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  process.stderr.write(`Rinda could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
