import { z } from 'zod';
import { longText, shortText } from '../cases/followup.schemas.js';
import { placeIdSchema, userRefSchema } from '../people/common.schemas.js';
import {
  ASSESSMENT_PARTS,
  FAILURE_REASONS,
  LEAD_RELATIONSHIPS,
  REINTEGRATION_STAGES,
  REINTEGRATION_STATUSES,
  TRACING_METHODS,
  TRACING_OUTCOMES,
} from './reintegration-vocabulary.js';

// Family tracing and the stages of reintegration (SYSTEM.md §7) on a case.

export const reintegrationParamsSchema = z.object({ id: z.uuid(), reintegrationId: z.uuid() });
export const leadParamsSchema = z.object({ id: z.uuid(), reintegrationId: z.uuid(), leadId: z.uuid() });

const day = z.iso.date();
/** A phone number as given (digits, spaces, a leading +). */
export const contactPhoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ]{4,19}$/, 'a phone number');

export const startReintegrationSchema = z.object({ startedOn: day.meta({ description: 'When the work began (not in the future)' }) }).strict();

export const completeStageSchema = z
  .object({
    stage: z.enum(REINTEGRATION_STAGES).meta({ description: 'The next stage (stages are done in order)' }),
    completedOn: day.meta({ description: 'When the stage was done (not in the future, not before the stage before it)' }),
    doneByUserId: z.uuid().optional().meta({ description: 'Who did it (default: the signed-in user); a caseworker of the case’s district' }),
    note: longText().optional(),
  })
  .strict();
export type CompleteStageInput = z.infer<typeof completeStageSchema>;

export const failReintegrationSchema = z
  .object({
    reason: z.enum(FAILURE_REASONS),
    note: longText(2000).meta({ description: 'What was found; the case goes on (the child may go to alternative care)' }),
  })
  .strict();
export type FailReintegrationInput = z.infer<typeof failReintegrationSchema>;

export const addLeadSchema = z
  .object({
    personName: shortText(200).meta({ description: 'The relative or person who may know the family' }),
    relationship: z.enum(LEAD_RELATIONSHIPS),
    phone: contactPhoneSchema.optional(),
    placeId: placeIdSchema.meta({ description: 'Where: a place of the Rwanda tree (a village, Umudugudu, where known)' }),
    directions: longText(1000).optional(),
    source: longText(1000).optional().meta({ description: 'Where the lead came from (the child, a neighbour, a record)' }),
  })
  .strict();
export type AddLeadInput = z.infer<typeof addLeadSchema>;

export const recordAttemptSchema = z
  .object({
    attemptedOn: day.meta({ description: 'When (not in the future)' }),
    attemptedByUserId: z.uuid().optional().meta({ description: 'Who followed the lead (default: the signed-in user)' }),
    method: z.enum(TRACING_METHODS),
    outcome: z.enum(TRACING_OUTCOMES),
    note: longText(2000).optional(),
  })
  .strict();
export type RecordAttemptInput = z.infer<typeof recordAttemptSchema>;

export const askIzuToTraceSchema = z
  .object({
    izuUserId: z.uuid().meta({ description: "An active IZU of the lead's village (or of an area containing it)" }),
    dueDate: day.meta({ description: 'By this date (today or later)' }),
    purpose: longText(500).meta({ description: 'What to ask; the IZU reads it, so write only what the enquiry needs' }),
  })
  .strict();
export type AskIzuToTraceInput = z.infer<typeof askIzuToTraceSchema>;

