import type { Transaction } from 'kysely';
import { localDateOf } from '../../deadlines/local-time.js';
import type { Actor } from '../../access/actor.js';
import { assertCanCase } from '../../access/case-access.js';
import { placeInScope } from '../../access/policy.js';
import { appendAudit } from '../../audit/audit.repository.js';
import { ADULT_AGE, ageOn, estimatedBirthDate } from '../../children/child-age.js';
import { caseCodeOf, generateChildCode } from '../../children/child-code.js';
import { nameSearchKey } from '../../children/child-name.js';
import { childCodeTaken, countChildrenInScope, findChildInScope, insertChild, insertHouseholdMembers } from '../../children/child.repository.js';
import type { HouseholdMemberInput, NewChildInput } from '../../children/child.schemas.js';
import { rankMatches } from '../../children/child.service.js';
import type { AppContext } from '../../context.js';
import type { DB } from '../../db/schema.js';
import { conflict, invalidField, notFound } from '../../errors/app-error.js';
import { findPlacesByIds } from '../../places/place.repository.js';
import { onCaseOpened } from '../case-deadlines.js';
import { recordCaseEvent } from '../case.repository.js';
import type { IntakeInput } from './intake.schemas.js';
import { insertCase, markReportCaseOpened, nextCaseNumber } from './intake.repository.js';
import { lockReport } from '../../reports/report.repository.js';

// Framework step 4, intake: the CPWO opens the case file of a screened VENA
// report, for a child already known to Rinda or a new one; the case gets its
// ID (docs/identifiers.md). The case starts at stage 'intake' and moves to
// 'assessment' once consent and the lead caseworker are recorded.

const VILLAGE_LEVEL = 5;
const ATTEMPTS = 3;

/** A new child's birth date: given, or estimated from the age; a child is under 18 and born already. */
function birthDateOf(child: Pick<NewChildInput, 'dateOfBirth' | 'ageYears'>, today: string): { dateOfBirth: string; estimated: boolean } {
  if (child.dateOfBirth && child.ageYears !== undefined) {
    throw invalidField('body.child.ageYears', 'Give a birth date or an estimated age, not both', 'errors.birth_date_or_age');
  }
  if (child.dateOfBirth) {
    if (child.dateOfBirth > today) throw invalidField('body.child.dateOfBirth', 'The birth date is in the future', 'errors.birth_date_in_future');
    if (ageOn(child.dateOfBirth, today) >= ADULT_AGE) {
      throw invalidField('body.child.dateOfBirth', 'A person of 18 or more is not a child', 'errors.child_over_18');
    }
    return { dateOfBirth: child.dateOfBirth, estimated: false };
  }
  if (child.ageYears === undefined) {
    throw invalidField('body.child.dateOfBirth', 'Give a birth date or an estimated age', 'errors.birth_date_or_age');
  }
  if (child.ageYears >= ADULT_AGE) throw invalidField('body.child.ageYears', 'A person of 18 or more is not a child', 'errors.child_over_18');
  return { dateOfBirth: estimatedBirthDate(child.ageYears, today), estimated: true };
}

function checkHousehold(household: HouseholdMemberInput[], at: string): void {
  household.forEach((m, i) => {
    if (m.siblingChildId && m.relationship !== 'sibling') {
      throw invalidField(`${at}.${i}.siblingChildId`, 'Only a sibling links to a child record', 'errors.sibling_relationship');
    }
  });
}

/** Sibling child records named in a household must exist and be in the actor's scope. */
async function checkSiblings(trx: Transaction<DB>, actor: Actor, household: HouseholdMemberInput[], at: string): Promise<void> {
  const siblingIds = [...new Set(household.flatMap((m) => (m.siblingChildId ? [m.siblingChildId] : [])))];
  if ((await countChildrenInScope(trx, actor, siblingIds)) !== siblingIds.length) {
    throw invalidField(at, 'A sibling child record was not found', 'errors.sibling_child_not_found');
  }
}

function reportRefusal(report: { status: string; isVena: boolean | null }) {
  if (report.status === 'new') return conflict('The report has not been screened: screen it first (framework step 3)', 'errors.report_not_screened');
  if (report.isVena !== true) return conflict('The report is not VENA: it goes to early intervention, not to a case', 'errors.report_not_vena');
  if (report.status === 'case_opened') return conflict('A case is already open for this report', 'errors.report_case_already_opened');
  if (report.status !== 'screened') return conflict('The report is closed', 'errors.report_closed');
  return null;
}

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === '23505';
}

