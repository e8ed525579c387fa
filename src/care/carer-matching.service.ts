import type { Actor } from '../access/actor.js';
import { assertCanReadCarers } from '../access/care-access.js';
import { appendAudit } from '../audit/audit.repository.js';
import { readCaseSection } from '../cases/case-change.js';
import { assertCanCase } from '../access/case-access.js';
import type { AppContext } from '../context.js';
import { ageOn } from './care-vocabulary.js';
import { carerMatches } from './carer-matching.repository.js';
import { childFacts, today } from './placement-rules.js';

const DISTANCES = ['village', 'cell', 'sector', 'district'] as const;

/** Suggested carers for the case's child (the caseworker then records the decision and its reasons with the placement). */
export async function suggestCarers(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  query: { careForm: 'emergency_foster_care' | 'long_term_foster_care'; siblingGroup: number },
) {
  assertCanCase(actor, 'case:work');
  assertCanReadCarers(actor);
  return readCaseSection(ctx, actor, caseId, 'carer_matches', async (trx, kase, now) => {
    const child = await childFacts(trx, kase.childId);
    const day = today(ctx, now);
    const age = ageOn(child.dateOfBirth, day);
    const rows = await carerMatches(trx, actor, {
      childPlaceId: child.placeId,
      districtId: kase.districtId,
      age,
      siblingGroup: query.siblingGroup,
      emergency: query.careForm === 'emergency_foster_care',
      on: day,
      limit: 20,
    });
    await appendAudit(
      trx,
      actor,
      { action: 'carer.match', entityType: 'foster_carer', fields: ['matches'], details: { caseId, listedIds: rows.map((r) => r.carerId) } },
      now,
    );
    return {
      childAge: age,
      items: rows.map(({ villageId, villageName, distance, ...r }) => ({
        ...r,
        village: { id: villageId, name: villageName },
        distance: DISTANCES[distance]!,
      })),
    };
  });
}
