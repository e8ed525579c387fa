import type { Transaction } from 'kysely';
import type { Actor } from '../../access/actor.js';
import { assertCanCase, canCase } from '../../access/case-access.js';
import { lockReport, reportInScope } from '../../reports/report.repository.js';
import { referralConsentPurpose, referralFieldVisibility } from '../../access/referral-access.js';
import { appendAudit, appendListAudit } from '../../audit/audit.repository.js';
import type { AppContext, SmsMessage } from '../../context.js';
import type { DB } from '../../db/schema.js';
import { loadDeadlinePolicy, openDeadline } from '../../deadlines/deadline.repository.js';
import { localDateOf } from '../../deadlines/local-time.js';
import { conflict, forbidden, invalidField, notFound } from '../../errors/app-error.js';
import type { Paging } from '../../http/paging.js';
import { insertNotifications } from '../../notifications/notification.repository.js';
import { districtLeaders, usersByIds } from '../../notifications/recipients.repository.js';
import { referralWaitingSms } from '../../notifications/sms-messages.js';
import { deliverSms, queueSms, type QueuedSms } from '../../notifications/sms-outbox.js';
import { recordCaseEvent, type CaseRecord } from '../case.repository.js';
import { assertCaseOpen, changeCase, readCaseSection } from '../case-change.js';
import { SHARING_AGENCY_KINDS } from '../case-vocabulary.js';
import { consentBasisFor } from '../intake/consent.repository.js';
import type { ConsentPurpose } from '../intake/consent-rules.js';
import { REFERRAL_EVENTS } from '../timeline.js';
import { answerDueAt, REFERRAL_DEADLINES, referralDueDate } from './referral-policy.js';
import { sharedChildData } from './referral-view.repository.js';
import {
  childOfCase,
  findProviderReferral,
  findReferral,
  findServiceForPlace,
  focalPersonsOf,
  insertReferral,
  linkPlanAction,
  listCaseReferrals as listCaseReferralRows,
  listReportReferrals as listReportReferralRows,
  listInbox,
  nextReferralReference,
  providersCovering,
  childOfReport,
} from './referrals.repository.js';
import type { MakeReferralInput, ProviderReferral, ReferralRecord } from './referrals.schemas.js';

// Referrals (framework step 7, tool 12): the caseworker sends a child to a
// provider from the directory, with the family's consent, sharing only the
// groups of fields the provider needs; the provider's focal persons answer
// (referral-steps.service.ts). Everything a referral writes (the referral, its
// deadline, the timeline line, the plan action's link, the notifications, the
// SMS and the audit entry) is written in one transaction: a refusal leaves
// nothing behind.

type Child = { placeId: string; sex: string | null; ageYears: number | null };

/** The provider offers the service, it is active, it covers the child's village and the child fits its eligibility. */
async function checkService(trx: Transaction<DB>, input: MakeReferralInput, child: Child) {
  const service = await findServiceForPlace(trx, input.organisationId, input.serviceId, child.placeId);
  if (!service) throw invalidField('body.serviceId', 'The organisation does not offer this service', 'errors.referral_service_not_offered');
  if (!service.organisationActive) throw invalidField('body.organisationId', 'No such active organisation', 'errors.organisation_not_found');
  if (!service.active) throw invalidField('body.serviceId', 'The service is not active', 'errors.referral_service_inactive');
  if (!service.covers) throw invalidField('body.serviceId', "The service does not cover the child's village", 'errors.referral_service_not_covering');
  const age = child.ageYears;
  const ageFits = age === null || ((service.minAge === null || service.minAge <= age) && (service.maxAge === null || service.maxAge >= age));
  const sexFits = service.sexes.length === 0 || !child.sex || service.sexes.includes(child.sex);
  if (!ageFits || !sexFits)
    throw invalidField('body.serviceId', "The child does not fit the service's eligibility (age, sex)", 'errors.referral_service_not_eligible');
  return service;
}

/**
 * Consent gate (Law 058/2021; framework step 7): the consent on record covers
 * sharing with this kind of agency (or a recorded vital interest does), or a
 * CPWO overrides it with a written reason and a vital-interest basis.
 */
async function consentGate(trx: Transaction<DB>, actor: Actor, caseId: string, kind: string, input: MakeReferralInput) {
  const purpose = referralConsentPurpose(kind, SHARING_AGENCY_KINDS) as ConsentPurpose;
  const basis = await consentBasisFor(trx, caseId, purpose);
  if (basis) return { basis, override: null };
  const mayOverride = canCase(actor, 'referral:override_consent');
  if (!input.override) {
    throw conflict(
      "The consent on record does not cover sharing with this kind of agency: record the family's consent, or send it on a vital-interest basis",
      'errors.referral_consent_required',
      { purpose, mayOverride },
    );
  }
  if (!mayOverride) throw forbidden('Only a CPWO sends a referral without the consent on record', 'errors.referral_override_not_allowed');
  return { basis: 'override' as const, override: input.override };
}

