import type { Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { assertCanLogHouseholdVisit, assertCanReadHouseholdVisits, assertRegistryPlaceInScope, readsOwnHouseholdVisits } from '../access/izu-access.js';
import { appendAudit, appendListAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import type { DB } from '../db/schema.js';
import type { IzuInputChannel } from '../db/tables/community.js';
import { localDateOf } from '../deadlines/local-time.js';
import { invalidField } from '../errors/app-error.js';
import { parseInput } from '../errors/parse-input.js';
import { householdVisitInputSchema, type HouseholdVisitInput, type HouseholdVisitQuery } from './household-visits.schemas.js';
import { insertHouseholdVisit, listHouseholdVisits as listVisitRows, summariseHouseholdVisits } from './household-visits.repository.js';

// The household visits an IZU makes (framework §6: identify children at risk
// early, 8-10 visits a month), by web, SMS or USSD. A household is a code,
// never a name; coordinators and the district's CPWO read the visits of their
// villages as statistics and household codes.

/** Logs a household visit in its own transaction. */
export async function logHouseholdVisit(ctx: AppContext, actor: Actor, input: HouseholdVisitInput, channel: IzuInputChannel): Promise<{ id: string }> {
  return ctx.database.db.transaction().execute((trx) => logHouseholdVisitIn(trx, ctx, actor, input, channel));
}

/** Logs a household visit in the caller's transaction (the SMS worker's, with the inbound message). */
export async function logHouseholdVisitIn(
  trx: Transaction<DB>,
  ctx: AppContext,
  actor: Actor,
  raw: HouseholdVisitInput,
  channel: IzuInputChannel,
): Promise<{ id: string }> {
  assertCanLogHouseholdVisit(actor);
  const input = parseInput(householdVisitInputSchema, raw);
  const now = ctx.clock.now();
  if (input.visitedOn > localDateOf(now, ctx.config.timeZone)) {
    throw invalidField('body.visitedOn', 'A visit cannot be logged before it happens', 'errors.date_in_future');
  }
  const id = await insertHouseholdVisit(trx, {
    izuUserId: actor.id,
    // A volunteer visits in their own village (their jurisdiction).
    villageId: actor.jurisdictionId,
    householdCode: input.householdCode,
    visitedOn: input.visitedOn,
    childrenSeen: input.childrenSeen,
    concerns: [...new Set(input.concerns)],
    note: input.note ?? null,
    via: channel,
    at: now,
  });
  await appendAudit(
    trx,
    actor,
    {
      action: 'izu.household_visit.log',
      entityType: 'household_visit',
      entityId: id,
      fields: ['householdCode', 'visitedOn', 'childrenSeen', 'concerns', ...(input.note ? ['note'] : [])],
      details: { via: channel },
    },
    now,
  );
  return { id };
}

/** The place a reader asked for, checked in their jurisdiction (404 outside), or their jurisdiction itself. */
function placeOf(actor: Actor, placeId: string | undefined): string {
  const place = placeId ?? actor.jurisdictionId;
  assertRegistryPlaceInScope(actor, place);
  return place;
}

/** A volunteer's own visits, or (coordinators, CPWO) a place's: a page, newest first; the note only to its author. */
export async function listHouseholdVisits(ctx: AppContext, actor: Actor, query: HouseholdVisitQuery) {
  assertCanReadHouseholdVisits(actor);
  const placeId = readsOwnHouseholdVisits(actor) ? undefined : placeOf(actor, query.placeId);
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const { items, total } = await listVisitRows(trx, actor, { placeId, from: query.from, to: query.to }, query);
    await appendListAudit(
      trx,
      actor,
      {
        action: 'izu.household_visit.list',
        entityType: 'household_visit',
        ids: items.map((i) => i.id),
        fields: ['householdCode', 'visitedOn', 'childrenSeen', 'concerns', ...(items.some((i) => i.note !== null) ? ['note'] : [])],
        details: { page: query.page, ...(placeId ? { placeId } : {}) },
      },
      now,
    );
    return { items, total, page: query.page, pageSize: query.pageSize };
  });
}

/** Statistics of a place's household visits for coordinators and the CPWO (no note, no volunteer). */
export async function summariseVisits(ctx: AppContext, actor: Actor, query: Omit<HouseholdVisitQuery, 'page' | 'pageSize'>) {
  assertCanReadHouseholdVisits(actor);
  const placeId = placeOf(actor, query.placeId);
  const summary = await summariseHouseholdVisits(ctx.database.db, actor, { placeId, from: query.from, to: query.to });
  return { placeId, ...summary };
}
