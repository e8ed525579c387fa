import type { Language, Role } from '../db/schema.js';

// Lists the server owns and the web app offers as they are (it imports this
// file: plain constants, no server code).

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
  'dpo',
  'analyst',
  'sysadmin',
] as const satisfies readonly Role[];

export const LANGUAGES = ['rw', 'en', 'fr'] as const satisfies readonly Language[];

/**
 * A caseworker's profession (the framework's CPWO is "a social worker or
 * psychologist"): the psychological part of a reintegration assessment is a
 * psychologist's (docs/reintegration.md). Unset means social worker.
 */
export const PROFESSIONS = ['social_worker', 'psychologist'] as const;
export type Profession = (typeof PROFESSIONS)[number];

export const ORGANISATION_KINDS = [
  'ncda',
  'district_office',
  'sector_office',
  'rib',
  'rnp',
  'isange',
  'health_facility',
  'school',
  'nrs',
  'ncpd',
  'labour_inspection',
  'minema',
  'ngo',
  'community_group',
  'faith_group',
  'youth_group',
  'government_agency',
  'other',
] as const;
