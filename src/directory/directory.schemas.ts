import { z } from 'zod';
import { pageQuery, pageResult } from '../http/paging.schemas.js';
import { booleanQuerySchema, placeIdSchema } from '../people/common.schemas.js';
import { ORGANISATION_KINDS } from '../people/people-vocabulary.js';
import { CASE_TYPES } from '../cases/case-vocabulary.js';

// The service directory (framework: service mapping): providers, which are
// organisations, with what they offer, where, when, for whom, how much
// capacity they have and how well the annual review rated them.

export const SERVICE_SEXES = ['female', 'male'] as const;
export const PHONE_TYPES = ['voice', 'text', 'fax', 'cell', 'sms', 'hotline'] as const;
/** RFC 5545 weekdays, HSDS schedule.byday. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export const serviceTypeCodeSchema = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'a service type code');
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:MM');

const localised = { nameRw: text(120), nameEn: text(120), nameFr: text(120) };

export const serviceTypeSchema = z.object({ code: z.string(), ...localised, active: z.boolean(), sortOrder: z.number().int() });
export type ServiceType = z.infer<typeof serviceTypeSchema>;
export const serviceTypeListSchema = z.object({ items: z.array(serviceTypeSchema) });
export const serviceTypeListQuerySchema = z.object({ includeInactive: booleanQuerySchema.optional() });
/** Adds a type, or renames, reorders, deactivates one (by its code, which never changes). */
export const putServiceTypeSchema = z
  .object({ code: serviceTypeCodeSchema, ...localised, active: z.boolean().default(true), sortOrder: z.number().int().min(0).max(10_000).default(100) })
  .strict();
export type PutServiceTypeInput = z.infer<typeof putServiceTypeSchema>;

export const pathwaySchema = z.object({ caseType: z.string(), serviceType: z.string(), agencyKind: z.string(), lead: z.boolean() });
export const pathwayListSchema = z.object({ items: z.array(pathwaySchema) });
/** The whole pathway of one case type (framework Table 4), replaced at once. */
export const putPathwaySchema = z
  .object({
    caseType: z.enum(CASE_TYPES),
    entries: z.array(z.object({ serviceType: serviceTypeCodeSchema, agencyKind: z.enum(ORGANISATION_KINDS), lead: z.boolean() }).strict()).max(100),
  })
  .strict();
export type PutPathwayInput = z.infer<typeof putPathwaySchema>;

const placeRef = z.object({ placeId: z.string(), placeName: z.string(), level: z.number().int() });

const scheduleInput = z
  .object({
    id: z.uuid().optional(),
    byday: z.array(z.enum(WEEKDAYS)).min(1).max(7),
    opensAt: time.nullish(),
    closesAt: time.nullish(),
    description: optionalText(200),
  })
  .strict();

const phoneInput = z.object({ id: z.uuid().optional(), number: text(30), type: z.enum(PHONE_TYPES).default('voice'), description: optionalText(200) }).strict();

const locationInput = z
  .object({
    id: z.uuid().optional(),
    name: text(200),
    placeId: placeIdSchema,
    address: optionalText(300),
    latitude: z.number().min(-90).max(90).nullish(),
    longitude: z.number().min(-180).max(180).nullish(),
  })
  .strict();

const serviceInput = z
  .object({
    id: z.uuid().optional(),
    serviceType: serviceTypeCodeSchema,
    name: text(200),
    description: optionalText(2000),
    email: z.email().max(200).nullish(),
    minAge: z.number().int().min(0).max(25).nullish(),
    maxAge: z.number().int().min(0).max(25).nullish(),
    /** Empty: any sex. */
    sexes: z.array(z.enum(SERVICE_SEXES)).max(2).default([]),
    /** Places available now; null: not counted (treated as available). */
    capacityAvailable: z.number().int().min(0).max(1_000_000).nullish(),
    active: z.boolean().default(true),
    /** The nodes of the map it covers (a district covers all below it). */
    areaPlaceIds: z.array(placeIdSchema).min(1).max(500),
    schedules: z.array(scheduleInput).max(20).default([]),
    phones: z.array(phoneInput).max(10).default([]),
    /** Ids of the provider's locations (in this body) where it is given. */
    locationIds: z.array(z.uuid()).max(50).default([]),
  })
  .strict();

const quality = z.object({ rating: z.number().int().min(1).max(5), reviewedOn: z.iso.date(), note: optionalText(2000) }).strict();

/** The whole provider, as created or replaced (PUT): lists given replace what was there. */
export const providerInputSchema = z
  .object({
    name: text(200).pipe(z.string().min(2)),
    kind: z.enum(ORGANISATION_KINDS),
    /** The provider's seat: who manages it follows from it. */
    placeId: placeIdSchema,
    active: z.boolean().default(true),
    description: optionalText(2000),
    email: z.email().max(200).nullish(),
    website: z
      .url({ protocol: /^https?$/ })
      .max(300)
      .nullish(),
    quality: quality.nullish(),
    locations: z.array(locationInput).max(50).default([]),
    phones: z.array(phoneInput).max(20).default([]),
    services: z.array(serviceInput).max(100).default([]),
    /** Users with role service_provider of this organisation, who receive its referrals. */
    focalPersonIds: z.array(z.uuid()).max(50).default([]),
  })
  .strict();
