import type { Actor } from '../../access/actor.js';
import { assertCanCase, canCase, mayDecideTransfer, mayTransferToOrganisation, transferReceiverProblem } from '../../access/case-access.js';
import { appendAudit, appendListAudit } from '../../audit/audit.repository.js';
import type { AppContext } from '../../context.js';
import { leadCaseworkerRefusal } from '../intake/allocation.service.js';
import { SHARING_AGENCY_KINDS, type SharingAgencyKind } from '../case-vocabulary.js';
import { consentBasisFor } from '../intake/consent.repository.js';
import type { ConsentBasis } from '../intake/consent-rules.js';
import type { Db } from '../../db/database.js';
import { conflict, forbidden, invalidField, notFound } from '../../errors/app-error.js';
import type { Paging } from '../../http/paging.js';
import { cpwosOf } from '../../notifications/recipients.repository.js';
import { deliverSms, queueSms, type QueuedSms } from '../../notifications/sms-outbox.js';
import { moveChild } from '../../children/child.repository.js';
import { endCase } from '../closure/case-ending.js';
import { countOfCase } from '../followup-lists.repository.js';
import { findCaseById, recordCaseEvent } from '../case.repository.js';
import { assertCaseOpen, changeCase, readCaseSection } from '../case-change.js';
import { FOLLOWUP_EVENTS } from '../timeline.js';
import {
  decideTransfer,
  findActiveOrganisation,
  findPendingTransfer,
  findPlace,
  findReceiver,
  findTransfer,
  insertTransfer,
  listIncoming,
  listTransfers as listTransferRows,
  lockIncoming,
  moveCaseToDistrict,
  organisationReceivers,
} from './transfers.repository.js';
import type { RequestTransferInput, TransferRecord } from './transfers.schemas.js';
import { cancelOpenVisitTasks } from '../monitoring/visits.repository.js';
import { insertNotifications } from '../../notifications/notification.repository.js';

const notPending = (status: string) => conflict('The transfer has already been decided', 'errors.transfer_not_pending', { status });
const senderDecides = () => forbidden('The sender of a transfer cannot answer it: the receiving side does', 'errors.transfer_sender_cannot_decide');

const isSharingKind = (kind: string): kind is SharingAgencyKind => (SHARING_AGENCY_KINDS as readonly string[]).includes(kind);

/**
 * Law 058/2021: handing a case to an agency shares the child's file with it,
 * so it needs the consent that covers that kind of agency, or a recorded
 * vital interest of the child (Art. 9: who decided and why are on that
 * record; see src/cases/consent-rules.ts). Checked when the transfer is sent
 * and again when it is accepted (a consent withdrawn in between ends it).
 */
async function agencyTransferBasis(db: Db, caseId: string, organisation: { kind: string }): Promise<ConsentBasis> {
  const basis = isSharingKind(organisation.kind) ? await consentBasisFor(db, caseId, `share:${organisation.kind}`) : null;
  if (!basis) {
    throw conflict(
      "Handing the case to this agency needs the family's consent to share with this kind of agency (or a recorded vital interest of the child)",
      'errors.consent_required',
      { purpose: `share:${organisation.kind}` },
    );
  }
  return basis;
}

/** Tool 16: the CPWO sends the case to another district or agency; it waits for them to accept. */
export async function requestTransfer(ctx: AppContext, actor: Actor, caseId: string, input: RequestTransferInput): Promise<TransferRecord> {
  return changeCase(ctx, actor, caseId, 'case:transfer', async (trx, kase, now) => {
    assertCaseOpen(kase);
    let receivers: string[];
    let consentBasis: ConsentBasis | null = null;
    if (input.toDistrictId) {
      const district = await findPlace(trx, input.toDistrictId);
      if (!district || district.level !== 2) throw invalidField('body.toDistrictId', 'No such district', 'errors.place_not_found');
      if (input.toDistrictId === kase.districtId) {
        throw invalidField('body.toDistrictId', 'The case is already in this district', 'errors.transfer_same_district');
      }
      if (input.toPlaceId && !(await findPlace(trx, input.toPlaceId))) throw invalidField('body.toPlaceId', 'No such place', 'errors.place_not_found');
      receivers = (await cpwosOf(trx, input.toDistrictId)).map((u) => u.id);
    } else {
      const organisation = await findActiveOrganisation(trx, input.toOrganisationId!);
      if (!organisation) throw invalidField('body.toOrganisationId', 'No such active organisation', 'errors.organisation_not_found');
      if (!mayTransferToOrganisation(actor, organisation.id)) {
        throw invalidField(
          'body.toOrganisationId',
          'A case is transferred to another agency, not to your own organisation',
          'errors.transfer_own_organisation',
        );
      }
      if (!isSharingKind(organisation.kind)) {
        throw invalidField('body.toOrganisationId', "A district's office receives a case by a transfer to its district", 'errors.transfer_not_an_agency');
      }
      consentBasis = await agencyTransferBasis(trx, caseId, organisation);
      receivers = (await organisationReceivers(trx, input.toOrganisationId!)).filter((u) => canCase(u, 'transfer:receive')).map((u) => u.id);
    }
    const pending = await findPendingTransfer(trx, caseId);
    if (pending) throw conflict('A transfer of this case is already waiting for an answer', 'errors.transfer_pending');
    const id = await insertTransfer(trx, {
      caseId,
      fromDistrictId: kase.districtId,
      fromPlaceId: kase.placeId,
      toDistrictId: input.toDistrictId ?? null,
      toPlaceId: input.toDistrictId ? (input.toPlaceId ?? null) : null,
      toOrganisationId: input.toOrganisationId ?? null,
      reason: input.reason,
      requestedBy: actor.id,
      at: now,
    });
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: FOLLOWUP_EVENTS.transferRequested,
      refTable: 'case_transfers',
      refId: id,
      summary: input.toDistrictId ? { toDistrictId: input.toDistrictId } : { toOrganisationId: input.toOrganisationId, consentBasis },
    });
    for (const userId of receivers) {
      await insertNotifications(
        trx,
        [{ userId, kind: 'transfer', messageKey: 'notifications.transfer_incoming', params: { caseCode: kase.caseCode, transferId: id } }],
        now,
      );
    }
    await appendAudit(
      trx,
      actor,
      {
        action: 'case.transfer.request',
        entityType: 'case',
        entityId: caseId,
        fields: ['toDistrictId', 'toPlaceId', 'toOrganisationId', 'reason'],
        details: { transferId: id, ...(consentBasis && { consentBasis }) },
      },
      now,
    );
    return (await findTransfer(trx, id))!;
  });
}

