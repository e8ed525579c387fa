import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import {
  createOrganisationSchema,
  organisationListQuerySchema,
  organisationListSchema,
  organisationSchema,
  updateOrganisationSchema,
} from './organisation.schemas.js';
import { createOrganisation, listOrganisations, updateOrganisation } from './organisation.service.js';
import { idParamsSchema } from '../http/params.schemas.js';

export const organisationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['organisations'];

  app.get('/organisations', { schema: { tags, querystring: organisationListQuerySchema, response: { 200: organisationListSchema } } }, async (request) =>
    listOrganisations(ctx, requireActor(request), request.query),
  );

  app.post('/organisations', { schema: { tags, body: createOrganisationSchema, response: { 201: organisationSchema } } }, async (request, reply) =>
    reply.status(201).send(await createOrganisation(ctx, requireActor(request), request.body)),
  );

  app.patch(
    '/organisations/:id',
    { schema: { tags, params: idParamsSchema, body: updateOrganisationSchema, response: { 200: organisationSchema } } },
    async (request) => updateOrganisation(ctx, requireActor(request), request.params.id, request.body),
  );
};
