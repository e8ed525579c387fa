import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { acceptFormBodies } from '../../http/form-body.js';
import { requireGatewaySecret } from './gateway-auth.js';
import { fromAfricasTalking, fromRapidProExternal, fromRapidProFlow } from './gateway-messages.js';
import { africasTalkingSmsBody, inboundAcceptedSchema, rapidProExternalBody, rapidProFlowBody } from './gateway.schemas.js';
import { receiveInboundSms } from './inbound.service.js';

// The SMS gateways' webhooks (SYSTEM.md §11). They are 'public' in the route
// table (src/access/route-access.ts) because a gateway has no session: so the
// session gate asks for none and no CSRF token (a gateway cannot hold one;
// CSRF protects a browser's cookie, and these routes read no cookie), and the
// per-user write limit does not count them (it counts signed-in users). Each
// route checks its gateway's shared secret instead (gateway-auth.ts), before
// the body is read. The answer is 200 only once the message is committed: a
// gateway that gets no answer sends it again, and the copy is kept once.

const tags = ['sms-gateways'];
/** A gateway's call is one message and its metadata; RapidPro's flow body carries the run as well. */
const BODY_LIMIT = 64 * 1024;

export const gatewayRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // RapidPro's External channel and Africa's Talking post forms.
  acceptFormBodies(app, BODY_LIMIT);
  const security = [{ gatewaySecret: [] }];

  app.post(
    '/gateways/rapidpro/external',
    {
      bodyLimit: BODY_LIMIT,
      onRequest: requireGatewaySecret(ctx, 'rapidpro'),
      schema: {
        tags,
        summary: "RapidPro External channel: a volunteer's SMS (form from, text, date, id)",
        security,
        body: rapidProExternalBody,
        response: { 200: inboundAcceptedSchema },
      },
    },
    async (request) => receiveInboundSms(ctx, fromRapidProExternal(request.body, ctx.clock.now())),
  );

  app.post(
    '/gateways/rapidpro/flow',
    {
      bodyLimit: BODY_LIMIT,
      onRequest: requireGatewaySecret(ctx, 'rapidpro'),
      schema: {
        tags,
        summary: "RapidPro flow webhook: a volunteer's answers (JSON contact, flow, results), read as the SMS they stand for",
        security,
        body: rapidProFlowBody,
        response: { 200: inboundAcceptedSchema },
      },
    },
    async (request) => receiveInboundSms(ctx, fromRapidProFlow(request.body, ctx.clock.now())),
  );

  app.post(
    '/gateways/africastalking/sms',
    {
      bodyLimit: BODY_LIMIT,
      onRequest: requireGatewaySecret(ctx, 'africastalking'),
      schema: {
        tags,
        summary: "Africa's Talking SMS callback: a volunteer's SMS (form from, to, text, date, id, linkId)",
        security,
        body: africasTalkingSmsBody,
        response: { 200: inboundAcceptedSchema },
      },
    },
    async (request) => receiveInboundSms(ctx, fromAfricasTalking(request.body, ctx.clock.now())),
  );
};
