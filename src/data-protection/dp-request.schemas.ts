import { z } from 'zod';
import { pageQuery, pageResult } from '../http/paging.schemas.js';
import { DATA_RIGHTS, DP_REQUEST_STATUSES, ERASURE_BLOCKS, RECTIFIABLE_FIELDS, REQUESTER_RELATIONSHIPS, WITHHELD_REASONS } from './dp-vocabulary.js';

// The requests register (Law 058/2021 Arts 18–23).

const text = (max: number) => z.string().trim().min(1).max(max);

export const rectificationChangeSchema = z
  .object({
    field: z.enum([...RECTIFIABLE_FIELDS.child, ...RECTIFIABLE_FIELDS.household_member]),
    value: z.string().trim().max(200).nullable(),
  })
  .strict();

export const newDpRequestSchema = z
  .object({
    childId: z.uuid().meta({ description: 'The child whose file the request concerns' }),
    householdMemberId: z.uuid().optional().meta({ description: 'The household member (e.g. a caregiver) whose own data it concerns; absent: the child’s' }),
    right: z.enum(DATA_RIGHTS),
    requesterName: text(200).meta({ description: 'Who asked' }),
    requesterRelationship: z
      .enum(REQUESTER_RELATIONSHIPS)
      .meta({ description: 'On whose behalf: themselves, or as the subject’s parent, caregiver or representative' }),
    identityCheck: z.string().trim().min(5).max(500).meta({ description: 'The identity check done (e.g. national ID seen, number)' }),
    details: z.string().trim().max(2000).optional(),
    changes: z.array(rectificationChangeSchema).min(1).max(10).optional().meta({ description: 'Rectification only: the corrections asked for' }),
    receivedAt: z.iso.datetime().optional().meta({ description: 'When the request was received (default: now)' }),
  })
  .strict();
export type NewDpRequest = z.infer<typeof newDpRequestSchema>;

export const dpDecisionSchema = z
  .object({
    outcome: z.enum(['granted', 'refused']),
    legalReason: z.string().trim().min(10).max(2000).meta({ description: 'The decision’s legal reason (article of Law 058/2021, record that must be kept…)' }),
  })
  .strict();
export type DpDecision = z.infer<typeof dpDecisionSchema>;

export const dpExecutionSchema = z.object({ note: z.string().trim().max(2000).optional() }).strict();

export const dpRequestListQuerySchema = z.object({
  ...pageQuery(),
  status: z.enum(DP_REQUEST_STATUSES).optional(),
});

const withheldSchema = z.object({ what: z.string(), reason: z.enum(WITHHELD_REASONS) });

export const dpRequestSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  districtId: z.string(),
  childId: z.uuid(),
  childCode: z.string(),
  subject: z.object({
    kind: z.enum(['child', 'household_member']),
    householdMemberId: z.uuid().nullable(),
    name: z.string().meta({ description: 'The person the request is about' }),
    relationship: z.string().nullable(),
  }),
  right: z.enum(DATA_RIGHTS),
  requesterName: z.string(),
  requesterRelationship: z.enum(REQUESTER_RELATIONSHIPS),
  identityCheck: z.string(),
  details: z.string().nullable(),
  changes: z.array(rectificationChangeSchema).nullable(),
  receivedAt: z.iso.datetime(),
  dueAt: z.iso.datetime(),
  overdue: z.boolean(),
  status: z.enum(DP_REQUEST_STATUSES),
  recordedBy: z.string(),
  decisionReason: z.string().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  decidedBy: z.string().nullable(),
  executedAt: z.iso.datetime().nullable(),
  executedBy: z.string().nullable(),
  execution: z.record(z.string(), z.unknown()).nullable(),
  erasureBlock: z.enum(ERASURE_BLOCKS).nullable().meta({ description: 'Erasure: why the record must be kept, if it must' }),
  subjectRestricted: z.boolean(),
  history: z.array(z.object({ field: z.string(), oldValue: z.string().nullable(), newValue: z.string().nullable(), at: z.iso.datetime() })),
});
export type DpRequestView = z.infer<typeof dpRequestSchema>;

export const dpRequestListSchema = z.object({
  ...pageResult,
  items: z.array(
    z.object({
      id: z.uuid(),
      reference: z.string(),
      districtId: z.string(),
      childCode: z.string(),
      right: z.enum(DATA_RIGHTS),
      requesterName: z.string(),
      status: z.enum(DP_REQUEST_STATUSES),
      receivedAt: z.iso.datetime(),
      dueAt: z.iso.datetime(),
      overdue: z.boolean(),
    }),
  ),
});

export const subjectQuerySchema = z.object({ childCode: z.string().trim().min(3).max(40) });
export const subjectSchema = z.object({
  childId: z.uuid(),
  childCode: z.string(),
  childName: z.string(),
  districtId: z.string(),
  restricted: z.boolean(),
  household: z.array(z.object({ id: z.uuid(), fullName: z.string(), relationship: z.string(), isCaregiver: z.boolean() })),
});

export const personFileQuerySchema = z.object({
  version: z.enum(['full', 'child']).default('full').meta({ description: "'child': the child’s own copy, shorter and in plain language" }),
});

export const personFileSchema = z.object({
  requestReference: z.string(),
  producedAt: z.iso.datetime(),
  version: z.enum(['full', 'child']),
  language: z.string(),
  subject: z.record(z.string(), z.unknown()),
  records: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  plainLanguage: z.array(z.object({ heading: z.string(), lines: z.array(z.string()) })).nullable(),
  withheld: z.array(withheldSchema),
});
export type PersonFile = z.infer<typeof personFileSchema>;
