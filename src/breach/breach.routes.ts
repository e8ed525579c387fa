import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { idParamsSchema } from '../http/params.schemas.js';
import { requireActor } from '../http/session.plugin.js';
import {
  addressReadsQuerySchema,
  addressReadsSchema,
  childReadsQuerySchema,
  childReadsSchema,
  userReadsQuerySchema,
  userReadsSchema,
} from './breach-queries.schemas.js';
import { recordsFromAddress, whatUserSaw, whoSawChild } from './breach-queries.service.js';
import { breachListQuerySchema, breachListSchema, breachSchema, breachStepSchema, newBreachSchema } from './breach-register.schemas.js';
import { getBreach, listBreachRegister, recordBreach, recordNcsaStep } from './breach-register.service.js';

/** Answers for a breach and the breach register, for the data protection officer. */
export const breachRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['data protection'];

  app.get(
    '/breach/child-reads',
    {
      schema: {
        tags,
        summary: 'Who saw this child',
        description:
          "Every read and change of the child's records (the child, their cases, reports, referrals, visit tasks) and every list that showed one: by whom, when, from which address, which field groups. Give the child or one of their cases. The question is itself audited.",
        querystring: childReadsQuerySchema,
        response: { 200: childReadsSchema },
      },
    },
    async (request) => whoSawChild(ctx, requireActor(request), request.query),
  );
  app.get(
    '/breach/user-reads',
    {
      schema: {
        tags,
        summary: 'What this user saw in a period',
        description: 'Every record the user read or changed, every list, and the field groups, in figures and entry by entry.',
        querystring: userReadsQuerySchema,
        response: { 200: userReadsSchema },
      },
    },
    async (request) => whatUserSaw(ctx, requireActor(request), request.query),
  );
  app.get(
    '/breach/address-reads',
    {
      schema: {
        tags,
        summary: 'Every record touched from this address',
        querystring: addressReadsQuerySchema,
        response: { 200: addressReadsSchema },
      },
    },
    async (request) => recordsFromAddress(ctx, requireActor(request), request.query),
  );

  app.get(
    '/breaches',
    { schema: { tags, summary: 'The breach register', querystring: breachListQuerySchema, response: { 200: breachListSchema } } },
    async (request) => listBreachRegister(ctx, requireActor(request), request.query),
  );
  app.post(
    '/breaches',
    {
      schema: {
        tags,
        summary: 'Record a breach',
        description: 'Starts the 48-hour notice and the 72-hour report deadlines to NCSA (Law N° 058/2021 Arts 43–44).',
        body: newBreachSchema,
        response: { 201: breachSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await recordBreach(ctx, requireActor(request), request.body)),
  );
  app.get('/breaches/:id', { schema: { tags, summary: 'One breach', params: idParamsSchema, response: { 200: breachSchema } } }, async (request) =>
    getBreach(ctx, requireActor(request), request.params.id),
  );
  app.post(
    '/breaches/:id/notice',
    { schema: { tags, summary: 'Record the notice sent to NCSA (48 hours)', params: idParamsSchema, body: breachStepSchema, response: { 200: breachSchema } } },
    async (request) => recordNcsaStep(ctx, requireActor(request), request.params.id, 'notice', request.body),
  );
  app.post(
    '/breaches/:id/report',
    {
      schema: {
        tags,
        summary: 'Record the report sent to NCSA (72 hours)',
        description: 'Needs the notice first; closes the breach.',
        params: idParamsSchema,
        body: breachStepSchema,
        response: { 200: breachSchema },
      },
    },
    async (request) => recordNcsaStep(ctx, requireActor(request), request.params.id, 'report', request.body),
  );
};