/** The case's supervisor hears of an override; the district's supervisors when the case has none. */
async function overrideWitnesses(trx: Transaction<DB>, kase: CaseRecord) {
  const own = kase.supervisorId ? await usersByIds(trx, [kase.supervisorId]) : [];
  return own.length ? own : districtLeaders(trx, kase.districtId);
}

async function tellFocalPersons(trx: Transaction<DB>, ctx: AppContext, organisationId: string, reference: string, now: Date): Promise<QueuedSms> {
  const focal = await focalPersonsOf(trx, organisationId);
  await insertNotifications(
    trx,
    focal.map((u) => ({ userId: u.id, kind: 'referral', messageKey: 'notifications.referral_incoming', params: { reference } })),
    now,
  );
  const sms: SmsMessage[] = focal.flatMap((u) => (u.phone ? [{ to: u.phone, text: referralWaitingSms(reference) }] : []));
  return queueSms(trx, ctx, sms);
}

/** Step 7: refer the child of a case to a provider. */
export async function makeCaseReferral(ctx: AppContext, actor: Actor, caseId: string, input: MakeReferralInput): Promise<ReferralRecord> {
  let sms: QueuedSms = [];
  const result = await changeCase(ctx, actor, caseId, 'referral:make', async (trx, kase, now) => {
    assertCaseOpen(kase);
    const child = await childOfCase(trx, caseId, localDateOf(now, ctx.config.timeZone));
    const service = await checkService(trx, input, child);
    if (input.replacesReferralId) {
      const replaced = await findReferral(trx, input.replacesReferralId, now);
      if (!replaced || replaced.caseId !== caseId) throw invalidField('body.replacesReferralId', 'No such referral of this case', 'errors.referral_not_found');
      if (replaced.status !== 'declined')
        throw invalidField('body.replacesReferralId', 'Only a declined referral is replaced', 'errors.referral_replaces_not_declined');
    }
    const gate = await consentGate(trx, actor, caseId, service.organisationKind, input);
    const dueDate = referralDueDate(await loadDeadlinePolicy(trx), input.urgency, now, ctx.config.timeZone);
    const reference = await nextReferralReference(trx, localDateOf(now, ctx.config.timeZone));
    const id = await insertReferral(trx, {
      reference,
      caseId,
      reportId: kase.reportId,
      planActionKey: input.planActionKey ?? null,
      organisationId: input.organisationId,
      serviceId: input.serviceId,
      serviceType: service.serviceType,
      urgency: input.urgency,
      dueDate,
      reason: input.reason,
      sharedGroups: [...new Set(input.sharedGroups)],
      consentBasis: gate.basis,
      overrideReason: gate.override?.reason ?? null,
      overrideBasis: gate.override?.basis ?? null,
      consentNote: null,
      districtId: kase.districtId,
      placeId: child.placeId,
      sentBy: actor.id,
      at: now,
      replacesReferralId: input.replacesReferralId ?? null,
    });
    if (input.planActionKey && !(await linkPlanAction(trx, caseId, input.planActionKey, id))) {
      throw invalidField('body.planActionKey', 'No such action in the current case plan', 'errors.referral_plan_action_not_found');
    }
    await openDeadline(trx, {
      kind: REFERRAL_DEADLINES.answer,
      caseId,
      districtId: kase.districtId,
      dueAt: answerDueAt(dueDate, ctx.config.timeZone),
      referralId: id,
      at: now,
    });
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: REFERRAL_EVENTS.sent,
      refTable: 'referrals',
      refId: id,
      summary: { organisationId: input.organisationId, serviceType: service.serviceType, urgency: input.urgency, consentBasis: gate.basis },
    });
    if (gate.override) {
      const witnesses = await overrideWitnesses(trx, kase);
      await insertNotifications(
        trx,
        witnesses.map((u) => ({
          userId: u.id,
          kind: 'referral',
          messageKey: 'notifications.referral_consent_override',
          params: { caseCode: kase.caseCode, reference, basis: gate.override!.basis },
          caseId,
        })),
        now,
      );
    }
    sms = await tellFocalPersons(trx, ctx, input.organisationId, reference, now);
    await appendAudit(
      trx,
      actor,
      {
        action: gate.override ? 'referral.send_override' : 'referral.send',
        entityType: 'case',
        entityId: caseId,
        fields: ['organisationId', 'serviceId', 'urgency', 'reason', 'sharedGroups', ...(gate.override ? ['overrideReason', 'overrideBasis'] : [])],
        details: {
          referralId: id,
          reference,
          consentBasis: gate.basis,
          sharedGroups: input.sharedGroups,
          ...(gate.override && { overrideBasis: gate.override.basis }),
        },
      },
      now,
    );
    return (await findReferral(trx, id, now))!;
  });
  await deliverSms(ctx, sms);
  return result;
}

