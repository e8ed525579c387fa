import { buildApp } from './app.js';
import { sealAllAudit, startAuditSealer } from './audit/audit-sealer.js';
import { loadConfig } from './config.js';
import { systemClock, type AppContext } from './context.js';
import { openMigratedDatabase } from './db/open-database.js';
import { startEscalationWorker } from './deadlines/escalation.service.js';
import { startSupervisionScheduleWorker } from './workforce/supervision-schedule.js';
import { startSmsWorker } from './notifications/sms-outbox.js';
import { startMonthlyReportReminderWorker } from './community/monthly-report-reminders.service.js';
import { createFirstAdministrator } from './people/bootstrap.js';
import { loadAuditKey, loadSecretKey } from './secret-key.js';
import { httpSmsGateway, loggingSmsGateway } from './sms/sms-gateway.js';
import { handleInboundSms } from './sms/inbound/inbound-sms.handler.js';
import { startInboundSmsWorker } from './sms/inbound/inbound-worker.js';
import { startGatewayHousekeepingWorker } from './sms/inbound/gateway-housekeeping.js';
import { startBreachEscalationWorker } from './breach/breach-register.service.js';
import { startRetentionWorker } from './retention/retention-run.service.js';

/** The longest a stop waits for requests and workers to finish before it exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 30_000;

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
  ctx.sms = config.smsGatewayUrl ? httpSmsGateway(config.smsGatewayUrl, config.smsGatewayTimeoutMs) : loggingSmsGateway((msg, data) => app.log.info(data, msg));
  let stopping = false;
  // A response sent while stopping closes its connection: a keep-alive
  // connection left open would hold the stop until it timed out.
  app.addHook('onSend', async (_request, reply) => {
    if (stopping) reply.header('connection', 'close');
  });
  const admin = await createFirstAdministrator(ctx);
  const address = await app.listen({ host: config.host, port: config.port });
  const failed = (what: string) => (err: unknown) => app.log.error({ err: { message: (err as Error).message } }, `${what} failed`);
  // Safe on every server at once (src/workers/background-worker.ts).
  const workers = [
    startEscalationWorker(ctx, failed('escalation run')),
    startSupervisionScheduleWorker(ctx, failed('supervision schedule')),
    startSmsWorker(ctx, failed('SMS delivery')),
    startAuditSealer(ctx, failed('audit sealing')),
    startMonthlyReportReminderWorker(ctx, failed('IZU report reminders')),
    startInboundSmsWorker(ctx, handleInboundSms, failed('inbound SMS handling')),
    startGatewayHousekeepingWorker(ctx, failed('gateway housekeeping')),
    startBreachEscalationWorker(ctx, failed('breach escalation')),
    startRetentionWorker(ctx, failed('retention')),
  ];
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

  // A stop (SIGTERM from the service manager, or Ctrl-C): no new connections;
  // the requests in flight are answered and the workers finish their run; the
  // entries those wrote are sealed; then the database is closed.
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping: draining requests and workers');
    setTimeout(() => {
      app.log.error('stop timed out; exiting with requests or workers unfinished');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    const idle = setInterval(() => app.server.closeIdleConnections(), 250);
    try {
      await Promise.all([app.close(), ...workers.map((w) => w.stop())]);
      clearInterval(idle);
      await sealAllAudit(database.db, ctx.auditKey);
      await database.close();
    } catch (err) {
      failed('stop')(err);
      process.exit(1);
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  process.stderr.write(`Rinda could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
