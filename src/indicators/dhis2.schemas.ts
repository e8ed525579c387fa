import { z } from 'zod';
import { DISAGGREGATIONS, INDICATOR_IDS } from './indicator-registry.js';

// The DHIS2 exchange: the mapping an administrator keeps, the month's
// aggregates as a dataValueSets payload (and as ADX), and the pushes.

/** A DHIS2 uid: 11 characters, a letter then letters and digits. */
export const DHIS2_UID = /^[A-Za-z][A-Za-z0-9]{10}$/;
export const dhis2UidSchema = z.string().regex(DHIS2_UID, 'a DHIS2 uid: 11 letters and digits, the first a letter');

/** A district or a sector: the places mapped to organisation units. */
export const dhis2PlaceSchema = z.string().regex(/^[1-5]\d(\d{2})?$/, 'a district or a sector code');
/** One month, as Rinda writes it. */
export const dhis2MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month, as 2026-11');

const elementSchema = z
  .object({
    indicator: z.enum(INDICATOR_IDS),
    /** Absent: the indicator's total; otherwise one row (`key`) of this disaggregation. */
    disaggregation: z.enum(DISAGGREGATIONS).exclude(['place', 'month']).nullish(),
    key: z.string().trim().min(1).max(64).nullish(),
    /** What is sent: the count (a percentage's numerator), a percentage's or mean's denominator, or the computed value. */
    part: z.enum(['numerator', 'denominator', 'value']).default('numerator'),
    dataElement: dhis2UidSchema,
    categoryOptionCombo: dhis2UidSchema,
  })
  .strict();

export const dhis2MappingInputSchema = z
  .object({
    dataSet: dhis2UidSchema,
    elements: z.array(elementSchema).max(2000),
    orgUnits: z.array(z.object({ place: dhis2PlaceSchema, orgUnit: dhis2UidSchema }).strict()).max(500),
  })
  .strict();
export type Dhis2MappingInput = z.infer<typeof dhis2MappingInputSchema>;

export const dhis2MappingSchema = z.object({
  dataSet: z.string().nullable(),
  elements: z.array(
    z.object({
      indicator: z.string(),
      disaggregation: z.string().nullable(),
      key: z.string().nullable(),
      part: z.enum(['numerator', 'denominator', 'value']),
      dataElement: z.string(),
      categoryOptionCombo: z.string(),
    }),
  ),
  orgUnits: z.array(z.object({ place: z.string(), orgUnit: z.string() })),
});
export type Dhis2Mapping = z.infer<typeof dhis2MappingSchema>;

export const dhis2PayloadQuerySchema = z.object({ place: dhis2PlaceSchema, period: dhis2MonthSchema }).strict();
export type Dhis2PayloadQuery = z.infer<typeof dhis2PayloadQuerySchema>;

export const dataValueSetSchema = z.object({
  dataSet: z.string(),
  /** The month as DHIS2 writes it: yyyyMM. */
  period: z.string(),
  orgUnit: z.string(),
  dataValues: z.array(z.object({ dataElement: z.string(), categoryOptionCombo: z.string(), value: z.string() })),
});
export type DataValueSet = z.infer<typeof dataValueSetSchema>;

/** What was left out of a payload, and why: nothing is guessed. */
export const leftOutSchema = z.object({
  /** The place has no organisation unit: nothing can be sent. */
  place: z.string().nullable(),
  /** Indicators with no data element mapped. */
  indicators: z.array(z.string()),
  /** Mapped values with no figure this month at this place: not held at this level, no base for a percentage, or no such row. */
  values: z.array(z.object({ dataElement: z.string(), categoryOptionCombo: z.string(), indicator: z.string(), reason: z.string() })),
});
export type LeftOut = z.infer<typeof leftOutSchema>;

export const dhis2PayloadSchema = z.object({ dataValueSet: dataValueSetSchema.nullable(), leftOut: leftOutSchema });
export type Dhis2Payload = z.infer<typeof dhis2PayloadSchema>;

export const dhis2PushInputSchema = dhis2PayloadQuerySchema;

const importCountSchema = z.object({ imported: z.number(), updated: z.number(), ignored: z.number(), deleted: z.number() });
export const dhis2PushSchema = z.object({
  id: z.string(),
  place: z.string(),
  period: z.string(),
  payload: dataValueSetSchema,
  attempts: z.number().int(),
  httpStatus: z.number().int().nullable(),
  status: z.string(),
  importCount: importCountSchema.nullable(),
  conflicts: z.array(z.object({ object: z.string(), value: z.string() })),
  error: z.string().nullable(),
  pushedBy: z.string(),
  pushedAt: z.string(),
  leftOut: leftOutSchema.optional(),
});
export type Dhis2Push = z.infer<typeof dhis2PushSchema>;
export const dhis2PushListSchema = z.object({ items: z.array(dhis2PushSchema) });
