import { z } from 'zod';
import { userRefSchema } from '../../people/common.schemas.js';
import { CONSENT_DECISIONS, CONSENT_KINDS, CONSENT_PURPOSES, HOUSEHOLD_RELATIONSHIPS, SHARING_AGENCY_KINDS } from '../case-vocabulary.js';

export const consentInputSchema = z
  .object({
    kind: z.enum(CONSENT_KINDS).meta({
      description:
        "caregiver_consent: a caregiver decides; child_consent: a child of sufficient age and capacity decides for themself; child_assent: the child's agreement next to a caregiver's consent; vital_interest: processing without consent to protect the child (reason required)",
    }),
    decision: z.enum(CONSENT_DECISIONS).meta({ description: "vital_interest takes 'given' (with a reason) or 'withdrawn'" }),
    purposes: z.array(z.enum(CONSENT_PURPOSES)).max(CONSENT_PURPOSES.length).default([]),
    shareWith: z.array(z.enum(SHARING_AGENCY_KINDS)).max(SHARING_AGENCY_KINDS.length).default([]),
    householdMemberId: z.uuid().optional().meta({ description: "caregiver_consent: the caregiver from the child's household list" }),
    giverName: z.string().trim().min(1).max(200).optional().meta({ description: "caregiver_consent without a household member: the caregiver's name" }),
    giverRelationship: z.enum(HOUSEHOLD_RELATIONSHIPS).optional(),
    capacityNote: z.string().trim().max(2000).optional().meta({ description: "How the child's age and capacity were judged (required for child_consent)" }),
    reason: z.string().trim().min(1).max(2000).optional().meta({ description: 'Required for vital_interest given' }),
    decidedAt: z.iso.datetime({ offset: true }).optional().meta({ description: 'When the decision was made (default: now); not in the future' }),
  })
  .strict();
export type ConsentInput = z.infer<typeof consentInputSchema>;

export const consentSchema = z.object({
  id: z.uuid(),
  kind: z.enum(CONSENT_KINDS),
  decision: z.enum(CONSENT_DECISIONS),
  vitalInterest: z.boolean(),
  purposes: z.array(z.string()),
  shareWith: z.array(z.string()),
  householdMemberId: z.uuid().nullable(),
  giverName: z.string().nullable().meta({ description: 'null when identities are hidden from the reader' }),
  giverRelationship: z.string().nullable(),
  childAgeYears: z.number().int().nullable(),
  capacityNote: z.string().nullable(),
  reason: z.string().nullable(),
  decidedAt: z.iso.datetime(),
  recordedAt: z.iso.datetime(),
  recordedBy: userRefSchema,
});

const basis = z.enum(['consent', 'vital_interest']).nullable();

/** On what basis each purpose may be served now (null: not allowed). */
export const consentStatusSchema = z.object({
  services: basis,
  caseConference: basis,
  shareWith: z.record(z.enum(SHARING_AGENCY_KINDS), basis),
});

export const consentResultSchema = consentSchema.extend({ caseStage: z.string() });
