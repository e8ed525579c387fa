import { z } from 'zod';
import { pageQuery, pageResult } from '../http/paging.schemas.js';
import { placeIdSchema } from '../places/place.schemas.js';
import { HOUSEHOLD_CODE_MAX, HOUSEHOLD_CONCERNS, hasHouseholdCodeShape, IZU_INPUT_CHANNELS, MAX_CHILDREN_SEEN } from './izu-visit-vocabulary.js';

// The household visits an IZU makes (framework §6: 8-10 a month). A household
// is named by a code the volunteer keeps, never by a name.

/** The household's code, in capitals ('KG-014'): see isHouseholdCode (src/community/izu-visit-vocabulary.ts). */
export const householdCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .min(1)
  .max(HOUSEHOLD_CODE_MAX)
  .refine(hasHouseholdCodeShape, {
    message: 'a household code: letters, digits and dashes with at least one digit, never a name',
    params: { messageKey: 'errors.household_code_invalid' },
  });

export const householdVisitInputSchema = z
  .object({
    householdCode: householdCodeSchema,
    visitedOn: z.iso.date().meta({ description: 'Local date (Africa/Kigali) of the visit, not in the future' }),
    childrenSeen: z.number().int().min(0).max(MAX_CHILDREN_SEEN),
    concerns: z.array(z.enum(HOUSEHOLD_CONCERNS)).max(HOUSEHOLD_CONCERNS.length).default([]).meta({ description: 'Concern codes found; empty when none' }),
    note: z.string().trim().min(1).max(500).optional().meta({ description: 'A short note for the volunteer themselves; no names' }),
  })
  .strict();
export type HouseholdVisitInput = z.input<typeof householdVisitInputSchema>;

export const householdVisitLoggedSchema = z.object({ id: z.uuid() });

/** A visit as listed: the volunteer's own note only to them (`note` null for everyone else). */
export const householdVisitSchema = z.object({
  id: z.uuid(),
  householdCode: z.string(),
  visitedOn: z.iso.date(),
  childrenSeen: z.number().int(),
  concerns: z.array(z.enum(HOUSEHOLD_CONCERNS)),
  note: z.string().nullable(),
  villageId: z.string(),
  villageName: z.string(),
  receivedVia: z.enum(IZU_INPUT_CHANNELS),
  recordedAt: z.date(),
});
export const householdVisitListSchema = z.object({ items: z.array(householdVisitSchema).meta({ description: 'Newest visit first' }), ...pageResult });

export const householdVisitQuerySchema = z.object({
  placeId: placeIdSchema.optional().meta({ description: "A village, cell, sector or district in the caller's jurisdiction (default: all of it)" }),
  from: z.iso.date().optional().meta({ description: 'Visited on or after this date' }),
  to: z.iso.date().optional().meta({ description: 'Visited on or before this date' }),
  ...pageQuery(),
});
export type HouseholdVisitQuery = z.infer<typeof householdVisitQuerySchema>;

/** Visits of a place for coordinators and the CPWO: statistics and household codes, never a volunteer's note. */
export const householdVisitSummarySchema = z.object({
  placeId: z.string(),
  visits: z.number().int(),
  households: z.number().int().meta({ description: 'Distinct household codes visited' }),
  childrenSeen: z.number().int(),
  withConcerns: z.number().int().meta({ description: 'Visits that found at least one concern' }),
  concerns: z.array(z.object({ concern: z.enum(HOUSEHOLD_CONCERNS), visits: z.number().int() })),
  areas: z
    .array(z.object({ placeId: z.string(), placeName: z.string(), visits: z.number().int(), childrenSeen: z.number().int() }))
    .meta({ description: "The places one level below the one asked (a district's sectors, a cell's villages), each with its visits" }),
});

/** A visit task answered by its number (SMS, USSD, or the web): short, as a basic phone sends it. */
export const taskVisitByNumberInputSchema = z
  .object({
    childSafe: z.boolean().meta({ description: 'Is the child safe?' }),
    note: z.string().trim().min(1).max(500).meta({ description: 'What the volunteer saw; when the child is not safe, the concern' }),
    visitedOn: z.iso.date().optional().meta({ description: 'Local date of the visit (default: today), not in the future' }),
  })
  .strict();
export type TaskVisitByNumberInput = z.input<typeof taskVisitByNumberInputSchema>;
