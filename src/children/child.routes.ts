import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import { childByCodeSchema, childCodeParamsSchema, childMatchListSchema, childMatchQuerySchema } from './child.schemas.js';
import { findChildMatches, getChildByCode } from './child.service.js';

/** Children: likely matches before intake creates one, and a child by ID. */
export const childRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['children'];

  app.get(
    '/children/matches',
    {
      schema: {
        tags,
        summary: 'Likely existing children (before intake creates a new one)',
        description:
          "Children in the caller's scope with similar names (spelling variants forgiven), within two years of age, ranked by score with reasons. CPWO only (case:open). Audited.",
        querystring: childMatchQuerySchema,
        response: { 200: childMatchListSchema },
      },
    },
    async (request) => findChildMatches(ctx, requireActor(request), request.query),
  );

  app.get(
    '/children/by-code/:code',
    {
      schema: {
        tags,
        summary: "A child by ID (e.g. 57-4K7P9X-Q), with the child's cases in the caller's scope",
        description: 'The check symbol catches a mistyped ID: 400 errors.invalid_child_code. Audited.',
        params: childCodeParamsSchema,
        response: { 200: childByCodeSchema },
      },
    },
    async (request) => getChildByCode(ctx, requireActor(request), request.params.code),
  );
};
