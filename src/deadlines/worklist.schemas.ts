import { z } from 'zod';
import { pageQuery } from '../http/paging.schemas.js';

export const worklistQuerySchema = z.object({
  /** today: falls due during today's local date (some may be overdue already); overdue: past due; all (default). */
  due: z.enum(['today', 'overdue', 'all']).default('all'),
  tier: z.enum(['1', '2']).optional(),
  kind: z
    .string()
    .regex(/^[a-z0-9_]{1,40}$/)
    .optional(),
  ...pageQuery(),
});
export type WorklistQuery = z.infer<typeof worklistQuerySchema>;

const worklistItemSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  dueAt: z.date(),
  overdue: z.boolean(),
  dueToday: z.boolean(),
  /** 0 not escalated; 1 caseworker, 2 supervisor, 3 district leadership, 4 NCDA. */
  escalationLevel: z.number().int(),
  tier: z.number().int().nullable(),
  report: z.object({ id: z.uuid(), reference: z.string() }).nullable(),
  case: z.object({ id: z.uuid(), caseCode: z.string() }).nullable(),
  triage: z
    .object({
      caseTypes: z.array(z.string()),
      /** The child's first name (a case's given name; a report's first word of the name as reported); null unless need-to-know shows the child's identity. */
      childFirstName: z.string().nullable(),
      /** Before intake, a report with no name: the description as reported (first 120 characters), same need-to-know. */
      childDescription: z.string().nullable(),
      placeId: z.string().nullable(),
      /** The village (Umudugudu) of the case or report. */
      placeName: z.string().nullable(),
      /** How the report came in (izu, hotline, walk-in…); null for a case's own deadlines without a report. */
      channel: z.string().nullable(),
    })
    .meta({ description: 'What triage needs without opening the record' }),
});

export const worklistSchema = z.object({
  items: z.array(worklistItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Over the whole worklist (ignoring `due` and paging, honouring tier and kind): for badges. */
  counts: z.object({ overdue: z.number().int(), dueToday: z.number().int(), open: z.number().int() }),
});

/** What a run of the escalation did: deadlines escalated, notifications written, SMS queued. */
export const escalationRunSchema = z.object({ escalated: z.number().int(), notifications: z.number().int(), sms: z.number().int() });
