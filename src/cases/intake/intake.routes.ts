import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { requireActor } from '../../http/session.plugin.js';
import { idParamsSchema } from '../../http/params.schemas.js';
import { leadCandidateListSchema } from '../case-people.schemas.js';
import { listLeadCandidates } from '../case-people.service.js';
import { allocationInputSchema, allocationResultSchema } from './allocation.schemas.js';
import { allocateLeadCaseworker } from './allocation.service.js';
import { consentInputSchema, consentResultSchema } from './consent.schemas.js';
import { recordConsent } from './consent.service.js';
import { intakeResultSchema, intakeSchema, reportParamsSchema } from './intake.schemas.js';
import { openCase } from './intake.service.js';

/** Framework step 4, intake: the case file opens, consent is recorded, a lead caseworker is allocated. */
export const intakeRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['cases'];

  app.post(
    '/reports/:reportId/intake',
    {
      schema: {
        tags,
        summary: 'Intake: open the case file of a screened VENA report (CPWO)',
        description:
          'For an existing child (childId) or a new one (child). A new child with a likely match needs confirmNotDuplicate: true (409 errors.possible_duplicate_child otherwise).',
        params: reportParamsSchema,
        body: intakeSchema,
        response: { 201: intakeResultSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await openCase(ctx, requireActor(request), request.params.reportId, request.body)),
  );

  app.post(
    '/cases/:id/consents',
    {
      schema: {
        tags,
        summary: 'Record a consent, assent, refusal, withdrawal or vital-interest basis',
        params: idParamsSchema,
        body: consentInputSchema,
        response: { 201: consentResultSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await recordConsent(ctx, requireActor(request), request.params.id, request.body)),
  );

  app.post(
    '/cases/:id/allocation',
    {
      schema: {
        tags,
        summary: 'Allocate the lead caseworker (CPWO)',
        params: idParamsSchema,
        body: allocationInputSchema,
        response: { 200: allocationResultSchema },
      },
    },
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
};
