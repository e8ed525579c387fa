import { z } from 'zod';
import { longText, shortText } from '../cases/followup.schemas.js';
import { userRefSchema } from '../people/common.schemas.js';
import { CARE_FORMS, PLACEMENT_END_REASONS, PLACEMENT_REVIEW_DECISIONS, SCHOOL_ATTENDANCE } from './care-vocabulary.js';

// Alternative care on the child's case: gatekeeping, placements, their
// monitoring visits and reviews (the alternative care issue).

const isoDate = z.iso.date();
const villageId = z.string().regex(/^[1-5]\d{7}$/);

export const careFormSchema = z.object({
  code: z.enum(CARE_FORMS),
  familyBased: z.boolean(),
  needsCarer: z.boolean().meta({ description: 'The placement names an approved carer of the register' }),
  emergency: z.boolean(),
  lastResort: z.boolean(),
  referredToAuthority: z.boolean().meta({ description: 'Decided by the competent authority (domestic adoption): Rinda records the referral' }),
  minAge: z.number().int(),
});
export const careFormListSchema = z.object({ items: z.array(careFormSchema) });

// Gatekeeping (003): necessity (can the child stay safely in the family with
// support?) and suitability (which form of care meets the child's needs).
export const gatekeepingInputSchema = z
  .object({
    familyCarePossible: z.boolean().meta({ description: 'Necessity: the child can stay safely in the family with support (then no alternative care)' }),
    necessityReasons: longText(),
    careForm: z.enum(CARE_FORMS).optional().meta({ description: 'Suitability: the form of care chosen (required unless the family can care)' }),
    suitabilityReasons: longText(),
    childViews: longText().meta({ description: "The child's views, as the child gave them" }),
    familyParticipation: longText().meta({ description: 'How the family took part in the decision' }),
  })
  .strict()
  .refine((v) => v.familyCarePossible || !!v.careForm, { message: 'choose the form of care', path: ['careForm'] })
  .refine((v) => !v.familyCarePossible || !v.careForm, { message: 'no form of care when the family can care', path: ['careForm'] });
export type GatekeepingInput = z.infer<typeof gatekeepingInputSchema>;

export const gatekeepingAnswerSchema = z
  .object({ approve: z.boolean(), note: longText(2000).optional() })
  .strict()
  .refine((v) => v.approve || !!v.note, { message: 'say why the decision is returned', path: ['note'] });

export const gatekeepingSchema = z.object({
  id: z.uuid(),
  familyCarePossible: z.boolean(),
  necessityReasons: z.string(),
  careForm: z.enum(CARE_FORMS).nullable(),
  suitabilityReasons: z.string(),
  childViews: z.string(),
  familyParticipation: z.string(),
  decidedBy: userRefSchema,
  decidedAt: z.iso.datetime(),
  status: z.enum(['pending', 'approved', 'returned']),
  answeredBy: userRefSchema.nullable(),
  answeredAt: z.iso.datetime().nullable(),
  answerNote: z.string().nullable(),
});

/** Where the child goes: an approved carer of the register, or a named family or place. */
const placementTarget = {
  careForm: z.enum(CARE_FORMS),
  carerId: z.uuid().optional().meta({ description: 'The approved carer (foster care)' }),
  familyName: shortText().optional().meta({ description: 'The family, adoptive family or place (kinship care, adoption, residence, independent living)' }),
  villageId: villageId.optional().meta({ description: 'Where the child lives then, when not with a carer of the register' }),
  siblingGroup: z.number().int().min(1).max(12).default(1).meta({ description: 'Children of one sibling group placed together (they take as many places)' }),
  matchReasons: longText().optional().meta({ description: 'Why this carer: the matching decision and its reasons' }),
};

export const placementInputSchema = z
  .object({
    ...placementTarget,
    startedOn: isoDate,
    emergency: z.boolean().default(false).meta({ description: 'An emergency placement, before gatekeeping (its decision is then due within days)' }),
  })
  .strict();
export type PlacementInput = z.infer<typeof placementInputSchema>;
export type PlacementTarget = Omit<PlacementInput, 'startedOn' | 'emergency'>;

export const endPlacementSchema = z
  .object({ endedOn: isoDate, reason: z.enum(PLACEMENT_END_REASONS).exclude(['form_changed']), note: longText(2000).optional() })
  .strict();

/** What follow-up looks at (001). */
export const placementVisitInputSchema = z
  .object({
    visitedOn: isoDate,
    childSafe: z.boolean(),
    wellbeingSafety: longText(2000).meta({ description: "The child's wellbeing and safety" }),
    materialNeeds: longText(2000).optional(),
    educationalNeeds: longText(2000).optional(),
    healthNeeds: longText(2000).optional(),
    psychologicalNeeds: longText(2000).optional(),
    schoolAttendance: z.enum(SCHOOL_ATTENDANCE),
    behaviourAndResponse: longText(2000).optional().meta({ description: 'Challenging behaviours and how the family responds' }),
    socialProtection: longText(2000).optional().meta({ description: "The family's access to social protection when its situation worsens" }),
    communityWelcome: longText(2000).optional().meta({ description: "The community's welcome" }),
  })
  .strict();
