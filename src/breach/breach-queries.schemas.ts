import { z } from 'zod';

// The three questions a breach asks of the audit (Law N° 058/2021 Arts 43–44):
// who saw a child, what a user saw, what was touched from an address.

const period = {
  from: z.iso.datetime({ offset: true }).optional().meta({ description: 'Entries at or after this time' }),
  to: z.iso.datetime({ offset: true }).optional().meta({ description: 'Entries at or before this time' }),
  before: z.coerce.number().int().positive().optional().meta({ description: 'Page: entries older than this seq (nextBefore of the previous page)' }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
};

export const childReadsQuerySchema = z
  .object({
    childId: z.uuid().optional().meta({ description: 'The child' }),
    caseId: z.uuid().optional().meta({ description: 'Or one of their cases (the answer covers the child and all their records)' }),
    ...period,
  })
  .refine((q) => (q.childId === undefined) !== (q.caseId === undefined), { message: 'give childId or caseId', path: ['childId'] });
export type ChildReadsQuery = z.infer<typeof childReadsQuerySchema>;

export const userReadsQuerySchema = z.object({ userId: z.uuid(), ...period });
export type UserReadsQuery = z.infer<typeof userReadsQuerySchema>;

// An IPv4 or IPv6 address as the server recorded it (no names, no ranges).
export const addressReadsQuerySchema = z.object({
  ip: z
    .string()
    .trim()
    .min(2)
    .max(45)
    .regex(/^[0-9a-fA-F:.]+$/, 'an IP address'),
  ...period,
});
export type AddressReadsQuery = z.infer<typeof addressReadsQuerySchema>;

const personSchema = z.object({ id: z.string(), username: z.string(), fullName: z.string() });

export const accessEntrySchema = z.object({
  seq: z.number().int(),
  at: z.iso.datetime(),
  actor: personSchema.nullable(),
  actorRole: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  childId: z.string().nullable().meta({ description: 'The child the record belongs to, when it is one record of a child' }),
  fields: z.array(z.string()).meta({ description: 'The fields or field groups read or changed (never their values)' }),
  listed: z.number().int().meta({ description: 'For a list or a search: how many records it showed (0 for a single record)' }),
  outcome: z.enum(['success', 'denied', 'failure']),
});
export type AccessEntry = z.infer<typeof accessEntrySchema>;

const pageFields = {
  items: z.array(accessEntrySchema),
  nextBefore: z.number().int().nullable().meta({ description: 'Pass as `before` for the next (older) page' }),
};

export const childReadsSchema = z.object({
  child: z.object({ id: z.string(), childCode: z.string() }),
  records: z.number().int().meta({ description: "How many of the child's records the answer covers (the child, cases, reports, referrals, visit tasks)" }),
  readers: z
    .array(z.object({ actor: personSchema.nullable(), actorRole: z.string().nullable(), entries: z.number().int(), last: z.iso.datetime() }))
    .meta({ description: 'Everyone who read or changed the records in the period, with how often and when last' }),
  ...pageFields,
});

export const userReadsSchema = z.object({
  user: personSchema.extend({ role: z.string() }),
  entries: z.number().int().meta({ description: 'Entries in the period' }),
  records: z.number().int().meta({ description: 'Distinct records opened or changed in the period' }),
  listed: z.number().int().meta({ description: 'Records shown in lists and searches in the period' }),
  fieldGroups: z.array(z.object({ field: z.string(), entries: z.number().int() })),
  ...pageFields,
});

export const addressReadsSchema = z.object({
  ip: z.string(),
  entries: z.number().int(),
  users: z.array(z.object({ actor: personSchema.nullable(), entries: z.number().int() })),
  ...pageFields,
});
