import { z } from 'zod';
import { pageResult } from '../../http/paging.schemas.js';
import { longText } from '../followup.schemas.js';
import { userRefSchema } from '../../people/common.schemas.js';

// Tool 17 (case notes) and tool 18 (client feedback).

export const addNoteSchema = z.object({ body: longText(8000).meta({ description: 'The note' }) }).strict();
export const noteSchema = z.object({ id: z.uuid(), caseId: z.uuid(), body: z.string(), writtenBy: userRefSchema, writtenAt: z.iso.datetime() });
export type NoteRecord = z.infer<typeof noteSchema>;
export const noteListSchema = z.object({ items: z.array(noteSchema).meta({ description: 'Newest first' }), ...pageResult });

export const recordFeedbackSchema = z
  .object({
    respondent: z.enum(['child', 'caregiver']),
    satisfaction: z.number().int().min(1).max(5).meta({ description: '1 very dissatisfied … 5 very satisfied' }),
    wellbeingImproved: z.boolean().optional().meta({ description: 'Does the child report better wellbeing? (indicator)' }),
    comments: longText().optional(),
  })
  .strict();
export type RecordFeedbackInput = z.infer<typeof recordFeedbackSchema>;

export const feedbackSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  respondent: z.enum(['child', 'caregiver']),
  satisfaction: z.number().int(),
  wellbeingImproved: z.boolean().nullable(),
  comments: z.string().nullable(),
  collectedBy: userRefSchema,
  collectedAt: z.iso.datetime(),
});
export type FeedbackRecord = z.infer<typeof feedbackSchema>;
export const feedbackListSchema = z.object({ items: z.array(feedbackSchema).meta({ description: 'Newest first' }), ...pageResult });