export async function openCase(ctx: AppContext, actor: Actor, reportId: string, input: IntakeInput) {
  assertCanCase(actor, 'case:open');
  if (!!input.childId === !!input.child) {
    throw invalidField('body.child', 'Give either an existing childId or a new child', 'errors.intake_child_required');
  }
  if (input.household && !input.childId) {
    throw invalidField('body.household', "A new child's household goes in child.household", 'errors.household_with_new_child');
  }
  const addedHousehold = input.household ?? [];
  checkHousehold(addedHousehold, 'body.household');
  const now = ctx.clock.now();
  const today = localDateOf(now, ctx.config.timeZone);
  const newChild = input.child;
  const birth = newChild ? birthDateOf(newChild, today) : null;
  if (newChild) checkHousehold(newChild.household, 'body.child.household');

  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.database.db.transaction().execute(async (trx) => {
        const report = await lockReport(trx, actor, reportId);
        if (!report) throw notFound('report');
        const refusal = reportRefusal(report);
        if (refusal) throw refusal;

        let child: { id: string; code: string; districtId: string; placeId: string };
        if (input.childId) {
          const found = await findChildInScope(trx, actor, { id: input.childId }, today);
          if (!found) throw notFound('child');
          child = { id: found.id, code: found.childCode, districtId: found.districtId, placeId: found.placeId };
          if (addedHousehold.length) {
            // People met at intake who are not yet on the child's record (a new caregiver, say).
            await checkSiblings(trx, actor, addedHousehold, 'body.household');
            await insertHouseholdMembers(trx, found.id, addedHousehold, now);
            await appendAudit(
              trx,
              actor,
              {
                action: 'child.update',
                entityType: 'child',
                entityId: found.id,
                fields: ['household'],
                details: { householdMembersAdded: addedHousehold.length },
              },
              now,
            );
          }
        } else {
          const c = newChild!;
          const [place] = await findPlacesByIds(trx, [c.placeId]);
          if (!place) throw invalidField('body.child.placeId', 'No such place', 'errors.place_not_found');
          if (place.level !== VILLAGE_LEVEL) throw invalidField('body.child.placeId', 'Give the village where the child lives', 'errors.place_not_village');
          if (!placeInScope(actor, c.placeId)) {
            throw invalidField('body.child.placeId', 'The village is outside your jurisdiction', 'errors.place_out_of_scope');
          }
          await checkSiblings(trx, actor, c.household, 'body.child.household');
          if (!input.confirmNotDuplicate) {
            const matches = (await rankMatches(trx, actor, { ...c, birthDate: birth!.dateOfBirth, birthDateEstimated: birth!.estimated }, today)).filter(
              (m) => m.likely,
            );
            if (matches.length) {
              throw conflict(
                'This child may already have a file: check the likely matches, then confirm that this is a different child',
                'errors.possible_duplicate_child',
                { matches: matches.map((m) => ({ childId: m.childId, childCode: m.childCode, score: m.score })) },
              );
            }
          }
          const districtId = c.placeId.slice(0, 2);
          let code = generateChildCode(districtId);
          while (await childCodeTaken(trx, code)) code = generateChildCode(districtId);
          const id = await insertChild(trx, {
            childCode: code,
            districtId,
            placeId: c.placeId,
            givenName: c.givenName,
            familyName: c.familyName ?? null,
            otherNames: c.otherNames ?? null,
            searchName: nameSearchKey(c.givenName, c.familyName, c.otherNames),
            sex: c.sex,
            dateOfBirth: birth!.dateOfBirth,
            birthDateEstimated: birth!.estimated,
            disability: c.disability,
            disabilityNote: c.disabilityNote ?? null,
            refugeeStatus: c.refugeeStatus,
            createdBy: actor.id,
            now,
          });
          await insertHouseholdMembers(trx, id, c.household, now);
          await appendAudit(
            trx,
            actor,
            {
              action: 'child.create',
              entityType: 'child',
              entityId: id,
              fields: ['names', 'sex', 'dateOfBirth', 'disability', 'refugeeStatus', 'place', ...(c.household.length ? ['household'] : [])],
              details: { householdMembers: c.household.length, birthDateEstimated: birth!.estimated },
            },
            now,
          );
          child = { id, code, districtId, placeId: c.placeId };
        }

        const caseCode = caseCodeOf(child.code, await nextCaseNumber(trx, child.id));
        const kase = {
          caseCode,
          childId: child.id,
          reportId: report.id,
          districtId: child.districtId,
          placeId: child.placeId,
          tier: report.tier!,
          caseTypes: report.caseTypes,
        };
        const caseId = await insertCase(trx, { ...kase, openedBy: actor.id, now });
        await markReportCaseOpened(trx, report.id, caseId, child.id, now);
        await recordCaseEvent(trx, {
          caseId,
          actorId: actor.id,
          at: now,
          kind: 'case.opened',
          refTable: 'incident_reports',
          refId: report.id,
          summary: { caseCode, childCode: child.code, newChild: !input.childId, tier: kase.tier, caseTypes: kase.caseTypes },
        });
        await appendAudit(
          trx,
          actor,
          {
            action: 'case.open',
            entityType: 'case',
            entityId: caseId,
            fields: ['child', 'report', 'tier', 'caseTypes'],
            details: { reportId: report.id, childId: child.id, newChild: !input.childId },
          },
          now,
        );
        await onCaseOpened(ctx, trx, { id: caseId, reportId: report.id, districtId: kase.districtId, tier: kase.tier }, now);
        return { caseId, caseCode, childId: child.id, childCode: child.code, newChild: !input.childId, stage: 'intake' as const };
      });
    } catch (err) {
      // Two intakes drew the same child code or case number at once: draw again.
      if (attempt < ATTEMPTS && isUniqueViolation(err)) continue;
      throw err;
    }
  }
}
