import { z } from 'zod';
import { pageResult } from '../../http/paging.schemas.js';
import { ASSESSMENT_DOMAINS } from '../case-vocabulary.js';
import { longText, shortText } from '../followup.schemas.js';
import { userRefSchema } from '../../people/common.schemas.js';

// Framework step 7: direct services given by the caseworker or another person.
// Referrals to providers are their own capability (see timeline.ts).

export const recordServiceSchema = z
  .object({
    description: longText(2000).meta({ description: 'What was given' }),
    domain: z.enum(ASSESSMENT_DOMAINS).optional().meta({ description: 'The need it answers (assessment domain)' }),
    providedByUserId: z.uuid().optional().meta({ description: 'Who gave it, when they have an account' }),
    providedByName: shortText().optional().meta({ description: 'Who gave it, a person or provider without an account' }),
    providedOn: z.iso.date().meta({ description: 'When (not in the future)' }),
  })
  .strict()
  .refine((v) => !!v.providedByUserId !== !!v.providedByName, {
    message: 'give either providedByUserId or providedByName',
    path: ['providedByUserId'],
  });
export type RecordServiceInput = z.infer<typeof recordServiceSchema>;

export const serviceSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  description: z.string(),
  domain: z.enum(ASSESSMENT_DOMAINS).nullable(),
  providedBy: z.object({ userId: z.uuid().nullable(), name: z.string() }),
  providedOn: z.iso.date(),
  recordedBy: userRefSchema,
  recordedAt: z.iso.datetime(),
});
export type ServiceRecord = z.infer<typeof serviceSchema>;
export const serviceListSchema = z.object({ items: z.array(serviceSchema).meta({ description: 'Newest first' }), ...pageResult });
