import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../attachments/file-type.js';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import { printCase } from './case-pdf.service.js';
import { idParamsSchema } from '../http/params.schemas.js';

export const casePdfRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/cases/:id/pdf',
    { schema: { tags: ['cases'], summary: 'The case file as a PDF for the paper file (audited)', params: idParamsSchema, produces: ['application/pdf'] } },
    async (request, reply) => {
      const { fileName, pdf } = await printCase(ctx, requireActor(request), request.params.id);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', contentDisposition(fileName))
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
