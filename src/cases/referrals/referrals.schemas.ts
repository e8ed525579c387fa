import { z } from 'zod';
import { REFERRAL_FIELD_GROUP_NAMES } from '../../access/referral-access.js';
import { pageQuerySchema, pageResult } from '../../http/paging.schemas.js';
import { userRefSchema } from '../../people/common.schemas.js';
import { longText, shortText } from '../followup.schemas.js';

// Tool 12, the referral form (framework step 7): a provider from the
// directory, a service, an urgency with its due date, a reason, and what of
// the child's file is shared.

import { OVERRIDE_BASES, REFERRAL_OUTCOMES, REFERRAL_STATUSES, REFERRAL_URGENCIES } from './referral-vocabulary.js';

const localDate = z.iso.date();

export const makeReferralSchema = z
  .object({
    organisationId: z.uuid(),
    serviceId: z.uuid().meta({ description: "One of the organisation's services (provider_services)" }),
    urgency: z.enum(REFERRAL_URGENCIES).meta({ description: 'Gives the due date of the answer: the same day, 2 days, 7 days (Africa/Kigali)' }),
    reason: longText(2000),
    sharedGroups: z
      .array(z.enum(REFERRAL_FIELD_GROUP_NAMES))
      .max(REFERRAL_FIELD_GROUP_NAMES.length)
      .meta({ description: "The groups of the child's data the provider sees" }),
    planActionKey: z.uuid().optional().meta({ description: 'The plan action this referral carries out' }),
    replacesReferralId: z.uuid().optional().meta({ description: 'The declined referral this one replaces' }),
    override: z
      .object({
        reason: longText(2000).meta({ description: 'Why the child cannot wait for consent' }),
        basis: z.enum(OVERRIDE_BASES).meta({ description: 'The vital interest invoked' }),
      })
      .strict()
      .optional()
      .meta({ description: 'Send without the consent on record (permission referral:override_consent)' }),
    consentNote: z.string().trim().min(1).max(1000).optional().meta({ description: "A report's early intervention: who consented at screening, and how" }),
  })
  .strict();
export type MakeReferralInput = z.infer<typeof makeReferralSchema>;

export const declineReferralSchema = z.object({ reason: longText(2000) }).strict();
export const serviceGivenSchema = z.object({ givenOn: localDate, note: longText(2000).optional() }).strict();
export const feedbackSchema = z.object({ feedback: longText(4000) }).strict();
export const outcomeSchema = z
  .object({
    accessedOn: localDate.meta({ description: 'The day the child accessed the service' }),
    outcome: z.enum(REFERRAL_OUTCOMES),
    note: longText(2000).optional(),
  })
  .strict();
export const withdrawSchema = z.object({ reason: longText(2000) }).strict();

const orgRef = z.object({ id: z.uuid(), name: z.string(), kind: z.string() });

/** A referral as the sending side sees it (the case's readers): no child data, they have the case file. */
export const referralSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  caseId: z.uuid().nullable(),
  reportId: z.uuid().nullable(),
  planActionKey: z.string().nullable(),
  organisation: orgRef,
  serviceId: z.uuid(),
  serviceName: z.string(),
  serviceType: z.string(),
  urgency: z.enum(REFERRAL_URGENCIES),
  dueDate: localDate,
  reason: z.string(),
  sharedGroups: z.array(z.string()),
  consentBasis: z.enum(['consent', 'vital_interest', 'override']),
  overrideReason: z.string().nullable(),
  overrideBasis: z.enum(OVERRIDE_BASES).nullable(),
  status: z.enum(REFERRAL_STATUSES),
  overdue: z.boolean().meta({ description: 'No answer by the due date, or accepted and not completed in time' }),
  sentBy: userRefSchema,
  sentAt: z.iso.datetime(),
  answeredBy: userRefSchema.nullable(),
  answeredAt: z.iso.datetime().nullable(),
  declineReason: z.string().nullable(),
  serviceGivenOn: localDate.nullable(),
  serviceNote: z.string().nullable(),
  feedback: z.string().nullable(),
  feedbackBy: userRefSchema.nullable(),
  feedbackAt: z.iso.datetime().nullable(),
  accessedOn: localDate.nullable(),
  outcome: z.enum(REFERRAL_OUTCOMES).nullable(),
  outcomeNote: z.string().nullable(),
  completedAt: z.iso.datetime().nullable(),
  withdrawnAt: z.iso.datetime().nullable(),
  withdrawReason: z.string().nullable(),
  replacesReferralId: z.uuid().nullable(),
});
export type ReferralRecord = z.infer<typeof referralSchema>;
export const referralListSchema = z.object({ items: z.array(referralSchema).meta({ description: 'Newest first' }), ...pageResult });
export const reportReferralListSchema = z.object({ items: z.array(referralSchema).meta({ description: 'Newest first (a report has a few)' }) });

