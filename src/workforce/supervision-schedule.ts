import { sql, type Transaction } from 'kysely';
import type { AppContext } from '../context.js';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { addDays, endOfLocalDay, localDateOf } from '../deadlines/local-time.js';
import { districtOf } from '../places/place-name.js';
import { supervisionIntervalFor } from './workforce-policy.js';
import type { SupervisionSchedule, WorkforcePolicy } from './workforce-policy.schemas.js';
import { districtSchedules, loadWorkforcePolicy } from './workforce.repository.js';
import { startWorker, type BackgroundWorker } from '../workers/background-worker.js';

// The supervision schedule as deadlines (framework §7.3: supervision is
// regular and recorded). Every active caseworker with a supervisor has one
// open 'supervision_session' deadline, due one interval after their last
// session (or after they came into post); recording a session meets it and
// opens the next. A session not held escalates like other work.

export const SUPERVISION_DEADLINE = 'supervision_session';

/** The schedule a caseworker's district follows: its own, else the national default. */
export function scheduleFor(policy: WorkforcePolicy, schedules: Map<string, SupervisionSchedule>, districtId: string): SupervisionSchedule {
  return schedules.get(districtId) ?? { intervalDays: policy.supervisionIntervalDays, firstYearIntervalDays: policy.firstYearSupervisionIntervalDays };
}

/** The district a caseworker's figures and deadlines belong to (their jurisdiction's district; the national root if above one). */
export function districtOfUser(jurisdictionId: string): string {
  return districtOf(jurisdictionId) ?? jurisdictionId;
}

/** When the next session with a caseworker falls due, from their last session (or their start in post). */
export function nextSessionDueAt(schedule: SupervisionSchedule, from: string, inPostSince: string, timeZone: string): Date {
  const interval = supervisionIntervalFor(schedule, inPostSince, from);
  return endOfLocalDay(addDays(from, interval), timeZone);
}

