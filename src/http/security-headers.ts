import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * The web app's policy: scripts, styles and connections from Rinda itself only
 * (no inline script: the built index.html loads one module file), images also
 * as data: URLs (the TOTP enrolment QR code), and no framing anywhere.
 */
const APP_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // Rinda also runs over plain HTTP on a district office's own network.
  upgradeInsecureRequests: null,
};

/**
 * /api/docs (Swagger UI): its own scripts are files too, but it styles with
 * inline <style> and attributes, so only style-src is relaxed there.
 */
export const DOCS_CSP =
  "default-src 'self'; script-src 'self'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Security headers on every answer (helmet): the CSP above, nosniff,
 * Referrer-Policy no-referrer, no framing. HSTS only on answers served over
 * HTTPS (directly or as a trusted proxy reports it): sent over plain HTTP it
 * would be ignored at best, and Rinda also runs on plain HTTP inside an office.
 */
export const securityHeadersPlugin = fp(async (app: FastifyInstance) => {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: APP_CSP },
    hsts: false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
  app.addHook('onRequest', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
  });
});
