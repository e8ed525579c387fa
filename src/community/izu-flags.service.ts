import type { Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { assertCanFlagIncident, assertVillageOfVolunteer } from '../access/izu-access.js';
import type { AppContext } from '../context.js';
import type { DB } from '../db/schema.js';
import type { IzuInputChannel } from '../db/tables/community.js';
import { invalidField } from '../errors/app-error.js';
import { parseInput } from '../errors/parse-input.js';
import { deliverSms, type QueuedSms } from '../notifications/sms-outbox.js';
import { findPlaceForReport } from '../reports/report.repository.js';
import { recordReportIn } from '../reports/report.service.js';
import { incidentFlagInputSchema, type IncidentFlagInput } from './izu-flags.schemas.js';
import { insertIncidentFlag } from './izu-flags.repository.js';
import { ALWAYS_URGENT_FLAG_TYPES } from './izu-visit-vocabulary.js';

// Framework step 1 by a volunteer: an incident an IZU flags (web, SMS or
// USSD) becomes an incident report of the district register, channel 'izu',
// with its screening deadline (step 2). Every case of sexual abuse, and
// anything marked urgent, reaches the district's CPWO at once, in the app and
// by SMS (framework §6; step 3: a possible Tier 1 is reported at once).

const VILLAGE_LEVEL = 5;

export type IncidentFlagged = { reportId: string; reference: string };

/** Flags an incident in its own transaction and sends the CPWOs' SMS after the commit. */
export async function flagIncident(ctx: AppContext, actor: Actor, input: IncidentFlagInput, channel: IzuInputChannel): Promise<IncidentFlagged> {
  const { sms, ...flagged } = await ctx.database.db.transaction().execute((trx) => flagIncidentIn(trx, ctx, actor, input, channel));
  await deliverSms(ctx, sms);
  return flagged;
}

/**
 * Flags an incident in the caller's transaction (the SMS worker records the
 * inbound message and its result in one, for exactly-once). The caller
 * delivers `sms` after its commit (deliverSms).
 */
export async function flagIncidentIn(
  trx: Transaction<DB>,
  ctx: AppContext,
  actor: Actor,
  raw: IncidentFlagInput,
  channel: IzuInputChannel,
): Promise<IncidentFlagged & { sms: QueuedSms }> {
  assertCanFlagIncident(actor);
  const input = parseInput(incidentFlagInputSchema, raw);
  const villageId = input.villageId ?? actor.jurisdictionId;
  assertVillageOfVolunteer(actor, villageId);
  const village = await findPlaceForReport(trx, villageId);
  if (!village || village.level !== VILLAGE_LEVEL) throw invalidField('body.villageId', 'No such village', 'errors.place_not_found');
  const urgent = input.urgent || ALWAYS_URGENT_FLAG_TYPES.includes(input.type);
  const now = ctx.clock.now();

  const report = await recordReportIn(trx, ctx, actor, {
    values: {
      placeId: villageId,
      channel: 'izu',
      reporterUserId: actor.id,
      reporterName: null,
      // The volunteer hears of it in the app or in the answer to their SMS: no receipt SMS here.
      reporterPhone: null,
      reporterRelationship: null,
      childName: null,
      childSex: input.childSex ?? 'unknown',
      childAgeYears: input.childAgeYears ?? null,
      childDescription: null,
      whatHappened: input.description,
      incidentDate: null,
      incidentPlace: null,
    },
    auditFields: [
      'type',
      'urgent',
      'villageId',
      'description',
      ...(input.childSex ? ['childSex'] : []),
      ...(input.childAgeYears !== undefined ? ['childAgeYears'] : []),
    ],
    auditDetails: { channel: 'izu', via: channel, type: input.type },
    urgent,
  });
  await insertIncidentFlag(trx, { reportId: report.id, izuUserId: actor.id, type: input.type, urgent: input.urgent, via: channel, at: now });
  return { reportId: report.id, reference: report.reference, sms: report.sms };
}
