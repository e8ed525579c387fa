import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import { notificationListQuerySchema, notificationListSchema, notificationSchema, readAllResultSchema } from './notification.schemas.js';
import { listNotifications, readAllNotifications, readNotification } from './notification.service.js';
import { idParamsSchema } from '../http/params.schemas.js';

/** The signed-in user's own notifications (every role). */
export const notificationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['notifications'];
  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'My notifications, newest first, with the unread count',
        querystring: notificationListQuerySchema,
        response: { 200: notificationListSchema },
      },
    },
    async (request) => listNotifications(ctx, requireActor(request), request.query),
  );
  app.post(
    '/notifications/:id/read',
    { schema: { tags, summary: 'Mark one of my notifications read', params: idParamsSchema, response: { 200: notificationSchema } } },
    async (request) => readNotification(ctx, requireActor(request), request.params.id),
  );
  app.post(
    '/notifications/read-all',
    { schema: { tags, summary: 'Mark all my notifications read', response: { 200: readAllResultSchema } } },
    async (request) => readAllNotifications(ctx, requireActor(request)),
  );
};
