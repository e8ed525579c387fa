import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor } from './actor.js';
import { canCase, caseScope, reportScope } from './case-access.js';
import { REFERRAL_FIELD_GROUP_CODES } from '../cases/referrals/referral-vocabulary.js';

// Referrals (framework step 7; SYSTEM.md §5 need-to-know): who reaches a
// referral, and what of the child's file a provider's people see.
//
// A referral shares fixed groups of fields, chosen by the caseworker when it
// is sent; the provider's focal persons see the referral and those groups,
// nothing else of the child, the case or any other case. The repository that
// loads the provider's view asks referralFieldVisibility and selects null in
// place of every group not shared, so no reader can show more.

/**
 * The groups of the child's data a referral can share, and exactly what each
 * reveals to the provider. Always shown, whatever is shared: the referral
 * itself (reference, service, urgency, due date, reason, who sent it), the
 * child's sex and age in years (what the service's eligibility reads), and
 * the child's code (never the name: SYSTEM.md §5).
 */
export const REFERRAL_FIELD_GROUPS = {
  /** The child's given, family and other names, exact date of birth, and village. */
  identity: ['givenName', 'familyName', 'otherNames', 'dateOfBirth', 'placeName'],
  /** The caregivers: names, relationship to the child, phones. */
  contact: ['caregivers'],
  /** What happened as reported: the account, date and place of the incident, the case types and risk tier. */
  incident: ['whatHappened', 'incidentDate', 'incidentPlace', 'caseTypes', 'tier'],
  /** The child's disability and the health needs of the latest assessment. */
  health: ['disability', 'disabilityNote', 'healthNeeds'],
  /** The latest assessment's summary, needs by domain, sibling risk and perpetrator's relationship. */
  assessment: ['assessmentSummary', 'assessmentDomains', 'siblingRisk', 'perpetratorRelationship'],
  /** The goals of the current case plan. */
  plan: ['planGoals'],
} as const satisfies Record<(typeof REFERRAL_FIELD_GROUP_CODES)[number], readonly string[]>;

export type ReferralFieldGroup = (typeof REFERRAL_FIELD_GROUP_CODES)[number];
export const REFERRAL_FIELD_GROUP_NAMES = REFERRAL_FIELD_GROUP_CODES;

export const isReferralFieldGroup = (g: string): g is ReferralFieldGroup => g in REFERRAL_FIELD_GROUPS;

/** Which groups a provider's view of this referral carries: those it shares, no other. */
export function referralFieldVisibility(sharedGroups: readonly string[]): Record<ReferralFieldGroup, boolean> {
  return Object.fromEntries(REFERRAL_FIELD_GROUP_NAMES.map((g) => [g, sharedGroups.includes(g)])) as Record<ReferralFieldGroup, boolean>;
}

/**
 * The referrals a provider's focal person reads, as SQL on `referrals as rf`:
 * those sent to an organisation they are a focal person of, while the
 * referral is not withdrawn (withdrawing ends the provider's access at once:
 * the inbox and the referral's view answer 404). An action on a withdrawn
 * referral (`forAction`) is found, to be refused as withdrawn (409), and
 * reads nothing of the child.
 */
export function providerReferralScope(actor: Actor, forAction = false): Expression<SqlBool> {
  if (!canCase(actor, 'referral:receive')) return sql<SqlBool>`false`;
  // As an IN over the actor's few organisations, so the inbox reads referrals_inbox_idx (organisation, status, due date).
  const focal = sql<SqlBool>`rf.organisation_id in (select fp.organisation_id from provider_focal_persons fp where fp.user_id = ${actor.id})`;
  // A restricted child's data (Law 058/2021 Art. 21) is used for nothing but storage: it leaves the providers' view.
  const unrestricted = sql<SqlBool>`(rf.case_id is null or not exists (select 1 from cases rc join children rch on rch.id = rc.child_id
    where rc.id = rf.case_id and rch.restricted_at is not null))`;
  return forAction ? sql<SqlBool>`(${focal} and ${unrestricted})` : sql<SqlBool>`(rf.status <> 'withdrawn' and ${focal} and ${unrestricted})`;
}

/**
 * Staff of the receiving organisation who are not its focal persons reach a
 * referral's actions only to be told they may not act on it (403, not 404:
 * the referral is their organisation's); they read nothing of it. As SQL on
 * `referrals as rf`.
 */
export function providerOrganisationScope(actor: Actor): Expression<SqlBool> {
  if (!canCase(actor, 'referral:receive') || !actor.organisationId) return sql<SqlBool>`false`;
  return sql<SqlBool>`rf.organisation_id = ${actor.organisationId}`;
}

/**
 * The referrals the sending side reaches, as SQL on `referrals as rf`: a
 * case's referrals follow caseScope (its readers see them, its workers act on
 * them); a report's early intervention referrals follow the district
 * register (the CPWOs who screen, the supervisors who read it).
 */
export function senderReferralScope(actor: Actor): Expression<SqlBool> {
  const ofCase = sql<SqlBool>`(rf.case_id is not null and exists (select 1 from cases c where c.id = rf.case_id and ${caseScope(actor)}))`;
  // A report's referrals: the register's readers (the supervisor reads; only a CPWO acts: referral:make).
  if (actor.role !== 'cpwo' && actor.role !== 'supervisor') return ofCase;
  return sql<SqlBool>`(${ofCase} or (rf.case_id is null and exists (select 1 from incident_reports r where r.id = rf.report_id and ${reportScope(actor)})))`;
}

/**
 * Consent (Law 058/2021; framework step 7): the purpose a referral to an
 * organisation of `kind` needs. An agency the consent form names is covered by
 * consent to share with its kind; a government office (district or sector)
 * that serves the child within case management by consent to services.
 */
export function referralConsentPurpose(kind: string, sharingKinds: readonly string[]): string {
  return sharingKinds.includes(kind) ? `share:${kind}` : 'services';
}
