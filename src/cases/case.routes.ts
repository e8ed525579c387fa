import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import { idParamsSchema } from '../http/params.schemas.js';
import { getCaseFile, listCases } from './case-file.service.js';
import { participantCandidateListSchema, participantCandidateQuerySchema } from './case-people.schemas.js';
import { listParticipantCandidates } from './case-people.service.js';
import { caseFileSchema, caseListQuerySchema, caseListSchema } from './case.schemas.js';
import { assessmentRoutes } from './assessment/assessment.routes.js';
import { closureRoutes } from './closure/closure.routes.js';
import { conferenceRoutes } from './conferences/conference.routes.js';
import { intakeRoutes } from './intake/intake.routes.js';
import { visitRoutes } from './monitoring/visits.routes.js';
import { noteRoutes } from './notes/notes.routes.js';
import { planRoutes } from './planning/plan.routes.js';
import { referralRoutes } from './referrals/referrals.routes.js';
import { reviewRoutes } from './review/reviews.routes.js';
import { serviceRoutes } from './services/services.routes.js';
import { transferRoutes } from './transfer/transfers.routes.js';

/** Cases: the caseload, the case file, and each framework step's routes from its own folder. */
export const caseRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['cases'];

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

  // The steps, in the framework's order (4-9), then the notes kept at any step.
  await app.register(intakeRoutes, { ctx });
  await app.register(assessmentRoutes, { ctx });
  await app.register(planRoutes, { ctx });
  await app.register(conferenceRoutes, { ctx });
  await app.register(serviceRoutes, { ctx });
  await app.register(referralRoutes, { ctx });
  await app.register(visitRoutes, { ctx });
  await app.register(reviewRoutes, { ctx });
  await app.register(closureRoutes, { ctx });
  await app.register(transferRoutes, { ctx });
  await app.register(noteRoutes, { ctx });
};
