import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import { allocationInputSchema, allocationResultSchema } from './allocation.schemas.js';
import { allocateLeadCaseworker } from './allocation.service.js';
import { assessmentInputSchema, assessmentResultSchema } from './assessment.schemas.js';
import { addAssessment } from './assessment.service.js';
import { getCaseFile, listCases } from './case-file.service.js';
import { leadCandidateListSchema, participantCandidateListSchema, participantCandidateQuerySchema } from './case-people.schemas.js';
import { listLeadCandidates, listParticipantCandidates } from './case-people.service.js';
import { caseFileSchema, caseListQuerySchema, caseListSchema } from './case.schemas.js';
import { conferenceRoutes } from './conference.routes.js';
import { consentInputSchema, consentResultSchema } from './consent.schemas.js';
import { recordConsent } from './consent.service.js';
import { intakeResultSchema, intakeSchema, reportParamsSchema } from './intake.schemas.js';
import { openCase } from './intake.service.js';
import { planInputSchema, planResultSchema, planSchema, planVersionParamsSchema } from './plan.schemas.js';
import { getPlanVersion, savePlan } from './plan.service.js';
import { idParamsSchema } from '../http/params.schemas.js';

/** Cases, framework steps 4-6: intake, consent, allocation, assessment, plan, conferences, the case file. */
export const caseRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['cases'];

  app.post(
    '/reports/:reportId/intake',
    {
      schema: {
        tags,
        summary: 'Intake: open the case file of a screened VENA report (CPWO)',
        description: 'For an existing child (childId) or a new one (child). A new child with a likely match needs confirmNotDuplicate: true (409 errors.possible_duplicate_child otherwise).',
        params: reportParamsSchema,
        body: intakeSchema,
        response: { 201: intakeResultSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await openCase(ctx, requireActor(request), request.params.reportId, request.body)),
  );

  app.get(
    '/cases',
    { schema: { tags, summary: "The caseload in the caller's scope, soonest due first", querystring: caseListQuerySchema, response: { 200: caseListSchema } } },
    async (request) => listCases(ctx, requireActor(request), request.query),
  );

  app.get(
    '/cases/:id',
    { schema: { tags, summary: 'The case file (every section; the read is audited)', params: idParamsSchema, response: { 200: caseFileSchema } } },
    async (request) => getCaseFile(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/cases/:id/consents',
    { schema: { tags, summary: 'Record a consent, assent, refusal, withdrawal or vital-interest basis', params: idParamsSchema, body: consentInputSchema, response: { 201: consentResultSchema } } },
    async (request, reply) => reply.status(201).send(await recordConsent(ctx, requireActor(request), request.params.id, request.body)),
  );

  app.post(
    '/cases/:id/allocation',
    { schema: { tags, summary: 'Allocate the lead caseworker (CPWO)', params: idParamsSchema, body: allocationInputSchema, response: { 200: allocationResultSchema } } },
    async (request) => allocateLeadCaseworker(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/cases/:id/allocation/candidates',
    {
      schema: {
        tags,
        summary: 'Who may lead this case: trained, active CPWOs and CSO caseworkers whose jurisdiction holds it, lightest caseload first (CPWO)',
        params: idParamsSchema,
        response: { 200: leadCandidateListSchema },
      },
    },
    async (request) => listLeadCandidates(ctx, requireActor(request), request.params.id),
  );

  app.get(
    '/cases/:id/conference-candidates',
    {
      schema: {
        tags,
        summary: 'Active users to invite to a conference of this case, by their name or organisation',
        params: idParamsSchema,
        querystring: participantCandidateQuerySchema,
        response: { 200: participantCandidateListSchema },
      },
    },
    async (request) => listParticipantCandidates(ctx, requireActor(request), request.params.id, request.query.q),
  );

  app.post(
    '/cases/:id/assessments',
    { schema: { tags, summary: 'Add an assessment version', params: idParamsSchema, body: assessmentInputSchema, response: { 201: assessmentResultSchema } } },
    async (request, reply) => reply.status(201).send(await addAssessment(ctx, requireActor(request), request.params.id, request.body)),
  );

  app.put(
    '/cases/:id/plan',
    { schema: { tags, summary: 'Save the case plan (a new version)', params: idParamsSchema, body: planInputSchema, response: { 200: planResultSchema } } },
    async (request) => savePlan(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/cases/:id/plan/versions/:version',
    { schema: { tags, summary: 'One version of the case plan', params: planVersionParamsSchema, response: { 200: planSchema } } },
    async (request) => getPlanVersion(ctx, requireActor(request), request.params.id, request.params.version),
  );

  await app.register(conferenceRoutes, { ctx });
};
