import { z } from 'zod';
import { pageQuery } from '../http/paging.schemas.js';
import { booleanQuerySchema, placeIdSchema } from './common.schemas.js';
import { ORGANISATION_KINDS } from './people-vocabulary.js';

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const organisationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  placeId: z.string(),
  placeName: z.string(),
  active: z.boolean(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(ORGANISATION_KINDS).optional(),
  /** Organisations located at this place or below it. */
  placeId: placeIdSchema.optional(),
  active: booleanQuerySchema.optional(),
  ...pageQuery(),
});
export type OrganisationListQuery = z.infer<typeof organisationListQuerySchema>;

export const organisationListSchema = z.object({ items: z.array(organisationSchema), total: z.number().int() });

const organisationName = z.string().trim().min(2).max(200);

export const createOrganisationSchema = z.object({ name: organisationName, kind: z.enum(ORGANISATION_KINDS), placeId: placeIdSchema }).strict();
export type CreateOrganisationInput = z.infer<typeof createOrganisationSchema>;

export const updateOrganisationSchema = z
  .object({
    name: organisationName.optional(),
    kind: z.enum(ORGANISATION_KINDS).optional(),
    placeId: placeIdSchema.optional(),
    active: z.boolean().optional(),
  })
  .strict();
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationSchema>;
