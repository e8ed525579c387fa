import { toNestErrors } from '@hookform/resolvers';
import type { TFunction } from 'i18next';
import { useMemo, useRef, useState } from 'react';
import {
  get,
  useForm,
  type FieldError as FormFieldError,
  type FieldValues,
  type Path,
  type PathValue,
  type Resolver,
  type UseFormProps,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { fieldMessageKey } from '../../../src/errors/field-message-key.js';
import { ApiError, type FieldError } from '../api/client.js';
import { useWrite } from '../api/queries.js';

// A form of the web app: react-hook-form for its values, the API's answer
// for its errors. A refusal's field errors (`body.child.dateOfBirth`) are put
// beside the fields they name (setError); what names no field shown stays in
// the summary (ErrorMessage). Where the server's zod schema can run in the
// browser, `sharedResolver` checks the same rules before sending, in the same
// words (the server's field message keys).

/** A field error in the reader's language: its message key and parameters, else the server's words. */
export function fieldMessage(t: TFunction, f: FieldError): string {
  return f.messageKey && f.messageKey !== 'errors.validation' ? t(f.messageKey, { ...f.params, defaultValue: f.message }) : f.message;
}

/** The path inside the request a field error names, without the part of the request (`body.`, `querystring.`, `params.`). */
export function requestPath(field: string): string {
  return field.replace(/^(body|querystring|params|headers)(\.|$)/, '');
}

type ServerFormOptions<TDraft extends FieldValues, TBody> = UseFormProps<TDraft, unknown, TBody> & {
  /** The form's field for a path of the request, where the two differ (`child.placeId` → `place`). */
  fieldOf?: (path: string) => string | undefined;
  /**
   * A long form's summary still names the fields shown beside theirs (by
   * their labels): the field may be screens away from the button pressed.
   */
  keepInSummary?: boolean;
};

/**
 * useForm with the write that sends it: `run(call)` sends, and on a refusal
 * puts each field error beside its field; `error` is what is left for the
 * summary; `errorOf(name)` is the text a field shows (and marks the field as
 * one that shows its errors); `bind` and `bindValue` give a field of
 * web/src/cases/fields.tsx all it needs.
 */
export function useServerForm<TDraft extends FieldValues, TBody = TDraft>({ fieldOf, keepInSummary, ...options }: ServerFormOptions<TDraft, TBody>) {
  const { t } = useTranslation();
  const form = useForm<TDraft, unknown, TBody>(options);
  const write = useWrite();
  // The refusal's field errors shown beside their fields, by field name.
  const [placed, setPlaced] = useState<{ name: string; f: FieldError }[]>([]);
  // The fields that show their own error (they asked for it while rendering).
  const shown = useRef(new Set<string>());

  const { setError } = form;
  const run = async <T>(call: () => Promise<T>): Promise<T | undefined> => {
    setPlaced([]);
    return write.run(async () => {
      try {
        return await call();
      } catch (e) {
        if (e instanceof ApiError) {
          const beside: { name: string; f: FieldError }[] = [];
          for (const f of e.fields) {
            const path = requestPath(f.field);
            const name = fieldOf?.(path) ?? path;
            if (!name || !shown.current.has(name)) continue;
            setError(name as Path<TDraft>, { type: 'server', message: fieldMessage(t, f) }, { shouldFocus: beside.length === 0 });
            beside.push({ name, f });
          }
          setPlaced(beside);
        }
        throw e;
      }
    });
  };

  const error = useMemo(
    () =>
      keepInSummary
        ? write.error
        : summaryOf(
            write.error,
            placed.map((p) => p.f),
          ),
    [write.error, placed, keepInSummary],
  );
  const { errors } = form.formState;
  const errorOf = (name: Path<TDraft>): string | undefined => {
    shown.current.add(name);
    const e = get(errors, name) as { type?: string; message?: string } | undefined;
    // The server's words are said again in the language the reader switches to.
    const server = e?.type === 'server' ? placed.find((p) => p.name === name) : undefined;
    return server ? fieldMessage(t, server.f) : e?.message;
  };
  /** A field registered with the form (text, select): `<TextField {...bind('name')} />`. */
  const bind = <N extends Path<TDraft>>(name: N) => ({ field: form.register(name), error: errorOf(name) });
  /** A field the form holds as a value (choices, pickers, yes/no): `<RadioGroup {...bindValue('sex')} />`. */
  const bindValue = <N extends Path<TDraft>>(name: N) => ({
    value: form.watch(name),
    onChange: (value: PathValue<TDraft, N>) => {
      form.clearErrors(name);
      form.setValue(name, value, { shouldDirty: true });
    },
    error: errorOf(name),
  });
  // Busy while sending, and until the submit handler has done what follows (a sign-in loads the session).
  return { form, busy: write.busy || form.formState.isSubmitting, error, run, errorOf, bind, bindValue, reset: write.reset };
}

/**
 * The error the summary shows: the fields shown beside the form's fields
 * leave its list; when all of them are and the error's own message is one of
 * theirs, it says only that something needs correcting (the field says what).
 */
export function summaryOf(error: unknown, placed: FieldError[]): unknown {
  if (!(error instanceof ApiError) || placed.length === 0) return error;
  const rest = error.fields.filter((f) => !placed.includes(f));
  const repeated = rest.length === 0 && placed.some((f) => f.messageKey === error.messageKey);
  return new ApiError(error.status, error.code, repeated ? 'errors.validation' : error.messageKey, error.message, error.requestId, rest);
}

/** An issue of a zod schema in the reader's language, by the same keys the server's answers carry. */
function issueText(t: TFunction, issue: z.core.$ZodIssue): string {
  // fieldMessageKey tells a missing value by the validator's message, which is not in the reader's words here.
  const message = issue.input === undefined ? 'received undefined' : issue.input === null ? 'received null' : '';
  const { messageKey, params } = fieldMessageKey(issue.code, message, issue as Parameters<typeof fieldMessageKey>[2]);
  return t(messageKey ?? 'errors.field.invalid', params);
}

/**
 * The server's own zod schema as the form's resolver, its issues in the
 * reader's language. `toBody` turns the form's values into the request's body
 * (the issues' paths are the body's, so the form's fields are named as the
 * body's); the submit handler gets the parsed body.
 *
 * Every issue is said by its message key, as the server's answer does: a
 * message written in the schema (`regex(…, 'a place code')`,
 * `refine(…, { message })`) is English for developers, and would win over an
 * error map given to the parse (zod's precedence), so zod's own words are
 * not used.
 */
export function sharedResolver<TDraft extends FieldValues, S extends z.ZodType>(
  schema: S,
  t: TFunction,
  toBody: (draft: TDraft) => unknown = (draft) => draft,
): Resolver<TDraft, unknown, z.output<S>> {
  type Result = Awaited<ReturnType<Resolver<TDraft, unknown, z.output<S>>>>;
  return async (values, _context, options) => {
    const parsed = await schema.safeParseAsync(toBody(values), { reportInput: true });
    if (parsed.success) return { values: parsed.data, errors: {} } as Result;
    // The first issue of each field, as zodResolver does.
    const errors: Record<string, FormFieldError> = {};
    for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= { type: issue.code, message: issueText(t, issue) };
    return { values: {}, errors: toNestErrors(errors, options) } as Result;
  };
}
