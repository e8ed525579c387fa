import { monthOf } from '../../community/monthly-report.service.js';
import type { AppContext } from '../../context.js';
import { startWorker, type BackgroundWorker } from '../../workers/background-worker.js';
import { deleteGatewayRefusalsBefore } from './inbound.repository.js';
import { previousMonth } from './ussd.service.js';
import { deleteDraftsBeforeMonth, deleteUssdSessionsBefore } from './ussd.repository.js';

// What the gateways leave behind, cleared on a schedule: USSD sessions hold
// the caller's number and the session's last answer, and are needed only
// while the aggregator may repeat a request (minutes); a menu draft of a
// month the menu no longer offers (before last month) can never be carried
// on; recorded gateway refusals are kept for an administrator to look into,
// then go. Each delete is one statement, safe on every server at once.

export type GatewayHousekeepingRun = { ussdSessions: number; ussdDrafts: number; gatewayRefusals: number };

export async function purgeGatewayLeftovers(ctx: AppContext): Promise<GatewayHousekeepingRun> {
  const now = ctx.clock.now();
  const { db } = ctx.database;
  const ussdSessions = await deleteUssdSessionsBefore(db, new Date(now.getTime() - ctx.config.ussdSessionMaxAgeHours * 3_600_000));
  const ussdDrafts = await deleteDraftsBeforeMonth(db, previousMonth(monthOf(ctx, now)));
  const gatewayRefusals = await deleteGatewayRefusalsBefore(db, new Date(now.getTime() - ctx.config.gatewayRefusalMaxAgeDays * 86_400_000));
  return { ussdSessions, ussdDrafts, gatewayRefusals };
}

/** The server's gateway housekeeping worker (src/main.ts), every RINDA_GATEWAY_HOUSEKEEPING_INTERVAL_MS. */
export function startGatewayHousekeepingWorker(ctx: AppContext, onError: (err: unknown) => void): BackgroundWorker {
  return startWorker({ name: 'gateway-housekeeping', everyMs: ctx.config.gatewayHousekeepingIntervalMs, run: () => purgeGatewayLeftovers(ctx), onError });
}
