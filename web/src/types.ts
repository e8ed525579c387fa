// Shapes of the API's answers (see /api/openapi.json), as the web app uses them.

export type Language = 'rw' | 'en' | 'fr';

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
] as const;
export type Role = (typeof ROLES)[number];

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

export type PlaceRef = { id: string; name: string; level: number };

export type Me = {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  language: Language;
  organisationId: string | null;
  jurisdiction: PlaceRef;
  csrfToken: string;
  pendingPasswordChange: boolean;
  pendingMfaEnrolment: boolean;
  mfaRequired: boolean;
  totpEnabled: boolean;
  permissions: string[];
};

export type User = {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  organisation: { id: string; name: string } | null;
  jurisdiction: PlaceRef;
  supervisor: { id: string; fullName: string } | null;
  trainingCompletedOn: string | null;
  phone: string | null;
  email: string | null;
  language: Language;
  active: boolean;
  locked: boolean;
  totpEnabled: boolean;
  createdAt: string;
};

export type Organisation = {
  id: string;
  name: string;
  kind: string;
  placeId: string;
  placeName: string;
  active: boolean;
};

export type Page<T> = { items: T[]; total: number };

export type Place = { id: string; name: string; level: number; levelName: string; parentId: string | null; path: PlaceRef[] };
export type PlaceChild = { id: string; name: string; level: number; levelName: string; childCount: number };
export type PlaceMatch = { id: string; name: string; level: number; levelName: string; path: PlaceRef[]; label: string };

export type AuditEvent = {
  seq: number;
  at: string;
  actor: { id: string; username: string; fullName: string } | null;
  actorRole: string | null;
  ip: string | null;
  requestId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  fields: string[];
  outcome: string;
};

export type AuditVerification = { ok: boolean; checked: number; firstProblem?: { seq: number | null; kind: string; message: string } };

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
