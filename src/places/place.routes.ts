import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import { placeChildrenSchema, placeParamsSchema, placeSchema, placeSearchQuerySchema, placeSearchResultSchema } from './place.schemas.js';
import { findPlaces, getPlace, listPlaceChildren } from './place.service.js';

/** The map of Rwanda, read-only: every signed-in user (places:read). */
export const placeRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/places',
    {
      schema: {
        tags: ['places'],
        summary: 'Find places by name',
        description: 'Exact names first, then names that start with the query, then similar spellings. Each result carries its full path.',
        querystring: placeSearchQuerySchema,
        response: { 200: placeSearchResultSchema },
      },
    },
    async (request) => findPlaces(ctx, requireActor(request), request.query),
  );

  app.get(
    '/places/:id',
    {
      schema: {
        tags: ['places'],
        summary: 'One place with its path from Rwanda down',
        params: placeParamsSchema,
        response: { 200: placeSchema },
      },
    },
    async (request) => getPlace(ctx, requireActor(request), request.params.id),
  );

  app.get(
    '/places/:id/children',
    {
      schema: {
        tags: ['places'],
        summary: 'The places directly below a place, by name',
        params: placeParamsSchema,
        response: { 200: placeChildrenSchema },
      },
    },
    async (request) => listPlaceChildren(ctx, requireActor(request), request.params.id),
  );
};
