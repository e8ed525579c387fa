import type { Role } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { NATIONAL_PLACE_ID } from '../places/place-name.js';
import { normaliseRwandanMobile } from './phone.js';

// The rules every user account follows, whether created one by one or
// imported from a file. Pure functions: the service loads the referenced
// records and passes them in. The web app's user form imports this file
// (no server code here), so it asks exactly what the server will check.

export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,40}$/;

// Place levels: 0 Rwanda, 1 province, 2 district, 3 sector, 4 cell, 5 village.
// Each role works at the level the framework gives it (SYSTEM.md §2).
const JURISDICTION_LEVELS: Record<Role, readonly number[] | 'any'> = {
  izu: [5],
  izu_cell_coordinator: [4],
  izu_sector_coordinator: [3],
  cpwo: [2],
  cso_caseworker: [2],
  supervisor: [2, 0],
  hotline_agent: [0],
  ncda_officer: [0],
  // The data protection officer (Law 058/2021) works for NCDA, nationally.
  dpo: [0],
  analyst: [0],
  sysadmin: [0],
  service_provider: 'any',
  local_leader: 'any',
};

export function jurisdictionFitsRole(role: Role, level: number): boolean {
  const levels = JURISDICTION_LEVELS[role];
  return levels === 'any' || levels.includes(level);
}

/** The place levels a role's jurisdiction may be at; null: any level. */
export function jurisdictionLevelsFor(role: Role): readonly number[] | null {
  const levels = JURISDICTION_LEVELS[role];
  return levels === 'any' ? null : levels;
}

/** Framework §8: each caseworker has exactly one supervisor. */
export function supervisorRequired(role: Role): boolean {
  return role === 'cpwo' || role === 'cso_caseworker';
}

/** A profession (social worker, psychologist) is recorded for those who work on cases and supervise that work. */
export function professionAllowed(role: Role): boolean {
  return role === 'cpwo' || role === 'cso_caseworker' || role === 'supervisor';
}

/** Everyone works for an organisation except the system administrators. */
export function organisationRequired(role: Role): boolean {
  return role !== 'sysadmin';
}

/** Is `inner` the place `outer` or below it? */
export function placeContains(outer: string, inner: string): boolean {
  if (outer === NATIONAL_PLACE_ID) return true;
  return inner !== NATIONAL_PLACE_ID && inner.startsWith(outer);
}

/** An account as submitted, before its references are checked. */
export type UserDraft = {
  /** The account being edited; absent on create. */
  id?: string;
  role: Role;
  organisationId: string | null;
  jurisdictionId: string;
  supervisorId: string | null;
  trainingCompletedOn: string | null;
  phone: string | null;
  /** Absent: not given (an import file without the column). */
  profession?: string | null;
};

/** The records a draft points at, as loaded (undefined: not found). */
export type UserReferences = {
  organisation?: { id: string; active: boolean };
  jurisdiction?: { id: string; level: number };
  supervisor?: { id: string; role: Role; active: boolean; organisationId: string | null; jurisdictionId: string };
};

export type UserField = 'organisationId' | 'jurisdictionId' | 'supervisorId' | 'trainingCompletedOn' | 'phone' | 'profession';
export type UserProblem = { field: UserField; message: string; messageKey: string };

/**
 * Checks a draft against its loaded references. Returns every problem found
 * (empty when the account may be saved) and the phone in stored form.
 */
export function checkUser(
  draft: UserDraft,
  refs: UserReferences,
  today: string,
  /** The administrator making the change: the account's jurisdiction must be inside theirs. */
  manager?: Pick<Actor, 'jurisdictionId'>,
): { problems: UserProblem[]; phone: string | null } {
  const problems: UserProblem[] = [];
  const problem = (field: UserField, message: string, messageKey: string) => problems.push({ field, message, messageKey });

  let phone: string | null = null;
  if (draft.phone !== null && draft.phone.trim() !== '') {
    phone = normaliseRwandanMobile(draft.phone);
    if (!phone) problem('phone', 'Not a Rwandan mobile number (07xxxxxxxx or +2507xxxxxxxx)', 'errors.phone_invalid');
  }

  if (draft.trainingCompletedOn !== null && draft.trainingCompletedOn > today) {
    problem('trainingCompletedOn', 'The training date is in the future', 'errors.training_date_in_future');
  }

  if (draft.profession != null && !professionAllowed(draft.role)) {
    problem('profession', 'Only caseworkers and supervisors have a profession on record', 'errors.profession_not_for_role');
  }

  // The supervisor is compared with the organisation and place only when those
  // are themselves valid, so one mistake is reported once.
  const problemsBefore = problems.length;
  if (draft.organisationId === null) {
    if (organisationRequired(draft.role)) problem('organisationId', 'This role needs an organisation', 'errors.organisation_required');
  } else if (!refs.organisation) {
    problem('organisationId', 'No such organisation', 'errors.organisation_not_found');
  } else if (!refs.organisation.active) {
    problem('organisationId', 'The organisation is deactivated', 'errors.organisation_inactive');
  }

  const organisationOk = problems.length === problemsBefore;
  if (!refs.jurisdiction) {
    problem('jurisdictionId', 'No such place', 'errors.place_not_found');
  } else if (!jurisdictionFitsRole(draft.role, refs.jurisdiction.level)) {
    problem('jurisdictionId', 'The jurisdiction level does not fit the role', 'errors.jurisdiction_level_mismatch');
  } else if (manager && !placeContains(manager.jurisdictionId, refs.jurisdiction.id)) {
    problem('jurisdictionId', 'The jurisdiction is outside yours', 'errors.jurisdiction_outside_yours');
  }

  if (draft.supervisorId === null) {
    if (supervisorRequired(draft.role)) problem('supervisorId', 'This role needs a supervisor', 'errors.supervisor_required');
  } else if (draft.id !== undefined && draft.supervisorId === draft.id) {
    problem('supervisorId', 'A user cannot supervise themselves', 'errors.supervisor_self');
  } else if (!refs.supervisor) {
    problem('supervisorId', 'No such user', 'errors.supervisor_not_found');
  } else if (!refs.supervisor.active || refs.supervisor.role !== 'supervisor') {
    problem('supervisorId', 'The supervisor must be an active user with the supervisor role', 'errors.supervisor_not_active_supervisor');
  } else if (organisationOk && refs.supervisor.organisationId !== draft.organisationId) {
    problem('supervisorId', 'The supervisor works for another organisation', 'errors.supervisor_outside_organisation');
  } else if (refs.jurisdiction && !placeContains(refs.supervisor.jurisdictionId, draft.jurisdictionId)) {
    problem('supervisorId', "The supervisor's jurisdiction does not contain the user's", 'errors.supervisor_outside_jurisdiction');
  }

  return { problems, phone };
}
