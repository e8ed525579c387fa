import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import { auditChainReportSchema, auditHeadSchema, auditPageSchema, auditQuerySchema, auditVerifyQuerySchema } from './audit.schemas.js';
import { auditChainHead, listAuditEvents, verifyAudit } from './audit.service.js';

/** The audit trail, for system administrators (audit:read). */
export const auditRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit entries, newest first',
        description: 'Filter by who acted, which record, action, outcome and time; page with `before`. The read is itself audited.',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => listAuditEvents(ctx, requireActor(request), request.query),
  );

  app.get(
    '/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: 'Recompute the audit hash chain',
        description:
          'Seals the entries waiting to join the chain, then reports the first altered, missing, unlinked or unsealed entry, if any; given a published `head`, also a chain that no longer reaches it.',
        querystring: auditVerifyQuerySchema,
        response: { 200: auditChainReportSchema },
      },
    },
    async (request) => verifyAudit(ctx, requireActor(request), request.query),
  );

  app.get(
    '/audit/head',
    {
      schema: {
        tags: ['audit'],
        summary: 'The newest seal of the audit chain',
        description: 'Its position and HMAC, to keep outside Rinda: a later verification given this head detects a deleted tail or a truncated audit.',
        response: { 200: auditHeadSchema },
      },
    },
    async (request) => auditChainHead(ctx, requireActor(request)),
  );
};
