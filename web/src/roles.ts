import type { Role } from './api/types.js';

// The roles and organisation kinds the server knows, and what a role's
// account needs (the user form asks only for what applies).

export const ROLES = [
  'izu',
  'izu_cell_coordinator',
  'izu_sector_coordinator',
  'cpwo',
  'cso_caseworker',
  'supervisor',
  'service_provider',
  'hotline_agent',
  'local_leader',
  'ncda_officer',
  'analyst',
  'sysadmin',
] as const satisfies readonly Role[];

export const ORGANISATION_KINDS = [
  'ncda',
  'district_office',
  'sector_office',
  'rib',
  'rnp',
  'isange',
  'health_facility',
  'school',
  'ngo',
  'community_group',
  'government_agency',
  'other',
] as const;

export const NATIONAL_PLACE_ID = 'RW';

/**
 * The place levels a role's jurisdiction may be at (null: any level). The
 * server decides; the form uses this to narrow the place search.
 */
export function jurisdictionLevelsFor(role: Role): number[] | null {
  switch (role) {
    case 'izu':
      return [5];
    case 'izu_cell_coordinator':
      return [4];
    case 'izu_sector_coordinator':
      return [3];
    case 'cpwo':
    case 'cso_caseworker':
      return [2];
    case 'supervisor':
      return [2, 0];
    case 'hotline_agent':
    case 'ncda_officer':
    case 'analyst':
    case 'sysadmin':
      return [0];
    default:
      return null;
  }
}

/** Everyone works for an organisation except the system administrators. */
export const needsOrganisation = (role: Role) => role !== 'sysadmin';

/** Roles whose caseworkers answer to a supervisor of the same organisation. */
export const needsSupervisor = (role: Role) => role === 'cpwo' || role === 'cso_caseworker';
