import { z } from 'zod';
import { userRefSchema } from '../people/common.schemas.js';
import { candidateCaseloadSchema } from '../workforce/caseload.schemas.js';

const organisationRef = z.object({ id: z.uuid(), name: z.string(), kind: z.string() }).nullable();

export const leadCandidateListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      fullName: z.string(),
      role: z.string(),
      organisation: organisationRef,
      supervisor: userRefSchema.nullable(),
      trainingCompletedOn: z.iso.date(),
      openCases: z.number().int().meta({ description: 'Open cases they lead now' }),
      caseload: candidateCaseloadSchema,
    }),
  ),
});

export const participantCandidateQuerySchema = z.object({ q: z.string().trim().min(2).max(100) });
/** What the picker shows (name, role, organisation's name) and nothing else of the account. */
export const participantCandidateListSchema = z.object({
  items: z.array(z.object({ id: z.uuid(), fullName: z.string(), role: z.string(), organisationName: z.string().nullable() })),
});
