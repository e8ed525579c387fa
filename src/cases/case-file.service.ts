import type { Actor } from '../access/actor.js';
import { localDateOf } from '../deadlines/local-time.js';
import { assertCanCase, emergencyGrantFor } from '../access/case-access.js';
import { appendAudit, appendListAudit } from '../audit/audit.repository.js';
import { childView, type HouseholdFields } from '../children/child-view.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors/app-error.js';
import { iso } from './case-change.js';
import { loadCaseFile } from './case-file.repository.js';
import type { ConferenceRow } from './conferences/conference.repository.js';
import { type ConsentRow, consentStatus, consentView } from './intake/consent.service.js';
import type { PlanJson } from './planning/plan.repository.js';
import { listCases as listCaseRecords } from './case-list.repository.js';
import type { CaseListQuery } from './case.schemas.js';
import { conferenceView } from './conferences/conference.service.js';
import { planView } from './planning/plan.service.js';

// Reading case files (framework 3.10: every view of a case is attributable).
// Scope and need-to-know are applied in SQL by the repositories (caseScope,
// caseFieldVisibility); each read is audited with the sections it returned.

const isoOrNull = (d: Date | string | null) => (d ? iso(d) : null);

export async function getCaseFile(ctx: AppContext, actor: Actor, caseId: string) {
  // No case-reading role: caseScope holds nothing, so the case is not found (404).
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const row = await loadCaseFile(db, actor, caseId, localDateOf(now, ctx.config.timeZone));
  if (!row) throw notFound('case');
  const consents = (row.consents as ConsentRow[]).map(consentView);
  const file = {
    id: row.id,
    caseCode: row.caseCode,
    stage: row.stage,
    tier: row.tier,
    caseTypes: row.caseTypes,
    districtId: row.districtId,
    place: { id: row.placeId, name: row.placeName },
    openedAt: iso(row.openedAt),
    openedBy: row.openedBy!,
    closedAt: isoOrNull(row.closedAt),
    closureReason: row.closureReason,
    nextDueAt: isoOrNull(row.nextDueAt),
    leadCaseworker: row.leadCaseworker,
    supervisor: row.supervisor,
    report: { id: row.reportId, reference: row.reportReference, channel: row.reportChannel, receivedAt: iso(row.reportReceivedAt), tierReason: row.tierReason },
    child: childView({
      id: row.childId,
      childCode: row.childCode,
      identityVisible: row.identityVisible,
      givenName: row.givenName,
      familyName: row.familyName,
      otherNames: row.otherNames,
      sex: row.sex,
      dateOfBirth: row.dateOfBirth,
      ageYears: row.ageYears,
      birthDateEstimated: row.birthDateEstimated,
      disability: row.disability,
      disabilityNote: row.disabilityNote,
      refugeeStatus: row.refugeeStatus,
      placeId: row.childPlaceId,
      placeName: row.childPlaceName,
    }),
    household: row.household as HouseholdFields[],
    otherCases: row.otherCases.map((c) => ({ ...c, openedAt: iso(c.openedAt) })),
    consents,
    consentStatus: consentStatus(consents.map((c) => ({ ...c, decidedAt: new Date(c.decidedAt), recordedAt: new Date(c.recordedAt) }))),
    assessments: row.assessments.map((a) => ({ ...a, assessedAt: iso(a.assessedAt) })),
    plan: row.plan ? planView(row.plan as PlanJson) : null,
    planVersions: row.planVersions.map((v) => ({ ...v, createdAt: iso(v.createdAt) })),
    conferences: (row.conferences as ConferenceRow[]).map(conferenceView),
    timeline: row.timeline.map((e) => ({ ...e, at: iso(e.at) })),
    access: accessOf(actor, row.id, row.restricted),
  };
  const sections = [file.child.identityVisible ? 'child.identity' : 'child', 'household', 'consents', 'assessments', 'plan', 'conferences', 'timeline'];
  // A read through an emergency access says so: the officer's review reads it.
  const details = file.access.emergency ? { emergencyAccess: true } : undefined;
  await db
    .transaction()
    .execute((trx) => appendAudit(trx, actor, { action: 'case.read', entityType: 'case', entityId: row.id, fields: sections, details }, now));
  return file;
}

/** How the reader holds the file: restricted (a banner, read-only), or through an emergency access. */
function accessOf(actor: Actor, caseId: string, restricted: boolean) {
  const grant = emergencyGrantFor(actor, caseId);
  const emergency = grant ? { allowsWork: grant.allowsWork, expiresAt: grant.expiresAt.toISOString() } : null;
  return { restricted, emergency, readOnly: restricted || (!!grant && !grant.allowsWork) };
}

export async function listCases(ctx: AppContext, actor: Actor, query: CaseListQuery) {
  assertCanCase(actor, 'case:read');
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const { items, total } = await listCaseRecords(db, actor, { ...query, tier: query.tier as 1 | 2 | undefined }, localDateOf(now, ctx.config.timeZone));
  const visible = items.some((r) => r.identityVisible);
  const result = {
    total,
    items: items.map((r) => ({
      id: r.id,
      caseCode: r.caseCode,
      childId: r.childId,
      childCode: r.childCode,
      childName: r.identityVisible ? [r.givenName, r.familyName].filter(Boolean).join(' ') : null,
      sex: r.sex,
      ageYears: r.ageYears,
      stage: r.stage,
      tier: r.tier,
      caseTypes: r.caseTypes,
      place: { id: r.placeId, name: r.placeName },
      leadCaseworker: r.leadId ? { id: r.leadId, fullName: r.leadName! } : null,
      nextDueAt: isoOrNull(r.nextDueAt),
      openedAt: iso(r.openedAt),
    })),
  };
  // The list shows who the children are: the read is attributable like a case file's.
  await db
    .transaction()
    .execute((trx) =>
      appendListAudit(
        trx,
        actor,
        { action: 'case.list', entityType: 'case', ids: result.items.map((i) => i.id), fields: visible ? ['childName'] : [], details: { page: query.page } },
        now,
      ),
    );
  return result;
}
