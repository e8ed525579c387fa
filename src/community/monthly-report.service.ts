import type { Transaction } from 'kysely';
import type { ZodError } from 'zod';
import type { Actor } from '../access/actor.js';
import {
  assertCanReadMonthlyReports,
  assertCanReadVillageReports,
  assertMayEnterMonthlyReport,
  assertMonthlyReportPlaceInScope,
  assertReportVillageInScope,
} from '../access/monthly-report-access.js';
import { appendAuditAlone, appendAudits, appendListAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import type { DB } from '../db/schema.js';
import { localDateOf } from '../deadlines/local-time.js';
import { AppError, invalidField, notFound } from '../errors/app-error.js';
import { fieldMessageKey, type IssueParams } from '../errors/field-message-key.js';
import type { MonthlyReportChannel } from './monthly-report.content.js';
import { placeLabels } from '../places/place.service.js';
import { findVolunteers } from './izu-registry.repository.js';
import { currentReportMonth, reportDeadline } from './monthly-report.calendar.js';
import {
  emptyFigures,
  findCurrentReports,
  findPartsOf,
  findVillageMonthReports,
  insertMonthlyReports,
  isVillage,
  rollupByPart,
  type ReportFigures,
  type StoredReport,
} from './monthly-report.repository.js';
import {
  monthlyReportInputSchema,
  type MonthlyReportInput,
  type MonthlyReportValues,
  type Rollup,
  type RollupQuery,
  type SubmittedMonthlyReport,
  type VillageReportsQuery,
} from './monthly-report.schemas.js';
import { registryScopeFilter } from '../access/izu-access.js';

// The IZU monthly report (issue 13; programme brief: "each pair sends a
// monthly report"). One entry point for every channel: the web form, a paper
// form typed by the cell coordinator, SMS and USSD. A second report for the
// same village and month replaces the first, which stays as history.
//
// Month-end burst (SYSTEM.md §10: 29,674 volunteers, most in the last days):
// the checks read nothing but the actor and, for a paper report, the village's
// primary key; the write is a lock, an update and an insert by index, and the
// audit entry.

/** The calendar month of an instant in the configured zone (Africa/Kigali), 'YYYY-MM'. */
export const monthOf = (ctx: Pick<AppContext, 'config'>, at: Date) => localDateOf(at, ctx.config.timeZone).slice(0, 7);

/** A schema's refusal as the API's field errors ('body.<path>', each with its message key). */
function fieldErrors(error: ZodError): AppError {
  const fields = error.issues.map((issue) => {
    const extra = issue.code === 'unrecognized_keys' ? issue.keys.join(',') : '';
    const field = ['body', ...issue.path.map(String), extra].filter(Boolean).join('.');
    return { field, message: issue.message, ...fieldMessageKey(issue.code, issue.message, issue as unknown as IssueParams) };
  });
  return new AppError('validation', fields.map((f) => `${f.field}: ${f.message}`).join('; '), 'errors.validation', fields);
}

/**
 * Records a pair's monthly report in its own transaction. `channel`: 'web'
 * or 'sms'/'ussd' for an IZU reporting on their own village; 'paper' for a
 * cell coordinator typing a pair's paper form (villageId required). Throws
 * field errors (400) for bad input, 403 for a role that may not report, 404
 * for a village outside a coordinator's cell; nothing is written then.
 */
export async function submitMonthlyReport(
  ctx: AppContext,
  actor: Actor,
  input: MonthlyReportInput,
  channel: MonthlyReportChannel,
): Promise<SubmittedMonthlyReport> {
  const checked = await checkMonthlyReport(ctx, actor, input, channel);
  return ctx.database.db.transaction().execute((trx) => writeMonthlyReport(trx, ctx, actor, checked, channel));
}

/**
 * The same inside the caller's transaction (the SMS and USSD channels record
 * the inbound message and the report together, exactly once). A refusal
 * throws before anything is written in `trx`.
 */
export async function submitMonthlyReportIn(
  trx: Transaction<DB>,
  ctx: AppContext,
  actor: Actor,
  input: MonthlyReportInput,
  channel: MonthlyReportChannel,
): Promise<SubmittedMonthlyReport> {
  const checked = await checkMonthlyReport(ctx, actor, input, channel, trx);
  return writeMonthlyReport(trx, ctx, actor, checked, channel);
}

type CheckedReport = { villageId: string; values: MonthlyReportValues };

async function checkMonthlyReport(
  ctx: AppContext,
  actor: Actor,
  input: MonthlyReportInput,
  channel: MonthlyReportChannel,
  trx?: Transaction<DB>,
): Promise<CheckedReport> {
  assertMayEnterMonthlyReport(actor, channel);
  const parsed = monthlyReportInputSchema.safeParse(input);
  if (!parsed.success) throw fieldErrors(parsed.error);
  const values = parsed.data;
  // A month not yet begun cannot be reported on; the month in progress can (a pair may send on the last days).
  if (values.month > monthOf(ctx, ctx.clock.now())) throw invalidField('body.month', 'a month not yet begun', 'errors.month_in_future');
  let villageId: string;
  if (channel === 'paper') {
    if (!values.villageId)
      throw new AppError('validation', 'body.villageId: required', 'errors.validation', [
        { field: 'body.villageId', message: 'required', messageKey: 'errors.field.required' },
      ]);
    villageId = values.villageId;
    assertReportVillageInScope(actor, villageId);
    if (!(await isVillage(trx ?? ctx.database.db, villageId)))
      throw invalidField('body.villageId', 'not a village (Umudugudu)', 'errors.izu_report_not_village');
  } else {
    // An IZU reports on their own village (their jurisdiction), never another.
    villageId = values.villageId ?? actor.jurisdictionId;
    if (villageId !== actor.jurisdictionId) throw invalidField('body.villageId', 'an IZU reports on their own village only', 'errors.izu_report_other_village');
  }
  return { villageId, values };
}

async function writeMonthlyReport(
  trx: Transaction<DB>,
  ctx: AppContext,
  actor: Actor,
  checked: CheckedReport,
  channel: MonthlyReportChannel,
): Promise<SubmittedMonthlyReport> {
  const [saved] = await writeMonthlyReports(trx, ctx, [{ actor, checked, channel }]);
  return saved!;
}

/**
 * Several pairs' reports in the caller's transaction, each checked as
 * submitMonthlyReportIn checks one (the inbound worker records a batch of
 * SMS at once): for each, in the order given, the saved report, or the
 * refusal that submitMonthlyReportIn would have thrown (nothing written for
 * it). The accepted ones are written together, as if one after the other, in
 * four statements (insertMonthlyReports, and the audit entries in one).
 */
export async function submitMonthlyReportsIn(
  trx: Transaction<DB>,
  ctx: AppContext,
  items: { actor: Actor; input: MonthlyReportInput; channel: MonthlyReportChannel }[],
): Promise<({ ok: true; saved: SubmittedMonthlyReport } | { ok: false; error: AppError })[]> {
  const checked: ({ ok: true; checked: CheckedReport } | { ok: false; error: AppError })[] = [];
  for (const item of items) {
    try {
      checked.push({ ok: true, checked: await checkMonthlyReport(ctx, item.actor, item.input, item.channel, trx) });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      checked.push({ ok: false, error: err });
    }
  }
  const accepted = items.flatMap((item, i) => {
    const c = checked[i]!;
    return c.ok ? [{ ...item, checked: c.checked }] : [];
  });
  const saved = await writeMonthlyReports(trx, ctx, accepted);
  let k = 0;
  return checked.map((c) => (c.ok ? { ok: true as const, saved: saved[k++]! } : c));
}

async function writeMonthlyReports(
  trx: Transaction<DB>,
  ctx: AppContext,
  items: { actor: Actor; checked: CheckedReport; channel: MonthlyReportChannel }[],
): Promise<SubmittedMonthlyReport[]> {
  if (items.length === 0) return [];
  const now = ctx.clock.now();
  const written = await insertMonthlyReports(
    trx,
    items.map(({ actor, checked: { villageId, values }, channel }) => ({
      villageId,
      month: values.month,
      channel,
      submittedBy: channel === 'paper' ? null : actor.id,
      enteredBy: actor.id,
      receivedAt: now,
      values,
    })),
  );
  // A paper form typed by a coordinator is audited as entered on the pair's behalf.
  await appendAudits(
    trx,
    items.map(({ actor, checked: { villageId, values }, channel }, i) => {
      const { id, replacedId } = written[i]!;
      return {
        actor,
        entry: {
          action: channel === 'paper' ? 'izu_report.enter_paper' : 'izu_report.submit',
          entityType: 'izu_monthly_report',
          entityId: id,
          details: {
            villageId,
            month: values.month,
            channel,
            ...(replacedId && { replaces: replacedId }),
            ...(channel === 'paper' && { onBehalfOfVillage: villageId }),
          },
        },
      };
    }),
    now,
  );
  return items.map(({ checked: { villageId, values } }, i) => ({
    id: written[i]!.id,
    month: values.month,
    villageId,
    replaced: written[i]!.replacedId !== null,
  }));
}

/** The month asked, or the one reports are most likely about today; never a month not yet begun. */
function readMonth(ctx: AppContext, month: string | undefined, field = 'query.month'): string {
  const today = localDateOf(ctx.clock.now(), ctx.config.timeZone);
  const m = month ?? currentReportMonth(today, ctx.config.izuReportDeadlineDay);
  if (m > today.slice(0, 7)) throw invalidField(field, 'a month not yet begun', 'errors.month_in_future');
  return m;
}

/** Code length of the places one level below a place of this level (province 1 … village 8). */
const PART_LENGTH = [1, 2, 4, 6, 8];

const completeness = (pairsActive: number, pairsReported: number) => ({ pairsActive, pairsReported, pairsMissing: pairsActive - pairsReported });

function addFigures(into: ReportFigures, f: ReportFigures) {
  into.reports += f.reports;
  into.householdsVisited += f.householdsVisited;
  into.resolvedInCommunity += f.resolvedInCommunity;
  into.referralsMade += f.referralsMade;
  into.followUpVisits += f.followUpVisits;
  for (const key of ['childrenAtRisk', 'incidents'] as const) {
    for (const [c, n] of Object.entries(f[key])) into[key][c] = (into[key][c] ?? 0) + n;
  }
}

const reportView = (r: StoredReport) => ({
  id: r.id,
  villageId: r.villageId,
  month: r.month,
  channel: r.channel,
  receivedAt: r.receivedAt,
  submittedBy: r.submittedById ? { id: r.submittedById, fullName: r.submittedByName ?? '' } : null,
  enteredBy: { id: r.enteredById, fullName: r.enteredByName },
  householdsVisited: r.householdsVisited,
  childrenAtRisk: r.childrenAtRisk,
  incidents: r.incidents,
  resolvedInCommunity: r.resolvedInCommunity,
  referralsMade: r.referralsMade,
  followUpVisits: r.followUpVisits,
  concerns: r.concerns,
  supersededAt: r.supersededAt,
});

/**
 * A place's roll-up for a month (programme brief: cell coordinators compile
 * the village reports, then sector, district and NCDA): completeness (pairs
 * reported of pairs active) and the figures, for the place and for each place
 * one level below, consolidated the same way, so the figures of the parts add
 * up to the place's. A cell's roll-up lists its villages' reports and the IZU
 * of each village still missing.
 */
export async function getMonthlyRollup(ctx: AppContext, actor: Actor, query: RollupQuery): Promise<Rollup> {
  assertCanReadMonthlyReports(actor);
  const placeId = query.placeId ?? actor.jurisdictionId;
  assertMonthlyReportPlaceInScope(actor, placeId);
  const month = readMonth(ctx, query.month);
  const { db } = ctx.database;
  const place = (await placeLabels(db, [placeId])).get(placeId);
  if (!place) throw notFound('place');
  const partLength = PART_LENGTH[place.level] ?? placeId.length;
  const [parts, byPart] = await Promise.all([findPartsOf(db, placeId), rollupByPart(db, { placeId, month, partLength })]);
  // A village's roll-up is the village itself.
  const partPlaces = place.level === 5 ? [{ id: place.id, name: place.name, level: place.level }] : parts;
  const villageLevel = place.level >= 4;
  const [reports, volunteers] = villageLevel
    ? await Promise.all([
        findCurrentReports(db, { placeId, month }),
        findVolunteers(db, { scope: registryScopeFilter(actor, 'u.jurisdiction_id'), under: placeId, roles: ['izu'], status: 'active' }),
      ])
    : [[], []];
  const totals = emptyFigures();
  let pairsActive = 0;
  let pairsReported = 0;
  const out = partPlaces.map((p) => {
    const r = byPart.get(p.id) ?? { pairsActive: 0, pairsReported: 0, figures: emptyFigures() };
    addFigures(totals, r.figures);
    pairsActive += r.pairsActive;
    pairsReported += r.pairsReported;
    const part = { place: { id: p.id, name: p.name, level: p.level }, completeness: completeness(r.pairsActive, r.pairsReported), totals: r.figures };
    if (!villageLevel) return part;
    const report = reports.find((x) => x.villageId === p.id);
    return {
      ...part,
      report: report ? reportView(report) : null,
      volunteers: volunteers.filter((v) => v.placeId === p.id).map((v) => ({ id: v.id, fullName: v.fullName, phone: v.phone })),
    };
  });
  await appendAuditAlone(
    db,
    actor,
    { action: 'izu_report.rollup', entityType: 'place', entityId: placeId, details: { month, ...(villageLevel && { reports: reports.map((r) => r.id) }) } },
    ctx.clock.now(),
  );
  return {
    place,
    month,
    deadline: reportDeadline(month, ctx.config.izuReportDeadlineDay),
    completeness: completeness(pairsActive, pairsReported),
    totals,
    parts: out,
  };
}

const HISTORY_SHOWN = 20;

/** A village's report for a month and the reports it replaced: its IZU's own, or a reader's within their jurisdiction. */
export async function getVillageReports(ctx: AppContext, actor: Actor, query: VillageReportsQuery) {
  assertCanReadVillageReports(actor);
  const villageId = query.villageId ?? actor.jurisdictionId;
  assertMonthlyReportPlaceInScope(actor, villageId);
  const month = readMonth(ctx, query.month);
  const { db } = ctx.database;
  const village = (await placeLabels(db, [villageId])).get(villageId);
  if (!village || village.level !== 5) throw notFound('village');
  // One more than shown: the current report plus the latest history.
  const { rows, total } = await findVillageMonthReports(db, { villageId, month, limit: HISTORY_SHOWN + 1 });
  const current = rows.find((r) => r.supersededAt === null) ?? null;
  const history = rows.filter((r) => r !== current).slice(0, HISTORY_SHOWN);
  await db.transaction().execute((trx) =>
    appendListAudit(
      trx,
      actor,
      {
        action: 'izu_report.read',
        entityType: 'izu_monthly_report',
        ids: rows.map((r) => r.id),
        fields: ['figures', 'concerns'],
        details: { villageId, month },
      },
      ctx.clock.now(),
    ),
  );
  return {
    village,
    month,
    deadline: reportDeadline(month, ctx.config.izuReportDeadlineDay),
    current: current ? reportView(current) : null,
    history: history.map(reportView),
    historyTotal: total - (current ? 1 : 0),
  };
}
