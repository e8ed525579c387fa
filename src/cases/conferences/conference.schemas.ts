import { z } from 'zod';
import { userRefSchema } from '../../people/common.schemas.js';
import { CONFERENCE_TYPES, PARTICIPATION } from '../case-vocabulary.js';

const text = (max: number) => z.string().trim().min(1).max(max);

const participantInputSchema = z
  .object({
    userId: z.uuid().optional().meta({ description: 'A Rinda user; they sign the confidentiality agreement in the app' }),
    name: text(200).optional().meta({ description: 'An outside person (no account)' }),
    organisation: text(200).optional(),
    role: text(200).optional().meta({ description: 'e.g. mother, teacher, RIB investigator' }),
    agreementSignedOnPaper: z
      .boolean()
      .default(false)
      .meta({ description: 'Outside person only: their paper confidentiality agreement is signed (recorded now by the caller)' }),
  })
  .strict();

const decisionSchema = z
  .object({ description: text(2000), responsible: text(200).nullable().default(null), dueDate: z.iso.date().nullable().default(null) })
  .strict();

export const conferenceInputSchema = z
  .object({
    type: z.enum(CONFERENCE_TYPES),
    heldAt: z.iso.datetime({ offset: true }).meta({ description: 'When it is (or was) held' }),
    location: text(500).optional(),
    purpose: text(4000).optional(),
    participants: z.array(participantInputSchema).min(1).max(60),
    childParticipation: z.enum(PARTICIPATION),
    childParticipationNote: text(2000).optional(),
    caregiverParticipation: z.enum(PARTICIPATION),
    caregiverParticipationNote: text(2000).optional(),
    decisions: z.array(decisionSchema).max(60).default([]),
  })
  .strict();
export type ConferenceInput = z.infer<typeof conferenceInputSchema>;

export const conferenceUpdateSchema = z
  .object({
    heldAt: z.iso.datetime({ offset: true }).optional(),
    location: text(500).nullable().optional(),
    purpose: text(4000).nullable().optional(),
    childParticipation: z.enum(PARTICIPATION).optional(),
    childParticipationNote: text(2000).nullable().optional(),
    caregiverParticipation: z.enum(PARTICIPATION).optional(),
    caregiverParticipationNote: text(2000).nullable().optional(),
    decisions: z.array(decisionSchema).max(60).optional().meta({ description: 'Replaces the list of decisions' }),
  })
  .strict();
export type ConferenceUpdate = z.infer<typeof conferenceUpdateSchema>;

export const paperAgreementSchema = z
  .object({ signedAt: z.iso.datetime({ offset: true }).optional().meta({ description: 'When the paper was signed (default: now)' }) })
  .strict();

export const participantParamsSchema = z.object({ id: z.uuid(), participantId: z.uuid() });

const participantSchema = z.object({
  id: z.uuid(),
  user: z.object({ id: z.uuid(), fullName: z.string(), role: z.string() }).nullable(),
  name: z.string().nullable(),
  organisation: z.string().nullable(),
  role: z.string().nullable(),
  agreementSignedAt: z.iso.datetime().nullable(),
  agreementMethod: z.enum(['in_app', 'paper']).nullable(),
});

export const conferenceSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseCode: z.string(),
  type: z.enum(CONFERENCE_TYPES),
  heldAt: z.iso.datetime(),
  location: z.string().nullable(),
  purpose: z.string().nullable(),
  childParticipation: z.enum(PARTICIPATION),
  childParticipationNote: z.string().nullable(),
  caregiverParticipation: z.enum(PARTICIPATION),
  caregiverParticipationNote: z.string().nullable(),
  decisions: z.array(z.object({ description: z.string(), responsible: z.string().nullable(), dueDate: z.string().nullable() })),
  consentBasis: z.enum(['consent', 'vital_interest']),
  createdBy: userRefSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  participants: z.array(participantSchema),
});

/** What a participant sees before signing: that they are invited, nothing of the case. */
export const invitationListSchema = z.object({
  items: z.array(
    z.object({
      conferenceId: z.uuid(),
      participantId: z.uuid(),
      type: z.enum(CONFERENCE_TYPES),
      heldAt: z.iso.datetime(),
      location: z.string().nullable(),
      invitedBy: userRefSchema,
      agreementSignedAt: z.iso.datetime().nullable(),
    }),
  ),
});
