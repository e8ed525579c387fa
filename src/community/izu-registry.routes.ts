import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { idParamsSchema } from '../http/params.schemas.js';
import { requireActor } from '../http/session.plugin.js';
import { importVolunteers } from './izu-import.service.js';
import { importVolunteersSchema, volunteerImportResultSchema } from './izu-import.schemas.js';
import {
  createdVolunteerSchema,
  createVolunteerSchema,
  registryQuerySchema,
  registrySchema,
  updateVolunteerSchema,
  volunteerSchema,
  volunteerStatusSchema,
} from './izu-registry.schemas.js';
import { changeVolunteerStatus, createVolunteer, getRegistry, getVolunteer, updateVolunteer } from './izu-registry.service.js';

/** The IZU registry: each village's pair, the gaps, the coordinators, and the import of district lists. */
export const izuRegistryRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['izu'];
  const byId = { tags, params: idParamsSchema };

  app.get(
    '/izu/registry',
    {
      schema: {
        tags,
        summary: "A place's registry: its villages (a page) with their pair of IZU, the gaps, and the coordinators",
        querystring: registryQuerySchema,
        response: { 200: registrySchema },
      },
    },
    async (request) => getRegistry(ctx, requireActor(request), request.query),
  );

  app.post(
    '/izu/volunteers',
    {
      schema: {
        tags,
        summary: 'Register a volunteer (an IZU, or a cell or sector coordinator)',
        body: createVolunteerSchema,
        response: { 201: createdVolunteerSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createVolunteer(ctx, requireActor(request), request.body)),
  );

  app.post(
    '/izu/import',
    {
      schema: {
        tags,
        summary: "Import a district's list of IZU (CSV or XLSX): every row checked first; a preview, or all rows written or none",
        body: importVolunteersSchema,
        response: { 200: volunteerImportResultSchema, 201: volunteerImportResultSchema },
      },
    },
    async (request, reply) => {
      const result = await importVolunteers(ctx, requireActor(request), request.body);
      return reply.status(result.dryRun ? 200 : 201).send(result);
    },
  );

  app.get('/izu/volunteers/:id', { schema: { ...byId, response: { 200: volunteerSchema } } }, async (request) =>
    getVolunteer(ctx, requireActor(request), request.params.id),
  );

  app.patch('/izu/volunteers/:id', { schema: { ...byId, body: updateVolunteerSchema, response: { 200: volunteerSchema } } }, async (request) =>
    updateVolunteer(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/izu/volunteers/:id/status',
    { schema: { ...byId, summary: 'Active, inactive, or replaced (by whom)', body: volunteerStatusSchema, response: { 200: volunteerSchema } } },
    async (request) => changeVolunteerStatus(ctx, requireActor(request), request.params.id, request.body),
  );
};
