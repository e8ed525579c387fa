import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { pageQuerySchema } from '../../http/paging.schemas.js';
import { requireActor } from '../../http/session.plugin.js';
import { recordReviewSchema, reviewListSchema, reviewSchema } from './reviews.schemas.js';
import { listReviews, recordReview } from './reviews.service.js';
import { idParamsSchema } from '../../http/params.schemas.js';

export const reviewRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['case follow-up'];

  app.post(
    '/cases/:id/reviews',
    {
      schema: {
        tags,
        summary: 'Record a case review against the seven benchmarks (step 8)',
        params: idParamsSchema,
        body: recordReviewSchema,
        response: { 201: reviewSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await recordReview(ctx, requireActor(request), request.params.id, request.body)),
  );
  app.get(
    '/cases/:id/reviews',
    {
      schema: {
        tags,
        summary: 'Reviews, progress over reviews, and whether the case may close on its benchmarks',
        params: idParamsSchema,
        querystring: pageQuerySchema,
        response: { 200: reviewListSchema },
      },
    },
    async (request) => listReviews(ctx, requireActor(request), request.params.id, request.query),
  );
};
