import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { idParamsSchema } from '../http/params.schemas.js';
import { requireActor } from '../http/session.plugin.js';
import { carerListQuerySchema, carerListSchema, carerSchema, carerStepSchema, registerCarerSchema, updateCarerTermsSchema } from './carers.schemas.js';
import { getCarer, listCarers, recordCarerStep, registerCarer, updateCarerTerms } from './carers.service.js';

export const carerRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['alternative care'];
  app.get(
    '/care/carers',
    {
      schema: {
        tags,
        summary: "The foster carers register of the caller's jurisdiction",
        querystring: carerListQuerySchema,
        response: { 200: carerListSchema },
      },
    },
    async (request) => listCarers(ctx, requireActor(request), request.query),
  );
  app.post(
    '/care/carers',
    { schema: { tags, summary: 'Register an applicant household', body: registerCarerSchema, response: { 201: carerSchema } } },
    async (request, reply) => reply.status(201).send(await registerCarer(ctx, requireActor(request), request.body)),
  );
  app.get(
    '/care/carers/:id',
    { schema: { tags, summary: 'One carer of the register', params: idParamsSchema, response: { 200: carerSchema } } },
    async (request) => getCarer(ctx, requireActor(request), request.params.id),
  );
  app.put(
    '/care/carers/:id/terms',
    {
      schema: {
        tags,
        summary: "The household's capacity, the ages it takes, its emergency availability",
        params: idParamsSchema,
        body: updateCarerTermsSchema,
        response: { 200: carerSchema },
      },
    },
    async (request) => updateCarerTerms(ctx, requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/care/carers/:id/steps',
    {
      schema: {
        tags,
        summary: 'Record assessment, training, approval or refusal (with reasons)',
        params: idParamsSchema,
        body: carerStepSchema,
        response: { 200: carerSchema },
      },
    },
    async (request) => recordCarerStep(ctx, requireActor(request), request.params.id, request.body),
  );
};
