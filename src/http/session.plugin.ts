import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../access/actor.js';
import { auditDeniedAccess } from '../access/denied-access.js';
import { mayBreakGlass } from '../access/case-access.js';
import { liveEmergencyGrants } from '../data-protection/emergency-access.repository.js';
import { authLevelOf, routeRule, type AuthLevel } from '../access/route-access.js';
import { sessionTokenOf } from '../auth/session-cookie.js';
import { deleteSession, findSession, touchSession, type SessionWithUser } from '../auth/session.repository.js';
import type { AppContext } from '../context.js';
import { AppError, unauthenticated } from '../errors/app-error.js';
import { csrfTokenMatches } from './csrf-token.js';

/**
 * What a route needs of the session, read from the route table
 * (src/access/route-access.ts) for the route the router matched:
 * - 'public': nothing (health, sign-in, OpenAPI, the web app);
 * - 'mfa': a session waiting for its second factor (the TOTP step);
 * - 'pending': a signed-in user who may still have to change the password
 *   or enrol TOTP (those screens, sign-out, who-am-I);
 * - 'user' (a route without an entry too): a fully signed-in user.
 */

declare module 'fastify' {
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
  // A record refused as not found is audited as a denied access (src/access/denied-access.ts).
  app.addHook('onError', async (request, _reply, error) => auditDeniedAccess(ctx, request, error));

  // onRequest, so an anonymous caller gets 401 before any validation message.
  app.addHook('onRequest', async (request) => {
    // Decided on the route the router matched, never on how the URL is spelt
    // (`/%61pi/v1/…` matches `/api/v1/…`). No route matched: the not-found
    // answer, which carries nothing.
    const level: AuthLevel = request.is404 ? 'public' : authLevelOf(routeRule(request.method, request.routeOptions.url));
    // `/users/` matches `/users/:id` with an empty id, which names nothing: no such route.
    const params = request.params as Record<string, string> | undefined;
    if (params && Object.entries(params).some(([name, value]) => name !== '*' && value === '')) {
      throw new AppError('not_found', 'No such route', 'errors.no_route');
    }
    const token = sessionTokenOf(ctx.config, request);
    const now = ctx.clock.now();
    if (token) {
      const s = await findSession(ctx.database.db, token);
      const { config } = ctx;
      const expired = !s || !s.active || s.expiresAt.getTime() <= now.getTime() || s.lastSeenAt.getTime() + config.sessionIdleMinutes * 60_000 <= now.getTime();
      if (s && expired) await deleteSession(ctx.database.db, s.sessionId);
      if (s && !expired) {
        const passwordExpired = config.passwordExpiryDays > 0 && s.passwordChangedAt.getTime() + config.passwordExpiryDays * 86_400_000 <= now.getTime();
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
          // Emergency accesses live by the server's clock: one that expired is simply not loaded.
          if (mayBreakGlass(request.actor)) request.actor.emergencyGrants = await liveEmergencyGrants(ctx.database.db, s.userId, now);
        }
        if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_EVERY_MS) await touchSession(ctx.database.db, s.sessionId, now);
      }
    }
    if (level === 'public') return;
    const session = request.session;
    if (!session) throw unauthenticated('Sign in first', 'errors.unauthenticated');
    // CSRF: a state-changing request must echo the session's token in a header
    // that a cross-site form cannot set.
    if (!SAFE_METHODS.has(request.method) && !csrfTokenMatches(request.headers['x-csrf-token'], session.csrfToken)) {
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
