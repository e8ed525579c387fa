import type { Language, Role } from '../db/schema.js';
import type { EmergencyGrant } from './case-access.js';

/** The signed-in user as the access module sees them: built from the session, never from client input. */
export type Actor = {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  organisationId: string | null;
  jurisdictionId: string;
  jurisdictionLevel: number;
  supervisorId: string | null;
  trainingCompletedOn: string | null;
  language: Language;
  sessionId: string;
  ip: string | null;
  requestId: string | null;
  /** Live emergency accesses, loaded with the session (src/access/case-access.ts caseScope). */
  emergencyGrants?: readonly EmergencyGrant[];
};

/** Who did something, for the audit, when there may be no signed-in user (e.g. a failed sign-in). */
export type AuditActor = Pick<Actor, 'id' | 'role' | 'ip' | 'requestId'> | { id: null; role: null; ip: string | null; requestId: string | null };
