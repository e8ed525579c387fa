import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import {
  createReportSchema,
  hotlineReportSchema,
  reportCreatedSchema,
  reportDetailSchema,
  reportListQuerySchema,
  reportListSchema,
  reportViewSchema,
  screenReportSchema,
} from './report.schemas.js';
import { createHotlineReport, createReport, getReport, listReports } from './report.service.js';
import { screenReport } from './screening.service.js';
import { idParamsSchema } from '../http/params.schemas.js';

/** Framework steps 1-3: report, register, screen. */
export const reportRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['reports'];

  app.post(
    '/reports',
    {
      schema: {
        tags,
        summary: 'Record an incident report from any channel',
        description:
          'The report lands in the register of the child’s district with a reference and a screening deadline. A reporter phone gets a "received" SMS with the reference only.',
        body: createReportSchema,
        response: { 201: reportCreatedSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createReport(ctx, requireActor(request), request.body)),
  );

  app.post(
    '/reports/hotline',
    {
      schema: {
        tags,
        summary: 'The 116 hotline’s fast intake (hotline agents)',
        body: hotlineReportSchema,
        response: { 201: reportCreatedSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createHotlineReport(ctx, requireActor(request), request.body)),
  );

  app.get(
    '/reports',
    {
      schema: {
        tags,
        summary: 'The register of reported incidents',
        description:
          'CPWOs and supervisors: the register of their jurisdiction (items with view "full", no child names). Reporters: their own reports, status only (view "status").',
        querystring: reportListQuerySchema,
        response: { 200: reportListSchema },
      },
    },
    async (request) => listReports(ctx, requireActor(request), request.query),
  );

  app.get(
    '/reports/:id',
    {
      schema: {
        tags,
        summary: 'One report: the full record (audited) for the register, the status for the one who reported it',
        params: idParamsSchema,
        response: { 200: reportViewSchema },
      },
    },
    async (request) => getReport(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/reports/:id/screening',
    {
      schema: {
        tags,
        summary: 'Screen a new report: not VENA (early intervention, closes it) or VENA (case types, tier and reason)',
        params: idParamsSchema,
        body: screenReportSchema,
        response: { 200: reportDetailSchema },
      },
    },
    async (request) => screenReport(ctx, requireActor(request), request.params.id, request.body),
  );
};
