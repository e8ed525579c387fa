// The roles, languages, organisation kinds and account rules are the server's
// own (src/people/people-vocabulary.ts and src/people/user-rules.ts: plain
// code with no server dependencies), so the user form asks exactly for what
// the server will check, and a new role reaches both at once.
export { LANGUAGES, ORGANISATION_KINDS, PROFESSIONS, ROLES } from '../../src/people/people-vocabulary.js';
export {
  organisationRequired as needsOrganisation,
  professionAllowed as hasProfession,
  supervisorRequired as needsSupervisor,
} from '../../src/people/user-rules.js';
import { jurisdictionLevelsFor as levelsFor } from '../../src/people/user-rules.js';
import type { Role } from './api/types.js';

/** The place levels a role's jurisdiction may be at (null: any level), for the place picker. */
export const jurisdictionLevelsFor = (role: Role): number[] | null => {
  const levels = levelsFor(role);
  return levels && [...levels];
};
export { NATIONAL_PLACE_ID } from '../../src/places/place-name.js';
