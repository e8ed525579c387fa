import { z } from 'zod';
import { pageQuery, pageResult } from '../http/paging.schemas.js';
import { booleanQuerySchema } from '../people/common.schemas.js';
import { longText, shortText } from '../cases/followup.schemas.js';
import { CARER_FOUND_BY, CARER_STATUSES } from './care-vocabulary.js';

// The foster carers register (alternative care: recruitment to approval).

const villageId = z
  .string()
  .regex(/^[1-5]\d{7}$/)
  .meta({ description: "The household's village (Umudugudu), an 8-digit place code" });
const isoDate = z.iso.date();
const age = z.number().int().min(0).max(17);

const carerTerms = {
  capacity: z.number().int().min(1).max(12).meta({ description: 'How many children the household can take' }),
  ageMin: age.default(0),
  ageMax: age.default(17),
  emergencyAvailable: z.boolean().default(false).meta({ description: 'Takes a child at short notice (emergency foster care)' }),
};

export const registerCarerSchema = z
  .object({
    householdName: shortText(),
    mainCarerName: shortText(),
    phone: z
      .string()
      .regex(/^\+?\d{9,15}$/)
      .optional(),
    villageId,
    foundBy: z.enum(CARER_FOUND_BY).meta({ description: 'Who found the applicant household: an IZU, a local leader, a community forum' }),
    alsoIzu: z.boolean().default(false).meta({ description: "The carer is also an IZU (Inshuti z'Umuryango)" }),
    ...carerTerms,
  })
  .strict()
  .refine((v) => v.ageMin <= v.ageMax, { message: 'the youngest age must not be above the oldest', path: ['ageMin'] });
export type RegisterCarerInput = z.infer<typeof registerCarerSchema>;

export const updateCarerTermsSchema = z
  .object({ ...carerTerms, alsoIzu: z.boolean().optional() })
  .strict()
  .refine((v) => v.ageMin <= v.ageMax, { message: 'the youngest age must not be above the oldest', path: ['ageMin'] });
export type UpdateCarerTermsInput = z.infer<typeof updateCarerTermsSchema>;

/** One step of recruitment: assessment, training, then approval (with its review date) or refusal, each with reasons. */
export const carerStepSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('assessment'), on: isoDate, note: longText() }).strict(),
  z.object({ step: z.literal('training'), on: isoDate, note: longText(2000) }).strict(),
  z
    .object({
      step: z.literal('approval'),
      on: isoDate,
      reasons: longText(),
      reviewOn: isoDate.meta({ description: 'When the approval is reviewed (after it, the carer takes no new child)' }),
    })
    .strict()
    .refine((v) => v.reviewOn > v.on, { message: 'the review date comes after the approval', path: ['reviewOn'] }),
  z.object({ step: z.literal('refusal'), on: isoDate, reasons: longText() }).strict(),
]);
export type CarerStepInput = z.infer<typeof carerStepSchema>;

export const carerListQuerySchema = z.object({
  status: z.enum(CARER_STATUSES).optional(),
  placeId: z
    .string()
    .regex(/^[1-5]\d{1,7}$/)
    .optional()
    .meta({ description: "A district, sector, cell or village in the caller's jurisdiction" }),
  emergency: booleanQuerySchema.optional().meta({ description: "'true': only households that take a child at short notice" }),
  alsoIzu: booleanQuerySchema.optional().meta({ description: "'true': only carers who are also IZU" }),
  ...pageQuery(),
});

export const carerSchema = z.object({
  id: z.uuid(),
  householdName: z.string().nullable().meta({ description: 'Null when the caller may not see who the carers are (a supervisor)' }),
  mainCarerName: z.string().nullable(),
  phone: z.string().nullable(),
  village: z.object({ id: z.string(), name: z.string() }),
  foundBy: z.enum(CARER_FOUND_BY),
  alsoIzu: z.boolean(),
  status: z.enum(CARER_STATUSES),
  assessedOn: z.string().nullable(),
  assessmentNote: z.string().nullable(),
  trainedOn: z.string().nullable(),
  trainingNote: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decisionReasons: z.string().nullable(),
  approvalReviewOn: z.string().nullable(),
  capacity: z.number().int(),
  ageMin: z.number().int(),
  ageMax: z.number().int(),
  emergencyAvailable: z.boolean(),
  placed: z.number().int().meta({ description: 'Children placed with the household now' }),
});
export type CarerRecord = z.infer<typeof carerSchema>;

export const carerListSchema = z.object({ items: z.array(carerSchema), ...pageResult });
