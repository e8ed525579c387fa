import { z } from 'zod';

// The breach register (Law N° 058/2021 Arts 43–44).

export const breachKindSchema = z.enum(['confidentiality', 'integrity', 'availability']);

export const newBreachSchema = z
  .object({
    foundAt: z.iso.datetime({ offset: true }).meta({ description: 'When the breach was found: the 48- and 72-hour clocks start here' }),
    kind: breachKindSchema,
    summary: z.string().trim().min(1).max(4000).meta({ description: 'What happened, as known (no child names: the ids below say whom it concerns)' }),
    childIds: z.array(z.uuid()).max(10_000).default([]).meta({ description: 'Children it concerns (from "who saw this child" and "what did this user see")' }),
    userIds: z.array(z.uuid()).max(1000).default([]).meta({ description: 'Accounts involved' }),
    addresses: z
      .array(
        z
          .string()
          .trim()
          .max(45)
          .regex(/^[0-9a-fA-F:.]+$/),
      )
      .max(1000)
      .default([]),
  })
  .strict();
export type NewBreach = z.infer<typeof newBreachSchema>;

export const breachStepSchema = z
  .object({
    sentAt: z.iso.datetime({ offset: true }).meta({ description: 'When it went to NCSA' }),
    reference: z.string().trim().min(1).max(200).meta({ description: "NCSA's acknowledgement or the letter's number" }),
  })
  .strict();
export type BreachStep = z.infer<typeof breachStepSchema>;

export const breachListQuerySchema = z.object({
  open: z.enum(['true', 'false']).optional().meta({ description: 'Only open (true) or closed (false) breaches' }),
});

const deadlineSchema = z.object({
  dueAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  reference: z.string().nullable(),
  status: z.enum(['pending', 'overdue', 'met', 'met_late']),
});

export const breachSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  foundAt: z.iso.datetime(),
  recordedAt: z.iso.datetime(),
  recordedBy: z.object({ id: z.string(), fullName: z.string() }),
  kind: breachKindSchema,
  summary: z.string(),
  childIds: z.array(z.string()),
  userIds: z.array(z.string()),
  addresses: z.array(z.string()),
  notice: deadlineSchema.meta({ description: 'The notice to NCSA, due 48 hours after the breach was found' }),
  report: deadlineSchema.meta({ description: 'The report to NCSA, due 72 hours after' }),
  escalationLevel: z.number().int(),
  closedAt: z.iso.datetime().nullable(),
});
export type BreachView = z.infer<typeof breachSchema>;

export const breachListSchema = z.object({ items: z.array(breachSchema) });
