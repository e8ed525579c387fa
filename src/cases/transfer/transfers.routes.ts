import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { pageQuerySchema } from '../../http/paging.schemas.js';
import { requireActor } from '../../http/session.plugin.js';
import { emptyBodySchema } from '../closure/closure.schemas.js';
import {
  acceptTransferSchema,
  caseTransferParamsSchema,
  declineTransferSchema,
  incomingTransferListSchema,
  requestTransferSchema,
  transferListSchema,
  transferSchema,
} from './transfers.schemas.js';
import { acceptTransfer, cancelTransfer, declineTransfer, listIncomingTransfers, listTransfers, requestTransfer } from './transfers.service.js';
import { idParamsSchema } from '../../http/params.schemas.js';

export const transferRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['case follow-up'];

  app.post(
    '/cases/:id/transfers',
    {
      schema: {
        tags,
        summary: 'Transfer the case to another district or agency',
        params: idParamsSchema,
        body: requestTransferSchema,
        response: { 201: transferSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await requestTransfer(ctx, requireActor(request), request.params.id, request.body)),
  );
  app.get(
    '/cases/:id/transfers',
    {
      schema: {
        tags,
        summary: 'Transfer history of the case, newest first',
        params: idParamsSchema,
        querystring: pageQuerySchema,
        response: { 200: transferListSchema },
      },
    },
    async (request) => listTransfers(ctx, requireActor(request), request.params.id, request.query),
  );
  app.post(
    '/cases/:id/transfers/:transferId/cancel',
    {
      schema: {
        tags,
        summary: 'The sender cancels a pending transfer',
        params: caseTransferParamsSchema,
        body: emptyBodySchema,
        response: { 200: transferSchema },
      },
    },
    async (request) => cancelTransfer(ctx, requireActor(request), request.params.id, request.params.transferId),
  );

  app.get(
    '/transfers/incoming',
    {
      schema: {
        tags,
        summary: "Pending transfers to the actor's district (CPWO) or agency, oldest first",
        querystring: pageQuerySchema,
        response: { 200: incomingTransferListSchema },
      },
    },
    async (request) => listIncomingTransfers(ctx, requireActor(request), request.query),
  );
  app.post(
    '/transfers/:id/accept',
    { schema: { tags, summary: 'Accept an incoming transfer', params: idParamsSchema, body: acceptTransferSchema, response: { 200: transferSchema } } },
    async (request) => acceptTransfer(ctx, requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/transfers/:id/decline',
    {
      schema: {
        tags,
        summary: 'Decline an incoming transfer, saying why',
        params: idParamsSchema,
        body: declineTransferSchema,
        response: { 200: transferSchema },
      },
    },
    async (request) => declineTransfer(ctx, requireActor(request), request.params.id, request.body),
  );
};
