import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import {
  rollupQuerySchema,
  rollupSchema,
  submitMonthlyReportBodySchema,
  submittedMonthlyReportSchema,
  villageReportsQuerySchema,
  villageReportsSchema,
} from './monthly-report.schemas.js';
import { getMonthlyRollup, getVillageReports, submitMonthlyReport } from './monthly-report.service.js';

/** The IZU monthly report: a pair's report (or a paper form typed by the cell coordinator), a village's history, and the roll-up. */
export const monthlyReportRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['izu'];

  app.post(
    '/izu/monthly-reports',
    {
      schema: {
        tags,
        summary:
          "An IZU sends their village's monthly report (channel 'web'). A second report for the same village and month replaces the first, which stays as history.",
        body: submitMonthlyReportBodySchema,
        response: { 201: submittedMonthlyReportSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await submitMonthlyReport(ctx, requireActor(request), request.body, 'web')),
  );

  app.post(
    '/izu/monthly-reports/paper',
    {
      schema: {
        tags,
        summary:
          "A cell coordinator types a pair's paper report for a village of the cell (channel 'paper'; villageId required), audited as entered on the pair's behalf",
        body: submitMonthlyReportBodySchema,
        response: { 201: submittedMonthlyReportSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await submitMonthlyReport(ctx, requireActor(request), request.body, 'paper')),
  );

  app.get(
    '/izu/monthly-reports/rollup',
    {
      schema: {
        tags,
        summary: "A place's monthly reports for a month: completeness (pairs reported of pairs active), totals, and the places one level below",
        querystring: rollupQuerySchema,
        response: { 200: rollupSchema },
      },
    },
    async (request) => getMonthlyRollup(ctx, requireActor(request), request.query),
  );

  app.get(
    '/izu/monthly-reports/village',
    {
      schema: {
        tags,
        summary: "A village's report for a month and the earlier ones it replaced",
        querystring: villageReportsQuerySchema,
        response: { 200: villageReportsSchema },
      },
    },
    async (request) => getVillageReports(ctx, requireActor(request), request.query),
  );
};