/**
 * A non-VENA report's early intervention (framework step 3: social
 * protection, parenting support): the CPWO who screened refers the child; no
 * case file, so the caregiver's consent taken at screening is noted on the
 * referral (or the override applies).
 */
export async function makeReportReferral(ctx: AppContext, actor: Actor, reportId: string, input: MakeReferralInput): Promise<ReferralRecord> {
  assertCanCase(actor, 'report:screen');
  const now = ctx.clock.now();
  let sms: QueuedSms = [];
  const result = await ctx.database.db.transaction().execute(async (trx) => {
    const report = await lockReport(trx, actor, reportId);
    if (!report) throw notFound('report');
    if (report.isVena !== false) {
      throw conflict(
        'Only a screened report with no VENA is referred from the report; a case is referred from its file',
        'errors.referral_report_not_early_intervention',
      );
    }
    const child = { placeId: report.placeId, sex: report.childSex === 'unknown' ? null : report.childSex, ageYears: report.childAgeYears };
    const service = await checkService(trx, input, child);
    if (input.planActionKey) throw invalidField('body.planActionKey', 'A report has no case plan', 'errors.referral_plan_action_not_found');
    if (!input.consentNote && !input.override) {
      throw conflict("Note the caregiver's consent to the referral, or send it on a vital-interest basis", 'errors.referral_consent_required', {
        purpose: referralConsentPurpose(service.organisationKind, SHARING_AGENCY_KINDS),
        mayOverride: canCase(actor, 'referral:override_consent'),
      });
    }
    if (!input.consentNote && !canCase(actor, 'referral:override_consent')) {
      throw forbidden('Only a CPWO sends a referral without the consent on record', 'errors.referral_override_not_allowed');
    }
    const basis = input.consentNote ? ('consent' as const) : ('override' as const);
    const dueDate = referralDueDate(await loadDeadlinePolicy(trx), input.urgency, now, ctx.config.timeZone);
    const reference = await nextReferralReference(trx, localDateOf(now, ctx.config.timeZone));
    const id = await insertReferral(trx, {
      reference,
      caseId: null,
      reportId,
      planActionKey: null,
      organisationId: input.organisationId,
      serviceId: input.serviceId,
      serviceType: service.serviceType,
      urgency: input.urgency,
      dueDate,
      reason: input.reason,
      sharedGroups: [...new Set(input.sharedGroups)],
      consentBasis: basis,
      overrideReason: basis === 'override' ? input.override!.reason : null,
      overrideBasis: basis === 'override' ? input.override!.basis : null,
      consentNote: input.consentNote ?? null,
      districtId: report.districtId,
      placeId: report.placeId,
      sentBy: actor.id,
      at: now,
      replacesReferralId: null,
    });
    await openDeadline(trx, {
      kind: REFERRAL_DEADLINES.answer,
      reportId,
      districtId: report.districtId,
      dueAt: answerDueAt(dueDate, ctx.config.timeZone),
      referralId: id,
      at: now,
    });
    if (basis === 'override') {
      const witnesses = await districtLeaders(trx, report.districtId);
      await insertNotifications(
        trx,
        witnesses.map((u) => ({
          userId: u.id,
          kind: 'referral',
          messageKey: 'notifications.referral_consent_override',
          params: { caseCode: report.reference, reference, basis: input.override!.basis },
          reportId,
        })),
        now,
      );
    }
    sms = await tellFocalPersons(trx, ctx, input.organisationId, reference, now);
    await appendAudit(
      trx,
      actor,
      {
        action: basis === 'override' ? 'referral.send_override' : 'referral.send',
        entityType: 'report',
        entityId: reportId,
        fields: ['organisationId', 'serviceId', 'urgency', 'reason', 'sharedGroups', basis === 'override' ? 'overrideReason' : 'consentNote'],
        details: { referralId: id, reference, consentBasis: basis, sharedGroups: input.sharedGroups },
      },
      now,
    );
    return (await findReferral(trx, id, now))!;
  });
  await deliverSms(ctx, sms);
  return result;
}

export async function listCaseReferrals(ctx: AppContext, actor: Actor, caseId: string, paging: Paging) {
  return readCaseSection(ctx, actor, caseId, 'referrals', async (trx, _kase, now) => ({
    ...(await listCaseReferralRows(trx, actor, caseId, paging, now)),
    ...paging,
  }));
}

