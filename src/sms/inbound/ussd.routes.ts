import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { acceptFormBodies } from '../../http/form-body.js';
import { requireGatewaySecret } from './gateway-auth.js';
import { answerUssd } from './ussd.service.js';
import { ussdRequestBody } from './ussd.schemas.js';

// The USSD menu's callback (SYSTEM.md §11, Africa's Talking style). Like the
// SMS gateways' webhooks it is 'public' in the route table (an aggregator has
// no session, no cookie and no CSRF token) and lets in only calls carrying
// the shared secret (RINDA_GATEWAY_SECRET_USSD, else RINDA_GATEWAY_SECRET;
// gateway-auth.ts: header, Authorization or ?secret=), checked before the body
// is read; a refusal answers 401 and is recorded. The answer is plain text,
// 'CON …' or 'END …'.

const BODY_LIMIT = 8 * 1024;

export const ussdRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  acceptFormBodies(app, BODY_LIMIT);
  app.post(
    '/gateways/ussd',
    {
      bodyLimit: BODY_LIMIT,
      onRequest: requireGatewaySecret(ctx, 'ussd'),
      schema: {
        tags: ['sms-gateways'],
        summary: "USSD menu (Africa's Talking style): the monthly report and flags; answers 'CON …' to go on or 'END …' to finish",
        security: [{ gatewaySecret: [] }],
        body: ussdRequestBody,
        produces: ['text/plain'],
      },
    },
    async (request, reply) => {
      const text = await answerUssd(ctx, request.body, request.id);
      return reply.header('content-type', 'text/plain; charset=utf-8').header('cache-control', 'no-store').send(text);
    },
  );
};
