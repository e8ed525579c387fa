import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import type { GatewayRefusalReason } from '../../db/tables/inbound-sms.js';
import { AppError, unauthenticated } from '../../errors/app-error.js';
import { countRecentGatewayRefusals, insertGatewayRefusal } from './inbound.repository.js';

// A gateway is not a signed-in user: it proves itself with the shared secret
// configured for it (RINDA_GATEWAY_SECRET, or RINDA_GATEWAY_SECRET_<GATEWAY>).
// A gateway with no secret configured is refused, never open. Every refusal
// answers 401, stores nothing of the message, and is recorded
// (gateway_refusals) so an administrator sees a misconfigured gateway or
// someone trying numbers. Refusals are recorded up to a cap per source
// address and window (RINDA_GATEWAY_REFUSAL_LIMIT per
// RINDA_GATEWAY_REFUSAL_WINDOW_MINUTES): past it the caller is answered 429
// and nothing is written, so a flood cannot grow the table without bound
// (the housekeeping worker, gateway-housekeeping.ts, deletes old ones).

export type GatewayName = keyof AppContext['config']['gatewaySecrets'];

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The secret a call carries: the `X-Rinda-Gateway-Secret` header, or
 * `Authorization: Token …` / `Bearer …` (RapidPro's webhooks can set headers),
 * or a `secret` query parameter (Africa's Talking calls a URL it is given and
 * sets no header of ours).
 */
export function presentedSecret(request: FastifyRequest): string | null {
  const header = request.headers['x-rinda-gateway-secret'];
  if (typeof header === 'string' && header) return header;
  const authorization = request.headers.authorization;
  const m = typeof authorization === 'string' ? /^(?:Token|Bearer)\s+(\S+)$/i.exec(authorization.trim()) : null;
  if (m) return m[1]!;
  const query = (request.query as Record<string, unknown> | undefined)?.secret;
  return typeof query === 'string' && query ? query : null;
}

/** Why a call is refused, or null when it carries the gateway's secret (compared in constant time, over digests). */
export function refusalOf(configured: string | undefined, presented: string | null): GatewayRefusalReason | null {
  if (!configured) return 'not_configured';
  if (!presented) return 'missing_secret';
  return timingSafeEqual(digest(presented), digest(configured)) ? null : 'wrong_secret';
}

/** A route hook (onRequest: before the body is read) that lets in only calls carrying the gateway's secret. */
export function requireGatewaySecret(ctx: AppContext, gateway: GatewayName) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const reason = refusalOf(ctx.config.gatewaySecrets[gateway], presentedSecret(request));
    if (!reason) return;
    const now = ctx.clock.now();
    const ip = request.ip ?? null;
    const { gatewayRefusalLimit: limit, gatewayRefusalWindowMinutes: minutes } = ctx.config;
    if (ip && (await countRecentGatewayRefusals(ctx.database.db, ip, new Date(now.getTime() - minutes * 60_000), limit)) >= limit) {
      const retryAfterSeconds = Math.ceil(minutes * 60);
      reply.header('retry-after', String(retryAfterSeconds));
      throw new AppError('rate_limited', 'Too many refused calls from this address; try again later', 'errors.rate_limited', [], { retryAfterSeconds });
    }
    await insertGatewayRefusal(ctx.database.db, { gateway, at: now, ip, requestId: request.id, reason });
    throw unauthenticated('The gateway secret is missing or wrong', 'errors.unauthenticated');
  };
}
