import { z } from 'zod';
import { userRefSchema } from '../people/common.schemas.js';

// Schemas shared by the follow-up routes (framework steps 7-9).

export type UserRef = z.infer<typeof userRefSchema>;

/** Free text written by a caseworker (observations, evidence, notes). */
export const longText = (max = 4000) => z.string().trim().min(1).max(max);
export const shortText = (max = 200) => z.string().trim().min(1).max(max);

export const userRef = (names: Map<string, string>, id: string): UserRef => ({ id, fullName: names.get(id) ?? '' });
export const userRefOrNull = (names: Map<string, string>, id: string | null): UserRef | null => (id ? userRef(names, id) : null);