export async function listTransfers(ctx: AppContext, actor: Actor, caseId: string, paging: Paging) {
  return readCaseSection(ctx, actor, caseId, 'transfers', async (trx) => ({
    items: await listTransferRows(trx, actor, caseId, paging),
    total: await countOfCase(trx, 'case_transfers', caseId),
    ...paging,
  }));
}

/** Pending transfers sent to the actor's district (CPWO) or agency. */
export async function listIncomingTransfers(ctx: AppContext, actor: Actor, paging: Paging) {
  assertCanCase(actor, 'transfer:receive');
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const { items, total } = await listIncoming(trx, actor, paging);
    await appendListAudit(
      trx,
      actor,
      {
        action: 'transfer.list_incoming',
        entityType: 'case_transfer',
        ids: items.map((i) => i.id),
        fields: ['caseCode', 'childCode', 'reason'],
        details: { page: paging.page },
      },
      now,
    );
    return { items, total, ...paging };
  });
}

/**
 * The receiving side accepts. A district transfer moves the case there, with
 * the accepting CPWO as lead; a transfer to an agency hands the case over
 * (stage 'transferred': it leaves district case management, its history stays).
 */
export async function acceptTransfer(ctx: AppContext, actor: Actor, transferId: string, input: { toPlaceId?: string }): Promise<TransferRecord> {
  assertCanCase(actor, 'transfer:receive');
  const now = ctx.clock.now();
  let sms: QueuedSms = [];
  const result = await ctx.database.db.transaction().execute(async (trx) => {
    const transfer = await lockIncoming(trx, actor, transferId);
    if (!transfer) throw notFound('transfer');
    if (!mayDecideTransfer(actor, { requestedBy: transfer.requested_by })) throw senderDecides();
    if (transfer.status !== 'pending') throw notPending(transfer.status);
    const kase = (await findCaseById(trx, transfer.case_id, true))!;
    assertCaseOpen(kase);
    // The one who accepts takes the case on: the lead caseworker's rules, read from their account now.
    const receiver = (await findReceiver(trx, actor.id))!;
    const receiverProblem = (placeId: string) => transferReceiverProblem(receiver, { toDistrictId: transfer.to_district_id }, placeId);
    let consentBasis: ConsentBasis | null = null;
    if (transfer.to_district_id) {
      const placeId = input.toPlaceId ?? transfer.to_place_id ?? transfer.to_district_id;
      if (!placeId.startsWith(transfer.to_district_id) || !(await findPlace(trx, placeId))) {
        throw invalidField('body.toPlaceId', 'The place must be in the receiving district', 'errors.place_not_found');
      }
      const problem = receiverProblem(placeId);
      if (problem) throw leadCaseworkerRefusal(problem);
      await decideTransfer(trx, transferId, { status: 'accepted', by: actor.id, at: now, reason: null, toPlaceId: placeId });
      await moveCaseToDistrict(trx, kase.id, { districtId: transfer.to_district_id, placeId, leadId: actor.id, supervisorId: actor.supervisorId, at: now });
      // The sending village's IZU no longer follow the child.
      for (const task of await cancelOpenVisitTasks(trx, kase.id, now)) {
        await insertNotifications(
          trx,
          [{ userId: task.izuUserId, kind: 'visit_task', messageKey: 'notifications.visit_task_cancelled', params: { taskId: task.id } }],
          now,
        );
      }
      // The child lives where the case now is: their place follows (its history kept), and with it
      // which district finds and sees the child (childScope). Counts and deadlines follow the case
      // row (the case_month_counts trigger, moveCaseToDistrict).
      const moved = await moveChild(trx, {
        childId: kase.childId,
        toDistrictId: transfer.to_district_id,
        toPlaceId: placeId,
        by: actor.id,
        at: now,
        caseId: kase.id,
        transferId,
      });
      if (moved) {
        await appendAudit(
          trx,
          actor,
          {
            action: 'child.move',
            entityType: 'child',
            entityId: kase.childId,
            fields: ['districtId', 'placeId'],
            details: { caseId: kase.id, transferId },
          },
          now,
        );
      }
    } else {
      const problem = receiverProblem(kase.placeId);
      if (problem) throw leadCaseworkerRefusal(problem);
      const organisation = await findActiveOrganisation(trx, transfer.to_organisation_id!);
      if (!organisation) throw conflict('The receiving organisation is no longer active', 'errors.organisation_not_found');
      consentBasis = await agencyTransferBasis(trx, kase.id, organisation);
      await decideTransfer(trx, transferId, { status: 'accepted', by: actor.id, at: now, reason: null });
      sms = await queueSms(trx, ctx, await endCase(trx, kase, { stage: 'transferred', reason: 'transferred', actorId: actor.id, at: now }));
    }
    await recordCaseEvent(trx, {
      caseId: kase.id,
      actorId: actor.id,
      at: now,
      kind: FOLLOWUP_EVENTS.transferAccepted,
      refTable: 'case_transfers',
      refId: transferId,
      summary: transfer.to_district_id
        ? { toDistrictId: transfer.to_district_id }
        : { toOrganisationId: transfer.to_organisation_id, stage: 'transferred', consentBasis },
    });
    await insertNotifications(
      trx,
      [{ userId: transfer.requested_by, kind: 'transfer', messageKey: 'notifications.transfer_accepted', params: { caseCode: kase.caseCode, transferId } }],
      now,
    );
    await appendAudit(
      trx,
      actor,
      {
        action: 'case.transfer.accept',
        entityType: 'case',
        entityId: kase.id,
        fields: transfer.to_district_id ? ['districtId', 'placeId', 'leadCaseworkerId', 'supervisorId'] : ['stage', 'closedAt', 'closureReason'],
        details: { transferId, ...(consentBasis && { consentBasis }) },
      },
      now,
    );
    return (await findTransfer(trx, transferId))!;
  });
  await deliverSms(ctx, sms);
  return result;
}

