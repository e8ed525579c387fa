import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition } from '../attachments/file-type.js';
import type { AppContext } from '../context.js';
import { invalidField } from '../errors/app-error.js';
import { requireActor } from '../http/session.plugin.js';
import {
  dhis2MappingInputSchema,
  dhis2MappingSchema,
  dhis2MonthSchema,
  dhis2PayloadQuerySchema,
  dhis2PayloadSchema,
  dhis2PlaceSchema,
  dhis2PushInputSchema,
  dhis2PushListSchema,
  dhis2PushSchema,
} from './dhis2.schemas.js';
import { buildAdx, buildPayload, getMapping, listPastPushes, pushMonth, putMapping } from './dhis2.service.js';

/** DHIS2: the mapping, a month's aggregates as dataValueSets JSON or ADX XML, and the pushes to the national server. */
export const dhis2Routes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['dhis2'];

  app.get(
    '/dhis2/mapping',
    {
      schema: {
        tags,
        summary: "Rinda's indicators, disaggregations and places as DHIS2 data elements, category option combos and organisation units",
        response: { 200: dhis2MappingSchema },
      },
    },
    async (request) => getMapping(ctx, requireActor(request)),
  );

  app.put(
    '/dhis2/mapping',
    {
      schema: {
        tags,
        summary: 'Replace the whole mapping (an administrator); every uid is checked, two figures never share a DHIS2 cell',
        body: dhis2MappingInputSchema,
        response: { 200: dhis2MappingSchema },
      },
    },
    async (request) => putMapping(ctx, requireActor(request), request.body),
  );

  app.get(
    '/dhis2/data-value-sets',
    {
      schema: {
        tags,
        summary: "A district's or sector's month as a DHIS2 dataValueSets payload (true counts), and what the mapping left out",
        querystring: dhis2PayloadQuerySchema,
        response: { 200: dhis2PayloadSchema },
      },
    },
    async (request) => buildPayload(ctx, requireActor(request), request.query),
  );

  app.get(
    '/dhis2/adx',
    {
      schema: {
        tags,
        summary: 'The same month as ADX XML (urn:ihe:qrph:adx:2015); what was left out is in the x-rinda-left-out header (JSON)',
        querystring: dhis2PayloadQuerySchema,
        produces: ['application/adx+xml'],
      },
    },
    async (request, reply) => {
      const { xml, leftOut } = await buildAdx(ctx, requireActor(request), request.query);
      reply.header('x-rinda-left-out', JSON.stringify(leftOut)).header('cache-control', 'no-store');
      if (!xml) throw invalidField('querystring.place', 'this place has no DHIS2 organisation unit in the mapping');
      return reply
        .header('content-type', 'application/adx+xml; charset=utf-8')
        .header('content-disposition', contentDisposition(`rinda-${request.query.place}-${request.query.period}.adx.xml`))
        .send(xml);
    },
  );

  app.get(
    '/dhis2/pushes',
    {
      schema: {
        tags,
        summary: 'Past pushes, newest first: what was sent and the import summary DHIS2 answered',
        querystring: z
          .object({ place: dhis2PlaceSchema.optional(), period: dhis2MonthSchema.optional(), limit: z.coerce.number().int().min(1).max(200).optional() })
          .strict(),
        response: { 200: dhis2PushListSchema },
      },
    },
    async (request) => listPastPushes(ctx, requireActor(request), request.query),
  );

  app.post(
    '/dhis2/pushes',
    {
      schema: {
        tags,
        summary: "Push a district's or sector's month to the configured DHIS2, with retries; the push is kept whatever DHIS2 answered",
        body: dhis2PushInputSchema,
        response: { 201: dhis2PushSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await pushMonth(ctx, requireActor(request), request.body)),
  );
};
