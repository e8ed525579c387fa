import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import { checkInSchema, checkOutSchema, paperFileListQuerySchema, paperFileListSchema, paperFileSchema } from './paper-file.schemas.js';
import { checkIn, checkOut, getPaperFile, listPaperFilesOut } from './paper-file.service.js';
import { idParamsSchema } from '../http/params.schemas.js';

export const paperFileRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['paper files'];

  app.get(
    '/paper-files',
    {
      schema: {
        tags,
        summary: 'Paper files signed out now, and who holds them',
        querystring: paperFileListQuerySchema,
        response: { 200: paperFileListSchema },
      },
    },
    async (request) => listPaperFilesOut(ctx, requireActor(request), request.query),
  );
  app.get(
    '/cases/:id/paper-file',
    { schema: { tags, summary: "The register of the child's paper file", params: idParamsSchema, response: { 200: paperFileSchema } } },
    async (request) => getPaperFile(ctx, requireActor(request), request.params.id),
  );
  app.post(
    '/cases/:id/paper-file/check-out',
    { schema: { tags, summary: "Sign the child's paper file out", params: idParamsSchema, body: checkOutSchema, response: { 201: paperFileSchema } } },
    async (request, reply) => reply.status(201).send(await checkOut(ctx, requireActor(request), request.params.id, request.body)),
  );
  app.post(
    '/cases/:id/paper-file/check-in',
    { schema: { tags, summary: 'Sign the paper file back in', params: idParamsSchema, body: checkInSchema, response: { 200: paperFileSchema } } },
    async (request) => checkIn(ctx, requireActor(request), request.params.id),
  );
};
