import { z } from 'zod';
import { userRefSchema } from '../../people/common.schemas.js';
import { ACTION_STATUSES, ASSESSMENT_DOMAINS, GOAL_STATUSES } from '../case-vocabulary.js';

const text = (max: number) => z.string().trim().min(1).max(max);

const planActionInputSchema = z
  .object({
    key: z.uuid().optional().meta({ description: 'The same action in the current plan (its `key`); omit for a new action' }),
    description: text(2000),
    responsibleUserId: z.uuid().optional().meta({ description: 'A Rinda user responsible; or give responsibleName' }),
    responsibleName: text(200).optional().meta({ description: 'A provider, organisation or person without an account' }),
    dueDate: z.iso.date(),
    status: z.enum(ACTION_STATUSES).default('planned'),
  })
  .strict();

const planGoalInputSchema = z
  .object({
    key: z.uuid().optional().meta({ description: 'The same goal in the current plan (its `key`); omit for a new goal' }),
    description: text(2000),
    measure: text(1000).meta({ description: 'How achieving the goal is measured' }),
    domain: z.enum(ASSESSMENT_DOMAINS).optional(),
    targetDate: z.iso.date().optional(),
    status: z.enum(GOAL_STATUSES).default('open'),
    actions: z.array(planActionInputSchema).min(1).max(30),
  })
  .strict();

export const planInputSchema = z
  .object({
    reviewDate: z.iso.date().meta({ description: 'When the plan is reviewed (today or later): the case review deadline' }),
    note: text(4000).optional(),
    goals: z.array(planGoalInputSchema).min(1).max(30),
  })
  .strict();
export type PlanInput = z.infer<typeof planInputSchema>;

const planActionSchema = z.object({
  id: z.uuid(),
  key: z.uuid(),
  description: z.string(),
  responsibleUser: userRefSchema.nullable(),
  responsibleName: z.string().nullable(),
  dueDate: z.iso.date(),
  status: z.enum(ACTION_STATUSES),
  referralId: z.uuid().nullable().meta({ description: 'Reserved for referrals (step 7): the referral carrying out this action' }),
});

const planGoalSchema = z.object({
  id: z.uuid(),
  key: z.uuid(),
  description: z.string(),
  measure: z.string(),
  domain: z.string().nullable(),
  targetDate: z.iso.date().nullable(),
  status: z.enum(GOAL_STATUSES),
  actions: z.array(planActionSchema),
});

export const planSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  reviewDate: z.iso.date(),
  note: z.string().nullable(),
  createdAt: z.iso.datetime(),
  createdBy: userRefSchema,
  goals: z.array(planGoalSchema),
});

export const planResultSchema = planSchema.extend({ caseStage: z.string() });

export const planVersionParamsSchema = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1) });
