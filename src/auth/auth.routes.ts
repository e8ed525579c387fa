import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { unauthenticated } from '../errors/app-error.js';
import { requireActor } from '../http/session.plugin.js';
import { changeLanguage, changePassword, getMe, listOwnSessions, type SessionState } from './account.service.js';
import {
  activeResponse,
  changePasswordBody,
  changePasswordResponse,
  confirmTotpBody,
  confirmTotpResponse,
  enrolResponse,
  meResponse,
  noContent,
  sessionsResponse,
  signInBody,
  stageResponse,
  updateMeBody,
  verifySecondFactorBody,
} from './auth.schemas.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { signIn, signOut, signOutEverywhere, verifySecondFactor, type CurrentSession, type RequestMeta } from './sign-in.service.js';
import { confirmTotp, enrolTotp } from './totp.service.js';

const tags = ['auth'];

const meta = (request: FastifyRequest): RequestMeta => ({
  ip: request.ip ?? null,
  requestId: request.id,
  userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null,
});

function currentSession(request: FastifyRequest): CurrentSession {
  const s = request.session;
  if (!s) throw unauthenticated();
  return { sessionId: s.sessionId, userId: s.userId, role: s.role, stage: s.stage, csrfToken: s.csrfToken };
}

function sessionState(request: FastifyRequest): SessionState {
  const s = request.session;
  if (!s) throw unauthenticated();
  return { csrfToken: s.csrfToken, pendingPasswordChange: s.pendingPasswordChange, pendingMfaEnrolment: s.pendingMfaEnrolment };
}

/**
 * Password and code guessing from one address, across accounts, is slowed
 * here; guessing one account's password locks it (auth.service.ts). The count
 * is kept in the server's memory, per server.
 */
const attemptsPerAddress = (ctx: AppContext) => ({ max: ctx.config.signInRateLimit, timeWindow: 60_000 });

export const authRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/sign-in',
    {
      config: { rateLimit: attemptsPerAddress(ctx) },
      schema: { tags, summary: 'Sign in with username and password', body: signInBody, response: { 200: stageResponse } },
    },
    async (request, reply) => {
      const result = await signIn(ctx, meta(request), { ...request.body, replacesSessionId: request.session?.sessionId });
      setSessionCookie(ctx.config, request, reply, result.token);
      return { stage: result.stage, csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/verify-totp',
    {
      config: { rateLimit: attemptsPerAddress(ctx) },
      schema: { tags, summary: 'Second step of sign-in: a TOTP code or a recovery code', body: verifySecondFactorBody, response: { 200: activeResponse } },
    },
    async (request, reply) => {
      const result = await verifySecondFactor(ctx, meta(request), currentSession(request), request.body);
      setSessionCookie(ctx.config, request, reply, result.token);
      return { stage: result.stage, csrfToken: result.csrfToken };
    },
  );

  app.get('/me', { schema: { tags, summary: 'The signed-in user', response: { 200: meResponse } } }, async (request) =>
    getMe(ctx, requireActor(request), sessionState(request)),
  );

  app.patch('/me', { schema: { tags, summary: "Change one's own language", body: updateMeBody, response: { 200: meResponse } } }, async (request) =>
    changeLanguage(ctx, requireActor(request), sessionState(request), request.body.language),
  );

  app.post(
    '/change-password',
    { schema: { tags, summary: "Change one's own password", body: changePasswordBody, response: { 200: changePasswordResponse } } },
    async (request, reply) => {
      const result = await changePassword(ctx, requireActor(request), request.body);
      setSessionCookie(ctx.config, request, reply, result.token);
      return { csrfToken: result.csrfToken };
    },
  );

  app.post('/totp/enrol', { schema: { tags, summary: 'Start setting up two-step verification', response: { 200: enrolResponse } } }, async (request) =>
    enrolTotp(ctx, requireActor(request)),
  );

  app.post(
    '/totp/confirm',
    {
      schema: { tags, summary: 'Finish setting up two-step verification', body: confirmTotpBody, response: { 200: confirmTotpResponse } },
    },
    async (request, reply) => {
      const result = await confirmTotp(ctx, requireActor(request), request.body.code);
      setSessionCookie(ctx.config, request, reply, result.token);
      return { recoveryCodes: result.recoveryCodes, csrfToken: result.csrfToken };
    },
  );

  app.get('/sessions', { schema: { tags, summary: "One's own open sessions", response: { 200: sessionsResponse } } }, async (request) => ({
    sessions: await listOwnSessions(ctx, requireActor(request)),
  }));

  // A session waiting for its code can be abandoned too (src/access/route-access.ts).
  app.post('/sign-out', { schema: { tags, summary: 'Sign out of this session', response: { 204: noContent } } }, async (request, reply) => {
    await signOut(ctx, meta(request), currentSession(request));
    clearSessionCookie(ctx.config, request, reply);
    return reply.status(204).send(null);
  });

  app.post(
    '/sign-out-everywhere',
    { schema: { tags, summary: 'Sign out of every session, on every device', response: { 204: noContent } } },
    async (request, reply) => {
      await signOutEverywhere(ctx, requireActor(request));
      clearSessionCookie(ctx.config, request, reply);
      return reply.status(204).send(null);
    },
  );
};
