import { z } from 'zod';

// Schemas shared by the people routes (organisations and users).

/** A place code: 'RW' or 1–8 digits (see src/places). */
export const placeIdSchema = z.string().regex(/^(RW|\d{1,8})$/, 'a place code');
export const booleanQuerySchema = z.enum(['true', 'false']);

/** Who did something: a user's id and display name (recorded by, assessed by, led by, …). */
export const userRefSchema = z.object({ id: z.uuid(), fullName: z.string() });
