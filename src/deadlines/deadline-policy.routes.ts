import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import { deadlinePolicySchema } from './deadline-policy.schemas.js';
import { getDeadlinePolicy, updateDeadlinePolicy } from './deadline-policy.service.js';

/** The deadline and escalation policy (settings:manage: system administrators). */
export const deadlinePolicyRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['deadlines'];
  app.get(
    '/settings/deadline-policy',
    { schema: { tags, summary: 'The deadline policy in force', response: { 200: deadlinePolicySchema } } },
    async (request) => getDeadlinePolicy(ctx, requireActor(request)),
  );
  app.put(
    '/settings/deadline-policy',
    {
      schema: {
        tags,
        summary: 'Replace the deadline policy',
        description: 'Open deadlines keep their due times; new deadlines and escalation follow the new values.',
        body: deadlinePolicySchema,
        response: { 200: deadlinePolicySchema },
      },
    },
    async (request) => updateDeadlinePolicy(ctx, requireActor(request), request.body),
  );
};
