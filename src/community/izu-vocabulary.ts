import type { Role } from '../db/schema.js';
import type { IzuStatus, Sex } from '../db/tables/community.js';

// The registry's lists, shared with the web app (plain constants, no server code).

/** The roles the registry keeps: the village pair and their coordinators. */
export const VOLUNTEER_ROLES = ['izu', 'izu_cell_coordinator', 'izu_sector_coordinator'] as const satisfies readonly Role[];
export type VolunteerRole = (typeof VOLUNTEER_ROLES)[number];

/** The place level each volunteer role works at: village, cell, sector. */
export const VOLUNTEER_LEVEL: Record<VolunteerRole, number> = { izu: 5, izu_cell_coordinator: 4, izu_sector_coordinator: 3 };

export const IZU_STATUSES = ['active', 'inactive', 'replaced'] as const satisfies readonly IzuStatus[];
export const SEXES = ['female', 'male'] as const satisfies readonly Sex[];

/** A village's pair: one woman and one man (the programme brief); fewer active is a gap. */
export const PAIR_SIZE = 2;
