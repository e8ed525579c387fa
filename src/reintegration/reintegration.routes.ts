import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { idParamsSchema } from '../http/params.schemas.js';
import { pageQuerySchema } from '../http/paging.schemas.js';
import { requireActor } from '../http/session.plugin.js';
import {
  addLeadSchema,
  askIzuToTraceSchema,
  completeStageSchema,
  failReintegrationSchema,
  leadParamsSchema,
  recordAssessmentSchema,
  recordAttemptSchema,
  reintegrationListSchema,
  reintegrationParamsSchema,
  reintegrationSchema,
  startReintegrationSchema,
  tracingIzuListSchema,
} from './reintegration.schemas.js';
import { completeStage, failReintegration, listCaseReintegrations, recordAssessment, startReintegration } from './reintegration.service.js';
import { addLead, askIzuToTrace, listIzusForLead, recordAttempt } from './tracing.service.js';
import {
  careLeaverListSchema,
  closeTransitionPlanSchema,
  planParamsSchema,
  recordSupportSchema,
  recordTransitionPlanSchema,
  transitionPlanListSchema,
  transitionPlanSchema,
} from './transition.schemas.js';
import {
  changeTransitionPlan,
  closeTransitionPlan,
  listCareLeavers,
  listTransitionPlans,
  recordTransitionPlan,
  recordTransitionSupport,
} from './transition.service.js';

// Family tracing, the stages of reintegration and care leavers, on the case
// file (SYSTEM.md §7; docs/reintegration.md).
export const reintegrationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['reintegration'];
  const one = { 200: reintegrationSchema };

  app.get(
    '/cases/:id/reintegrations',
    { schema: { tags, summary: 'Reintegration attempts of the case, newest first', params: idParamsSchema, response: { 200: reintegrationListSchema } } },
    async (request) => listCaseReintegrations(ctx, requireActor(request), request.params.id),
  );
  app.post(
    '/cases/:id/reintegrations',
    {
      schema: {
        tags,
        summary: 'Start a reintegration attempt (tracing first)',
        params: idParamsSchema,
        body: startReintegrationSchema,
        response: { 201: reintegrationSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await startReintegration(ctx, requireActor(request), request.params.id, request.body)),
  );
  app.post(
    '/cases/:id/reintegrations/:reintegrationId/stages',
    { schema: { tags, summary: 'Record the next stage as done', params: reintegrationParamsSchema, body: completeStageSchema, response: one } },
    async (request) => completeStage(ctx, requireActor(request), request.params.id, request.params.reintegrationId, request.body),
  );
  app.post(
    '/cases/:id/reintegrations/:reintegrationId/failure',
    {
      schema: {
        tags,
        summary: 'The attempt fails at its current stage, with the reason',
        params: reintegrationParamsSchema,
        body: failReintegrationSchema,
        response: one,
      },
    },
    async (request) => failReintegration(ctx, requireActor(request), request.params.id, request.params.reintegrationId, request.body),
  );
  app.post(
    '/cases/:id/reintegrations/:reintegrationId/assessments',
    {
      schema: {
        tags,
        summary: "One assessor's part of the assessment of child and family",
        params: reintegrationParamsSchema,
        body: recordAssessmentSchema,
        response: one,
      },
    },
    async (request) => recordAssessment(ctx, requireActor(request), request.params.id, request.params.reintegrationId, request.body),
  );
  app.post(
    '/cases/:id/reintegrations/:reintegrationId/leads',
    { schema: { tags, summary: 'Add a tracing lead', params: reintegrationParamsSchema, body: addLeadSchema, response: one } },
    async (request) => addLead(ctx, requireActor(request), request.params.id, request.params.reintegrationId, request.body),
  );
  app.post(
    '/cases/:id/reintegrations/:reintegrationId/leads/:leadId/attempts',
    { schema: { tags, summary: 'Record an attempt to follow a lead', params: leadParamsSchema, body: recordAttemptSchema, response: one } },
    async (request) => recordAttempt(ctx, requireActor(request), request.params.id, request.params.reintegrationId, request.params.leadId, request.body),
  );
  app.post(
    '/cases/:id/reintegrations/:reintegrationId/leads/:leadId/izu-request',
    { schema: { tags, summary: "Ask the lead's village IZU to help trace the family", params: leadParamsSchema, body: askIzuToTraceSchema, response: one } },
    async (request) => askIzuToTrace(ctx, requireActor(request), request.params.id, request.params.reintegrationId, request.params.leadId, request.body),
  );
  app.get(
    '/cases/:id/reintegrations/:reintegrationId/leads/:leadId/izus',
    { schema: { tags, summary: 'The IZU who may be asked about a lead', params: leadParamsSchema, response: { 200: tracingIzuListSchema } } },
    async (request) => listIzusForLead(ctx, requireActor(request), request.params.id, request.params.reintegrationId, request.params.leadId),
  );

  app.get(
    '/cases/:id/transition-plans',
    { schema: { tags, summary: "A care leaver's transition plans, newest first", params: idParamsSchema, response: { 200: transitionPlanListSchema } } },
    async (request) => listTransitionPlans(ctx, requireActor(request), request.params.id),
  );
  app.post(
    '/cases/:id/transition-plans',
    {
      schema: {
        tags,
        summary: 'Record a transition plan (housing, work, education, a safe adult)',
        params: idParamsSchema,
        body: recordTransitionPlanSchema,
        response: { 201: transitionPlanSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await recordTransitionPlan(ctx, requireActor(request), request.params.id, request.body)),
  );
  app.put(
    '/cases/:id/transition-plans/:planId',
    {
      schema: {
        tags,
        summary: 'Change an open transition plan',
        params: planParamsSchema,
        body: recordTransitionPlanSchema,
        response: { 200: transitionPlanSchema },
      },
    },
    async (request) => changeTransitionPlan(ctx, requireActor(request), request.params.id, request.params.planId, request.body),
  );
  app.post(
    '/cases/:id/transition-plans/:planId/support',
    {
      schema: {
        tags,
        summary: 'Record support given under the plan (also after 18)',
        params: planParamsSchema,
        body: recordSupportSchema,
        response: { 200: transitionPlanSchema },
      },
    },
    async (request) => recordTransitionSupport(ctx, requireActor(request), request.params.id, request.params.planId, request.body),
  );
  app.post(
    '/cases/:id/transition-plans/:planId/closure',
    {
      schema: {
        tags,
        summary: 'Close the plan: its goals are met',
        params: planParamsSchema,
        body: closeTransitionPlanSchema,
        response: { 200: transitionPlanSchema },
      },
    },
    async (request) => closeTransitionPlan(ctx, requireActor(request), request.params.id, request.params.planId, request.body),
  );
  app.get(
    '/care-leavers',
    {
      schema: {
        tags,
        summary: 'Young people approaching 18 in care (an active placement), or supported after care under an open transition plan; soonest 18 first',
        querystring: pageQuerySchema,
        response: { 200: careLeaverListSchema },
      },
    },
    async (request) => listCareLeavers(ctx, requireActor(request), request.query),
  );
};
