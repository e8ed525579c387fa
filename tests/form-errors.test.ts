import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { closeCaseSchema } from '../src/cases/closure/closure.schemas.js';
import { addNoteSchema } from '../src/cases/notes/notes.schemas.js';
import { providerInputSchema, putServiceTypeSchema } from '../src/directory/directory.schemas.js';
import { ApiError } from '../web/src/api/client.js';
import { requestPath, sharedResolver, summaryOf } from '../web/src/components/server-form.js';

// The web app's forms check the server's own zod schemas before sending, and
// say what is wrong by the same message keys the server's answers carry; a
// refusal's field errors leave the summary once they show beside their fields.

/** A translation that shows the key and its parameters. */
const t = ((key: string, params?: Record<string, unknown>) =>
  params && Object.keys(params).length ? `${key} ${JSON.stringify(params)}` : key) as unknown as TFunction;
const options = { fields: {}, shouldUseNativeValidation: false } as never;

describe('a form checked by the server schema', () => {
  it('says what the server would say, by its field message keys', async () => {
    const check = sharedResolver(addNoteSchema, t);
    expect((await check({ body: '   ' }, undefined, options)).errors).toMatchObject({ body: { message: 'errors.field.required' } });
    expect((await check({ body: 'x'.repeat(8001) }, undefined, options)).errors).toMatchObject({ body: { message: 'errors.field.too_long {"max":8000}' } });
    // The handler gets the body as the server parses it.
    expect(await check({ body: '  Visited the school  ' }, undefined, options)).toEqual({ values: { body: 'Visited the school' }, errors: {} });
  });

  it('says "not valid" for a refinement written in English, as the server does', async () => {
    const check = sharedResolver(closeCaseSchema, t, (v: { reason: string; note: string }) => ({ reason: v.reason, note: v.note || undefined }));
    const { errors } = await check({ reason: 'transferred', note: '' }, undefined, options);
    expect(errors).toMatchObject({ note: { type: 'custom', message: 'errors.field.invalid' } });
  });
  it('says a message written in the schema (English for developers) by its key too', async () => {
    const check = sharedResolver(putServiceTypeSchema, t);
    const { errors } = await check({ code: 'Family mediation', nameRw: 'Ubuhuza', nameEn: 'Mediation', nameFr: 'Médiation' }, undefined, options);
    expect(errors).toMatchObject({ code: { type: 'invalid_format', message: 'errors.field.invalid_format' } });
  });

  it('names the fields of nested lists by their paths in the body', async () => {
    const check = sharedResolver(providerInputSchema, t);
    const provider = {
      name: 'Bumbogo Safe House',
      kind: 'ngo',
      placeId: '12',
      locations: [{ name: 'House', placeId: '' }],
      services: [{ serviceType: 'safe_shelter', name: ' ', areaPlaceIds: [] }],
    };
    const { errors } = await check(provider, undefined, options);
    expect(errors).toMatchObject({
      locations: [{ placeId: { message: 'errors.field.invalid_format' } }],
      services: [{ name: { message: 'errors.field.required' }, areaPlaceIds: { message: 'errors.field.too_few {"min":1}' } }],
    });
  });
});

describe('the summary of a refusal', () => {
  const refusal = (messageKey: string, fields: ApiError['fields']) => new ApiError(400, 'validation', messageKey, 'refused', 'req-1', fields);

  it('keeps only the field errors no field shows', () => {
    const dob = { field: 'body.child.dateOfBirth', message: 'in the future', messageKey: 'errors.birth_date_in_future' };
    const child = { field: 'body.child', message: 'give a child', messageKey: 'errors.intake_child_required' };
    const summary = summaryOf(refusal('errors.validation', [dob, child]), [dob]) as ApiError;
    expect(summary.fields).toEqual([child]);
    expect(summary.messageKey).toBe('errors.validation');
    expect(summary.requestId).toBe('req-1');
  });

  it("says only that something needs correcting when the field already says the error's own words", () => {
    const dob = { field: 'body.child.dateOfBirth', message: 'in the future', messageKey: 'errors.birth_date_in_future' };
    const summary = summaryOf(refusal('errors.birth_date_in_future', [dob]), [dob]) as ApiError;
    expect(summary.fields).toEqual([]);
    expect(summary.messageKey).toBe('errors.validation');
  });

  it('is the error itself when no field shows any of it', () => {
    const error = refusal('errors.conflict', []);
    expect(summaryOf(error, [])).toBe(error);
    expect(summaryOf(null, [])).toBeNull();
  });

  it('names a field by its path inside the request', () => {
    expect(requestPath('body.goals.0.actions.1.dueDate')).toBe('goals.0.actions.1.dueDate');
    expect(requestPath('querystring.entityId')).toBe('entityId');
    expect(requestPath('file')).toBe('file');
    expect(requestPath('row 3.organisation')).toBe('row 3.organisation');
  });
});