const areaText = longText();
export const recordAssessmentSchema = z
  .object({
    part: z.enum(ASSESSMENT_PARTS).meta({ description: "The assessor's own part: social (social worker) or psychological (psychologist)" }),
    assessedOn: day,
    social: areaText.optional(),
    economic: areaText.optional(),
    community: areaText.optional(),
    emotional: areaText.optional(),
    attachment: areaText.optional(),
    behaviour: areaText.optional(),
    familySafe: z.boolean().meta({ description: 'Is the family a safe place for the child to return to?' }),
    recommendation: longText(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const needed = v.part === 'social' ? (['social', 'economic', 'community'] as const) : (['emotional', 'attachment', 'behaviour'] as const);
    const other = v.part === 'social' ? (['emotional', 'attachment', 'behaviour'] as const) : (['social', 'economic', 'community'] as const);
    for (const k of needed) if (!v[k]) ctx.addIssue({ code: 'custom', path: [k], message: `the ${v.part} assessment covers ${k}` });
    for (const k of other) if (v[k]) ctx.addIssue({ code: 'custom', path: [k], message: `${k} belongs to the other assessor's part` });
  });
export type RecordAssessmentInput = z.infer<typeof recordAssessmentSchema>;

const attemptSchema = z.object({
  id: z.uuid(),
  attemptedOn: day,
  attemptedBy: userRefSchema,
  method: z.enum(TRACING_METHODS),
  outcome: z.enum(TRACING_OUTCOMES),
  note: z.string().nullable(),
  recordedAt: z.iso.datetime(),
});

const leadSchema = z.object({
  id: z.uuid(),
  personName: z.string().nullable().meta({ description: 'Null when hidden (need-to-know)' }),
  relationship: z.enum(LEAD_RELATIONSHIPS),
  phone: z.string().nullable(),
  placeId: z.string().nullable().meta({ description: 'Null when hidden; the district is always shown' }),
  placeName: z.string().nullable(),
  districtId: z.string(),
  districtName: z.string(),
  directions: z.string().nullable(),
  source: z.string().nullable(),
  visitTaskId: z.uuid().nullable().meta({ description: 'The IZU enquiry asked for this lead, if any (see the case’s visit requests)' }),
  createdBy: userRefSchema,
  createdAt: z.iso.datetime(),
  attempts: z.array(attemptSchema),
});

const stageSchema = z.object({
  stage: z.enum(REINTEGRATION_STAGES),
  completedOn: day,
  doneBy: userRefSchema,
  note: z.string().nullable(),
  recordedBy: userRefSchema,
  recordedAt: z.iso.datetime(),
});

const assessmentSchema = z.object({
  id: z.uuid(),
  part: z.enum(ASSESSMENT_PARTS),
  assessedOn: day,
  assessor: userRefSchema,
  social: z.string().nullable(),
  economic: z.string().nullable(),
  community: z.string().nullable(),
  emotional: z.string().nullable(),
  attachment: z.string().nullable(),
  behaviour: z.string().nullable(),
  familySafe: z.boolean(),
  recommendation: z.string(),
  recordedAt: z.iso.datetime(),
});

export const reintegrationSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  status: z.enum(REINTEGRATION_STATUSES),
  startedOn: day,
  startedBy: userRefSchema,
  endedAt: z.iso.datetime().nullable(),
  currentStage: z.enum(REINTEGRATION_STAGES).nullable().meta({ description: 'The next stage to do; null once the attempt has ended' }),
  failure: z.object({ stage: z.enum(REINTEGRATION_STAGES), reason: z.enum(FAILURE_REASONS), note: z.string().nullable(), by: userRefSchema }).nullable(),
  familyFound: z.boolean(),
  stages: z.array(stageSchema).meta({ description: 'The stages done, in order' }),
  leads: z.array(leadSchema),
  assessments: z.array(assessmentSchema),
});
export type ReintegrationView = z.infer<typeof reintegrationSchema>;

export const reintegrationListSchema = z.object({
  items: z.array(reintegrationSchema).meta({ description: 'The attempts, newest first' }),
  myAssessmentPart: z.enum(ASSESSMENT_PARTS).meta({ description: 'The part of the assessment the signed-in user records' }),
});

export const tracingIzuListSchema = z.object({
  items: z.array(z.object({ id: z.uuid(), fullName: z.string(), jurisdictionId: z.string(), jurisdictionName: z.string() })),
});
