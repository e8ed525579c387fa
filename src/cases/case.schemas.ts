import { z } from 'zod';
import { userRefSchema } from '../people/common.schemas.js';
import { childSchema, householdMemberSchema } from '../children/child.schemas.js';
import { assessmentSchema } from './assessment/assessment.schemas.js';
import { CASE_STAGES, CASE_TYPES } from './case-vocabulary.js';
import { conferenceSchema } from './conferences/conference.schemas.js';
import { consentSchema, consentStatusSchema } from './intake/consent.schemas.js';
import { planSchema } from './planning/plan.schemas.js';
import { pageQuery } from '../http/paging.schemas.js';

const tier = z.union([z.literal(1), z.literal(2)]);

export const caseListQuerySchema = z.object({
  stage: z.enum(CASE_STAGES).optional(),
  tier: z.coerce.number().pipe(tier).optional(),
  q: z.string().trim().min(2).max(100).optional().meta({ description: "A child or case ID (or its start), or the child's name (not for supervisors)" }),
  ...pageQuery(),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

const caseListItemSchema = z.object({
  id: z.uuid(),
  caseCode: z.string(),
  childId: z.uuid(),
  childCode: z.string(),
  childName: z.string().nullable().meta({ description: 'null when identities are hidden from the reader' }),
  sex: z.enum(['female', 'male']),
  ageYears: z.number().int().nullable(),
  stage: z.enum(CASE_STAGES),
  tier,
  caseTypes: z.array(z.string()),
  place: z.object({ id: z.string(), name: z.string() }),
  leadCaseworker: userRefSchema.nullable(),
  nextDueAt: z.iso.datetime().nullable(),
  openedAt: z.iso.datetime(),
});

export const caseListSchema = z.object({ items: z.array(caseListItemSchema), total: z.number().int() });

const timelineEventSchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  kind: z.string(),
  actor: userRefSchema.nullable(),
  refTable: z.string().nullable(),
  refId: z.uuid().nullable(),
  summary: z.record(z.string(), z.unknown()),
});

export const caseFileSchema = z.object({
  id: z.uuid(),
  caseCode: z.string(),
  stage: z.enum(CASE_STAGES),
  tier,
  caseTypes: z.array(z.enum(CASE_TYPES)),
  districtId: z.string(),
  place: z.object({ id: z.string(), name: z.string() }),
  openedAt: z.iso.datetime(),
  openedBy: userRefSchema,
  closedAt: z.iso.datetime().nullable(),
  closureReason: z.string().nullable(),
  nextDueAt: z.iso.datetime().nullable(),
  leadCaseworker: userRefSchema.extend({ role: z.string() }).nullable(),
  supervisor: userRefSchema.nullable(),
  report: z.object({ id: z.uuid(), reference: z.string(), channel: z.string(), receivedAt: z.iso.datetime(), tierReason: z.string().nullable() }),
  child: childSchema,
  household: z.array(householdMemberSchema),
  otherCases: z.array(z.object({ id: z.uuid(), caseCode: z.string(), stage: z.string(), openedAt: z.iso.datetime() })),
  consents: z.array(consentSchema),
  consentStatus: consentStatusSchema,
  assessments: z.array(assessmentSchema).meta({ description: 'Every version, newest first' }),
  plan: planSchema.nullable().meta({ description: 'The current plan version' }),
  planVersions: z.array(z.object({ version: z.number().int(), reviewDate: z.iso.date(), createdAt: z.iso.datetime(), createdBy: userRefSchema })),
  conferences: z.array(conferenceSchema),
  timeline: z.array(timelineEventSchema),
  access: z
    .object({
      restricted: z
        .boolean()
        .meta({ description: 'The child’s processing is restricted (Law 058/2021 Art. 21): read-only, kept for storage and legal claims' }),
      emergency: z
        .object({ allowsWork: z.boolean(), expiresAt: z.iso.datetime() })
        .nullable()
        .meta({ description: 'The reader reaches this case through an emergency access (break the glass)' }),
      readOnly: z.boolean(),
    })
    .meta({ description: 'How this reader holds the file' }),
});
