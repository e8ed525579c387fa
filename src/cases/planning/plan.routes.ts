import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { requireActor } from '../../http/session.plugin.js';
import { idParamsSchema } from '../../http/params.schemas.js';
import { planInputSchema, planResultSchema, planSchema, planVersionParamsSchema } from './plan.schemas.js';
import { getPlanVersion, savePlan } from './plan.service.js';

/** Framework step 6, case planning: versioned goals and actions. */
export const planRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['cases'];

  app.put(
    '/cases/:id/plan',
    { schema: { tags, summary: 'Save the case plan (a new version)', params: idParamsSchema, body: planInputSchema, response: { 200: planResultSchema } } },
    async (request) => savePlan(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/cases/:id/plan/versions/:version',
    { schema: { tags, summary: 'One version of the case plan', params: planVersionParamsSchema, response: { 200: planSchema } } },
    async (request) => getPlanVersion(ctx, requireActor(request), request.params.id, request.params.version),
  );
};
