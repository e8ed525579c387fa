import { z } from 'zod';
import { pageResult } from '../../http/paging.schemas.js';
import { longText, shortText } from '../followup.schemas.js';
import { userRefSchema } from '../../people/common.schemas.js';

// Framework step 8: monitoring visits, and the visit tasks a caseworker asks
// of the village's IZU.

const visitFields = {
  visitedAt: z.iso.datetime({ offset: true }).meta({ description: 'When the visit took place (not in the future)' }),
  companions: shortText(500).optional().meta({ description: 'Others present at the visit' }),
  observations: longText().meta({ description: 'What the visitor saw and heard' }),
  childSafe: z.boolean().meta({ description: 'Is the child safe?' }),
  concerns: longText().optional().meta({ description: 'Concerns found (required when the child is not safe)' }),
};
const concernsWhenUnsafe = (v: { childSafe: boolean; concerns?: string }) => v.childSafe || !!v.concerns;
const concernsRule = { message: 'say what the concerns are when the child is not safe', path: ['concerns'] };

export const recordVisitSchema = z
  .object({ ...visitFields, visitedByUserId: z.uuid().optional().meta({ description: 'Who visited (default: the signed-in user)' }) })
  .strict()
  .refine(concernsWhenUnsafe, concernsRule);
export type RecordVisitInput = z.infer<typeof recordVisitSchema>;

export const recordTaskVisitSchema = z.object(visitFields).strict().refine(concernsWhenUnsafe, concernsRule);
export type RecordTaskVisitInput = z.infer<typeof recordTaskVisitSchema>;

export const visitSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  visitTaskId: z.uuid().nullable(),
  visitedBy: userRefSchema,
  companions: z.string().nullable(),
  visitedAt: z.iso.datetime(),
  observations: z.string(),
  childSafe: z.boolean(),
  concerns: z.string().nullable(),
  recordedBy: userRefSchema,
  recordedAt: z.iso.datetime(),
});
export type VisitRecord = z.infer<typeof visitSchema>;
export const visitListSchema = z.object({ items: z.array(visitSchema).meta({ description: 'Newest first' }), ...pageResult });

export const requestVisitSchema = z
  .object({
    izuUserId: z.uuid().meta({ description: "An active IZU of the case's village (or of an area containing it)" }),
    dueDate: z.iso.date().meta({ description: 'Visit by this date (today or later)' }),
    purpose: longText(500).meta({ description: 'What the visit is for; the IZU reads it, so write only what the visit needs' }),
  })
  .strict();
export type RequestVisitInput = z.infer<typeof requestVisitSchema>;

const visitTaskStatusSchema = z.enum(['open', 'done', 'cancelled']);

export const visitRequestSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  izu: userRefSchema,
  requestedBy: userRefSchema,
  requestedAt: z.iso.datetime(),
  dueDate: z.iso.date(),
  purpose: z.string(),
  status: visitTaskStatusSchema,
  closedAt: z.iso.datetime().nullable(),
  visitId: z.uuid().nullable(),
});
export type VisitRequest = z.infer<typeof visitRequestSchema>;
export const visitRequestListSchema = z.object({ items: z.array(visitRequestSchema).meta({ description: 'Newest first' }), ...pageResult });
export const visitRequestParamsSchema = z.object({ id: z.uuid(), requestId: z.uuid() });

export const eligibleIzuListSchema = z.object({
  items: z.array(z.object({ id: z.uuid(), fullName: z.string(), jurisdictionId: z.string(), jurisdictionName: z.string() })),
});

/** What an IZU sees of a task: what the visit needs, and nothing else (no case facts, no case type). */
export const visitTaskSchema = z
  .object({
    id: z.uuid(),
    taskNumber: z.number().int().meta({ description: 'The number the task’s SMS gave; the volunteer answers the task by SMS or USSD with it' }),
    dueDate: z.iso.date(),
    purpose: z.string(),
    childFirstName: z.string(),
    village: z.string(),
    caregiverName: z.string().nullable(),
  })
  .strict();
export type VisitTask = z.infer<typeof visitTaskSchema>;
export const visitTaskListSchema = z.object({ items: z.array(visitTaskSchema), ...pageResult });

export const taskVisitRecordedSchema = z.object({ visitId: z.uuid(), taskId: z.uuid(), recordedAt: z.iso.datetime() });
