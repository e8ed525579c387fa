import { z } from 'zod';
import { pageQuery } from '../http/paging.schemas.js';
import { userRefSchema } from '../people/common.schemas.js';

/** The themes of supportive supervision the framework names (§7.3). */
export const SUPERVISION_THEMES = ['accountability', 'quality', 'reflective_practice', 'wellbeing', 'skills'] as const;

const isoDate = z.iso.date();

export const recordSessionSchema = z
  .object({
    caseworkerId: z.uuid().meta({ description: 'The supervisee (a caseworker whose supervisor is the caller)' }),
    heldOn: isoDate,
    themes: z
      .array(z.enum(SUPERVISION_THEMES))
      .min(1)
      .max(5)
      .refine((t) => new Set(t).size === t.length, { message: 'each theme once' }),
    caseIds: z.array(z.uuid()).max(30).default([]).meta({ description: 'The cases discussed: cases the supervisor may read, led by the supervisee' }),
    notes: z.string().trim().min(1).max(4000).optional(),
    actions: z
      .array(z.object({ description: z.string().trim().min(1).max(500), dueOn: isoDate }).strict())
      .max(20)
      .default([]),
  })
  .strict();
export type RecordSessionInput = z.infer<typeof recordSessionSchema>;

/** An agreed action marked done: which (of the session's), and on which day (today by default). */
export const markActionDoneSchema = z
  .object({
    actionId: z.uuid().meta({ description: "One of the session's agreed actions" }),
    doneOn: isoDate.optional().meta({ description: 'The day it was done (default today, Africa/Kigali); not before the session, not in the future' }),
  })
  .strict();
export type MarkActionDoneInput = z.infer<typeof markActionDoneSchema>;

const actionSchema = z.object({
  id: z.uuid(),
  description: z.string(),
  dueOn: isoDate,
  doneOn: isoDate.nullable(),
  doneBy: userRefSchema.nullable().meta({ description: 'Who marked it done: the supervisee or the supervisor' }),
  overdue: z.boolean().meta({ description: 'Past its due date and not done' }),
});

export const acknowledgeSessionSchema = z.object({ note: z.string().trim().min(1).max(1000).optional() }).strict();

export const sessionListQuerySchema = z.object({
  caseworkerId: z.uuid().optional().meta({ description: 'One supervisee’s sessions (a supervisor); a caseworker always reads their own' }),
  ...pageQuery({ defaultSize: 20, maxSize: 100 }),
});
export type SessionListQuery = z.infer<typeof sessionListQuerySchema>;

export const sessionSchema = z.object({
  id: z.uuid(),
  supervisor: userRefSchema,
  caseworker: userRefSchema,
  heldOn: isoDate,
  themes: z.array(z.enum(SUPERVISION_THEMES)),
  notes: z.string().nullable(),
  cases: z.array(z.object({ id: z.uuid(), caseCode: z.string() })).meta({ description: 'The cases discussed that the caller may read' }),
  actions: z.array(actionSchema),
  recordedAt: z.date(),
  acknowledgedAt: z.date().nullable(),
  acknowledgementNote: z.string().nullable(),
});

export const sessionListSchema = z.object({
  items: z.array(
    sessionSchema.omit({ notes: true, cases: true, actions: true }).extend({
      caseCount: z.number().int(),
      actionCount: z.number().int(),
      openActionCount: z.number().int().meta({ description: 'Actions not yet done' }),
      overdueActionCount: z.number().int().meta({ description: 'Actions past their due date and not done' }),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const boardCaseSchema = z.object({
  id: z.uuid(),
  caseCode: z.string(),
  tier: z.number().int(),
  stage: z.string(),
  overdueDeadlines: z.number().int(),
  reviewDueAt: z.date().nullable().meta({ description: 'The open case review deadline' }),
  reviewState: z.enum(['none', 'ok', 'near', 'past']).meta({ description: 'near: due within 14 days' }),
  noBenchmarkProgress: z.boolean().meta({ description: 'The last review met no more benchmarks than the one before it' }),
});

/** The supervisor's board: each supervisee's open cases and what needs attention (no child's identity). */
export const supervisionBoardSchema = z.object({
  supervisees: z.array(
    z.object({
      id: z.uuid(),
      fullName: z.string(),
      role: z.string(),
      openCases: z.number().int(),
      tier1: z.number().int(),
      tier2: z.number().int(),
      weighted: z.number(),
      overThreshold: z.boolean(),
      overdueWork: z.number().int().meta({ description: 'Open deadlines past due on their cases' }),
      noBenchmarkProgress: z.number().int(),
      reviewsNear: z.number().int(),
      reviewsPast: z.number().int(),
      lastSupervisedOn: isoDate.nullable(),
      nextSessionDueAt: z.date().nullable(),
      sessionOverdue: z.boolean(),
      overdueActions: z.number().int().meta({ description: 'Actions agreed in their sessions, past due and not done' }),
      cases: z.array(boardCaseSchema),
    }),
  ),
  caseloadThreshold: z.number(),
});
