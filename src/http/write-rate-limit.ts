import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const WINDOW_MS = 60_000;

/**
 * Every state-changing request of a signed-in user counts toward a budget per
 * user per minute (RINDA_WRITE_RATE_LIMIT), whichever route and address it
 * comes from: a stolen session or a runaway client cannot flood the register.
 * Registered after the session guard, which has set `request.session`. Counted
 * in each server's memory, like the sign-in limit.
 */
export const writeRateLimitPlugin = fp(async (app: FastifyInstance, ctx: AppContext) => {
  // createRateLimit, not rateLimit: the latter marks the request as limited,
  // which would skip a route's own limit (sign-in, per address) after this one.
  const limit = app.createRateLimit({
    max: () => ctx.config.writeRateLimit,
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => `write:${request.session?.userId}`,
  });
  app.addHook('onRequest', async (request, reply) => {
    if (SAFE_METHODS.has(request.method) || !request.session) return;
    const result = await limit(request);
    if (result.isAllowed || !result.isExceeded) return;
    reply.header('retry-after', String(result.ttlInSeconds));
    throw new AppError('rate_limited', 'Too many changes in a short time; try again in a moment', 'errors.rate_limited', [], {
      retryAfterSeconds: result.ttlInSeconds,
    });
  });
});
