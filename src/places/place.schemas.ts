import { z } from 'zod';
import { PLACE_ID_PATTERN, PLACE_LEVELS } from './place-name.js';

export const placeIdSchema = z
  .string()
  .regex(PLACE_ID_PATTERN, "a place code: 'RW', a province 1–5, or a 2-, 4-, 6- or 8-digit code")
  .meta({ description: "Permanent place code: 'RW' (Rwanda), province (1 digit), district (2), sector (4), cell (6), village (8)" });

export const placeParamsSchema = z.object({ id: placeIdSchema });

const levelSchema = z.number().int().min(0).max(5);
const levelNameSchema = z.enum(PLACE_LEVELS);

/** One step of a path, root first. */
const placeRefSchema = z.object({ id: z.string(), name: z.string(), level: levelSchema });

export const placeSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: levelSchema,
  levelName: levelNameSchema,
  parentId: z.string().nullable(),
  path: z.array(placeRefSchema).meta({ description: "From the root 'RW' down to the place itself" }),
});

export const placeChildrenSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      level: levelSchema,
      levelName: levelNameSchema,
      childCount: z.number().int(),
    }),
  ),
});

export const placeSearchQuerySchema = z.object({
  q: z.string().trim().min(2).max(100).meta({ description: 'Name or part of it; case, spacing, punctuation and spelling are forgiven' }),
  level: z
    .union([levelNameSchema, z.coerce.number().int().min(0).max(5)])
    .optional()
    .meta({ description: "Only places of this level: a name ('village') or a number (5)" }),
  within: placeIdSchema.optional().meta({ description: 'Only places inside this one (a subtree)' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type PlaceSearchQuery = z.infer<typeof placeSearchQuerySchema>;

export const placeSearchResultSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      level: levelSchema,
      levelName: levelNameSchema,
      path: z.array(placeRefSchema),
      label: z.string().meta({ description: 'The place and its ancestors up to the province, e.g. "Rweru II, Ramiro, Gashora, Bugesera, Eastern Province"' }),
    }),
  ),
});
