import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../access/actor.js';
import { deleteSession, findSession, SESSION_COOKIE, touchSession, type SessionWithUser } from '../auth/session.repository.js';
import type { AppContext } from '../context.js';
import { AppError, unauthenticated } from '../errors/app-error.js';

/**
 * What a route needs of the session (set in the route's `config.auth`):
 * - 'public': nothing (health, sign-in, OpenAPI);
 * - 'mfa': a session waiting for its second factor (the TOTP step);
 * - 'pending': a signed-in user who may still have to change the password
 *   or enrol TOTP (those screens, sign-out, who-am-I);
 * - 'user' (default): a fully signed-in user.
 */
export type AuthLevel = 'public' | 'mfa' | 'pending' | 'user';

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthLevel;
  }
  interface FastifyRequest {
    session?: NonNullable<SessionWithUser> & { pendingPasswordChange: boolean; pendingMfaEnrolment: boolean };
    actor?: Actor;
  }
}

const TOUCH_EVERY_MS = 60_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

export const sessionPlugin = fp(async (app: FastifyInstance, ctx: AppContext) => {
  // onRequest, so an anonymous caller gets 401 before any validation message.
  app.addHook('onRequest', async (request) => {
    // Only the API is guarded; the web app's files and unknown routes are public.
    const level: AuthLevel =
      request.is404 || !request.url.startsWith('/api/v1/') ? 'public' : (request.routeOptions.config?.auth ?? 'user');
    const token = request.cookies?.[SESSION_COOKIE];
    const now = ctx.clock.now();
    if (token) {
      const s = await findSession(ctx.database.db, token);
      const { config } = ctx;
      const expired =
        !s ||
        !s.active ||
        s.expiresAt.getTime() <= now.getTime() ||
        s.lastSeenAt.getTime() + config.sessionIdleMinutes * 60_000 <= now.getTime();
      if (s && expired) await deleteSession(ctx.database.db, s.sessionId);
      if (s && !expired) {
        const passwordExpired =
          config.passwordExpiryDays > 0 &&
          s.passwordChangedAt.getTime() + config.passwordExpiryDays * 86_400_000 <= now.getTime();
        request.session = {
          ...s,
          pendingPasswordChange: s.mustChangePassword || passwordExpired,
          pendingMfaEnrolment: config.mfaRoles.includes(s.role) && !s.totpEnabled,
        };
        if (s.stage === 'active') {
          request.actor = {
            id: s.userId,
            username: s.username,
            fullName: s.fullName,
            role: s.role,
            organisationId: s.organisationId,
            jurisdictionId: s.jurisdictionId,
            jurisdictionLevel: s.jurisdictionLevel,
            supervisorId: s.supervisorId,
            trainingCompletedOn: s.trainingCompletedOn,
            language: s.language,
            sessionId: s.sessionId,
            ip: request.ip ?? null,
            requestId: request.id,
          };
        }
        if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_EVERY_MS) await touchSession(ctx.database.db, s.sessionId, now);
      }
    }
    if (level === 'public') return;
    const session = request.session;
    if (!session) throw unauthenticated('Sign in first', 'errors.unauthenticated');
    // CSRF: a state-changing request must echo the session's token in a header
    // that a cross-site form cannot set.
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw new AppError('forbidden', 'Missing or wrong CSRF token', 'errors.csrf');
    }
    if (level === 'mfa') return;
    if (session.stage !== 'active') throw unauthenticated('Enter the code from your authenticator app', 'errors.mfa_required');
    if (level === 'pending') return;
    if (session.pendingPasswordChange) {
      throw new AppError('forbidden', 'Change your password first', 'errors.password_change_required');
    }
    if (session.pendingMfaEnrolment) {
      throw new AppError('forbidden', 'Set up two-step verification first', 'errors.mfa_enrolment_required');
    }
  });
});
