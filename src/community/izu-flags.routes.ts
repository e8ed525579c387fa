import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import { incidentFlaggedSchema, incidentFlagInputSchema } from './izu-flags.schemas.js';
import { flagIncident } from './izu-flags.service.js';

/** An IZU flags an incident from the web app (SMS and USSD reach the same service through their gateways). */
export const izuFlagRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/izu/flags',
    {
      schema: {
        tags: ['izu'],
        summary: 'Flag an incident (IZU): it becomes an incident report in the district register, channel izu',
        description:
          'Sexual violence, and anything marked urgent, reaches the district CPWOs at once in the app and by SMS (the reference only). No names: the child by sex and age.',
        body: incidentFlagInputSchema,
        response: { 201: incidentFlaggedSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await flagIncident(ctx, requireActor(request), request.body, 'web')),
  );
};
