import { ALWAYS_URGENT_FLAG_TYPES, type IncidentFlagType } from '../community/izu-visit-vocabulary.js';
import type { Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { assertCanCase, reportView, type ReportFieldVisibility } from '../access/case-access.js';
import { appendAudit, appendListAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import type { DB } from '../db/schema.js';
import { computeDueAt } from '../deadlines/deadline-policy.js';
import { loadDeadlinePolicy, openDeadline } from '../deadlines/deadline.repository.js';
import { addDays, localDateOf, startOfLocalDay } from '../deadlines/local-time.js';
import { invalidField, notFound } from '../errors/app-error.js';
import { insertNotifications } from '../notifications/notification.repository.js';
import { cpwosOf } from '../notifications/recipients.repository.js';
import { reportReceivedSms, reportUrgentSms } from '../notifications/sms-messages.js';
import { deliverSms, queueSms } from '../notifications/sms-outbox.js';
import { normaliseRwandanMobile } from '../people/phone.js';
import {
  findPlaceForReport,
  findReport,
  insertReport,
  listReports as listReportRows,
  nextReportReference,
  reportDeadlines,
  type NewReport,
  type ReportRow,
} from './report.repository.js';
import type { CreateReportInput, HotlineReportInput, ReportDetail, ReportListQuery } from './report.schemas.js';

// Framework steps 1-2: identification by anyone, and recording in the
// register of reported incidents of the child's district.

/** Records a report from any channel; it lands at once in the district register with a screening deadline. */
export async function createReport(ctx: AppContext, actor: Actor, input: CreateReportInput) {
  assertCanCase(actor, 'report:create');
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const tz = ctx.config.timeZone;
  if (!input.child.name && !input.child.description) {
    throw invalidField('body.child', 'Give the child’s name or a description', 'errors.child_name_or_description_required');
  }
  if (input.incidentDate && input.incidentDate > localDateOf(now, tz)) {
    throw invalidField('body.incidentDate', 'The incident date is in the future', 'errors.date_in_future');
  }
  let phone: string | null = null;
  if (input.reporter?.phone) {
    phone = normaliseRwandanMobile(input.reporter.phone);
    if (!phone) throw invalidField('body.reporter.phone', 'Not a Rwandan mobile number (07xxxxxxxx or +2507xxxxxxxx)', 'errors.phone_invalid');
  }
  const values: Omit<NewReport, 'reference' | 'districtId' | 'receivedAt' | 'recordedBy'> = {
    placeId: input.placeId,
    channel: input.channel,
    // No reporter given: the signed-in user identified the child themselves.
    reporterUserId: input.reporter ? null : actor.id,
    reporterName: input.reporter?.name ?? null,
    reporterPhone: phone,
    reporterRelationship: input.reporter?.relationship ?? null,
    childName: input.child.name ?? null,
    childSex: input.child.sex,
    childAgeYears: input.child.ageYears ?? null,
    childDescription: input.child.description ?? null,
    whatHappened: input.whatHappened,
    incidentDate: input.incidentDate ?? null,
    incidentPlace: input.incidentPlace ?? null,
  };

  const created = await db
    .transaction()
    .execute((trx) => recordReportIn(trx, ctx, actor, { values, auditFields: providedFields(input), auditDetails: { channel: input.channel } }));
  const { sms, ...report } = created;
  await deliverSms(ctx, sms);
  return report;
}

/** What recordReportIn records: the report as given, and what the audit names of it. */
export type ReportRecording = {
  values: Omit<NewReport, 'reference' | 'districtId' | 'receivedAt' | 'recordedBy'>;
  /** Names of the fields given, for the audit (never their values). */
  auditFields: string[];
  auditDetails?: Record<string, unknown>;
  /**
   * Tell the district's CPWOs at once, in the app and by SMS (framework step 3:
   * a possible Tier 1, e.g. sexual abuse, is reported to the CPWO at once).
   */
  urgent?: boolean;
};

/**
 * The one way a report enters the register, in the caller's transaction:
 * its reference, the row, the screening clock, the district's CPWOs told,
 * the audit entry, and the SMS queued (the reporter's receipt; the CPWOs'
 * alert when urgent). The caller delivers `sms` after the commit (deliverSms).
 * createReport (web, hotline) and the IZU's flags (web, SMS, USSD) share it.
 */
export async function recordReportIn(trx: Transaction<DB>, ctx: AppContext, actor: Actor, r: ReportRecording) {
  const now = ctx.clock.now();
  const tz = ctx.config.timeZone;
  const place = await findPlaceForReport(trx, r.values.placeId);
  if (!place || place.level < 2) throw invalidField('body.placeId', 'No such place', 'errors.place_not_found');
  const districtId = r.values.placeId.slice(0, 2);
  const policy = await loadDeadlinePolicy(trx);
  const screeningDueAt = computeDueAt(policy, 'screening', now, tz);

  const reference = await nextReportReference(trx, districtId, Number(localDateOf(now, tz).slice(0, 4)));
  const report = await insertReport(trx, { ...r.values, districtId, receivedAt: now, recordedBy: actor.id, reference });
  await openDeadline(trx, { kind: 'screening', reportId: report.id, districtId, dueAt: screeningDueAt, at: now });
  // The district's CPWOs see it in their queue and hear of it in the app (framework 3.7: "immediately").
  const cpwos = (await cpwosOf(trx, r.values.placeId)).filter((u) => u.id !== actor.id);
  await insertNotifications(
    trx,
    cpwos.map((u) => ({
      userId: u.id,
      kind: r.urgent ? 'report.urgent' : 'report.received',
      messageKey: r.urgent ? 'notifications.report_urgent' : 'notifications.report_received',
      params: { reference, channel: r.values.channel },
      reportId: report.id,
    })),
    now,
  );
  await appendAudit(
    trx,
    actor,
    {
      action: 'report.create',
      entityType: 'incident_report',
      entityId: report.id,
      fields: r.auditFields,
      details: { ...r.auditDetails, districtId, ...(r.urgent ? { urgent: true } : {}) },
    },
    now,
  );
  // Texts carry the reference only: never the child, the place or what happened.
  const texts = [
    ...(r.values.reporterPhone ? [{ to: r.values.reporterPhone, text: reportReceivedSms(reference) }] : []),
    ...(r.urgent ? cpwos.filter((u) => u.phone).map((u) => ({ to: u.phone!, text: reportUrgentSms(reference) })) : []),
  ];
  const sms = await queueSms(trx, ctx, texts);
  return { ...report, screeningDueAt, sms };
}

/** The 116 hotline's fast intake, mapped onto the one report form. */
export async function createHotlineReport(ctx: AppContext, actor: Actor, input: HotlineReportInput) {
  assertCanCase(actor, 'report:hotline');
  const caller = { name: input.callerName, relationship: input.callerRelationship, phone: input.callerPhone };
  return createReport(ctx, actor, {
    channel: 'hotline_116',
    reporter: Object.values(caller).some(Boolean) ? caller : { relationship: 'anonymous_caller' },
    child: { name: input.childName, description: input.childDescription, sex: input.childSex, ageYears: input.childAgeYears },
    placeId: input.placeId,
    whatHappened: input.whatHappened,
    incidentDate: input.incidentDate,
  });
}

/** Names of the fields a report was given, for the audit (never their values). */
function providedFields(input: CreateReportInput): string[] {
  const fields = ['channel', 'placeId', 'whatHappened'];
  for (const [k, v] of Object.entries(input.reporter ?? {})) if (v !== undefined) fields.push(`reporter.${k}`);
  for (const [k, v] of Object.entries(input.child)) if (v !== undefined) fields.push(`child.${k}`);
  if (input.incidentDate) fields.push('incidentDate');
  if (input.incidentPlace) fields.push('incidentPlace');
  return fields;
}

/** The register of the actor's district (CPWO, supervisor), or a reporter's own reports by status. */
export async function listReports(ctx: AppContext, actor: Actor, query: ReportListQuery) {
  const view = reportView(actor);
  if (view === 'full') assertCanCase(actor, 'report:register');
  else assertCanCase(actor, 'report:create');
  const tz = ctx.config.timeZone;
  const range = {
    fromAt: query.from ? startOfLocalDay(query.from, tz) : undefined,
    toBefore: query.to ? startOfLocalDay(addDays(query.to, 1), tz) : undefined,
  };
  // A reporter may not learn a screening outcome beyond the status: no tier filter for them.
  const filters = view === 'full' ? query : { ...query, tier: undefined };
  const at = ctx.clock.now();
  const now = at.getTime();
  return ctx.database.db.transaction().execute(async (trx) => {
    const { items, total } = await listReportRows(trx, actor, filters, range);
    // The register shows who was reported (sex, age, place, tier): the list is
    // audited with the ids it returned, and whether a search term was given.
    if (view === 'full') {
      await appendListAudit(
        trx,
        actor,
        {
          action: 'report.list',
          entityType: 'incident_report',
          ids: items.map((r) => r.id),
          fields: REGISTER_FIELDS,
          details: { page: query.page, search: query.q !== undefined },
        },
        at,
      );
    }
    return {
      items: items.map((r) =>
        view === 'full'
          ? {
              view,
              ...withoutFlagColumns(r),
              izuFlag: izuFlagOf(r.flagType, r.flagUrgent),
              overdue: r.nextDueAt !== null && new Date(r.nextDueAt).getTime() < now,
            }
          : { view, id: r.id, reference: r.reference, receivedAt: r.receivedAt, status: r.status, channel: r.channel },
      ),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

const REGISTER_FIELDS = ['childSex', 'childAgeYears', 'place', 'tier', 'caseTypes', 'izuFlag'];

/** What the IZU flagged; urgent as it reached the CPWO: marked so, or a kind that always does (framework §6: sexual abuse). */
function izuFlagOf(type: string | null, urgent: boolean | null): { type: IncidentFlagType; urgent: boolean } | null {
  if (type === null || urgent === null) return null;
  const flagType = type as IncidentFlagType;
  return { type: flagType, urgent: urgent || ALWAYS_URGENT_FLAG_TYPES.includes(flagType) };
}

const withoutFlagColumns = <R extends { flagType: unknown; flagUrgent: unknown }>({ flagType: _type, flagUrgent: _urgent, ...rest }: R) => rest;

/** Names of the fields a full read showed, for the audit: identity only where need-to-know gave it. */
function readFields(visible: ReportFieldVisibility): string[] {
  return [
    ...(visible.reporterIdentity ? ['reporter'] : []),
    ...(visible.childIdentity ? ['child.name', 'child.description'] : []),
    'child.sex',
    'child.ageYears',
    'whatHappened',
    'incidentDate',
    'incidentPlace',
    'izuFlag',
    'screening',
  ];
}

/** One report: the full record for the register (audited as a read), its status for the one who reported it. */
export async function getReport(ctx: AppContext, actor: Actor, id: string) {
  const view = reportView(actor);
  const { db } = ctx.database;
  if (view === 'status') {
    assertCanCase(actor, 'report:create');
    const row = await findReport(db, actor, id);
    if (!row) throw notFound('report');
    return { view, id: row.id, reference: row.reference, receivedAt: row.received_at, status: row.status, channel: row.channel };
  }
  assertCanCase(actor, 'report:register');
  const now = ctx.clock.now();
  return db.transaction().execute(async (trx) => {
    const row = await findReport(trx, actor, id);
    if (!row) throw notFound('report');
    const detail = toDetail(row, await reportDeadlines(trx, id), now);
    await appendAudit(trx, actor, { action: 'report.read', entityType: 'incident_report', entityId: id, fields: readFields(row.visible) }, now);
    return detail;
  });
}

export function toDetail(row: ReportRow, deadlines: Awaited<ReturnType<typeof reportDeadlines>>, now: Date): ReportDetail {
  return {
    view: 'full',
    id: row.id,
    reference: row.reference,
    receivedAt: row.received_at,
    status: row.status,
    channel: row.channel,
    districtId: row.district_id,
    districtName: row.district_name,
    placeId: row.place_id,
    placeName: row.place_name,
    recordedById: row.recorded_by,
    shown: row.visible,
    reporter: { userId: row.reporter_user_id, name: row.reporter_name, relationship: row.reporter_relationship, phone: row.reporter_phone },
    child: { name: row.child_name, description: row.child_description, sex: row.child_sex, ageYears: row.child_age_years },
    whatHappened: row.what_happened,
    incidentDate: row.incident_day,
    incidentPlace: row.incident_place,
    izuFlag: izuFlagOf(row.flag_type, row.flag_urgent),
    screening:
      row.screened_at && row.screened_by && row.is_vena !== null
        ? {
            screenedAt: row.screened_at,
            screenedById: row.screened_by,
            isVena: row.is_vena,
            caseTypes: row.case_types,
            tier: row.tier,
            tierReason: row.tier_reason,
            needs: row.non_vena_needs,
            earlyInterventions: row.early_intervention,
            note: row.screening_note,
          }
        : null,
    childId: row.child_id,
    caseId: row.case_id,
    closedAt: row.closed_at,
    deadlines: deadlines.map((d) => ({
      ...d,
      overdue: d.metAt === null && new Date(d.dueAt).getTime() < now.getTime(),
    })),
  };
}