export type ProviderInput = z.infer<typeof providerInputSchema>;
export type ServiceInput = ProviderInput['services'][number];

const phoneSchema = z.object({ id: z.uuid(), number: z.string(), type: z.enum(PHONE_TYPES), description: z.string().nullable() });
const scheduleSchema = z.object({
  id: z.uuid(),
  byday: z.array(z.enum(WEEKDAYS)),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  description: z.string().nullable(),
});

export const providerServiceSchema = z.object({
  id: z.uuid(),
  serviceType: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  email: z.string().nullable(),
  minAge: z.number().int().nullable(),
  maxAge: z.number().int().nullable(),
  sexes: z.array(z.enum(SERVICE_SEXES)),
  capacityAvailable: z.number().int().nullable(),
  capacityUpdatedAt: z.string().nullable(),
  active: z.boolean(),
  areas: z.array(placeRef),
  schedules: z.array(scheduleSchema),
  phones: z.array(phoneSchema),
  locationIds: z.array(z.uuid()),
});

export const providerSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  placeId: z.string(),
  placeName: z.string(),
  active: z.boolean(),
  description: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  quality: z.object({
    rating: z.number().int().nullable(),
    reviewedOn: z.string().nullable(),
    note: z.string().nullable(),
    /** No review, or the last one more than 12 months ago (directories are reviewed every year). */
    reviewDue: z.boolean(),
  }),
  /** May the caller change it (their jurisdiction holds its seat)? */
  manageable: z.boolean(),
  locations: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      placeId: z.string(),
      placeName: z.string(),
      address: z.string().nullable(),
      latitude: z.number().nullable(),
      longitude: z.number().nullable(),
    }),
  ),
  phones: z.array(phoneSchema),
  services: z.array(providerServiceSchema),
  /** Names only: an account's username is for those who manage users. */
  focalPersons: z.array(z.object({ userId: z.uuid(), fullName: z.string(), active: z.boolean() })),
});
export type Provider = z.infer<typeof providerSchema>;

export const providerListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(ORGANISATION_KINDS).optional(),
  serviceType: serviceTypeCodeSchema.optional(),
  /** Providers with an active service covering this place, or part of it. */
  placeId: placeIdSchema.optional(),
  active: booleanQuerySchema.optional(),
  reviewDue: booleanQuerySchema.optional(),
  ...pageQuery({ defaultSize: 25, maxSize: 100 }),
});
export type ProviderListQuery = z.infer<typeof providerListQuerySchema>;

export const providerSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  placeId: z.string(),
  placeName: z.string(),
  active: z.boolean(),
  serviceTypes: z.array(z.string()),
  qualityRating: z.number().int().nullable(),
  reviewDue: z.boolean(),
});
export const providerListSchema = z.object({ items: z.array(providerSummarySchema), ...pageResult });

export const suggestionQuerySchema = z.object({
  serviceType: serviceTypeCodeSchema,
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const suggestionSchema = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  kind: z.string(),
  serviceId: z.uuid(),
  serviceName: z.string(),
  /** A lead agency kind for one of the case's types (framework Table 4). */
  lead: z.boolean(),
  /** The nearest node of the map its area covers the village with. */
  coveragePlaceId: z.string(),
  coverageLevel: z.number().int(),
  capacityAvailable: z.number().int().nullable(),
  /** Capacity 0: listed last, so the caseworker sees who offers it but is full. */
  full: z.boolean(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;
export const suggestionListSchema = z.object({ items: z.array(suggestionSchema) });

export const coverageQuerySchema = z.object({ districtId: z.string().regex(/^[1-5]\d$/, 'a district code') });
export const COVERAGE_STATUSES = ['covered', 'partial', 'no_capacity', 'gap'] as const;
export const coverageSchema = z.object({
  districtId: z.string(),
  districtName: z.string(),
  serviceTypes: z.array(serviceTypeSchema),
  sectors: z.array(
    z.object({
      placeId: z.string(),
      name: z.string(),
      cells: z.array(
        z.object({
          serviceType: z.string(),
          /** covered: an active service covers the whole sector with capacity; partial: only some of its cells or villages;
           * no_capacity: covered, but every covering service has capacity 0; gap: nothing covers it. */
          status: z.enum(COVERAGE_STATUSES),
          services: z.number().int(),
          /** The covering services' capacity (null: some are not counted). */
          capacity: z.number().int().nullable(),
        }),
      ),
    }),
  ),
  gaps: z.number().int(),
});
export type Coverage = z.infer<typeof coverageSchema>;

export const exportQuerySchema = z.object({
  districtId: z
    .string()
    .regex(/^[1-5]\d$/, 'a district code')
    .optional(),
});

export const importSchema = z
  .object({
    /** The HSDS CSV files by name (organization.csv, service.csv, …), or */
    files: z.record(z.string().max(40), z.string().max(20_000_000)).optional(),
    /** the same files in a ZIP, base64. */
    zipBase64: z.string().max(30_000_000).optional(),
  })
  .strict();
export const importResultSchema = z.object({ organizations: z.number().int(), services: z.number().int(), locations: z.number().int() });
