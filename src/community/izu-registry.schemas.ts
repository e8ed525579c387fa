import { z } from 'zod';
import { pageQuery, pageResult } from '../http/paging.schemas.js';
import { booleanQuerySchema, userRefSchema } from '../people/common.schemas.js';
import { LANGUAGES } from '../people/people-vocabulary.js';
import { placeIdSchema } from '../places/place.schemas.js';
import { IZU_STATUSES, SEXES, VOLUNTEER_ROLES } from './izu-vocabulary.js';

/**
 * A training a volunteer took: one of the training register's IZU modules
 * (src/workforce: the trainings of audience 'izu'), and when.
 */
const trainingSchema = z
  .object({
    trainingCode: z
      .string()
      .regex(/^[a-z0-9_]{2,60}$/)
      .meta({ description: "An IZU module of the training register, e.g. 'izu_basic', 'izu_positive_parenting'" }),
    takenOn: z.iso.date(),
  })
  .strict();
/** A training written as free text before the register held the IZU modules (migrations/0044): shown as written, read-only. */
const earlierTrainingSchema = z.object({ name: z.string(), takenOn: z.iso.date() });

const placeLabelSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.number().int(),
  label: z.string().meta({ description: 'The place up to its province, e.g. "Kabuga, Shaki, Shyira, Nyabihu, Western Province"' }),
});

/** A volunteer as the registry shows them: never a password hash, only whether there is a password. */
export const volunteerSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(VOLUNTEER_ROLES),
  sex: z.enum(SEXES).nullable(),
  phone: z.string().nullable(),
  language: z.enum(LANGUAGES),
  status: z.enum(IZU_STATUSES),
  statusOn: z.iso.date().nullable().meta({ description: 'Since when the status holds' }),
  selectedOn: z.iso.date().nullable().meta({ description: 'When the community selected them' }),
  replacedBy: userRefSchema.nullable(),
  place: placeLabelSchema,
  webAccess: z.boolean().meta({ description: 'false: a basic-phone volunteer with no password, who works by SMS/USSD only' }),
  trainings: z.array(trainingSchema).meta({ description: "The register's records of the volunteer's trainings" }),
  earlierTrainings: z.array(earlierTrainingSchema).meta({ description: 'Trainings recorded as free text before, not matched to a module: read-only' }),
});
export type Volunteer = z.infer<typeof volunteerSchema>;

export const registryQuerySchema = z.object({
  placeId: placeIdSchema
    .optional()
    .meta({ description: "The village, cell, sector, district or RW whose registry to show (default: the caller's own jurisdiction)" }),
  status: z.enum(IZU_STATUSES).optional().meta({ description: 'Only volunteers of this status' }),
  gaps: booleanQuerySchema.optional().meta({ description: "'true': only villages with fewer than two active IZU" }),
  ...pageQuery({ defaultSize: 50, maxSize: 200 }),
});
export type RegistryQuery = z.infer<typeof registryQuerySchema>;

export const registrySchema = z.object({
  place: placeLabelSchema,
  summary: z.object({
    villages: z.number().int(),
    withPair: z.number().int().meta({ description: 'Villages with two active IZU' }),
    missingPair: z.number().int().meta({ description: 'Villages with fewer than two active IZU' }),
  }),
  villages: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      label: z.string(),
      activeCount: z.number().int(),
      volunteers: z.array(volunteerSchema),
    }),
  ),
  coordinators: z.array(volunteerSchema).meta({ description: 'Cell and sector coordinators of the place and of the cells and sectors in it' }),
  ...pageResult,
});

const phoneField = z.string().trim().max(40);

export const createVolunteerSchema = z
  .object({
    role: z.enum(VOLUNTEER_ROLES).default('izu'),
    fullName: z.string().trim().min(2).max(200),
    sex: z.enum(SEXES),
    phone: phoneField,
    placeId: placeIdSchema.meta({ description: 'The village of an IZU, the cell or sector of a coordinator' }),
    selectedOn: z.iso.date().nullable().optional(),
    language: z.enum(LANGUAGES).default('rw'),
    trainings: z.array(trainingSchema).max(50).default([]),
  })
  .strict();
export type CreateVolunteerInput = z.infer<typeof createVolunteerSchema>;

export const updateVolunteerSchema = z
  .object({
    fullName: z.string().trim().min(2).max(200).optional(),
    sex: z.enum(SEXES).optional(),
    phone: phoneField.optional(),
    selectedOn: z.iso.date().nullable().optional(),
    language: z.enum(LANGUAGES).optional(),
    trainings: z.array(trainingSchema).max(50).optional().meta({ description: 'The whole list: replaces the one on record' }),
  })
  .strict();
export type UpdateVolunteerInput = z.infer<typeof updateVolunteerSchema>;

export const volunteerStatusSchema = z
  .object({
    status: z.enum(IZU_STATUSES),
    on: z.iso.date().meta({ description: 'Since when' }),
    replacedBy: z.uuid().optional().meta({ description: 'When replaced: the volunteer of the same village who takes over' }),
    replacement: createVolunteerSchema
      .pick({ fullName: true, sex: true, phone: true, selectedOn: true, language: true })
      .partial({ language: true })
      .strict()
      .optional()
      .meta({ description: 'When replaced: the new volunteer, registered in the same village in the same step' }),
  })
  .strict();
export type VolunteerStatusInput = z.infer<typeof volunteerStatusSchema>;

export const createdVolunteerSchema = z.object({
  volunteer: volunteerSchema,
  oneTimePassword: z.string().nullable().describe("A coordinator's one-time password, only when delivery is 'shown'"),
  delivery: z.enum(['none', 'sms', 'sms_refused', 'shown']).describe("'none': an IZU has no password (SMS/USSD only); otherwise as for a new user"),
});
