import type { Actor } from '../../access/actor.js';
import { assertCanCase } from '../../access/case-access.js';
import { appendAudit } from '../../audit/audit.repository.js';
import type { AppContext } from '../../context.js';
import { conflict, invalidField, notFound } from '../../errors/app-error.js';
import { assertCaseOpen, changeCase, iso } from '../case-change.js';
import { recordCaseEvent } from '../case.repository.js';
import { invitableUserIds } from '../case-people.repository.js';
import { consentBasisFor } from '../intake/consent.repository.js';
import {
  findConferenceVisible,
  findParticipant,
  insertConference,
  listInvitations,
  lockConferenceCaseInScope,
  setConferenceFields,
  signAgreement,
  type ConferenceRow,
} from './conference.repository.js';
import type { ConferenceInput, ConferenceUpdate } from './conference.schemas.js';
import { isOpen } from '../case-stage.js';
import { insertNotifications } from '../../notifications/notification.repository.js';

// Case conferences (framework 3.6, tools 8 and 11): family, internal or
// inter-agency, at any step. Sharing the case with participants needs consent
// for 'case_conference' (or a recorded vital interest). Each participant's
// confidentiality agreement is on record before they see anything: a user
// signs in the app; an outside person's paper signature is recorded.

export function conferenceView(c: ConferenceRow) {
  return {
    ...c,
    heldAt: iso(c.heldAt),
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    participants: c.participants.map((p) => ({ ...p, agreementSignedAt: p.agreementSignedAt ? iso(p.agreementSignedAt) : null })),
  };
}

export async function createConference(ctx: AppContext, actor: Actor, caseId: string, input: ConferenceInput) {
  input.participants.forEach((p, i) => {
    if (!!p.userId === !!p.name)
      throw invalidField(`body.participants.${i}`, 'A participant is a user (userId) or an outside person (name)', 'errors.participant_invalid');
    if (p.userId && p.agreementSignedOnPaper) {
      throw invalidField(`body.participants.${i}.agreementSignedOnPaper`, 'A user signs the agreement in the app', 'errors.participant_signs_in_app');
    }
  });
  const userIds = input.participants.flatMap((p) => (p.userId ? [p.userId] : []));
  if (new Set(userIds).size !== userIds.length) throw invalidField('body.participants', 'A user is listed twice', 'errors.participant_repeated');

  const id = await changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    const basis = await consentBasisFor(trx, kase.id, 'case_conference');
    if (!basis) {
      throw conflict("Sharing the case in a conference needs the family's consent (or a recorded vital interest of the child)", 'errors.consent_required', {
        purpose: 'case_conference',
      });
    }
    // A participant who signs reads the case: only users the access module
    // lets the actor bring into this case (another district's staff, a
    // deactivated account or an id of no user are all refused alike).
    const invitable = await invitableUserIds(trx, kase, userIds);
    input.participants.forEach((p, i) => {
      if (p.userId && !invitable.has(p.userId)) {
        throw invalidField(`body.participants.${i}.userId`, 'No user you may invite to this case has this id', 'errors.participant_user_not_found');
      }
    });
    const id = await insertConference(trx, { caseId: kase.id, input, consentBasis: basis, by: actor.id, at: now });
    const invited = userIds.filter((u) => u !== actor.id);
    if (invited.length) {
      await insertNotifications(
        trx,
        invited.map((u) => ({
          userId: u,
          kind: 'conference.invited',
          messageKey: 'notifications.conference_invitation',
          // No case code: an invitee sees nothing of the case before signing.
          params: { conferenceId: id, type: input.type, heldAt: new Date(input.heldAt).toISOString() },
        })),
        now,
      );
    }
    await recordCaseEvent(trx, {
      caseId: kase.id,
      actorId: actor.id,
      at: now,
      kind: 'conference.recorded',
      refTable: 'case_conferences',
      refId: id,
      summary: { type: input.type, participants: input.participants.length, decisions: input.decisions.length, consentBasis: basis },
    });
    await appendAudit(
      trx,
      actor,
      { action: 'conference.create', entityType: 'case', entityId: kase.id, fields: ['conference'], details: { conferenceId: id, consentBasis: basis } },
      now,
    );
    return id;
  });
  return conferenceView((await findConferenceVisible(ctx.database.db, actor, id))!);
}

