import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { pageQuerySchema } from '../../http/paging.schemas.js';
import { requireActor } from '../../http/session.plugin.js';
import { addNoteSchema, feedbackListSchema, feedbackSchema, noteListSchema, noteSchema, recordFeedbackSchema } from './notes.schemas.js';
import { addNote, listFeedback, listNotes, recordFeedback } from './notes.service.js';
import { idParamsSchema } from '../../http/params.schemas.js';

export const noteRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['case follow-up'];
  const params = idParamsSchema;

  app.post(
    '/cases/:id/notes',
    { schema: { tags, summary: 'Add a case note', params, body: addNoteSchema, response: { 201: noteSchema } } },
    async (request, reply) => reply.status(201).send(await addNote(ctx, requireActor(request), request.params.id, request.body)),
  );
  app.get(
    '/cases/:id/notes',
    { schema: { tags, summary: 'Case notes, newest first', params, querystring: pageQuerySchema, response: { 200: noteListSchema } } },
    async (request) => listNotes(ctx, requireActor(request), request.params.id, request.query),
  );
  app.post(
    '/cases/:id/feedback',
    { schema: { tags, summary: "Record the child's or caregiver's feedback", params, body: recordFeedbackSchema, response: { 201: feedbackSchema } } },
    async (request, reply) => reply.status(201).send(await recordFeedback(ctx, requireActor(request), request.params.id, request.body)),
  );
  app.get(
    '/cases/:id/feedback',
    { schema: { tags, summary: 'Client feedback, newest first', params, querystring: pageQuerySchema, response: { 200: feedbackListSchema } } },
    async (request) => listFeedback(ctx, requireActor(request), request.params.id, request.query),
  );
};
