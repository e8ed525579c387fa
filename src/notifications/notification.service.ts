import type { Actor } from '../access/actor.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors/app-error.js';
import { listNotifications as listRows, markAllRead, markRead } from './notification.repository.js';
import type { NotificationListQuery } from './notification.schemas.js';

// Each signed-in user has their own notifications and no one else's: every
// query is by the actor's id, so another user's notification is "not found".

export async function listNotifications(ctx: AppContext, actor: Actor, query: NotificationListQuery) {
  const result = await listRows(ctx.database.db, actor.id, {
    unreadOnly: query.unread === 'true',
    page: query.page,
    pageSize: query.pageSize,
  });
  return { ...result, page: query.page, pageSize: query.pageSize };
}

export async function readNotification(ctx: AppContext, actor: Actor, id: string) {
  const row = await markRead(ctx.database.db, actor.id, id, ctx.clock.now());
  if (!row) throw notFound('notification');
  return row;
}

export async function readAllNotifications(ctx: AppContext, actor: Actor) {
  return { marked: await markAllRead(ctx.database.db, actor.id, ctx.clock.now()) };
}
