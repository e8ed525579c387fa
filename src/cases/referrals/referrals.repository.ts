import { sql, type Transaction } from 'kysely';
import type { Actor } from '../../access/actor.js';
import { reportScope } from '../../access/case-access.js';
import { providerOrganisationScope, providerReferralScope, senderReferralScope } from '../../access/referral-access.js';
import type { DB } from '../../db/schema.js';
import type { Db } from '../../db/database.js';
import { providerCoversPlace, suggestProviders } from '../../directory/suggestions.repository.js';
import type { ReferralConsentBasis, ReferralOverrideBasis, ReferralStatus, ReferralUrgency } from '../../db/tables/directory.js';
import { offsetOf, type Paging } from '../../http/paging.js';
import { userNames } from '../followup-lists.repository.js';
import { userRef, userRefOrNull } from '../followup.schemas.js';
import type { ReferralRecord } from './referrals.schemas.js';

// SQL of referrals (framework step 7). Every read goes through a scope of
// src/access/referral-access.ts: the sending side's (the case's readers, the
// report's register) or the provider's (its focal persons, while the
// referral is not withdrawn). The provider's view of the child is in
// referral-view.repository.ts.

/** A referral is overdue while one of its deadlines (the answer, the completion) is open and past due. */
const overdue = (now: Date) => sql<boolean>`exists (select 1 from deadlines dl where dl.referral_id = rf.id and dl.met_at is null and dl.due_at < ${now})`;

function selectReferrals(db: Db, now: Date) {
  return db
    .selectFrom('referrals as rf')
    .innerJoin('organisations as o', 'o.id', 'rf.organisation_id')
    .innerJoin('provider_services as ps', 'ps.id', 'rf.service_id')
    .selectAll('rf')
    .select([
      'o.name as organisationName',
      'o.kind as organisationKind',
      'ps.name as serviceName',
      sql<string>`rf.due_date::text`.as('dueDateText'),
      sql<string | null>`rf.service_given_on::text`.as('serviceGivenOnText'),
      sql<string | null>`rf.accessed_on::text`.as('accessedOnText'),
      overdue(now).as('overdue'),
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof selectReferrals>['execute']>>[number];

async function toRecords(db: Db, rows: Row[]): Promise<ReferralRecord[]> {
  const names = await userNames(
    db,
    rows.flatMap((r) => [r.sent_by, r.answered_by, r.feedback_by]),
  );
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    caseId: r.case_id,
    reportId: r.report_id,
    planActionKey: r.plan_action_key,
    organisation: { id: r.organisation_id, name: r.organisationName, kind: r.organisationKind },
    serviceId: r.service_id,
    serviceName: r.serviceName,
    serviceType: r.service_type,
    urgency: r.urgency,
    dueDate: r.dueDateText,
    reason: r.reason,
    sharedGroups: r.shared_groups,
    consentBasis: r.consent_basis,
    overrideReason: r.override_reason,
    overrideBasis: r.override_basis,
    status: r.status,
    overdue: r.overdue,
    sentBy: userRef(names, r.sent_by),
    sentAt: r.sent_at.toISOString(),
    answeredBy: userRefOrNull(names, r.answered_by),
    answeredAt: r.answered_at?.toISOString() ?? null,
    declineReason: r.decline_reason,
    serviceGivenOn: r.serviceGivenOnText,
    serviceNote: r.service_note,
    feedback: r.feedback,
    feedbackBy: userRefOrNull(names, r.feedback_by),
    feedbackAt: r.feedback_at?.toISOString() ?? null,
    accessedOn: r.accessedOnText,
    outcome: r.outcome,
    outcomeNote: r.outcome_note,
    completedAt: r.completed_at?.toISOString() ?? null,
    withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
    withdrawReason: r.withdraw_reason,
    replacesReferralId: r.replaces_referral_id,
  }));
}

/** The referrals of a case the actor reads, newest first. */
export async function listCaseReferrals(db: Db, actor: Actor, caseId: string, paging: Paging, now: Date) {
  const rows = await selectReferrals(db, now)
    .where('rf.case_id', '=', caseId)
    .where(senderReferralScope(actor))
    .orderBy('rf.sent_at', 'desc')
    .orderBy('rf.id')
    .limit(paging.pageSize)
    .offset(offsetOf(paging))
    .execute();
  const { total } = await db
    .selectFrom('referrals as rf')
    .select(sql<number>`count(*)::int`.as('total'))
    .where('rf.case_id', '=', caseId)
    .where(senderReferralScope(actor))
    .executeTakeFirstOrThrow();
  return { items: await toRecords(db, rows), total };
}

/** The early intervention referrals of a report the actor's register holds, newest first. */
export async function listReportReferrals(db: Db, actor: Actor, reportId: string, now: Date) {
  const rows = await selectReferrals(db, now)
    .where('rf.report_id', '=', reportId)
    .where('rf.case_id', 'is', null)
    .where(senderReferralScope(actor))
    .orderBy('rf.sent_at', 'desc')
    .orderBy('rf.id')
    .limit(200)
    .execute();
  return toRecords(db, rows);
}

