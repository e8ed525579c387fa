import type { FastifyInstance } from 'fastify';

const FORM = 'application/x-www-form-urlencoded';

/**
 * Reads form-encoded bodies in the plugin that calls it (the gateways and the
 * USSD aggregator post forms; the rest of the API takes JSON alone).
 * URLSearchParams reads the encoding (+ for space, %-escapes); a field given
 * twice keeps its last value.
 */
export function acceptFormBodies(app: FastifyInstance, bodyLimit: number): void {
  if (app.hasContentTypeParser(FORM)) return;
  app.addContentTypeParser(FORM, { parseAs: 'string', bodyLimit }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
}
