import { notFound } from '../errors/app-error.js';
import { NATIONAL_PLACE_ID } from '../places/place-name.js';
import type { Actor } from './actor.js';
import { assertCan, placeInScope } from './policy.js';

// Who sees which indicator figures (issue 17; SYSTEM.md §2: NCDA officers and
// analysts see statistics, not identities). Every figure is an aggregate; what
// differs is whether small numbers are hidden:
//   - a CPWO or supervisor sees their own district (and its sectors) as it
//     is: they may open those children's files anyway;
//   - everyone else, and a CPWO or supervisor at a level above their
//     district (the province, the nation), sees figures with counts below the
//     threshold hidden (suppression.ts);
//   - below the aggregate, another district (or its sectors) answers 404,
//     like a place that does not exist; a sector coordinator reads their sector only.

export type IndicatorView = 'full' | 'suppressed';

const DISTRICT_ROLES = new Set(['cpwo', 'supervisor']);

/** Line one of reading indicators: 403 without the permission; 404 for a place out of reach; otherwise how the figures are shown. */
export function indicatorViewFor(actor: Pick<Actor, 'role' | 'jurisdictionId'>, placeId: string): IndicatorView {
  assertCan(actor, 'indicators:read');
  if (placeInScope(actor, placeId)) return DISTRICT_ROLES.has(actor.role) && actor.jurisdictionId !== NATIONAL_PLACE_ID ? 'full' : 'suppressed';
  // Above one's own jurisdiction (the nation, one's province): the aggregate, small numbers hidden.
  const above = placeId === NATIONAL_PLACE_ID || actor.jurisdictionId.startsWith(placeId);
  if (above && DISTRICT_ROLES.has(actor.role)) return 'suppressed';
  throw notFound('place');
}

/** Line one of drawing and scoring a file audit: the district's CPWO or supervisor; another district's audit answers 404. */
export function assertMayManageFileAudit(actor: Pick<Actor, 'role' | 'jurisdictionId'>, districtId: string): void {
  assertCan(actor, 'file_audit:manage');
  if (!placeInScope(actor, districtId)) throw notFound('file audit');
}