/** Opens the next session's deadline for one caseworker (in the transaction that recorded the last one). */
export async function openNextSupervisionDeadline(
  trx: Transaction<DB>,
  ctx: AppContext,
  caseworker: { id: string; jurisdictionId: string; createdAt: Date },
  heldOn: string,
  now: Date,
): Promise<void> {
  const districtId = districtOfUser(caseworker.jurisdictionId);
  const policy = await loadWorkforcePolicy(trx);
  const schedule = scheduleFor(policy, await districtSchedules(trx, [districtId]), districtId);
  const inPost = localDateOf(caseworker.createdAt, ctx.config.timeZone);
  await trx
    .insertInto('deadlines')
    .values({
      kind: SUPERVISION_DEADLINE,
      supervisee_id: caseworker.id,
      district_id: districtId,
      due_at: nextSessionDueAt(schedule, heldOn, inPost, ctx.config.timeZone),
      created_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Meets the caseworker's open session deadline (a session was held). */
export async function meetSupervisionDeadline(trx: Transaction<DB>, caseworkerId: string, at: Date): Promise<void> {
  await trx
    .updateTable('deadlines')
    .set({ met_at: at })
    .where('supervisee_id', '=', caseworkerId)
    .where('kind', '=', SUPERVISION_DEADLINE)
    .where('met_at', 'is', null)
    .execute();
}

/**
 * A caseworker's supervision changed hands: their supervisor was changed or
 * removed, or they left or came back into post (in the transaction that
 * changed the account). The open session deadline is closed: it was the old
 * supervisor's to meet. If the caseworker still has a supervisor, the new
 * supervisor gets the deadline: at the date it was due if that is still
 * ahead, else one interval after the handover (not overdue from the start for
 * someone who has just taken over). It starts again at escalation level 0.
 */
export async function handOverSupervisionDeadline(trx: Transaction<DB>, ctx: AppContext, caseworkerId: string, now: Date): Promise<void> {
  const closed = await trx
    .updateTable('deadlines')
    .set({ met_at: now })
    .where('supervisee_id', '=', caseworkerId)
    .where('kind', '=', SUPERVISION_DEADLINE)
    .where('met_at', 'is', null)
    .returning('due_at')
    .execute();
  const u = await trx
    .selectFrom('users as u')
    .select([
      'u.id',
      'u.jurisdiction_id as jurisdictionId',
      'u.created_at as createdAt',
      sql<string | null>`(select to_char(max(ss.held_on), 'YYYY-MM-DD') from supervision_sessions ss where ss.caseworker_id = u.id)`.as('lastHeldOn'),
    ])
    .where('u.id', '=', caseworkerId)
    .where('u.role', 'in', ['cpwo', 'cso_caseworker'])
    .where('u.active', '=', true)
    .where('u.supervisor_id', 'is not', null)
    .executeTakeFirst();
  if (!u) return;
  const districtId = districtOfUser(u.jurisdictionId);
  const policy = await loadWorkforcePolicy(trx);
  const schedule = scheduleFor(policy, await districtSchedules(trx, [districtId]), districtId);
  const inPost = localDateOf(new Date(u.createdAt), ctx.config.timeZone);
  const wasDue = closed[0] ? new Date(closed[0].due_at) : nextSessionDueAt(schedule, u.lastHeldOn ?? inPost, inPost, ctx.config.timeZone);
  const dueAt = wasDue > now ? wasDue : nextSessionDueAt(schedule, localDateOf(now, ctx.config.timeZone), inPost, ctx.config.timeZone);
  await trx
    .insertInto('deadlines')
    .values({ kind: SUPERVISION_DEADLINE, supervisee_id: u.id, district_id: districtId, due_at: dueAt, created_at: now })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Caseworkers with a supervisor and no open session deadline, with their last session. */
async function caseworkersWithoutDeadline(db: Db) {
  return db
    .selectFrom('users as u')
    .select([
      'u.id',
      'u.jurisdiction_id as jurisdictionId',
      'u.created_at as createdAt',
      sql<string | null>`(select to_char(max(ss.held_on), 'YYYY-MM-DD') from supervision_sessions ss where ss.caseworker_id = u.id)`.as('lastHeldOn'),
    ])
    .where('u.role', 'in', ['cpwo', 'cso_caseworker'])
    .where('u.active', '=', true)
    .where('u.supervisor_id', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('deadlines as d').select('d.id').whereRef('d.supervisee_id', '=', 'u.id').where('d.met_at', 'is', null))),
    )
    .limit(5000)
    .execute();
}

/**
 * Opens the session deadlines the schedule calls for (run by its own worker,
 * on the escalation's interval; the escalation then treats them as any other). Idempotent: one open deadline per supervisee (a unique
 * index), so two servers running it at once open each once.
 */
export async function openDueSupervisionDeadlines(ctx: AppContext): Promise<number> {
  const { db } = ctx.database;
  const rows = await caseworkersWithoutDeadline(db);
  if (rows.length === 0) return 0;
  const policy = await loadWorkforcePolicy(db);
  const schedules = await districtSchedules(db);
  const now = ctx.clock.now();
  const values = rows.map((r) => {
    const districtId = districtOfUser(r.jurisdictionId);
    const inPost = localDateOf(new Date(r.createdAt), ctx.config.timeZone);
    return {
      kind: SUPERVISION_DEADLINE,
      supervisee_id: r.id,
      district_id: districtId,
      due_at: nextSessionDueAt(scheduleFor(policy, schedules, districtId), r.lastHeldOn ?? inPost, inPost, ctx.config.timeZone),
      created_at: now,
    };
  });
  const inserted = await db
    .insertInto('deadlines')
    .values(values)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

/**
 * Runs openDueSupervisionDeadlines every RINDA_ESCALATION_INTERVAL_MS in this
 * process. Safe on several servers at once: one open deadline per supervisee.
 */
export function startSupervisionScheduleWorker(ctx: AppContext, onError: (err: unknown) => void): BackgroundWorker {
  return startWorker({ name: 'supervision-schedule', everyMs: ctx.config.escalationIntervalMs, run: () => openDueSupervisionDeadlines(ctx), onError });
}
