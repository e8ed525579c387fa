import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition } from '../attachments/file-type.js';
import type { AppContext } from '../context.js';
import { idParamsSchema } from '../http/params.schemas.js';
import { requireActor } from '../http/session.plugin.js';
import { LANGUAGES } from '../people/people-vocabulary.js';
import {
  dpDecisionSchema,
  dpExecutionSchema,
  dpRequestListQuerySchema,
  dpRequestListSchema,
  dpRequestSchema,
  newDpRequestSchema,
  personFileQuerySchema,
  personFileSchema,
  subjectQuerySchema,
  subjectSchema,
} from './dp-request.schemas.js';
import { decideRequest, executeRequest, findSubject, getRequest, listRequests, recordRequest } from './dp-request.service.js';
import {
  breakGlassSchema,
  emergencyFindingSchema,
  emergencyGrantSchema,
  emergencyReviewItemSchema,
  emergencyReviewListSchema,
  emergencyReviewQuerySchema,
} from './emergency-access.schemas.js';
import { breakGlass, closeEmergencyAccess, emergencyReviewList } from './emergency-access.service.js';
import { personFilePdf, producePersonFile } from './person-file.service.js';

// The rights of the people in the records (Law 058/2021 Arts 18–23) and
// emergency access. Thin: access is decided in src/access, the rest in the services.

export const dataProtectionRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['data protection'];
  const fileQuery = personFileQuerySchema.extend({ language: z.enum(LANGUAGES).optional() });

  app.get(
    '/data-protection/subjects',
    {
      schema: {
        tags,
        summary: 'A child’s file and its household, to record a request against',
        querystring: subjectQuerySchema,
        response: { 200: subjectSchema },
      },
    },
    async (request) => findSubject(ctx, requireActor(request), request.query.childCode),
  );
  app.get(
    '/data-protection/requests',
    { schema: { tags, summary: 'The requests register', querystring: dpRequestListQuerySchema, response: { 200: dpRequestListSchema } } },
    async (request) => listRequests(ctx, requireActor(request), request.query),
  );
  app.post(
    '/data-protection/requests',
    {
      schema: {
        tags,
        summary: 'Record a request (access, rectification, objection, restriction, erasure)',
        body: newDpRequestSchema,
        response: { 201: dpRequestSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await recordRequest(ctx, requireActor(request), request.body)),
  );
  app.get(
    '/data-protection/requests/:id',
    { schema: { tags, summary: 'One request, its decision, execution and history', params: idParamsSchema, response: { 200: dpRequestSchema } } },
    async (request) => getRequest(ctx, requireActor(request), request.params.id),
  );
  app.post(
    '/data-protection/requests/:id/decision',
    {
      schema: {
        tags,
        summary: 'Grant or refuse a request, with its legal reason',
        params: idParamsSchema,
        body: dpDecisionSchema,
        response: { 200: dpRequestSchema },
      },
    },
    async (request) => decideRequest(ctx, requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/data-protection/requests/:id/execution',
    { schema: { tags, summary: 'Execute a granted request', params: idParamsSchema, body: dpExecutionSchema, response: { 200: dpRequestSchema } } },
    async (request) => executeRequest(ctx, requireActor(request), request.params.id, request.body.note),
  );
  app.get(
    '/data-protection/requests/:id/file',
    {
      schema: {
        tags,
        summary: 'The person’s own file (access request), machine-readable',
        params: idParamsSchema,
        querystring: fileQuery,
        response: { 200: personFileSchema },
      },
    },
    async (request) => producePersonFile(ctx, requireActor(request), request.params.id, request.query.version, request.query.language),
  );
  app.get(
    '/data-protection/requests/:id/file.pdf',
    {
      schema: {
        tags,
        summary: 'The person’s own file (access request) as a readable PDF',
        params: idParamsSchema,
        querystring: fileQuery,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const { fileName, pdf } = await personFilePdf(ctx, requireActor(request), request.params.id, request.query.version, request.query.language);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', contentDisposition(fileName))
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.post(
    '/cases/:id/emergency-access',
    {
      schema: {
        tags,
        summary: 'Break the glass: open a case outside one’s scope, with a written reason, for a limited time',
        params: idParamsSchema,
        body: breakGlassSchema,
        response: { 201: emergencyGrantSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await breakGlass(ctx, requireActor(request), request.params.id, request.body)),
  );
  app.get(
    '/data-protection/emergency-access',
    {
      schema: { tags, summary: 'The review list of emergency accesses', querystring: emergencyReviewQuerySchema, response: { 200: emergencyReviewListSchema } },
    },
    async (request) => emergencyReviewList(ctx, requireActor(request), request.query.open === 'true'),
  );
  app.post(
    '/data-protection/emergency-access/:id/review',
    {
      schema: {
        tags,
        summary: 'Close an emergency access with a finding',
        params: idParamsSchema,
        body: emergencyFindingSchema,
        response: { 200: emergencyReviewItemSchema },
      },
    },
    async (request) => closeEmergencyAccess(ctx, requireActor(request), request.params.id, request.body.finding),
  );
};