export async function updateConference(ctx: AppContext, actor: Actor, conferenceId: string, input: ConferenceUpdate) {
  assertCanCase(actor, 'case:work');
  const now = ctx.clock.now();
  const fields = Object.keys(input).filter((k) => input[k as keyof ConferenceUpdate] !== undefined);
  await ctx.database.db.transaction().execute(async (trx) => {
    const conf = await lockConferenceCaseInScope(trx, actor, conferenceId);
    if (!conf) throw notFound('conference');
    if (!isOpen(conf.stage)) throw conflict(`The case is ${conf.stage}; reopen it first`, 'errors.case_not_open', { stage: conf.stage });
    if (fields.length === 0) return;
    await setConferenceFields(trx, conferenceId, input, now);
    await recordCaseEvent(trx, {
      caseId: conf.caseId,
      actorId: actor.id,
      at: now,
      kind: 'conference.updated',
      refTable: 'case_conferences',
      refId: conferenceId,
      summary: { fields },
    });
    await appendAudit(trx, actor, { action: 'conference.update', entityType: 'case', entityId: conf.caseId, fields, details: { conferenceId } }, now);
  });
  return conferenceView((await findConferenceVisible(ctx.database.db, actor, conferenceId))!);
}

/** GET /conferences/:id: the case team, or a participant once signed; anyone else 404. Audited. */
export async function getConference(ctx: AppContext, actor: Actor, conferenceId: string) {
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const conf = await findConferenceVisible(trx, actor, conferenceId);
    if (!conf) throw notFound('conference');
    await appendAudit(
      trx,
      actor,
      { action: 'conference.read', entityType: 'case', entityId: conf.caseId, fields: ['conference'], details: { conferenceId } },
      now,
    );
    return conferenceView(conf);
  });
}

/** POST /conferences/:id/sign-agreement: a participant user signs the confidentiality agreement in the app. */
export async function signConferenceAgreement(ctx: AppContext, actor: Actor, conferenceId: string) {
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const p = await findParticipant(trx, conferenceId, { userId: actor.id });
    if (!p) throw notFound('conference');
    if (!p.agreementSignedAt) {
      await signAgreement(trx, p.id, 'in_app', now, actor.id);
      await recordCaseEvent(trx, {
        caseId: p.caseId,
        actorId: actor.id,
        at: now,
        kind: 'conference.agreement_signed',
        refTable: 'conference_participants',
        refId: p.id,
        summary: { conferenceId, method: 'in_app' },
      });
      await appendAudit(
        trx,
        actor,
        {
          action: 'conference.sign_agreement',
          entityType: 'case',
          entityId: p.caseId,
          fields: ['confidentialityAgreement'],
          details: { conferenceId, participantId: p.id },
        },
        now,
      );
    }
    const conf = (await findConferenceVisible(trx, actor, conferenceId))!;
    await appendAudit(
      trx,
      actor,
      { action: 'conference.read', entityType: 'case', entityId: p.caseId, fields: ['conference'], details: { conferenceId } },
      now,
    );
    return conferenceView(conf);
  });
}

/** POST /conferences/:id/participants/:participantId/paper-agreement: an outside person's paper signature. */
export async function recordPaperAgreement(ctx: AppContext, actor: Actor, conferenceId: string, participantId: string, signedAt?: string) {
  assertCanCase(actor, 'case:work');
  const now = ctx.clock.now();
  await ctx.database.db.transaction().execute(async (trx) => {
    const conf = await lockConferenceCaseInScope(trx, actor, conferenceId);
    if (!conf) throw notFound('conference');
    const p = await findParticipant(trx, conferenceId, { id: participantId });
    if (!p) throw notFound('participant');
    if (p.userId) throw conflict('A user signs the agreement in the app', 'errors.participant_signs_in_app');
    if (p.agreementSignedAt) throw conflict('The agreement is already on record', 'errors.agreement_already_signed');
    const at = signedAt ? new Date(signedAt) : now;
    if (at.getTime() > now.getTime()) throw invalidField('body.signedAt', 'The signing time is in the future', 'errors.decided_in_future');
    await signAgreement(trx, p.id, 'paper', at, actor.id);
    await recordCaseEvent(trx, {
      caseId: conf.caseId,
      actorId: actor.id,
      at: now,
      kind: 'conference.agreement_signed',
      refTable: 'conference_participants',
      refId: p.id,
      summary: { conferenceId, method: 'paper' },
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'conference.record_paper_agreement',
        entityType: 'case',
        entityId: conf.caseId,
        fields: ['confidentialityAgreement'],
        details: { conferenceId, participantId },
      },
      now,
    );
  });
  return conferenceView((await findConferenceVisible(ctx.database.db, actor, conferenceId))!);
}

/** GET /conferences/invitations: the conferences the actor takes part in, with nothing of their cases. */
export async function listConferenceInvitations(ctx: AppContext, actor: Actor) {
  const rows = await listInvitations(ctx.database.db, actor.id);
  return {
    items: rows.map((r) => ({
      conferenceId: r.conferenceId,
      participantId: r.participantId,
      type: r.type,
      heldAt: iso(r.heldAt),
      location: r.location,
      invitedBy: { id: r.inviterId, fullName: r.inviterName },
      agreementSignedAt: r.agreementSignedAt ? iso(r.agreementSignedAt) : null,
    })),
  };
}
