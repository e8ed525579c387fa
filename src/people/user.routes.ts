import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import { importUsers } from './user-import.service.js';
import {
  createdUserSchema,
  createUserSchema,
  importedUsersSchema,
  importUsersSchema,
  oneTimePasswordSchema,
  updateUserSchema,
  userListQuerySchema,
  userListSchema,
  userSchema,
} from './user.schemas.js';
import { activateUser, createUser, deactivateUser, getUser, listUsers, resetPassword, unlockUser, updateUser } from './user.service.js';
import { idParamsSchema } from '../http/params.schemas.js';

export const userRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['users'];
  const byId = { tags, params: idParamsSchema };

  app.get('/users', { schema: { tags, querystring: userListQuerySchema, response: { 200: userListSchema } } }, async (request) =>
    listUsers(ctx, requireActor(request), request.query),
  );

  app.get('/users/:id', { schema: { ...byId, response: { 200: userSchema } } }, async (request) => getUser(ctx, requireActor(request), request.params.id));

  app.post('/users', { schema: { tags, body: createUserSchema, response: { 201: createdUserSchema } } }, async (request, reply) =>
    reply.status(201).send(await createUser(ctx, requireActor(request), request.body)),
  );

  // Registered before /users/:id/... so 'import' is never read as an id.
  app.post('/users/import', { schema: { tags, body: importUsersSchema, response: { 201: importedUsersSchema } } }, async (request, reply) =>
    reply.status(201).send(await importUsers(ctx, requireActor(request), request.body.csv)),
  );

  app.patch('/users/:id', { schema: { ...byId, body: updateUserSchema, response: { 200: userSchema } } }, async (request) =>
    updateUser(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post('/users/:id/deactivate', { schema: { ...byId, response: { 200: userSchema } } }, async (request) =>
    deactivateUser(ctx, requireActor(request), request.params.id),
  );

  app.post('/users/:id/activate', { schema: { ...byId, response: { 200: userSchema } } }, async (request) =>
    activateUser(ctx, requireActor(request), request.params.id),
  );

  app.post('/users/:id/reset-password', { schema: { ...byId, response: { 200: oneTimePasswordSchema } } }, async (request) =>
    resetPassword(ctx, requireActor(request), request.params.id),
  );

  app.post('/users/:id/unlock', { schema: { ...byId, response: { 200: userSchema } } }, async (request) =>
    unlockUser(ctx, requireActor(request), request.params.id),
  );
};