/** A report's early intervention referrals, for the district register (CPWOs and supervisors); the list is audited. */
export async function listReportReferrals(ctx: AppContext, actor: Actor, reportId: string) {
  assertCanCase(actor, 'report:register');
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    if (!(await reportInScope(trx, actor, reportId))) throw notFound('report');
    const items = await listReportReferralRows(trx, actor, reportId, now);
    await appendListAudit(
      trx,
      actor,
      {
        action: 'referral.list',
        entityType: 'referral',
        ids: items.map((i) => i.id),
        fields: ['organisation', 'serviceName', 'status', 'reason'],
        details: { reportId },
      },
      now,
    );
    return { items };
  });
}

/** The providers a caseworker may refer the case's child to for a service type (the directory's own suggestions may replace this). */
export async function listProviderOptions(ctx: AppContext, actor: Actor, caseId: string, serviceType: string) {
  assertCanCase(actor, 'referral:make');
  return readCaseSection(ctx, actor, caseId, 'referral-providers', async (trx, _kase, now) => {
    const child = await childOfCase(trx, caseId, localDateOf(now, ctx.config.timeZone));
    const rows = await providersCovering(trx, serviceType, child.placeId, child);
    const items = [];
    for (const r of rows) {
      const purpose = referralConsentPurpose(r.organisationKind, SHARING_AGENCY_KINDS) as ConsentPurpose;
      items.push({ ...r, consentCovers: (await consentBasisFor(trx, caseId, purpose)) !== null });
    }
    return { items };
  });
}

/** The providers a CPWO may refer a report's child to (early intervention): as for a case, with no consent on record to cover them. */
export async function listReportProviderOptions(ctx: AppContext, actor: Actor, reportId: string, serviceType: string) {
  assertCanCase(actor, 'report:screen');
  const report = await childOfReport(ctx.database.db, actor, reportId);
  if (!report) throw notFound('report');
  const child = { sex: report.childSex === 'unknown' ? null : report.childSex, ageYears: report.childAgeYears, caseTypes: [] };
  const rows = await providersCovering(ctx.database.db, serviceType, report.placeId, child);
  return { items: rows.map((r) => ({ ...r, consentCovers: false })) };
}

/** A focal person's inbox: the referrals sent to their organisations, soonest due first; the list is audited. */
export async function referralInbox(ctx: AppContext, actor: Actor, query: Paging & { status?: string }) {
  assertCanCase(actor, 'referral:receive');
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const { items, total } = await listInbox(trx, actor, query.status ?? 'open', query, now);
    await appendListAudit(
      trx,
      actor,
      {
        action: 'referral.inbox',
        entityType: 'referral',
        ids: items.map((i) => i.id),
        fields: ['reference', 'serviceName', 'urgency', 'dueDate'],
        details: { page: query.page },
      },
      now,
    );
    return { items, total, page: query.page, pageSize: query.pageSize };
  });
}

/** The provider's view of a referral: the referral and the groups of the child's data it shares, nothing else; the read is audited. */
export async function providerReferralView(ctx: AppContext, actor: Actor, id: string): Promise<ProviderReferral> {
  assertCanCase(actor, 'referral:receive');
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const found = await findProviderReferral(trx, actor, id);
    if (!found) throw notFound('referral');
    return readProviderView(trx, ctx, actor, found, now);
  });
}

/** The provider's view of a referral it reaches (after a change, too), with the read audited. */
export async function readProviderView(
  trx: Transaction<DB>,
  ctx: AppContext,
  actor: Actor,
  found: { id: string; case_id: string | null; report_id: string | null; shared_groups: string[] },
  now: Date,
): Promise<ProviderReferral> {
  const r = (await findReferral(trx, found.id, now))!;
  const child = await sharedChildData(
    trx,
    { caseId: found.case_id, reportId: found.report_id },
    referralFieldVisibility(found.shared_groups),
    localDateOf(now, ctx.config.timeZone),
  );
  await appendAudit(
    trx,
    actor,
    {
      action: 'referral.read',
      entityType: found.case_id ? 'case' : 'report',
      entityId: found.case_id ?? found.report_id!,
      fields: found.shared_groups,
      details: { referralId: found.id },
    },
    now,
  );
  return {
    id: r.id,
    reference: r.reference,
    organisation: r.organisation,
    serviceName: r.serviceName,
    serviceType: r.serviceType,
    urgency: r.urgency,
    dueDate: r.dueDate,
    reason: r.reason,
    sharedGroups: r.sharedGroups,
    status: r.status,
    overdue: r.overdue,
    sentBy: r.sentBy,
    sentAt: r.sentAt,
    declineReason: r.declineReason,
    serviceGivenOn: r.serviceGivenOn,
    serviceNote: r.serviceNote,
    feedback: r.feedback,
    feedbackAt: r.feedbackAt,
    child,
  };
}
