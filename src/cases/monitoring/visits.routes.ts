import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { pageQuerySchema } from '../../http/paging.schemas.js';
import { requireActor } from '../../http/session.plugin.js';
import {
  eligibleIzuListSchema,
  recordTaskVisitSchema,
  recordVisitSchema,
  requestVisitSchema,
  taskVisitRecordedSchema,
  visitListSchema,
  visitRequestListSchema,
  visitRequestParamsSchema,
  visitRequestSchema,
  visitSchema,
  visitTaskListSchema,
  visitTaskSchema,
} from './visits.schemas.js';
import {
  cancelVisitRequest,
  getMyVisitTask,
  listEligibleIzus,
  listMyVisitTasks,
  listVisitRequests,
  listVisits,
  recordVisit,
  requestVisit,
} from './visits.service.js';
import { idParamsSchema } from '../../http/params.schemas.js';
import { recordTaskVisit } from './task-visits.service.js';

export const visitRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['case follow-up'];

  app.post(
    '/cases/:id/visits',
    { schema: { tags, summary: 'Record a monitoring visit (step 8)', params: idParamsSchema, body: recordVisitSchema, response: { 201: visitSchema } } },
    async (request, reply) => reply.status(201).send(await recordVisit(ctx, requireActor(request), request.params.id, request.body)),
  );
  app.get(
    '/cases/:id/visits',
    { schema: { tags, summary: 'Monitoring visits, newest first', params: idParamsSchema, querystring: pageQuerySchema, response: { 200: visitListSchema } } },
    async (request) => listVisits(ctx, requireActor(request), request.params.id, request.query),
  );

  app.post(
    '/cases/:id/visit-requests',
    { schema: { tags, summary: "Ask the village's IZU to visit", params: idParamsSchema, body: requestVisitSchema, response: { 201: visitRequestSchema } } },
    async (request, reply) => reply.status(201).send(await requestVisit(ctx, requireActor(request), request.params.id, request.body)),
  );
  app.get(
    '/cases/:id/visit-requests',
    {
      schema: {
        tags,
        summary: 'Visits asked of IZU for this case',
        params: idParamsSchema,
        querystring: pageQuerySchema,
        response: { 200: visitRequestListSchema },
      },
    },
    async (request) => listVisitRequests(ctx, requireActor(request), request.params.id, request.query),
  );
  app.get(
    '/cases/:id/visit-requests/izus',
    { schema: { tags, summary: 'The IZU who may be asked to visit this child', params: idParamsSchema, response: { 200: eligibleIzuListSchema } } },
    async (request) => listEligibleIzus(ctx, requireActor(request), request.params.id),
  );
  app.post(
    '/cases/:id/visit-requests/:requestId/cancel',
    { schema: { tags, summary: 'Cancel an open visit request', params: visitRequestParamsSchema, response: { 200: visitRequestSchema } } },
    async (request) => cancelVisitRequest(ctx, requireActor(request), request.params.id, request.params.requestId),
  );

  app.get(
    '/visit-tasks',
    {
      schema: {
        tags,
        summary: "An IZU's open visit tasks (what the visit needs, nothing else), soonest due first",
        querystring: pageQuerySchema,
        response: { 200: visitTaskListSchema },
      },
    },
    async (request) => listMyVisitTasks(ctx, requireActor(request), request.query),
  );
  app.get(
    '/visit-tasks/:id',
    { schema: { tags, summary: 'One of my visit tasks', params: idParamsSchema, response: { 200: visitTaskSchema } } },
    async (request) => getMyVisitTask(ctx, requireActor(request), request.params.id),
  );
  app.post(
    '/visit-tasks/:id/visit',
    {
      schema: {
        tags,
        summary: 'Record the visit asked of me; it joins the case file',
        params: idParamsSchema,
        body: recordTaskVisitSchema,
        response: { 201: taskVisitRecordedSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await recordTaskVisit(ctx, requireActor(request), request.params.id, request.body)),
  );
};
