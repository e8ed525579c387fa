import { z } from 'zod';
import { pageQuery } from '../http/paging.schemas.js';

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  /** Translated by the UI, e.g. notifications.deadline_overdue, notifications.report_received. */
  messageKey: z.string(),
  /** Codes only (reference, caseCode, kind, level, dueAt, channel): never names. */
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  reportId: z.uuid().nullable(),
  caseId: z.uuid().nullable(),
  createdAt: z.date(),
  readAt: z.date().nullable(),
});

export const notificationListQuerySchema = z.object({
  unread: z.enum(['true', 'false']).optional(),
  ...pageQuery({ defaultSize: 20, maxSize: 100 }),
});
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  total: z.number().int(),
  unreadCount: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const readAllResultSchema = z.object({ marked: z.number().int() });
