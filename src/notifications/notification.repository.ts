import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Db } from '../db/database.js';

// In-app notifications: a message key the UI translates and params holding
// codes only (references, case codes, step kinds, levels), never names.

export type NewNotification = {
  userId: string;
  kind: string;
  messageKey: string;
  params: Record<string, string | number | null>;
  reportId?: string | null;
  caseId?: string | null;
};

export async function insertNotifications(trx: Transaction<DB>, rows: NewNotification[], at: Date): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('notifications')
    .values(
      rows.map((n) => ({
        user_id: n.userId,
        kind: n.kind,
        message_key: n.messageKey,
        params: JSON.stringify(n.params),
        report_id: n.reportId ?? null,
        case_id: n.caseId ?? null,
        created_at: at,
      })),
    )
    .execute();
}

const columns = [
  'n.id',
  'n.kind',
  'n.message_key as messageKey',
  'n.params',
  'n.report_id as reportId',
  'n.case_id as caseId',
  'n.created_at as createdAt',
  'n.read_at as readAt',
] as const;

export async function listNotifications(db: Db, userId: string, opts: { unreadOnly: boolean; page: number; pageSize: number }) {
  const mine = db
    .selectFrom('notifications as n')
    .where('n.user_id', '=', userId)
    .$if(opts.unreadOnly, (q) => q.where('n.read_at', 'is', null));
  const items = await mine
    .select(columns)
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize)
    .execute();
  const { total } = await mine.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  const { unread } = await db
    .selectFrom('notifications')
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .select(sql<number>`count(*)::int`.as('unread'))
    .executeTakeFirstOrThrow();
  return { items: items.map(parseParams), total, unreadCount: unread };
}

/** Marks one of the user's notifications read (the first reading time stays); undefined when not theirs. */
export async function markRead(db: Db, userId: string, id: string, at: Date) {
  const row = await db
    .updateTable('notifications as n')
    .set({ read_at: sql`coalesce(n.read_at, ${at})` })
    .where('n.id', '=', id)
    .where('n.user_id', '=', userId)
    .returning(columns)
    .executeTakeFirst();
  return row && parseParams(row);
}

export async function markAllRead(db: Db, userId: string, at: Date): Promise<number> {
  const rows = await db.updateTable('notifications').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null).returning('id').execute();
  return rows.length;
}

function parseParams<T extends { params: unknown }>(row: T): T & { params: Record<string, string | number | null> } {
  const params = typeof row.params === 'string' ? JSON.parse(row.params) : row.params;
  return { ...row, params: (params ?? {}) as Record<string, string | number | null> };
}
