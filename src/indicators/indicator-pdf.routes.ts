import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../attachments/file-type.js';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import { districtReportPdf } from './indicator-pdf.js';
import { reportPdfQuerySchema } from './indicator-pdf.schemas.js';

export const indicatorPdfRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/indicators/report.pdf',
    {
      schema: {
        tags: ['indicators'],
        summary:
          "A district's monthly report as PDF, in the reader's language: the framework's indicators and charts; small numbers hidden as the figures are (audited)",
        querystring: reportPdfQuerySchema,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const { fileName, pdf } = await districtReportPdf(ctx, requireActor(request), request.query);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', contentDisposition(fileName))
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