// Unscoped: reached through a scoped lock (lockSenderReferral, lockProviderReferral) or a case in scope.
export async function findReferral(db: Db, id: string, now: Date): Promise<ReferralRecord | undefined> {
  return (await toRecords(db, await selectReferrals(db, now).where('rf.id', '=', id).execute()))[0];
}

/** The referral, locked, if the sending side of the actor reaches it. */
export async function lockSenderReferral(trx: Transaction<DB>, actor: Actor, id: string) {
  return trx.selectFrom('referrals as rf').selectAll('rf').where('rf.id', '=', id).where(senderReferralScope(actor)).forUpdate().executeTakeFirst();
}

/**
 * The referral, locked, if it was sent to the actor's organisation (whatever
 * its status: acting on a withdrawn one is refused as such); `focal` says whether the actor is one of its focal persons (the
 * only ones who act on it).
 */
export async function lockProviderReferral(trx: Transaction<DB>, actor: Actor, id: string) {
  const row = await trx
    .selectFrom('referrals as rf')
    .selectAll('rf')
    .select(sql<boolean>`${providerReferralScope(actor, true)}`.as('focal'))
    .where('rf.id', '=', id)
    .where((eb) => eb.or([providerReferralScope(actor, true), providerOrganisationScope(actor)]))
    .forUpdate()
    .executeTakeFirst();
  return row;
}

/** The referral if the actor is one of its focal persons (for reads; no lock). */
export async function findProviderReferral(db: Db, actor: Actor, id: string) {
  return db
    .selectFrom('referrals as rf')
    .select(['rf.id', 'rf.case_id', 'rf.report_id', 'rf.shared_groups'])
    .where('rf.id', '=', id)
    .where(providerReferralScope(actor))
    .executeTakeFirst();
}

/** The provider's inbox: its organisations' referrals, soonest due first. */
export async function listInbox(db: Db, actor: Actor, status: string, paging: Paging, now: Date) {
  const statuses = status === 'open' ? ['sent', 'accepted', 'service_given'] : [status];
  const base = db
    .selectFrom('referrals as rf')
    .where(providerReferralScope(actor))
    .where('rf.status', 'in', statuses as ReferralStatus[]);
  const { total } = await base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  // Only what an inbox line shows (no child data, no free text).
  const rows = await db
    .selectFrom('referrals as rf')
    .innerJoin('organisations as o', 'o.id', 'rf.organisation_id')
    .innerJoin('provider_services as ps', 'ps.id', 'rf.service_id')
    .select([
      'rf.id',
      'rf.reference',
      'rf.organisation_id',
      'o.name as organisationName',
      'o.kind as organisationKind',
      'ps.name as serviceName',
      'rf.service_type',
      'rf.urgency',
      sql<string>`rf.due_date::text`.as('dueDate'),
      'rf.status',
      overdue(now).as('overdue'),
      'rf.sent_at',
    ])
    .where(providerReferralScope(actor))
    .where('rf.status', 'in', statuses as ReferralStatus[])
    .orderBy('rf.due_date')
    .orderBy('rf.sent_at')
    .orderBy('rf.id')
    .limit(paging.pageSize)
    .offset(offsetOf(paging))
    .execute();
  const items = rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    organisation: { id: r.organisation_id, name: r.organisationName, kind: r.organisationKind },
    serviceName: r.serviceName,
    serviceType: r.service_type,
    urgency: r.urgency,
    dueDate: r.dueDate,
    status: r.status,
    overdue: r.overdue,
    sentAt: r.sent_at.toISOString(),
  }));
  return { items, total };
}

export async function nextReferralReference(trx: Transaction<DB>, localDate: string): Promise<string> {
  const { rows } = await sql<{ n: string }>`select nextval('referral_reference_seq')::text as n`.execute(trx);
  return `RF-${localDate.slice(2, 4)}-${rows[0]!.n.padStart(6, '0')}`;
}

export type NewReferral = {
  reference: string;
  caseId: string | null;
  reportId: string | null;
  planActionKey: string | null;
  organisationId: string;
  serviceId: string;
  serviceType: string;
  urgency: ReferralUrgency;
  dueDate: string;
  reason: string;
  sharedGroups: string[];
  consentBasis: ReferralConsentBasis;
  overrideReason: string | null;
  overrideBasis: ReferralOverrideBasis | null;
  consentNote: string | null;
  districtId: string;
  placeId: string;
  sentBy: string;
  at: Date;
  replacesReferralId: string | null;
};

