import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { pageQuerySchema } from '../../http/paging.schemas.js';
import { idParamsSchema } from '../../http/params.schemas.js';
import { requireActor } from '../../http/session.plugin.js';
import { emptyBodySchema } from '../closure/closure.schemas.js';
import {
  acceptReferral,
  completeReferral,
  declineReferral,
  giveFeedback,
  recordReferralOutcome,
  recordServiceGiven,
  withdrawReferral,
} from './referral-steps.service.js';
import {
  declineReferralSchema,
  feedbackSchema,
  inboxQuerySchema,
  inboxSchema,
  makeReferralSchema,
  outcomeSchema,
  providerOptionListSchema,
  providerOptionsQuerySchema,
  providerReferralSchema,
  referralListSchema,
  referralSchema,
  reportReferralListSchema,
  serviceGivenSchema,
  withdrawSchema,
} from './referrals.schemas.js';
import {
  listCaseReferrals,
  listProviderOptions,
  listReportProviderOptions,
  listReportReferrals,
  makeCaseReferral,
  makeReportReferral,
  providerReferralView,
  referralInbox,
} from './referrals.service.js';

/** Referrals (framework step 7): the caseworker's side on the case, the provider's side on /referrals. */
export const referralRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['referrals'];
  const body201 = { 201: referralSchema };

  app.post(
    '/cases/:id/referrals',
    {
      schema: {
        tags,
        summary: "Refer the case's child to a provider (consent gate; only the chosen groups of fields are shared)",
        params: idParamsSchema,
        body: makeReferralSchema,
        response: body201,
      },
    },
    async (request, reply) => reply.status(201).send(await makeCaseReferral(ctx, requireActor(request), request.params.id, request.body)),
  );
  app.get(
    '/cases/:id/referrals',
    {
      schema: {
        tags,
        summary: "The case's referrals, newest first",
        params: idParamsSchema,
        querystring: pageQuerySchema,
        response: { 200: referralListSchema },
      },
    },
    async (request) => listCaseReferrals(ctx, requireActor(request), request.params.id, request.query),
  );
  app.get(
    '/cases/:id/referral-providers',
    {
      schema: {
        tags,
        summary: "Active providers of a service type covering the child's village, whose eligibility fits the child",
        params: idParamsSchema,
        querystring: providerOptionsQuerySchema,
        response: { 200: providerOptionListSchema },
      },
    },
    async (request) => listProviderOptions(ctx, requireActor(request), request.params.id, request.query.serviceType),
  );
  app.post(
    '/reports/:id/referrals',
    { schema: { tags, summary: "A non-VENA report's early intervention referral", params: idParamsSchema, body: makeReferralSchema, response: body201 } },
    async (request, reply) => reply.status(201).send(await makeReportReferral(ctx, requireActor(request), request.params.id, request.body)),
  );
  app.get(
    '/reports/:id/referrals',
    { schema: { tags, summary: "A report's early intervention referrals, newest first", params: idParamsSchema, response: { 200: reportReferralListSchema } } },
    async (request) => listReportReferrals(ctx, requireActor(request), request.params.id),
  );
  app.get(
    '/reports/:id/referral-providers',
    {
      schema: {
        tags,
        summary: "Active providers of a service type covering the reported child's village, whose eligibility fits the child",
        params: idParamsSchema,
        querystring: providerOptionsQuerySchema,
        response: { 200: providerOptionListSchema },
      },
    },
    async (request) => listReportProviderOptions(ctx, requireActor(request), request.params.id, request.query.serviceType),
  );

  // The sending side's steps.
  app.post(
    '/referrals/:id/outcome',
    {
      schema: {
        tags,
        summary: 'The child accessed the service (date) and its outcome',
        params: idParamsSchema,
        body: outcomeSchema,
        response: { 200: referralSchema },
      },
    },
    async (request) => recordReferralOutcome(ctx, requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/referrals/:id/complete',
    {
      schema: {
        tags,
        summary: 'Complete: only with access, outcome and the provider feedback',
        params: idParamsSchema,
        body: emptyBodySchema,
        response: { 200: referralSchema },
      },
    },
    async (request) => completeReferral(ctx, requireActor(request), request.params.id),
  );
  app.post(
    '/referrals/:id/withdraw',
    {
      schema: {
        tags,
        summary: "Withdraw: the provider's access ends at once",
        params: idParamsSchema,
        body: withdrawSchema,
        response: { 200: referralSchema },
      },
    },
    async (request) => withdrawReferral(ctx, requireActor(request), request.params.id, request.body),
  );

  // The provider's side.
  app.get(
    '/referrals/inbox',
    {
      schema: {
        tags,
        summary: "A focal person's inbox: their organisations' referrals, soonest due first",
        querystring: inboxQuerySchema,
        response: { 200: inboxSchema },
      },
    },
    async (request) => referralInbox(ctx, requireActor(request), request.query),
  );
  app.get(
    '/referrals/:id',
    {
      schema: {
        tags,
        summary: "The referral as its provider sees it: only the shared groups of the child's data",
        params: idParamsSchema,
        response: { 200: providerReferralSchema },
      },
    },
    async (request) => providerReferralView(ctx, requireActor(request), request.params.id),
  );
  app.post(
    '/referrals/:id/accept',
    { schema: { tags, summary: 'Accept the referral', params: idParamsSchema, body: emptyBodySchema, response: { 200: providerReferralSchema } } },
    async (request) => acceptReferral(ctx, requireActor(request), request.params.id),
  );
  app.post(
    '/referrals/:id/decline',
    {
      schema: {
        tags,
        summary: 'Decline the referral, saying why',
        params: idParamsSchema,
        body: declineReferralSchema,
        response: { 200: providerReferralSchema },
      },
    },
    async (request) => declineReferral(ctx, requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/referrals/:id/service',
    { schema: { tags, summary: 'Record the service given', params: idParamsSchema, body: serviceGivenSchema, response: { 200: providerReferralSchema } } },
    async (request) => recordServiceGiven(ctx, requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/referrals/:id/feedback',
    { schema: { tags, summary: "The provider's written feedback", params: idParamsSchema, body: feedbackSchema, response: { 200: providerReferralSchema } } },
    async (request) => giveFeedback(ctx, requireActor(request), request.params.id, request.body),
  );
};
