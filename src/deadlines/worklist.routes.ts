import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import { runEscalationNow } from './escalation.service.js';
import { escalationRunSchema, worklistQuerySchema, worklistSchema } from './worklist.schemas.js';
import { getWorklist } from './worklist.service.js';

export const worklistRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/worklist',
    {
      schema: {
        tags: ['deadlines'],
        summary: 'My open deadlines, soonest first: what is due today and what is overdue',
        querystring: worklistQuerySchema,
        response: { 200: worklistSchema },
      },
    },
    async (request) => getWorklist(ctx, requireActor(request), request.query),
  );

  app.post(
    '/admin/escalation/run',
    {
      schema: {
        tags: ['deadlines'],
        summary: 'Run the escalation of overdue deadlines now (system administrators; it also runs every 5 minutes)',
        response: { 200: escalationRunSchema },
      },
    },
    async (request) => runEscalationNow(ctx, requireActor(request)),
  );
};
