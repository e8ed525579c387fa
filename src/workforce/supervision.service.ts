import type { Actor } from '../access/actor.js';
import { assertCan, placeInScope } from '../access/policy.js';
import { mayAcknowledgeSession } from '../access/workforce-access.js';
import { appendAudit, appendListAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import { conflict, invalidField, notFound } from '../errors/app-error.js';
import { districtOf } from '../places/place-name.js';
import { today } from '../people/user-validation.js';
import type { MarkActionDoneInput, RecordSessionInput, SessionListQuery } from './supervision.schemas.js';
import {
  acknowledge,
  boardCases,
  discussableCases,
  findAction,
  findSessionInScope,
  findSupervisee,
  insertSession,
  listSessions,
  markActionDone,
  sessionDetails,
  superviseesOf,
} from './supervision.repository.js';
import { districtOfUser, meetSupervisionDeadline, openNextSupervisionDeadline } from './supervision-schedule.js';
import { overThreshold, weightedCaseload } from './workforce-policy.js';
import type { SupervisionSchedule } from './workforce-policy.schemas.js';
import { districtSchedules, loadWorkforcePolicy, saveDistrictSchedule } from './workforce.repository.js';

// Supportive supervision (framework §7.3): a supervisor meets each
// supervisee on the district's schedule, discusses cases within their
// need-to-know, names the themes, agrees actions with due dates; the
// caseworker acknowledges. Holding a session meets its deadline and opens
// the next.

const REVIEW_NEAR_DAYS = 14;

export async function recordSession(ctx: AppContext, actor: Actor, input: RecordSessionInput) {
  assertCan(actor, 'supervision:hold');
  const { db } = ctx.database;
  const caseworker = await findSupervisee(db, actor, input.caseworkerId);
  if (!caseworker) throw notFound('caseworker');
  const date = today(ctx);
  if (input.heldOn > date) throw invalidField('body.heldOn', 'A session is recorded once held: the date cannot be in the future', 'errors.date_in_future');
  input.actions.forEach((a, i) => {
    if (a.dueOn < input.heldOn)
      throw invalidField(`body.actions.${i}.dueOn`, 'An action falls due after the session', 'errors.supervision_action_due_before_session');
  });
  const caseIds = [...new Set(input.caseIds)];
  const allowed = await discussableCases(db, actor, caseworker.id, caseIds);
  // A case the supervisor may not read, or not led by this supervisee, answers as if it did not exist.
  if (caseIds.some((id) => !allowed.has(id))) throw notFound('case');
  const now = ctx.clock.now();
  const id = await db.transaction().execute(async (trx) => {
    const sessionId = await insertSession(trx, {
      supervisorId: actor.id,
      caseworkerId: caseworker.id,
      districtId: districtOfUser(caseworker.jurisdictionId),
      heldOn: input.heldOn,
      themes: input.themes,
      notes: input.notes ?? null,
      caseIds,
      actions: input.actions,
      at: now,
    });
    await meetSupervisionDeadline(trx, caseworker.id, now);
    await openNextSupervisionDeadline(trx, ctx, caseworker, input.heldOn, now);
    await appendAudit(
      trx,
      actor,
      {
        action: 'supervision.session.record',
        entityType: 'supervision_session',
        entityId: sessionId,
        fields: ['themes', 'cases', 'actions', ...(input.notes ? ['notes'] : [])],
        details: { caseworkerId: caseworker.id, caseIds },
      },
      now,
    );
    return sessionId;
  });
  return readSession(ctx, actor, id);
}

/** One session: its supervisor, its caseworker (their own), or their current supervisor. */
export async function readSession(ctx: AppContext, actor: Actor, id: string) {
  assertCan(actor, 'supervision:read');
  const { db } = ctx.database;
  const row = await findSessionInScope(db, actor, id);
  if (!row) throw notFound('session');
  const { cases, actions: rows } = await sessionDetails(db, actor, id);
  const date = today(ctx);
  const actions = rows.map((a) => ({
    id: a.id,
    description: a.description,
    dueOn: a.dueOn,
    doneOn: a.doneOn,
    doneBy: a.doneById ? { id: a.doneById, fullName: a.doneByName! } : null,
    overdue: a.doneOn === null && a.dueOn < date,
  }));
  await db
    .transaction()
    .execute((trx) =>
      appendAudit(
        trx,
        actor,
        { action: 'supervision.session.read', entityType: 'supervision_session', entityId: id, details: { caseIds: cases.map((c) => c.id) } },
        ctx.clock.now(),
      ),
    );
  return { ...sessionView(row), cases, actions };
}

type SessionRow = NonNullable<Awaited<ReturnType<typeof findSessionInScope>>>;
function sessionView(r: SessionRow) {
  return {
    id: r.id,
    supervisor: { id: r.supervisorId, fullName: r.supervisorName },
    caseworker: { id: r.caseworkerId, fullName: r.caseworkerName },
    heldOn: r.heldOn,
    themes: r.themes,
    notes: r.notes,
    recordedAt: r.recordedAt,
    acknowledgedAt: r.acknowledgedAt,
    acknowledgementNote: r.acknowledgementNote,
  };
}

export async function listSupervisionSessions(ctx: AppContext, actor: Actor, query: SessionListQuery) {
  assertCan(actor, 'supervision:read');
  const { rows, total } = await listSessions(ctx.database.db, actor, query, today(ctx));
  return {
    items: rows.map((r) => {
      const { notes: _notes, ...view } = sessionView(r);
      return { ...view, caseCount: r.caseCount, actionCount: r.actionCount, openActionCount: r.openActionCount, overdueActionCount: r.overdueActionCount };
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The caseworker acknowledges a session held with them (once). */
export async function acknowledgeSession(ctx: AppContext, actor: Actor, id: string, note: string | undefined) {
  assertCan(actor, 'supervision:read');
  const now = ctx.clock.now();
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await findSessionInScope(trx, actor, id, true);
    if (!row || !mayAcknowledgeSession(actor, row)) throw notFound('session');
    if (row.acknowledgedAt) throw conflict('This session is already acknowledged', 'errors.supervision_already_acknowledged');
    await acknowledge(trx, id, note ?? null, now);
    await appendAudit(trx, actor, { action: 'supervision.session.acknowledge', entityType: 'supervision_session', entityId: id }, now);
  });
  return readSession(ctx, actor, id);
}

/**
 * An agreed action is done: the session's supervisee or its supervisor (the
 * one who held it, or the caseworker's supervisor now) marks it, once, with
 * the day it was done. A done action stops counting as overdue.
 */
export async function markSessionActionDone(ctx: AppContext, actor: Actor, id: string, input: MarkActionDoneInput) {
  assertCan(actor, 'supervision:read');
  const now = ctx.clock.now();
  const date = today(ctx);
  const doneOn = input.doneOn ?? date;
  if (doneOn > date) throw invalidField('body.doneOn', 'An action is marked done once done: the date cannot be in the future', 'errors.date_in_future');
  await ctx.database.db.transaction().execute(async (trx) => {
    const session = await findSessionInScope(trx, actor, id, true);
    if (!session) throw notFound('session');
    const action = await findAction(trx, id, input.actionId);
    if (!action) throw notFound('action');
    if (doneOn < session.heldOn)
      throw invalidField('body.doneOn', 'An action agreed in a session is done after it', 'errors.supervision_action_done_before_session');
    if (action.doneOn) throw conflict('This action is already marked done', 'errors.supervision_action_already_done');
    await markActionDone(trx, action.id, doneOn, actor.id, now);
    await appendAudit(
      trx,
      actor,
      { action: 'supervision.action.done', entityType: 'supervision_session', entityId: id, details: { actionId: action.id, doneOn } },
      now,
    );
  });
  return readSession(ctx, actor, id);
}

/** The supervisor's board: each supervisee's open cases and what needs attention. */
export async function getSupervisionBoard(ctx: AppContext, actor: Actor) {
  assertCan(actor, 'supervision:hold');
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const nearUntil = new Date(now.getTime() + REVIEW_NEAR_DAYS * 86_400_000);
  const policy = await loadWorkforcePolicy(db);
  const supervisees = await superviseesOf(db, actor, today(ctx));
  const cases = await boardCases(
    db,
    actor,
    supervisees.map((s) => s.id),
    now,
  );
  const boardCase = (c: (typeof cases)[number]) => {
    const due = c.reviewDueAt ? new Date(c.reviewDueAt) : null;
    const counts = c.lastMetCounts ?? [];
    return {
      id: c.id,
      caseCode: c.caseCode,
      tier: c.tier,
      stage: c.stage,
      overdueDeadlines: c.overdueDeadlines,
      reviewDueAt: due,
      reviewState: !due ? ('none' as const) : due < now ? ('past' as const) : due <= nearUntil ? ('near' as const) : ('ok' as const),
      noBenchmarkProgress: counts.length >= 2 && counts[0]! <= counts[1]!,
    };
  };
  await db
    .transaction()
    .execute((trx) =>
      appendListAudit(
        trx,
        actor,
        { action: 'supervision.board.read', entityType: 'case', ids: cases.map((c) => c.id), fields: ['caseCode', 'tier', 'stage', 'deadlines', 'benchmarks'] },
        now,
      ),
    );
  return {
    caseloadThreshold: policy.caseloadThreshold,
    supervisees: supervisees.map((s) => {
      const mine = cases.filter((c) => c.leadId === s.id).map(boardCase);
      const load = { tier1: mine.filter((c) => c.tier === 1).length, tier2: mine.filter((c) => c.tier === 2).length };
      const weighted = weightedCaseload(policy, load);
      const next = s.nextSessionDueAt ? new Date(s.nextSessionDueAt) : null;
      return {
        id: s.id,
        fullName: s.fullName,
        role: s.role,
        openCases: mine.length,
        ...load,
        weighted,
        overThreshold: overThreshold(policy, weighted),
        overdueWork: mine.reduce((n, c) => n + c.overdueDeadlines, 0),
        noBenchmarkProgress: mine.filter((c) => c.noBenchmarkProgress).length,
        reviewsNear: mine.filter((c) => c.reviewState === 'near').length,
        reviewsPast: mine.filter((c) => c.reviewState === 'past').length,
        lastSupervisedOn: s.lastSupervisedOn,
        nextSessionDueAt: next,
        sessionOverdue: next !== null && next < now,
        overdueActions: s.overdueActions,
        cases: mine,
      };
    }),
  };
}

/** The district's supervision schedule (its own, or the national default). */
export async function getSupervisionSchedule(ctx: AppContext, actor: Actor, districtId: string | undefined) {
  assertCan(actor, 'supervision:schedule');
  const district = scheduleDistrict(actor, districtId);
  const { db } = ctx.database;
  const own = (await districtSchedules(db, [district])).get(district);
  const policy = await loadWorkforcePolicy(db);
  return {
    districtId: district,
    setByDistrict: !!own,
    ...(own ?? { intervalDays: policy.supervisionIntervalDays, firstYearIntervalDays: policy.firstYearSupervisionIntervalDays }),
  };
}

/** The district sets its schedule: new deadlines follow it (open ones keep their dates). */
export async function setSupervisionSchedule(ctx: AppContext, actor: Actor, districtId: string | undefined, input: SupervisionSchedule) {
  assertCan(actor, 'supervision:schedule');
  const district = scheduleDistrict(actor, districtId);
  const now = ctx.clock.now();
  await ctx.database.db.transaction().execute(async (trx) => {
    await saveDistrictSchedule(trx, district, input, actor.id, now);
    await appendAudit(trx, actor, { action: 'supervision.schedule.set', entityType: 'place', entityId: district, details: { ...input } }, now);
  });
  return getSupervisionSchedule(ctx, actor, district);
}

/** A district CPWO sets their own district's; an administrator names one. Another district answers 404. */
function scheduleDistrict(actor: Actor, districtId: string | undefined): string {
  const own = districtOf(actor.jurisdictionId);
  const district = districtId ?? (own && own === actor.jurisdictionId ? own : undefined);
  if (!district) throw invalidField('querystring.districtId', 'Name the district', 'errors.required');
  if (!placeInScope(actor, district)) throw notFound('district');
  return district;
}
