import type { FieldError } from './app-error.js';

// The message key of a schema validation issue, shared by the server's error
// handler and the web app's forms (which check the same zod schemas before
// sending), so both say the same thing in the reader's language. Plain code:
// the web bundle imports it.

export type IssueParams = {
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  expected?: string;
  params?: { messageKey?: string };
};

const FORMAT_KEYS: Record<string, string> = {
  uuid: 'errors.field.invalid_id',
  email: 'errors.field.invalid_email',
  date: 'errors.field.invalid_date',
  datetime: 'errors.field.invalid_datetime',
  time: 'errors.field.invalid_time',
};

/**
 * The message key (and its parameters) of a schema validation issue, so the
 * UI says "At least 2 characters" in the reader's language rather than the
 * validator's English. A refinement names its own key with
 * `{ params: { messageKey } }`.
 */
export function fieldMessageKey(code: string, message: string, p: IssueParams): Pick<FieldError, 'messageKey' | 'params'> {
  const n = (x: number | bigint | undefined) => (x === undefined ? 0 : Number(x));
  const sized = (kind: 'min' | 'max') => {
    const value = kind === 'min' ? n(p.minimum) : n(p.maximum);
    const unit =
      p.origin === 'string'
        ? kind === 'min'
          ? 'too_short'
          : 'too_long'
        : p.origin === 'array' || p.origin === 'set'
          ? kind === 'min'
            ? 'too_few'
            : 'too_many'
          : kind === 'min'
            ? 'too_small'
            : 'too_large';
    // A required text given empty is "required", not "at least 1 character".
    if (unit === 'too_short' && value === 1) return { messageKey: 'errors.field.required' };
    return { messageKey: `errors.field.${unit}`, params: { [kind]: value } };
  };
  switch (code) {
    case 'invalid_type':
      return /received undefined|received null/.test(message) ? { messageKey: 'errors.field.required' } : { messageKey: 'errors.field.invalid_type' };
    case 'too_small':
      return sized('min');
    case 'too_big':
      return sized('max');
    case 'invalid_format':
      return { messageKey: FORMAT_KEYS[p.format ?? ''] ?? 'errors.field.invalid_format' };
    case 'invalid_value':
    case 'invalid_union':
      return { messageKey: 'errors.field.invalid_choice' };
    case 'unrecognized_keys':
      return { messageKey: 'errors.field.unknown' };
    case 'custom':
      return { messageKey: p.params?.messageKey ?? 'errors.field.invalid' };
    default:
      return { messageKey: 'errors.field.invalid' };
  }
}
