import { z } from 'zod';

// Schemas shared by the people routes (organisations and users).

/** A place code: 'RW' or 1–8 digits (see src/places). */
export const placeIdSchema = z.string().regex(/^(RW|\d{1,8})$/, 'a place code');
export const booleanQuerySchema = z.enum(['true', 'false']);
