import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { pageQuerySchema } from '../../http/paging.schemas.js';
import { requireActor } from '../../http/session.plugin.js';
import {
  approveClosureSchema,
  closeCaseSchema,
  closureStateSchema,
  emptyBodySchema,
  pendingClosureListSchema,
  rejectClosureSchema,
  reopenCaseSchema,
} from './closure.schemas.js';
import { approveClosure, closeCase, getClosureState, listPendingClosures, rejectClosure, reopenCase, withdrawClosureRequest } from './closure.service.js';
import { idParamsSchema } from '../../http/params.schemas.js';

export const closureRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['case follow-up'];
  const params = idParamsSchema;
  const response = { 200: closureStateSchema };

  app.get(
    '/cases/:id/closure',
    { schema: { tags, summary: 'Closure state: stage, pending request, whether the benchmarks allow closing, history', params, response } },
    async (request) => getClosureState(ctx, requireActor(request), request.params.id),
  );
  app.post(
    '/cases/:id/closure',
    {
      schema: {
        tags,
        summary: 'Close the case (step 9), or ask the supervisor to approve closing it for another reason',
        params,
        body: closeCaseSchema,
        response: { 201: closureStateSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await closeCase(ctx, requireActor(request), request.params.id, request.body)),
  );
  app.post(
    '/cases/:id/closure/approve',
    { schema: { tags, summary: "The lead caseworker's supervisor approves the pending closure", params, body: approveClosureSchema, response } },
    async (request) => approveClosure(ctx, requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/cases/:id/closure/reject',
    { schema: { tags, summary: 'The supervisor rejects the pending closure, saying why', params, body: rejectClosureSchema, response } },
    async (request) => rejectClosure(ctx, requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/cases/:id/closure/withdraw',
    { schema: { tags, summary: 'The caseworker withdraws the pending closure request', params, body: emptyBodySchema, response } },
    async (request) => withdrawClosureRequest(ctx, requireActor(request), request.params.id),
  );
  app.post(
    '/cases/:id/reopen',
    { schema: { tags, summary: 'Reopen a closed case; it returns to assessment', params, body: reopenCaseSchema, response } },
    async (request) => reopenCase(ctx, requireActor(request), request.params.id, request.body),
  );
  app.get(
    '/closure-requests/pending',
    {
      schema: {
        tags,
        summary: "A supervisor's queue of closure requests to decide, oldest first",
        querystring: pageQuerySchema,
        response: { 200: pendingClosureListSchema },
      },
    },
    async (request) => listPendingClosures(ctx, requireActor(request), request.query),
  );
};
