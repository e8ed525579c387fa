import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { closureRoutes } from './closure.routes.js';
import { noteRoutes } from './notes.routes.js';
import { reviewRoutes } from './reviews.routes.js';
import { serviceRoutes } from './services.routes.js';
import { transferRoutes } from './transfers.routes.js';
import { visitRoutes } from './visits.routes.js';

/** Framework steps 7-9: services, monitoring visits and IZU visit tasks, reviews, closure, transfers, notes, feedback. */
export const followupRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(serviceRoutes, { ctx });
  await app.register(visitRoutes, { ctx });
  await app.register(reviewRoutes, { ctx });
  await app.register(closureRoutes, { ctx });
  await app.register(transferRoutes, { ctx });
  await app.register(noteRoutes, { ctx });
};
