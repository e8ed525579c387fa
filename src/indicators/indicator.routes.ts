import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../attachments/file-type.js';
import type { AppContext } from '../context.js';
import { idParamsSchema } from '../http/params.schemas.js';
import { requireActor } from '../http/session.plugin.js';
import { drawFileAudit, getFileAudit, scoreAuditedFile } from './file-audit.service.js';
import { exportFileName, figuresCsv, figuresXlsx } from './indicator-export.js';
import {
  auditItemParamsSchema,
  definitionListSchema,
  drawAuditSchema,
  figuresQuerySchema,
  figuresSchema,
  fileAuditSchema,
  scoreFileSchema,
} from './indicator.schemas.js';
import { computeFigures, listDefinitions } from './indicator.service.js';

/** Monitoring and evaluation: the indicators' definitions and figures, their exports, and file audit sampling. */
export const indicatorRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['indicators'];

  app.get(
    '/indicators',
    {
      schema: {
        tags,
        summary: 'The indicators, each defined once (docs/indicators.md), and the file audit checklist',
        response: { 200: definitionListSchema },
      },
    },
    async (request) => listDefinitions(requireActor(request)),
  );

  app.get(
    '/indicators/figures',
    {
      schema: {
        tags,
        summary:
          'Every indicator (or one) for a place and a period, by one disaggregation; aggregates only, small numbers hidden where the reader may not see identities',
        querystring: figuresQuerySchema,
        response: { 200: figuresSchema },
      },
    },
    async (request) => computeFigures(ctx, requireActor(request), request.query),
  );

  app.get(
    '/indicators/figures.csv',
    { schema: { tags, summary: 'The same table as CSV', querystring: figuresQuerySchema, produces: ['text/csv'] } },
    async (request, reply) => {
      const f = await computeFigures(ctx, requireActor(request), request.query);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition(exportFileName(f, 'csv')))
        .header('cache-control', 'no-store')
        .send(figuresCsv(f));
    },
  );

  app.get(
    '/indicators/figures.xlsx',
    {
      schema: {
        tags,
        summary: 'The same table as an XLSX workbook',
        querystring: figuresQuerySchema,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (request, reply) => {
      const f = await computeFigures(ctx, requireActor(request), request.query);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition(exportFileName(f, 'xlsx')))
        .header('cache-control', 'no-store')
        .send(await figuresXlsx(f));
    },
  );

  app.post(
    '/file-audits',
    {
      schema: {
        tags,
        summary: "Draw a reproducible random sample of a district's case files for a period (one audit per district and period)",
        body: drawAuditSchema,
        response: { 201: fileAuditSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await drawFileAudit(ctx, requireActor(request), request.body)),
  );

  app.get(
    '/file-audits/:id',
    { schema: { tags, summary: 'A file audit: its sampled files (case codes) and their scores', params: idParamsSchema, response: { 200: fileAuditSchema } } },
    async (request) => getFileAudit(ctx, requireActor(request), request.params.id),
  );

  app.put(
    '/file-audits/:id/files/:caseId',
    {
      schema: {
        tags,
        summary: 'Score a sampled file against the checklist of the national standards',
        params: auditItemParamsSchema,
        body: scoreFileSchema,
        response: { 200: fileAuditSchema },
      },
    },
    async (request) => scoreAuditedFile(ctx, requireActor(request), request.params.id, request.params.caseId, request.body),
  );
};
