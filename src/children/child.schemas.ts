import { z } from 'zod';
import { DISABILITY_KINDS, HOUSEHOLD_RELATIONSHIPS, REFUGEE_STATUSES } from '../cases/case-vocabulary.js';
import { placeIdSchema } from '../places/place.schemas.js';
import { MATCH_REASONS } from './child-match.js';

const name = z.string().trim().min(1).max(100);
const sex = z.enum(['female', 'male']);

export const childMatchQuerySchema = z.object({
  givenName: name.meta({ description: 'Given name as heard; spelling variants are forgiven' }),
  familyName: name.optional(),
  otherNames: name.optional(),
  sex: sex.optional(),
  dateOfBirth: z.iso.date().optional(),
  ageYears: z.coerce.number().int().min(0).max(17).optional().meta({ description: 'Estimated age when the birth date is unknown' }),
  placeId: placeIdSchema.optional().meta({ description: 'Where the child lives (a village, or higher)' }),
});
export type ChildMatchQuery = z.infer<typeof childMatchQuerySchema>;

const placeRef = z.object({ id: z.string(), name: z.string() });

const childMatchSchema = z.object({
  childId: z.uuid(),
  childCode: z.string(),
  givenName: z.string(),
  familyName: z.string().nullable(),
  otherNames: z.string().nullable(),
  sex,
  dateOfBirth: z.iso.date().nullable(),
  birthDateEstimated: z.boolean(),
  ageYears: z.number().int().nullable(),
  place: placeRef,
  caseCount: z.number().int(),
  score: z.number().int().min(0).max(100),
  likely: z.boolean().meta({ description: 'A likely duplicate: intake of a new child then needs confirmNotDuplicate' }),
  reasons: z.array(z.enum(MATCH_REASONS)),
});

export const childMatchListSchema = z.object({
  items: z.array(childMatchSchema),
  likelyDuplicate: z.boolean(),
});

export const childCodeParamsSchema = z.object({ code: z.string().trim().min(1).max(40) });

export const householdMemberSchema = z.object({
  id: z.uuid(),
  fullName: z.string().nullable().meta({ description: 'null when identities are hidden from the reader' }),
  relationship: z.enum(HOUSEHOLD_RELATIONSHIPS),
  sex: sex.nullable(),
  ageYears: z.number().int().nullable(),
  phone: z.string().nullable(),
  isCaregiver: z.boolean(),
  livesWithChild: z.boolean(),
  siblingChildId: z.uuid().nullable(),
});

/** A child as a case reader sees them: identity fields are null when hidden (identityVisible false). */
export const childSchema = z.object({
  id: z.uuid(),
  childCode: z.string(),
  identityVisible: z.boolean(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  otherNames: z.string().nullable(),
  sex,
  dateOfBirth: z.iso.date().nullable(),
  birthDateEstimated: z.boolean(),
  ageYears: z.number().int().nullable(),
  disability: z.array(z.string()),
  disabilityNote: z.string().nullable(),
  refugeeStatus: z.enum(REFUGEE_STATUSES),
  place: placeRef,
});

export const childByCodeSchema = childSchema.extend({
  cases: z.array(z.object({ id: z.uuid(), caseCode: z.string(), stage: z.string(), openedAt: z.iso.datetime() })),
});

export const householdMemberInputSchema = z
  .object({
    fullName: z.string().trim().min(1).max(200),
    relationship: z.enum(HOUSEHOLD_RELATIONSHIPS),
    sex: sex.optional(),
    ageYears: z.number().int().min(0).max(120).optional(),
    phone: z.string().trim().min(3).max(40).optional(),
    isCaregiver: z.boolean().default(false),
    livesWithChild: z.boolean().default(true),
    siblingChildId: z.uuid().optional().meta({ description: "A sibling's own child record (relationship 'sibling'), in the actor's scope" }),
  })
  .strict();
export type HouseholdMemberInput = z.infer<typeof householdMemberInputSchema>;

export const newChildInputSchema = z
  .object({
    givenName: name,
    familyName: name.optional(),
    otherNames: name.optional(),
    sex,
    dateOfBirth: z.iso.date().optional(),
    ageYears: z.number().int().min(0).max(120).optional().meta({ description: 'Estimated age when the birth date is unknown (under 18)' }),
    disability: z.array(z.enum(DISABILITY_KINDS)).max(DISABILITY_KINDS.length).default([]),
    disabilityNote: z.string().trim().max(2000).optional(),
    refugeeStatus: z.enum(REFUGEE_STATUSES).default('national'),
    placeId: placeIdSchema.meta({ description: 'The village where the child lives' }),
    household: z.array(householdMemberInputSchema).max(40).default([]),
  })
  .strict();
export type NewChildInput = z.infer<typeof newChildInputSchema>;
