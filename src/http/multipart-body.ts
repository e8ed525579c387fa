import type { ZodType } from 'zod';

// A route that reads a multipart upload part by part (an attachment) has no
// `body` schema for the validator to check: the route checks the parts
// itself, as they stream. `multipartBody` describes that body for the API
// document only, so the generated client knows the fields to send.

declare module 'fastify' {
  interface FastifySchema {
    /** The multipart body, documented; never validated by the framework (the route reads the parts). */
    multipartBody?: ZodType;
  }
}

/** The route schema as the API document shows it: the multipart body in the place of a body. */
export function documentedSchema<S extends { multipartBody?: ZodType; body?: unknown }>(schema: S): S {
  if (!schema.multipartBody) return schema;
  const { multipartBody, ...rest } = schema;
  return { ...rest, body: multipartBody } as S;
}
