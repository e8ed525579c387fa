import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { idParamsSchema } from '../http/params.schemas.js';
import { requireActor } from '../http/session.plugin.js';
import {
  dryRunSchema,
  emptyBodySchema,
  holdListQuerySchema,
  holdSchema,
  holdsSchema,
  newHoldSchema,
  retentionRuleChangeSchema,
  retentionRulesSchema,
  retentionRunDetailSchema,
  retentionRunsSchema,
  runActionsQuerySchema,
} from './retention.schemas.js';
import {
  changeRetentionRule,
  getRetentionRun,
  listRetentionHolds,
  listRetentionRules,
  listRetentionRuns,
  placeRetentionHold,
  releaseRetentionHold,
  retentionDryRun,
  retentionRunNow,
} from './retention.service.js';

/** Retention (Law N° 058/2021 Art. 52), for the data protection officer and administrators. */
export const retentionRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['data protection'];

  app.get(
    '/retention/rules',
    { schema: { tags, summary: 'The retention rules in force, with their defaults', response: { 200: retentionRulesSchema } } },
    async (request) => listRetentionRules(ctx, requireActor(request)),
  );
  app.put(
    '/retention/rules',
    {
      schema: {
        tags,
        summary: 'Change one retention rule',
        description: 'Its period (at least the minimum the framework or the law wants) and whether it runs. Audited with the values before and after.',
        body: retentionRuleChangeSchema,
        response: { 200: retentionRulesSchema },
      },
    },
    async (request) => changeRetentionRule(ctx, requireActor(request), request.body),
  );
  app.post(
    '/retention/dry-run',
    {
      schema: {
        tags,
        summary: 'What the rules would change now',
        description: 'Changes nothing; the dry run and its counts are recorded.',
        body: emptyBodySchema,
        response: { 200: dryRunSchema },
      },
    },
    async (request) => retentionDryRun(ctx, requireActor(request)),
  );
  app.post(
    '/retention/runs',
    {
      schema: {
        tags,
        summary: 'Apply the rules now',
        description:
          'As the background worker does on its interval: pseudonymises or removes the fields each rule names, never a record; every change audited.',
        body: emptyBodySchema,
        response: { 200: retentionRunDetailSchema },
      },
    },
    async (request) => retentionRunNow(ctx, requireActor(request)),
  );
  app.get(
    '/retention/runs',
    { schema: { tags, summary: 'The record of retention runs, newest first', response: { 200: retentionRunsSchema } } },
    async (request) => listRetentionRuns(ctx, requireActor(request)),
  );
  app.get(
    '/retention/runs/:id',
    {
      schema: {
        tags,
        summary: 'What one run did, record by record',
        params: idParamsSchema,
        querystring: runActionsQuerySchema,
        response: { 200: retentionRunDetailSchema },
      },
    },
    async (request) => getRetentionRun(ctx, requireActor(request), request.params.id, request.query),
  );
  app.get(
    '/retention/holds',
    { schema: { tags, summary: 'Records kept out of every retention rule', querystring: holdListQuerySchema, response: { 200: holdsSchema } } },
    async (request) => listRetentionHolds(ctx, requireActor(request), request.query),
  );
  app.post(
    '/retention/holds',
    {
      schema: {
        tags,
        summary: "Hold a child's records or one report (a legal claim, an investigation)",
        body: newHoldSchema,
        response: { 201: holdSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await placeRetentionHold(ctx, requireActor(request), request.body)),
  );
  app.post(
    '/retention/holds/:id/release',
    { schema: { tags, summary: 'Release a hold', params: idParamsSchema, body: emptyBodySchema, response: { 200: holdSchema } } },
    async (request) => releaseRetentionHold(ctx, requireActor(request), request.params.id),
  );
};
