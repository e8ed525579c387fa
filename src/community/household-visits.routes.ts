import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import {
  householdVisitInputSchema,
  householdVisitListSchema,
  householdVisitLoggedSchema,
  householdVisitQuerySchema,
  householdVisitSummarySchema,
} from './household-visits.schemas.js';
import { listHouseholdVisits, logHouseholdVisit, summariseVisits } from './household-visits.service.js';

/** Household visits: logged by the IZU, read by them and (statistics and codes) by their coordinators and CPWO. */
export const householdVisitRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['izu'];

  app.post(
    '/izu/household-visits',
    {
      schema: {
        tags,
        summary: 'Log a household visit (IZU): a household code, never a name',
        body: householdVisitInputSchema,
        response: { 201: householdVisitLoggedSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await logHouseholdVisit(ctx, requireActor(request), request.body, 'web')),
  );

  app.get(
    '/izu/household-visits',
    {
      schema: {
        tags,
        summary: "Household visits, newest first: an IZU's own, or a place's for its coordinators and CPWO (the note only to its author)",
        querystring: householdVisitQuerySchema,
        response: { 200: householdVisitListSchema },
      },
    },
    async (request) => listHouseholdVisits(ctx, requireActor(request), request.query),
  );

  app.get(
    '/izu/household-visits/summary',
    {
      schema: {
        tags,
        summary: "A place's household visits in numbers: visits, households, children seen, concerns, by the places below it",
        querystring: householdVisitQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: householdVisitSummarySchema },
      },
    },
    async (request) => summariseVisits(ctx, requireActor(request), request.query),
  );
};
