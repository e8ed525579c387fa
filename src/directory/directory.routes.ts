import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { idParamsSchema } from '../http/params.schemas.js';
import { requireActor } from '../http/session.plugin.js';
import { getCoverage } from './coverage.js';
import {
  coverageQuerySchema,
  coverageSchema,
  exportQuerySchema,
  importResultSchema,
  importSchema,
  pathwayListSchema,
  providerInputSchema,
  providerListQuerySchema,
  providerListSchema,
  providerSchema,
  putPathwaySchema,
  putServiceTypeSchema,
  serviceTypeListQuerySchema,
  serviceTypeListSchema,
  suggestionListSchema,
  suggestionQuerySchema,
} from './directory.schemas.js';
import {
  createProvider,
  getProvider,
  listPathways,
  listProviders,
  listServiceTypes,
  providerSuggestions,
  putPathway,
  putServiceType,
  replaceProvider,
} from './directory.service.js';
import { exportDirectory, importDirectory } from './hsds.service.js';

export const directoryRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['service directory'];

  app.get(
    '/directory/providers',
    {
      schema: {
        tags,
        summary: 'Providers, filtered by place covered, service type, kind and name',
        querystring: providerListQuerySchema,
        response: { 200: providerListSchema },
      },
    },
    async (request) => listProviders(ctx, requireActor(request), request.query),
  );

  app.post(
    '/directory/providers',
    { schema: { tags, summary: 'Add a provider with its services', body: providerInputSchema, response: { 201: providerSchema } } },
    async (request, reply) => reply.status(201).send(await createProvider(ctx, requireActor(request), request.body)),
  );

  app.get('/directory/providers/:id', { schema: { tags, params: idParamsSchema, response: { 200: providerSchema } } }, async (request) =>
    getProvider(ctx, requireActor(request), request.params.id),
  );

  app.put(
    '/directory/providers/:id',
    {
      schema: {
        tags,
        summary: 'Replace a provider and its services (a service left out is kept inactive)',
        params: idParamsSchema,
        body: providerInputSchema,
        response: { 200: providerSchema },
      },
    },
    async (request) => replaceProvider(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/directory/service-types',
    { schema: { tags, querystring: serviceTypeListQuerySchema, response: { 200: serviceTypeListSchema } } },
    async (request) => listServiceTypes(ctx, requireActor(request), request.query.includeInactive === 'true'),
  );

  app.put(
    '/directory/service-types',
    { schema: { tags, summary: 'Add, rename or deactivate a service type', body: putServiceTypeSchema, response: { 200: serviceTypeListSchema } } },
    async (request) => putServiceType(ctx, requireActor(request), request.body),
  );

  app.get(
    '/directory/referral-pathways',
    { schema: { tags, summary: 'Referral pathways (framework Table 4)', response: { 200: pathwayListSchema } } },
    async (request) => listPathways(ctx, requireActor(request)),
  );

  app.put(
    '/directory/referral-pathways',
    { schema: { tags, summary: "Replace one case type's pathway", body: putPathwaySchema, response: { 200: pathwayListSchema } } },
    async (request) => putPathway(ctx, requireActor(request), request.body),
  );

  app.get(
    '/directory/coverage',
    { schema: { tags, summary: "A district's coverage gaps by sector and service type", querystring: coverageQuerySchema, response: { 200: coverageSchema } } },
    async (request) => getCoverage(ctx, requireActor(request), request.query.districtId),
  );

  app.get(
    '/directory/export.zip',
    { schema: { tags, summary: 'The directory (or one district) as Open Referral HSDS 3.0 CSV files in a ZIP', querystring: exportQuerySchema } },
    async (request, reply) => {
      const zip = await exportDirectory(ctx, requireActor(request), request.query.districtId ?? null);
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="rinda-directory${request.query.districtId ? `-${request.query.districtId}` : ''}.zip"`)
        .send(Buffer.from(zip));
    },
  );

  app.post(
    '/directory/import',
    {
      bodyLimit: 40 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import HSDS 3.0 CSV files: all checked first, nothing written if a row fails',
        body: importSchema,
        response: { 201: importResultSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await importDirectory(ctx, requireActor(request), request.body)),
  );

  app.get(
    '/cases/:id/provider-suggestions',
    {
      schema: {
        tags,
        summary: "Providers for one of a case's needs: offering it, covering the child's village, fit for the child",
        params: idParamsSchema,
        querystring: suggestionQuerySchema,
        response: { 200: suggestionListSchema },
      },
    },
    async (request) => providerSuggestions(ctx, requireActor(request), request.params.id, request.query),
  );
};