export type PlacementVisitInput = z.infer<typeof placementVisitInputSchema>;

export const placementReviewInputSchema = z
  .object({
    stillNecessary: z.boolean(),
    stillSuitable: z.boolean(),
    reunificationPossible: z.boolean(),
    permanencePossible: z.boolean(),
    childParticipation: longText(2000).meta({ description: 'How the child took part, and what the child said' }),
    decision: z.enum(PLACEMENT_REVIEW_DECISIONS),
    note: longText().optional(),
    next: z
      .object(placementTarget)
      .strict()
      .optional()
      .meta({ description: "'change_form': the next placement (the current one ends the same day, in one step)" }),
    endReason: z.enum(PLACEMENT_END_REASONS).exclude(['form_changed']).optional().meta({ description: "'end': why" }),
  })
  .strict()
  .refine((v) => v.decision !== 'change_form' || !!v.next, { message: 'say where the child goes next', path: ['next'] })
  .refine((v) => v.decision !== 'end' || !!v.endReason, { message: 'say why the placement ends', path: ['endReason'] });
export type PlacementReviewInput = z.infer<typeof placementReviewInputSchema>;

export const placementVisitSchema = z.object({
  id: z.uuid(),
  visitedOn: z.string(),
  visitedBy: userRefSchema,
  visitor: z.enum(['caseworker', 'izu']),
  childSafe: z.boolean(),
  wellbeingSafety: z.string(),
  materialNeeds: z.string().nullable(),
  educationalNeeds: z.string().nullable(),
  healthNeeds: z.string().nullable(),
  psychologicalNeeds: z.string().nullable(),
  schoolAttendance: z.enum(SCHOOL_ATTENDANCE),
  behaviourAndResponse: z.string().nullable(),
  socialProtection: z.string().nullable(),
  communityWelcome: z.string().nullable(),
});

export const placementReviewSchema = z.object({
  id: z.uuid(),
  reviewedBy: userRefSchema,
  reviewedAt: z.iso.datetime(),
  stillNecessary: z.boolean(),
  stillSuitable: z.boolean(),
  reunificationPossible: z.boolean(),
  permanencePossible: z.boolean(),
  childParticipation: z.string(),
  decision: z.enum(PLACEMENT_REVIEW_DECISIONS),
  nextReviewOn: z.string().nullable(),
  note: z.string().nullable(),
});

export const placementSchema = z.object({
  id: z.uuid(),
  careForm: z.enum(CARE_FORMS),
  carer: z
    .object({ id: z.uuid(), householdName: z.string().nullable() })
    .nullable()
    .meta({ description: 'The carer of the register (household name null when the caller may not see it)' }),
  familyName: z.string().nullable(),
  village: z.object({ id: z.string(), name: z.string() }),
  emergency: z.boolean(),
  gatekeepingId: z.uuid().nullable(),
  siblingGroup: z.number().int(),
  matchReasons: z.string().nullable(),
  startedOn: z.string(),
  plannedReviewOn: z.string(),
  endedOn: z.string().nullable(),
  endReason: z.enum(PLACEMENT_END_REASONS).nullable(),
  endNote: z.string().nullable(),
  previousPlacementId: z.uuid().nullable(),
  nextVisitDue: z.string().nullable().meta({ description: 'When the next monitoring visit is due (active placements)' }),
  visits: z.array(placementVisitSchema).meta({ description: 'Newest first' }),
  reviews: z.array(placementReviewSchema).meta({ description: 'Newest first' }),
});

export const caseCareSchema = z.object({
  gatekeeping: z.array(gatekeepingSchema).meta({ description: 'Newest first' }),
  placements: z.array(placementSchema).meta({ description: 'Newest first; at most one active (no end date)' }),
  gatekeepingDueOn: z.string().nullable().meta({ description: "An emergency placement's gatekeeping decision is due by then" }),
});
export type CaseCare = z.infer<typeof caseCareSchema>;

export const carerMatchQuerySchema = z.object({
  careForm: z.enum(['emergency_foster_care', 'long_term_foster_care']),
  siblingGroup: z.coerce.number().int().min(1).max(12).default(1),
});

export const carerMatchSchema = z.object({
  items: z.array(
    z.object({
      carerId: z.uuid(),
      householdName: z.string().nullable(),
      village: z.object({ id: z.string(), name: z.string() }),
      distance: z.enum(['village', 'cell', 'sector', 'district']),
      freePlaces: z.number().int(),
      capacity: z.number().int(),
      ageMin: z.number().int(),
      ageMax: z.number().int(),
      emergencyAvailable: z.boolean(),
      alsoIzu: z.boolean(),
    }),
  ),
  childAge: z.number().int().nullable(),
});

// The village IZU's follow-up list: what the visit needs, nothing else of the case.
export const izuPlacementListSchema = z.object({
  items: z.array(
    z.object({
      placementId: z.uuid(),
      childGivenName: z.string(),
      childAge: z.number().int().nullable(),
      careForm: z.enum(CARE_FORMS),
      household: z.string().meta({ description: "The carer's household, or the family" }),
      startedOn: z.string(),
      nextVisitDue: z.string(),
      lastVisitOn: z.string().nullable(),
    }),
  ),
});
