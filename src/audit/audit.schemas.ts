import { z } from 'zod';

const outcomeSchema = z.enum(['success', 'denied', 'failure']);

export const auditQuerySchema = z.object({
  actorId: z.uuid().optional().meta({ description: 'Only what this user did' }),
  entityType: z.string().min(1).max(60).optional().meta({ description: "Only entries about this kind of record, e.g. 'user'" }),
  entityId: z.string().min(1).max(100).optional().meta({ description: 'Only entries about this record (with entityType)' }),
  action: z.string().min(1).max(100).optional().meta({ description: "e.g. 'auth.sign_in'" }),
  outcome: outcomeSchema.optional(),
  from: z.iso.datetime({ offset: true }).optional().meta({ description: 'Entries at or after this time' }),
  to: z.iso.datetime({ offset: true }).optional().meta({ description: 'Entries at or before this time' }),
  before: z.coerce.number().int().positive().optional().meta({ description: 'Page: entries older than this seq (nextBefore of the previous page)' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditPageSchema = z.object({
  items: z.array(
    z.object({
      seq: z.number().int(),
      at: z.iso.datetime(),
      actor: z.object({ id: z.string(), username: z.string(), fullName: z.string() }).nullable(),
      actorRole: z.string().nullable(),
      ip: z.string().nullable(),
      requestId: z.string().nullable(),
      action: z.string(),
      entityType: z.string().nullable(),
      entityId: z.string().nullable(),
      fields: z.array(z.string()),
      outcome: outcomeSchema,
      details: z.record(z.string(), z.unknown()).meta({ description: 'Small, non-personal details: a reason code, a route, ids' }),
    }),
  ),
  nextBefore: z.number().int().nullable().meta({ description: 'Pass as `before` for the next (older) page; null on the last page' }),
});

export const auditVerifyQuerySchema = z.object({
  head: z
    .string()
    .regex(/^\d{1,18}:[0-9a-f]{64}$/)
    .optional()
    .meta({ description: 'A head published earlier (`position:hash`, from GET /audit/head): the check fails if the chain no longer reaches it' }),
});

export const auditHeadSchema = z.object({
  position: z.number().int().meta({ description: 'Chain position of the newest seal (0 while the audit is empty)' }),
  seq: z.number().int().nullable(),
  hash: z.string().nullable().meta({ description: 'HMAC-SHA-256 of the newest seal, hex' }),
  at: z.iso.datetime().nullable().meta({ description: 'Time of the newest sealed entry' }),
  head: z.string().nullable().meta({ description: '`position:hash`: keep it outside Rinda and give it to the verification later' }),
});

export const auditChainReportSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int().meta({ description: 'Sealed entries checked (up to the first problem)' }),
  firstProblem: z
    .object({
      seq: z.number().int().nullable(),
      kind: z.enum(['altered', 'missing', 'broken_link', 'unsealed', 'head_not_reached']),
      message: z.string(),
    })
    .optional(),
});