export async function insertReferral(trx: Transaction<DB>, v: NewReferral): Promise<string> {
  const row = await trx
    .insertInto('referrals')
    .values({
      reference: v.reference,
      case_id: v.caseId,
      report_id: v.reportId,
      plan_action_key: v.planActionKey,
      organisation_id: v.organisationId,
      service_id: v.serviceId,
      service_type: v.serviceType,
      urgency: v.urgency,
      due_date: v.dueDate,
      reason: v.reason,
      shared_groups: v.sharedGroups,
      consent_basis: v.consentBasis,
      override_reason: v.overrideReason,
      override_basis: v.overrideBasis,
      consent_note: v.consentNote,
      district_id: v.districtId,
      place_id: v.placeId,
      sent_by: v.sentBy,
      sent_at: v.at,
      replaces_referral_id: v.replacesReferralId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

type ReferralChange = Partial<{
  status: ReferralStatus;
  answered_by: string;
  answered_at: Date;
  decline_reason: string;
  service_given_on: string;
  service_note: string | null;
  service_recorded_by: string;
  feedback: string;
  feedback_by: string;
  feedback_at: Date;
  accessed_on: string;
  outcome: 'yes' | 'partly' | 'no';
  outcome_note: string | null;
  completed_by: string;
  completed_at: Date;
  withdrawn_by: string;
  withdrawn_at: Date;
  withdraw_reason: string;
}>;

export async function updateReferral(trx: Transaction<DB>, id: string, change: ReferralChange): Promise<void> {
  await trx.updateTable('referrals').set(change).where('id', '=', id).execute();
}

/**
 * The service, of the organisation, as the referral checks it: active, its
 * eligibility, and whether its service area covers the place (the
 * directory's rule, providerCoversPlace: an area is the place or one of its
 * ancestors, the nation included). Unscoped: the directory is national.
 */
export async function findServiceForPlace(db: Db, organisationId: string, serviceId: string, placeId: string) {
  const service = await db
    .selectFrom('provider_services as ps')
    .innerJoin('organisations as o', 'o.id', 'ps.organisation_id')
    .select([
      'ps.id',
      'ps.service_type as serviceType',
      'ps.active',
      'ps.min_age as minAge',
      'ps.max_age as maxAge',
      'ps.sexes',
      'o.id as organisationId',
      'o.kind as organisationKind',
      'o.active as organisationActive',
    ])
    .where('ps.id', '=', serviceId)
    .where('ps.organisation_id', '=', organisationId)
    .executeTakeFirst();
  return service && { ...service, covers: await providerCoversPlace(db, serviceId, placeId) };
}

/**
 * The providers a caseworker may refer to for a service type: the
 * directory's suggestions (suggestProviders: active services covering the
 * village, fit for the child's age and sex; those with capacity first, then
 * the lead agencies of the case's types, then the nearest coverage), in the
 * referral's terms.
 */
export async function providersCovering(
  db: Db,
  serviceType: string,
  placeId: string,
  child: { sex: string | null; ageYears: number | null; caseTypes: string[] },
) {
  const sex = child.sex === 'female' || child.sex === 'male' ? child.sex : null;
  const rows = await suggestProviders(db, { serviceType, placeId, ageYears: child.ageYears, sex, caseTypes: child.caseTypes, limit: 100 });
  return rows.map((r) => ({
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    organisationKind: r.kind,
    serviceId: r.serviceId,
    serviceName: r.serviceName,
    serviceType,
    capacityAvailable: r.capacityAvailable,
    lead: r.lead,
  }));
}

/** The focal persons of an organisation (active), with their phone for the SMS that a referral waits. */
export async function focalPersonsOf(db: Db, organisationId: string) {
  return db
    .selectFrom('provider_focal_persons as fp')
    .innerJoin('users as u', 'u.id', 'fp.user_id')
    .select(['u.id', 'u.phone'])
    .where('fp.organisation_id', '=', organisationId)
    .where('u.active', '=', true)
    .where('u.role', '=', 'service_provider')
    .orderBy('u.id')
    .execute();
}

/** The current plan's action of that key, if any (the referral that carries it out is set on it). */
export async function linkPlanAction(trx: Transaction<DB>, caseId: string, actionKey: string, referralId: string): Promise<boolean> {
  const linked = await trx
    .updateTable('case_plan_actions as a')
    .set({ referral_id: referralId })
    .where('a.action_key', '=', actionKey)
    .where(
      'a.goal_id',
      'in',
      trx
        .selectFrom('case_plan_goals as g')
        .innerJoin('case_plans as pl', 'pl.id', 'g.plan_id')
        .select('g.id')
        .where('pl.case_id', '=', caseId)
        .where(
          'pl.version',
          '=',
          trx
            .selectFrom('case_plans')
            .select(sql<number>`max(version)`.as('v'))
            .where('case_id', '=', caseId),
        ),
    )
    .returning('a.id')
    .execute();
  return linked.length > 0;
}

/** A report's child as the provider list reads it (the report in the actor's scope): the village, sex and age given. */
export async function childOfReport(db: Db, actor: Actor, reportId: string) {
  return db
    .selectFrom('incident_reports as r')
    .select(['r.place_id as placeId', 'r.child_sex as childSex', 'r.child_age_years as childAgeYears'])
    .where('r.id', '=', reportId)
    .where(reportScope(actor))
    .executeTakeFirst();
}

/** The child as the eligibility and coverage checks read it: the village, sex and age (and the case types, for the pathways). */
export async function childOfCase(db: Db, caseId: string, today: string) {
  return db
    .selectFrom('cases as c')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .select([
      'ch.place_id as placeId',
      'ch.sex',
      'c.case_types as caseTypes',
      sql<number | null>`extract(year from age(${today}::date, ch.date_of_birth))::int`.as('ageYears'),
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirstOrThrow();
}
