import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { pageQuerySchema } from '../../http/paging.schemas.js';
import { requireActor } from '../../http/session.plugin.js';
import { recordServiceSchema, serviceListSchema, serviceSchema } from './services.schemas.js';
import { listServices, recordService } from './services.service.js';
import { idParamsSchema } from '../../http/params.schemas.js';

export const serviceRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['case follow-up'];

  app.post(
    '/cases/:id/services',
    {
      schema: { tags, summary: 'Record a direct service given (step 7)', params: idParamsSchema, body: recordServiceSchema, response: { 201: serviceSchema } },
    },
    async (request, reply) => reply.status(201).send(await recordService(ctx, requireActor(request), request.params.id, request.body)),
  );

  app.get(
    '/cases/:id/services',
    {
      schema: {
        tags,
        summary: 'Direct services given, newest first',
        params: idParamsSchema,
        querystring: pageQuerySchema,
        response: { 200: serviceListSchema },
      },
    },
    async (request) => listServices(ctx, requireActor(request), request.params.id, request.query),
  );
};
