import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { idParamsSchema } from '../http/params.schemas.js';
import { requireActor } from '../http/session.plugin.js';
import { suggestCarers } from './carer-matching.service.js';
import { listIzuPlacements, recordCaseworkerVisit, recordIzuVisit } from './placement-visits.service.js';
import {
  answerGatekeepingDecision,
  createPlacement,
  endPlacement,
  listCareForms,
  readCaseCare,
  recordGatekeeping,
  reviewPlacement,
} from './placements.service.js';
import {
  careFormListSchema,
  carerMatchQuerySchema,
  carerMatchSchema,
  caseCareSchema,
  endPlacementSchema,
  gatekeepingAnswerSchema,
  gatekeepingInputSchema,
  izuPlacementListSchema,
  placementInputSchema,
  placementReviewInputSchema,
  placementVisitInputSchema,
} from './placements.schemas.js';
import { z } from 'zod';

// Alternative care on the child's case. The case has at most one active
// placement, so visits, reviews and the end name the case, not a placement.

export const careRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['alternative care'];
  const care = { 200: caseCareSchema };
  app.get('/care/forms', { schema: { tags, summary: 'The forms of care', response: { 200: careFormListSchema } } }, async (request) =>
    listCareForms(ctx, requireActor(request)),
  );
  app.get(
    '/cases/:id/care',
    { schema: { tags, summary: 'Gatekeeping, placements, visits and reviews of the case', params: idParamsSchema, response: care } },
    async (request) => readCaseCare(ctx, requireActor(request), request.params.id),
  );
  app.post(
    '/cases/:id/care/gatekeeping',
    {
      schema: {
        tags,
        summary: 'Record the gatekeeping decision (necessity and suitability)',
        params: idParamsSchema,
        body: gatekeepingInputSchema,
        response: care,
      },
    },
    async (request) => recordGatekeeping(ctx, requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/cases/:id/care/gatekeeping/answer',
    {
      schema: {
        tags,
        summary: 'The supervisor approves or returns the pending decision',
        params: idParamsSchema,
        body: gatekeepingAnswerSchema,
        response: care,
      },
    },
    async (request) => answerGatekeepingDecision(ctx, requireActor(request), request.params.id, request.body),
  );
  app.get(
    '/cases/:id/care/carer-matches',
    {
      schema: {
        tags,
        summary: 'Approved carers suggested for the child',
        params: idParamsSchema,
        querystring: carerMatchQuerySchema,
        response: { 200: carerMatchSchema },
      },
    },
    async (request) => suggestCarers(ctx, requireActor(request), request.params.id, request.query),
  );
  app.post(
    '/cases/:id/care/placements',
    { schema: { tags, summary: 'Place the child', params: idParamsSchema, body: placementInputSchema, response: { 201: caseCareSchema } } },
    async (request, reply) => reply.status(201).send(await createPlacement(ctx, requireActor(request), request.params.id, request.body)),
  );
  app.post(
    '/cases/:id/care/placement/end',
    { schema: { tags, summary: 'End the active placement', params: idParamsSchema, body: endPlacementSchema, response: care } },
    async (request) => endPlacement(ctx, requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/cases/:id/care/placement/visits',
    {
      schema: {
        tags,
        summary: 'Record a monitoring visit of the active placement',
        params: idParamsSchema,
        body: placementVisitInputSchema,
        response: { 201: caseCareSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await recordCaseworkerVisit(ctx, requireActor(request), request.params.id, request.body)),
  );
  app.post(
    '/cases/:id/care/placement/reviews',
    {
      schema: {
        tags,
        summary: 'Review the active placement (may change the form of care)',
        params: idParamsSchema,
        body: placementReviewInputSchema,
        response: { 201: caseCareSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await reviewPlacement(ctx, requireActor(request), request.params.id, request.body)),
  );
  app.get(
    '/care/izu/placements',
    { schema: { tags, summary: "The village IZU's follow-up list: children placed in the village", response: { 200: izuPlacementListSchema } } },
    async (request) => listIzuPlacements(ctx, requireActor(request)),
  );
  app.post(
    '/care/izu/placements/:id/visits',
    {
      schema: {
        tags,
        summary: 'The village IZU records a follow-up visit',
        params: idParamsSchema,
        body: placementVisitInputSchema,
        response: { 201: z.object({ id: z.uuid(), nextVisitDue: z.string() }) },
      },
    },
    async (request, reply) => reply.status(201).send(await recordIzuVisit(ctx, requireActor(request), request.params.id, request.body)),
  );
};