export async function declineTransfer(ctx: AppContext, actor: Actor, transferId: string, input: { reason: string }): Promise<TransferRecord> {
  assertCanCase(actor, 'transfer:receive');
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const transfer = await lockIncoming(trx, actor, transferId);
    if (!transfer) throw notFound('transfer');
    if (!mayDecideTransfer(actor, { requestedBy: transfer.requested_by })) throw senderDecides();
    if (transfer.status !== 'pending') throw notPending(transfer.status);
    const kase = (await findCaseById(trx, transfer.case_id))!;
    await decideTransfer(trx, transferId, { status: 'declined', by: actor.id, at: now, reason: input.reason });
    await recordCaseEvent(trx, {
      caseId: kase.id,
      actorId: actor.id,
      at: now,
      kind: FOLLOWUP_EVENTS.transferDeclined,
      refTable: 'case_transfers',
      refId: transferId,
    });
    await insertNotifications(
      trx,
      [
        {
          userId: transfer.requested_by,
          kind: 'transfer',
          messageKey: 'notifications.transfer_declined',
          params: { caseCode: kase.caseCode, transferId },
          caseId: kase.id,
        },
      ],
      now,
    );
    await appendAudit(
      trx,
      actor,
      { action: 'case.transfer.decline', entityType: 'case', entityId: kase.id, fields: ['status', 'decisionReason'], details: { transferId } },
      now,
    );
    return (await findTransfer(trx, transferId))!;
  });
}

/** The sending CPWO takes back a transfer that is still waiting. */
export async function cancelTransfer(ctx: AppContext, actor: Actor, caseId: string, transferId: string): Promise<TransferRecord> {
  return changeCase(ctx, actor, caseId, 'case:transfer', async (trx, _kase, now) => {
    const transfer = await findTransfer(trx, transferId);
    if (!transfer || transfer.caseId !== caseId) throw notFound('transfer');
    if (transfer.status !== 'pending') throw notPending(transfer.status);
    await decideTransfer(trx, transferId, { status: 'cancelled', by: actor.id, at: now, reason: null });
    await recordCaseEvent(trx, { caseId, actorId: actor.id, at: now, kind: FOLLOWUP_EVENTS.transferCancelled, refTable: 'case_transfers', refId: transferId });
    await appendAudit(trx, actor, { action: 'case.transfer.cancel', entityType: 'case', entityId: caseId, fields: ['status'], details: { transferId } }, now);
    return (await findTransfer(trx, transferId))!;
  });
}
