import type { AppContext } from '../../context.js';
import type { InboundMessage } from './gateway-messages.js';
import { findInboundSmsId, insertInboundSms } from './inbound.repository.js';
import { kickInboundSmsWorker } from './inbound-worker.js';

/**
 * Stores a gateway's message in one statement, committed before the gateway
 * is answered, and wakes the inbound worker. A gateway id already stored is a
 * repeated delivery: answered the same, stored once.
 */
export async function receiveInboundSms(ctx: AppContext, message: InboundMessage): Promise<{ received: true; duplicate: boolean; id: string }> {
  const { db } = ctx.database;
  const id = await insertInboundSms(db, { ...message, receivedAt: ctx.clock.now() });
  if (id !== null) {
    kickInboundSmsWorker(ctx);
    return { received: true, duplicate: false, id: String(id) };
  }
  const stored = await findInboundSmsId(db, message.gateway, message.gatewayMessageId);
  return { received: true, duplicate: true, id: String(stored) };
}
