import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { SESSION_COOKIE } from './session.repository.js';

// The cookie carries only a random token (its hash is the session id). No
// Max-Age: it ends with the browser, which suits shared office computers; the
// server ends it sooner on idle or absolute timeout.
//
// When it is Secure it is named with the __Host- prefix: the browser then
// accepts it only from this host over HTTPS with Path=/ and no Domain, so a
// sibling subdomain or a plain-HTTP page cannot plant a session of its own
// choosing. Over a secure connection only that name is read.

const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

type CookieConfig = Pick<Config, 'cookieSecure'>;

const cookieIsSecure = (config: CookieConfig, request: FastifyRequest) =>
  config.cookieSecure === 'true' || (config.cookieSecure === 'auto' && request.protocol === 'https');

const sessionCookieName = (config: CookieConfig, request: FastifyRequest) => (cookieIsSecure(config, request) ? SECURE_SESSION_COOKIE : SESSION_COOKIE);

/** The session token the request carries, under the name this connection uses. */
export const sessionTokenOf = (config: CookieConfig, request: FastifyRequest): string | undefined => request.cookies?.[sessionCookieName(config, request)];

const cookieOptions = (config: CookieConfig, request: FastifyRequest) => ({
  httpOnly: true,
  sameSite: 'strict' as const,
  path: '/',
  secure: cookieIsSecure(config, request),
});

export const setSessionCookie = (config: CookieConfig, request: FastifyRequest, reply: FastifyReply, token: string) =>
  reply.setCookie(sessionCookieName(config, request), token, cookieOptions(config, request));

export const clearSessionCookie = (config: CookieConfig, request: FastifyRequest, reply: FastifyReply) =>
  reply.clearCookie(sessionCookieName(config, request), cookieOptions(config, request));
