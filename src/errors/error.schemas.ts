import { z } from 'zod';

// The one error body every 4xx and 5xx answer carries (src/errors/error-handler.ts),
// as it appears in the OpenAPI document: each route lists it for 4XX and 5XX,
// so a generated client knows the shape of a refusal as well as of a success.

export const fieldErrorSchema = z.object({
  field: z.string().meta({ description: 'Where: the request part and path, e.g. body.child.dateOfBirth' }),
  message: z.string().meta({ description: 'Why, in English, for logs and developers' }),
  messageKey: z.string().optional().meta({ description: 'The message key the UI translates (errors.field.*)' }),
  params: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .optional()
    .meta({ description: 'Values the message key interpolates' }),
});

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'validation, unauthenticated, forbidden, not_found, conflict, payload_too_large, rate_limited, internal, …' }),
      message: z.string(),
      messageKey: z.string().meta({ description: 'The message key the UI translates' }),
      requestId: z.string().meta({ description: 'Quote it to support: it finds the request in the log' }),
      fields: z.array(fieldErrorSchema).optional(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'Error', description: 'The error body of every refusal and failure' });

export type ErrorBody = z.infer<typeof errorBodySchema>;
