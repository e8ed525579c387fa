import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { requireActor } from '../../http/session.plugin.js';
import {
  conferenceInputSchema,
  conferenceSchema,
  conferenceUpdateSchema,
  invitationListSchema,
  paperAgreementSchema,
  participantParamsSchema,
} from './conference.schemas.js';
import {
  createConference,
  getConference,
  listConferenceInvitations,
  recordPaperAgreement,
  signConferenceAgreement,
  updateConference,
} from './conference.service.js';
import { idParamsSchema } from '../../http/params.schemas.js';

/** Case conferences and their participants' confidentiality agreements. */
export const conferenceRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['conferences'];

  app.post(
    '/cases/:id/conferences',
    {
      schema: {
        tags,
        summary: 'Record a case conference (needs consent for case_conference, or a recorded vital interest)',
        params: idParamsSchema,
        body: conferenceInputSchema,
        response: { 201: conferenceSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createConference(ctx, requireActor(request), request.params.id, request.body)),
  );

  app.get(
    '/conferences/invitations',
    { schema: { tags, summary: "The caller's conference invitations (nothing of the case)", response: { 200: invitationListSchema } } },
    async (request) => listConferenceInvitations(ctx, requireActor(request)),
  );

  app.get(
    '/conferences/:id',
    {
      schema: {
        tags,
        summary: 'A conference: the case team, or a participant who signed the agreement',
        params: idParamsSchema,
        response: { 200: conferenceSchema },
      },
    },
    async (request) => getConference(ctx, requireActor(request), request.params.id),
  );

  app.patch(
    '/conferences/:id',
    {
      schema: {
        tags,
        summary: 'Record the outcome of a conference (decisions, participation)',
        params: idParamsSchema,
        body: conferenceUpdateSchema,
        response: { 200: conferenceSchema },
      },
    },
    async (request) => updateConference(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/conferences/:id/sign-agreement',
    {
      schema: {
        tags,
        summary: 'Sign the confidentiality agreement in the app (a participant user)',
        params: idParamsSchema,
        response: { 200: conferenceSchema },
      },
    },
    async (request) => signConferenceAgreement(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/conferences/:id/participants/:participantId/paper-agreement',
    {
      schema: {
        tags,
        summary: "Record an outside participant's signed paper confidentiality agreement",
        params: participantParamsSchema,
        body: paperAgreementSchema,
        response: { 200: conferenceSchema },
      },
    },
    async (request) => recordPaperAgreement(ctx, requireActor(request), request.params.id, request.params.participantId, request.body.signedAt),
  );
};
