import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { requireActor } from '../../http/session.plugin.js';
import { idParamsSchema } from '../../http/params.schemas.js';
import { assessmentInputSchema, assessmentResultSchema } from './assessment.schemas.js';
import { addAssessment } from './assessment.service.js';

/** Framework step 5, assessment: versions that can be added to later. */
export const assessmentRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['cases'];

  app.post(
    '/cases/:id/assessments',
    { schema: { tags, summary: 'Add an assessment version', params: idParamsSchema, body: assessmentInputSchema, response: { 201: assessmentResultSchema } } },
    async (request, reply) => reply.status(201).send(await addAssessment(ctx, requireActor(request), request.params.id, request.body)),
  );
};