/** The child as a provider sees it: every group not shared is null. */
const sharedChildSchema = z.object({
  childCode: z.string(),
  sex: z.string(),
  ageYears: z.number().int().nullable(),
  identity: z
    .object({
      givenName: z.string(),
      familyName: z.string().nullable(),
      otherNames: z.string().nullable(),
      dateOfBirth: z.string().nullable(),
      placeName: z.string(),
    })
    .nullable(),
  contact: z.object({ caregivers: z.array(z.object({ fullName: z.string(), relationship: z.string(), phone: z.string().nullable() })) }).nullable(),
  incident: z
    .object({
      whatHappened: z.string(),
      incidentDate: z.string().nullable(),
      incidentPlace: z.string().nullable(),
      caseTypes: z.array(z.string()),
      tier: z.number().int().nullable(),
    })
    .nullable(),
  health: z.object({ disability: z.array(z.string()), disabilityNote: z.string().nullable(), healthNeeds: z.string().nullable() }).nullable(),
  assessment: z
    .object({
      summary: z.string().nullable(),
      domains: z.array(z.object({ domain: z.string(), needs: z.string().nullable().optional(), needLevel: z.string().nullable().optional() })),
      siblingRisk: z.string(),
      perpetratorRelationship: z.string(),
    })
    .nullable(),
  plan: z
    .object({ goals: z.array(z.object({ description: z.string(), measure: z.string(), targetDate: z.string().nullable(), status: z.string() })) })
    .nullable(),
});

/** What a provider's focal person sees: the referral's own fields and the shared groups of the child's data, nothing else. */
export const providerReferralSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  organisation: orgRef,
  serviceName: z.string(),
  serviceType: z.string(),
  urgency: z.enum(REFERRAL_URGENCIES),
  dueDate: localDate,
  reason: z.string(),
  sharedGroups: z.array(z.string()),
  status: z.enum(REFERRAL_STATUSES),
  overdue: z.boolean(),
  sentBy: userRefSchema,
  sentAt: z.iso.datetime(),
  declineReason: z.string().nullable(),
  serviceGivenOn: localDate.nullable(),
  serviceNote: z.string().nullable(),
  feedback: z.string().nullable(),
  feedbackAt: z.iso.datetime().nullable(),
  child: sharedChildSchema,
});
export type ProviderReferral = z.infer<typeof providerReferralSchema>;

/** An inbox line: the referral, no child data (open it to see what is shared). */
export const inboxItemSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  organisation: orgRef,
  serviceName: z.string(),
  serviceType: z.string(),
  urgency: z.enum(REFERRAL_URGENCIES),
  dueDate: localDate,
  status: z.enum(REFERRAL_STATUSES),
  overdue: z.boolean(),
  sentAt: z.iso.datetime(),
});
export const inboxQuerySchema = pageQuerySchema.extend({
  status: z
    .enum(['open', ...REFERRAL_STATUSES])
    .optional()
    .meta({ description: "'open' (default): sent, accepted or service given" }),
});
export const inboxSchema = z.object({ items: z.array(inboxItemSchema).meta({ description: 'Soonest due first' }), ...pageResult });

/** A provider that can take this child for a service type: active, covering the child's village, eligible. */
export const providerOptionSchema = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  organisationKind: z.string(),
  serviceId: z.uuid(),
  serviceName: z.string(),
  serviceType: z.string(),
  capacityAvailable: z.number().int().nullable(),
  lead: z.boolean().meta({ description: "A lead agency of the case's types for this service (framework Table 4)" }),
  consentCovers: z.boolean().meta({ description: 'The consent on record covers sharing with this kind of agency' }),
});
export const providerOptionsQuerySchema = z.object({ serviceType: shortText(40) }).strict();
export const providerOptionListSchema = z.object({ items: z.array(providerOptionSchema) });
