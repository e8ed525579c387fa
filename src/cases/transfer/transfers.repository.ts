import { sql, type Transaction } from 'kysely';
import type { Actor } from '../../access/actor.js';
import { caseRecordScope, incomingTransferScope } from '../../access/case-access.js';
import type { CaseType } from '../case-vocabulary.js';
import type { DB } from '../../db/schema.js';
import { offsetOf, type Paging } from '../../http/paging.js';
import { userNames } from '../followup-lists.repository.js';
import type { Db } from '../../db/database.js';
import { userRef, userRefOrNull } from '../followup.schemas.js';
import type { TransferRecord } from './transfers.schemas.js';

function selectTransfers(db: Db) {
  return db
    .selectFrom('case_transfers as tr')
    .innerJoin('places as fd', 'fd.id', 'tr.from_district_id')
    .leftJoin('places as td', 'td.id', 'tr.to_district_id')
    .leftJoin('organisations as o', 'o.id', 'tr.to_organisation_id')
    .selectAll('tr')
    .select(['fd.name as fromDistrictName', 'td.name as toDistrictName', 'o.name as toOrganisationName']);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectTransfers>['execute']>>[number];

async function toRecords(db: Db, rows: Row[]): Promise<TransferRecord[]> {
  const names = await userNames(
    db,
    rows.flatMap((r) => [r.requested_by, r.decided_by]),
  );
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    from: { districtId: r.from_district_id, districtName: r.fromDistrictName, placeId: r.from_place_id },
    to: {
      districtId: r.to_district_id,
      districtName: r.toDistrictName,
      placeId: r.to_place_id,
      organisationId: r.to_organisation_id,
      organisationName: r.toOrganisationName,
    },
    reason: r.reason,
    requestedBy: userRef(names, r.requested_by),
    requestedAt: r.requested_at.toISOString(),
    status: r.status,
    decidedBy: userRefOrNull(names, r.decided_by),
    decidedAt: r.decided_at?.toISOString() ?? null,
    decisionReason: r.decision_reason,
  }));
}

export async function listTransfers(db: Db, actor: Actor, caseId: string, paging?: Paging): Promise<TransferRecord[]> {
  const rows = await selectTransfers(db)
    .where('tr.case_id', '=', caseId)
    .where(caseRecordScope(actor, 'tr.case_id'))
    .orderBy('tr.requested_at', 'desc')
    .orderBy('tr.id')
    .$if(!!paging, (q) => q.limit(paging!.pageSize).offset(offsetOf(paging!)))
    .execute();
  return toRecords(db, rows);
}

// Unscoped: reached through a scoped record (a case in the actor's scope, or lockIncoming).
export async function findTransfer(db: Db, id: string): Promise<TransferRecord | undefined> {
  return (await toRecords(db, await selectTransfers(db).where('tr.id', '=', id).execute()))[0];
}

/** Pending transfers sent to the actor's district or agency, oldest first. */
export async function listIncoming(db: Db, actor: Actor, paging: Paging) {
  const pending = db.selectFrom('case_transfers as tr').where('tr.status', '=', 'pending').where(incomingTransferScope(actor));
  const { total } = await pending.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  const rows = await selectTransfers(db)
    .innerJoin('cases as c', 'c.id', 'tr.case_id')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .select(['c.case_code as caseCode', 'ch.child_code as childCode', 'c.tier', 'c.case_types as caseTypes', 'c.stage'])
    .where('tr.status', '=', 'pending')
    .where(incomingTransferScope(actor))
    .orderBy('tr.requested_at')
    .orderBy('tr.id')
    .limit(paging.pageSize)
    .offset(offsetOf(paging))
    .execute();
  const records = await toRecords(db, rows);
  const items = records.map((r, i) => {
    const row = rows[i]!;
    return { ...r, caseCode: row.caseCode, childCode: row.childCode, tier: row.tier, caseTypes: row.caseTypes as CaseType[], stage: row.stage };
  });
  return { items, total };
}

/** The transfer, locked, if it was sent to the actor's district or agency (whatever its status). */
export async function lockIncoming(trx: Transaction<DB>, actor: Actor, id: string) {
  return trx.selectFrom('case_transfers as tr').selectAll('tr').where('tr.id', '=', id).where(incomingTransferScope(actor)).forUpdate().executeTakeFirst();
}

/** The transfer of the case still waiting for an answer, if any (one at a time). Unscoped: called inside changeCase, with the case it locked in the actor's scope. */
export async function findPendingTransfer(db: Db, caseId: string) {
  return db.selectFrom('case_transfers').select('id').where('case_id', '=', caseId).where('status', '=', 'pending').executeTakeFirst();
}

export async function insertTransfer(
  trx: Transaction<DB>,
  v: {
    caseId: string;
    fromDistrictId: string;
    fromPlaceId: string;
    toDistrictId: string | null;
    toPlaceId: string | null;
    toOrganisationId: string | null;
    reason: string;
    requestedBy: string;
    at: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('case_transfers')
    .values({
      case_id: v.caseId,
      from_district_id: v.fromDistrictId,
      from_place_id: v.fromPlaceId,
      to_district_id: v.toDistrictId,
      to_place_id: v.toPlaceId,
      to_organisation_id: v.toOrganisationId,
      reason: v.reason,
      requested_by: v.requestedBy,
      requested_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function decideTransfer(
  trx: Transaction<DB>,
  id: string,
  d: { status: 'accepted' | 'declined' | 'cancelled'; by: string; at: Date; reason: string | null; toPlaceId?: string },
): Promise<void> {
  await trx
    .updateTable('case_transfers')
    .set({ status: d.status, decided_by: d.by, decided_at: d.at, decision_reason: d.reason, ...(d.toPlaceId && { to_place_id: d.toPlaceId }) })
    .where('id', '=', id)
    .execute();
}

/** Moves the case to the receiving district: place, open deadlines, and the accepting CPWO as lead. */
export async function moveCaseToDistrict(
  trx: Transaction<DB>,
  caseId: string,
  v: { districtId: string; placeId: string; leadId: string; supervisorId: string | null; at: Date },
): Promise<void> {
  await trx
    .updateTable('cases')
    .set({ district_id: v.districtId, place_id: v.placeId, lead_caseworker_id: v.leadId, supervisor_id: v.supervisorId, updated_at: v.at })
    .where('id', '=', caseId)
    .execute();
  await trx.updateTable('deadlines').set({ district_id: v.districtId }).where('case_id', '=', caseId).where('met_at', 'is', null).execute();
}

export async function findPlace(db: Db, id: string) {
  return db.selectFrom('places').select(['id', 'level']).where('id', '=', id).executeTakeFirst();
}

export async function findActiveOrganisation(db: Db, id: string) {
  return db.selectFrom('organisations').select(['id', 'kind']).where('id', '=', id).where('active', '=', true).executeTakeFirst();
}

/** What the lead-caseworker rules read of the user who accepts a transfer (from the database, not the session). */
export async function findReceiver(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'role', 'active', 'training_completed_on as trainingCompletedOn', 'jurisdiction_id as jurisdictionId', 'supervisor_id as supervisorId'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** The active staff of an agency (the service keeps those who may receive transfers). */
export async function organisationReceivers(db: Db, organisationId: string) {
  return db.selectFrom('users').select(['id', 'role']).where('organisation_id', '=', organisationId).where('active', '=', true).execute();
}
