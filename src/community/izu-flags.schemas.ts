import { z } from 'zod';
import { CHILD_SEXES } from '../cases/case-vocabulary.js';
import { INCIDENT_FLAG_TYPES } from './izu-visit-vocabulary.js';

// An incident a volunteer flags (framework step 1, by an IZU): by web, SMS or
// USSD, it becomes an incident report in the district register. No names:
// the child by sex and age, the place by the village; screening asks the rest.

/** A village code (8 digits). */
const villageIdSchema = z.string().regex(/^[1-5]\d{7}$/, 'a village code (8 digits)');

export const incidentFlagInputSchema = z
  .object({
    type: z.enum(INCIDENT_FLAG_TYPES).meta({ description: "The kind of incident as the volunteer sees it (a case type, or 'other'); screening decides" }),
    urgent: z.boolean().default(false).meta({ description: 'Marked urgent: the district CPWO is told at once (as for sexual violence, always)' }),
    villageId: villageIdSchema.optional().meta({ description: "Where the child is (default: the volunteer's own village)" }),
    childSex: z.enum(CHILD_SEXES).optional(),
    childAgeYears: z.number().int().min(0).max(17).optional(),
    description: z.string().trim().min(1).max(1000).meta({ description: 'What happened, in short; no names' }),
  })
  .strict();
export type IncidentFlagInput = z.input<typeof incidentFlagInputSchema>;

export const incidentFlaggedSchema = z.object({
  reportId: z.uuid(),
  reference: z.string().meta({ description: "The register reference ('R12-26-000123'), for the volunteer to quote" }),
});
