import type { ZodType } from 'zod';
import { badRequest, type FieldError } from './app-error.js';
import { fieldMessageKey, type IssueParams } from './field-message-key.js';

// Services that other code calls directly (the SMS and USSD workers call the
// IZU's services without an HTTP route in front) check their input against
// the route's own schema here, and refuse it exactly as the route would: a
// validation error naming each field ('body.<field>') with its message key.

type Issue = { code: string; message: string; path: PropertyKey[]; keys?: string[] } & IssueParams;

/** The input parsed by the schema (defaults applied), or a 400 naming each field. */
export function parseInput<T>(schema: ZodType<T>, input: unknown, part = 'body'): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = (result.error.issues as unknown as Issue[]).flatMap((issue): FieldError[] => {
    const path = [part, ...issue.path.map(String)].join('.');
    const key = fieldMessageKey(issue.code, issue.message, issue);
    // An unknown field is reported on its parent; name the field itself.
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) return issue.keys.map((k) => ({ field: `${path}.${k}`, message: issue.message, ...key }));
    return [{ field: path, message: issue.message, ...key }];
  });
  throw badRequest(fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
}
