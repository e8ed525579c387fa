import { sql, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { reportFieldVisibility, reportScope, type ReportFieldVisibility } from '../access/case-access.js';
import type { DB } from '../db/schema.js';
import type { ReportChannel, ReportStatus } from '../db/tables/cases-core.js';
import type { ReportListQuery } from './report.schemas.js';
import type { Db } from '../db/database.js';
import { escapeLike } from '../db/like.js';

// SQL of the register of reported incidents. Every read goes through
// reportScope (src/access/case-access.ts), so a report outside the actor's
// register is never fetched, and need-to-know (reportFieldVisibility) is
// applied in the select: a field the actor may not see is read as null, so no
// reader of these rows (JSON, a list, a future export) can show it.

/**
 * The next register reference of a district and year: 'R' + district code,
 * the year's last two digits and a six-digit number ('R57-26-000123'). The
 * counter row is taken with an upsert, so two reports recorded at once in the
 * same district wait on it and get different numbers; a rolled-back report
 * leaves a gap, which a register may have.
 */
export async function nextReportReference(trx: Transaction<DB>, districtId: string, year: number): Promise<string> {
  const { rows } = await sql<{ last_value: number }>`
    insert into report_sequences (district_id, year, last_value) values (${districtId}, ${year}, 1)
    on conflict (district_id, year) do update set last_value = report_sequences.last_value + 1
    returning last_value`.execute(trx);
  const n = rows[0]!.last_value;
  return `R${districtId}-${String(year % 100).padStart(2, '0')}-${String(n).padStart(6, '0')}`;
}

export async function findPlaceForReport(db: Db, id: string) {
  return db.selectFrom('places').select(['id', 'level', 'district_id as districtId']).where('id', '=', id).executeTakeFirst();
}

export type NewReport = {
  reference: string;
  districtId: string;
  placeId: string;
  channel: ReportChannel;
  reporterUserId: string | null;
  reporterName: string | null;
  reporterPhone: string | null;
  reporterRelationship: string | null;
  childName: string | null;
  childSex: 'female' | 'male' | 'unknown';
  childAgeYears: number | null;
  childDescription: string | null;
  whatHappened: string;
  incidentDate: string | null;
  incidentPlace: string | null;
  receivedAt: Date;
  recordedBy: string;
};

export async function insertReport(trx: Transaction<DB>, r: NewReport) {
  return trx
    .insertInto('incident_reports')
    .values({
      reference: r.reference,
      district_id: r.districtId,
      place_id: r.placeId,
      channel: r.channel,
      reporter_user_id: r.reporterUserId,
      reporter_name: r.reporterName,
      reporter_phone: r.reporterPhone,
      reporter_relationship: r.reporterRelationship,
      child_name: r.childName,
      child_sex: r.childSex,
      child_age_years: r.childAgeYears,
      child_description: r.childDescription,
      what_happened: r.whatHappened,
      incident_date: r.incidentDate,
      incident_place: r.incidentPlace,
      received_at: r.receivedAt,
      recorded_by: r.recordedBy,
      status: 'new',
      created_at: r.receivedAt,
      updated_at: r.receivedAt,
    })
    .returning(['id', 'reference', 'received_at as receivedAt', 'status', 'channel'])
    .executeTakeFirstOrThrow();
}

/** Open deadlines' earliest due time, per report. */
const nextDueAt = sql<Date | null>`(select min(d.due_at) from deadlines d where d.report_id = r.id and d.met_at is null)`;

/** The register (or, for a reporter, their own reports), filtered and paged in SQL. */
export async function listReports(db: Db, actor: Actor, query: ReportListQuery, range: { fromAt?: Date; toBefore?: Date }) {
  const visible = reportFieldVisibility(actor);
  const filtered = db
    .selectFrom('incident_reports as r')
    .where(reportScope(actor))
    .$if(!!query.status, (q) => q.where('r.status', '=', query.status as ReportStatus))
    .$if(!!query.tier, (q) => q.where('r.tier', '=', Number(query.tier) as 1 | 2))
    .$if(!!query.channel, (q) => q.where('r.channel', '=', query.channel as ReportChannel))
    .$if(!!range.fromAt, (q) => q.where('r.received_at', '>=', range.fromAt!))
    .$if(!!range.toBefore, (q) => q.where('r.received_at', '<', range.toBefore!))
    // The name search is for those who may see the name: for anyone else a
    // search term matches references only, so it cannot answer "is there a
    // child called X".
    .$if(!!query.q, (q) =>
      q.where((eb) =>
        eb.or([
          eb('r.reference', 'like', `${escapeLike(query.q!.toUpperCase())}%`),
          ...(visible.childIdentity ? [eb('r.child_name', 'ilike', `%${escapeLike(query.q!)}%`)] : []),
        ]),
      ),
    );
  const items = await filtered
    .innerJoin('places as p', 'p.id', 'r.place_id')
    // What the IZU said of a report they flagged (channel izu): the kind of incident as they saw it, and whether urgent.
    .leftJoin('izu_incident_flags as f', 'f.report_id', 'r.id')
    .select([
      'r.id',
      'r.reference',
      'r.received_at as receivedAt',
      'r.status',
      'r.channel',
      'r.district_id as districtId',
      'r.place_id as placeId',
      'p.name as placeName',
      'r.child_sex as childSex',
      'r.child_age_years as childAgeYears',
      'r.is_vena as isVena',
      'r.tier',
      'r.case_types as caseTypes',
      'f.incident_type as flagType',
      'f.urgent as flagUrgent',
      nextDueAt.as('nextDueAt'),
    ])
    .orderBy('r.received_at', 'desc')
    .orderBy('r.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const { total } = await filtered.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  return { items, total };
}

/** A column the actor may see, or null in its place. */
function shown<T>(visible: boolean, column: ReturnType<typeof sql.ref>) {
  return visible ? sql<T | null>`${column}` : sql<T | null>`null`;
}

/** One report in the actor's scope, every column the full view shows, identity as need-to-know allows. */
export async function findReport(db: Db, actor: Actor, id: string) {
  const visible: ReportFieldVisibility = reportFieldVisibility(actor);
  const row = await db
    .selectFrom('incident_reports as r')
    .innerJoin('places as p', 'p.id', 'r.place_id')
    .innerJoin('places as dp', 'dp.id', 'r.district_id')
    .leftJoin('izu_incident_flags as f', 'f.report_id', 'r.id')
    .where(reportScope(actor))
    .where('r.id', '=', id)
    .select([
      'r.id',
      'r.reference',
      'r.received_at',
      'r.status',
      'r.channel',
      'r.district_id',
      'r.place_id',
      // Who recorded the report is often who saw it (an IZU, a local leader): the reporter's need-to-know.
      shown<string>(visible.reporterIdentity, sql.ref('r.recorded_by')).as('recorded_by'),
      shown<string>(visible.reporterIdentity, sql.ref('r.reporter_user_id')).as('reporter_user_id'),
      shown<string>(visible.reporterIdentity, sql.ref('r.reporter_name')).as('reporter_name'),
      shown<string>(visible.reporterIdentity, sql.ref('r.reporter_relationship')).as('reporter_relationship'),
      shown<string>(visible.reporterIdentity, sql.ref('r.reporter_phone')).as('reporter_phone'),
      shown<string>(visible.childIdentity, sql.ref('r.child_name')).as('child_name'),
      shown<string>(visible.childIdentity, sql.ref('r.child_description')).as('child_description'),
      'r.child_sex',
      'r.child_age_years',
      'r.what_happened',
      'r.incident_place',
      'r.screened_at',
      'r.screened_by',
      'r.is_vena',
      'r.case_types',
      'r.tier',
      'r.tier_reason',
      'r.non_vena_needs',
      'r.early_intervention',
      'r.screening_note',
      'r.child_id',
      'r.case_id',
      'r.closed_at',
      'p.name as place_name',
      'dp.name as district_name',
      'f.incident_type as flag_type',
      'f.urgent as flag_urgent',
      sql<string | null>`to_char(r.incident_date, 'YYYY-MM-DD')`.as('incident_day'),
    ])
    .executeTakeFirst();
  return row && { ...row, visible };
}
export type ReportRow = NonNullable<Awaited<ReturnType<typeof findReport>>>;

/** The report's row locked for a step that changes it (screening, intake, an early intervention referral), within the actor's scope. */
export async function lockReport(trx: Transaction<DB>, actor: Actor, id: string) {
  return trx
    .selectFrom('incident_reports as r')
    .where(reportScope(actor))
    .where('r.id', '=', id)
    .select([
      'r.id',
      'r.reference',
      'r.status',
      'r.district_id as districtId',
      'r.place_id as placeId',
      'r.reporter_phone as reporterPhone',
      'r.is_vena as isVena',
      'r.tier',
      'r.case_types as caseTypes',
      'r.child_sex as childSex',
      'r.child_age_years as childAgeYears',
    ])
    .forUpdate()
    .executeTakeFirst();
}

/** A report's reference and reporter's number, for the reporter's status SMS. Unscoped: the report was reached through a record the actor may act on. */
export async function reportReporter(db: Db, reportId: string) {
  return db.selectFrom('incident_reports').select(['reference', 'reporter_phone as reporterPhone']).where('id', '=', reportId).executeTakeFirst();
}

/** Is the report in the actor's scope? */
export async function reportInScope(db: Db, actor: Actor, reportId: string): Promise<boolean> {
  return !!(await db.selectFrom('incident_reports as r').select('r.id').where('r.id', '=', reportId).where(reportScope(actor)).executeTakeFirst());
}

// Unscoped: the deadlines of a report already found through reportScope (findReport, lockReport).
export async function reportDeadlines(db: Db, reportId: string) {
  return db
    .selectFrom('deadlines')
    .select(['id', 'kind', 'due_at as dueAt', 'met_at as metAt', 'escalation_level as escalationLevel'])
    .where('report_id', '=', reportId)
    .orderBy('due_at')
    .orderBy('id')
    .execute();
}

export type ScreeningValues =
  | { isVena: false; needs: string[]; earlyInterventions: string[]; note: string | null }
  | { isVena: true; caseTypes: string[]; tier: 1 | 2; tierReason: string; needs: string[]; note: string | null };

export async function recordScreening(trx: Transaction<DB>, id: string, actorId: string, s: ScreeningValues, at: Date) {
  await trx
    .updateTable('incident_reports')
    .set({
      screened_at: at,
      screened_by: actorId,
      is_vena: s.isVena,
      screening_note: s.note,
      updated_at: at,
      ...(s.isVena
        ? { status: 'screened', case_types: s.caseTypes, tier: s.tier, tier_reason: s.tierReason, non_vena_needs: s.needs } // the column holds the screening's needs, VENA or not
        : { status: 'early_intervention', non_vena_needs: s.needs, early_intervention: s.earlyInterventions, closed_at: at }),
    })
    .where('id', '=', id)
    .execute();
}
