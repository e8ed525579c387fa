import { z } from 'zod';
import { longText, shortText } from '../cases/followup.schemas.js';
import { userRefSchema } from '../people/common.schemas.js';
import { pageResult } from '../http/paging.schemas.js';
import { contactPhoneSchema } from './reintegration.schemas.js';
import { SUPPORT_AREAS } from './reintegration-vocabulary.js';

// Care leavers (SYSTEM.md §7): a young person approaching 18 in care, their
// transition plan, the support given after 18, the plan's closure.

export const planParamsSchema = z.object({ id: z.uuid(), planId: z.uuid() });

const planFields = {
  housing: longText(2000).meta({ description: 'Where the young person will live' }),
  work: longText(2000).meta({ description: 'Work or livelihood' }),
  education: longText(2000).meta({ description: 'School, vocational training' }),
  safeAdultName: shortText(200).meta({ description: 'A safe adult the young person can turn to' }),
  safeAdultPhone: contactPhoneSchema.optional(),
};
export const recordTransitionPlanSchema = z.object(planFields).strict();
export type RecordTransitionPlanInput = z.infer<typeof recordTransitionPlanSchema>;

export const recordSupportSchema = z
  .object({ area: z.enum(SUPPORT_AREAS), givenOn: z.iso.date(), note: longText(2000).meta({ description: 'What was done' }) })
  .strict();
export type RecordSupportInput = z.infer<typeof recordSupportSchema>;

export const closeTransitionPlanSchema = z
  .object({ closedOn: z.iso.date(), note: longText(2000).meta({ description: 'How the plan’s goals were met' }) })
  .strict();
export type CloseTransitionPlanInput = z.infer<typeof closeTransitionPlanSchema>;

export const transitionPlanSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  status: z.enum(['open', 'closed']),
  housing: z.string(),
  work: z.string(),
  education: z.string(),
  safeAdultName: z.string().nullable().meta({ description: 'Null when hidden (need-to-know)' }),
  safeAdultPhone: z.string().nullable(),
  createdBy: userRefSchema,
  createdAt: z.iso.datetime(),
  updatedBy: userRefSchema,
  updatedAt: z.iso.datetime(),
  closedOn: z.iso.date().nullable(),
  closedBy: userRefSchema.nullable(),
  closureNote: z.string().nullable(),
  support: z.array(
    z.object({ id: z.uuid(), area: z.enum(SUPPORT_AREAS), givenOn: z.iso.date(), givenBy: userRefSchema, note: z.string(), recordedAt: z.iso.datetime() }),
  ),
});
export type TransitionPlanView = z.infer<typeof transitionPlanSchema>;
export const transitionPlanListSchema = z.object({ items: z.array(transitionPlanSchema).meta({ description: 'Newest first' }) });

export const careLeaverSchema = z.object({
  caseId: z.uuid(),
  caseCode: z.string(),
  childCode: z.string(),
  childName: z.string().nullable().meta({ description: 'Null when hidden (need-to-know)' }),
  dateOfBirth: z.iso.date(),
  turns18On: z.iso.date(),
  districtId: z.string(),
  planStatus: z.enum(['none', 'open', 'closed']),
  inCare: z.boolean().meta({ description: 'An active placement now; false: supported after care under an open transition plan' }),
});
export const careLeaverListSchema = z.object({
  items: z.array(careLeaverSchema).meta({ description: 'Soonest 18 first: in care (an active placement) or supported after care (an open transition plan)' }),
  ...pageResult,
});
