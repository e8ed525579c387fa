import { sql, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { caseScope } from '../access/case-access.js';
import { supervisionSessionScope } from '../access/workforce-access.js';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { SupervisionTheme } from '../db/tables/workforce.js';
import type { SessionListQuery } from './supervision.schemas.js';

// Supervision sessions and the supervisor's board. Every read is scoped in
// SQL (src/access/workforce-access.ts); the cases a session links are shown
// only when the reader's case scope holds them.

/** A supervisee of the actor (active caseworker whose supervisor is the actor), or undefined. */
export async function findSupervisee(db: Db, actor: Actor, userId: string) {
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.full_name as fullName', 'u.jurisdiction_id as jurisdictionId', 'u.created_at as createdAt'])
    .where('u.id', '=', userId)
    .where('u.supervisor_id', '=', actor.id)
    .where('u.active', '=', true)
    .where('u.role', 'in', ['cpwo', 'cso_caseworker'])
    .executeTakeFirst();
}

/** Which of `caseIds` the actor may read and `leadId` leads (the cases a session may link). */
export async function discussableCases(db: Db, actor: Actor, leadId: string, caseIds: string[]): Promise<Set<string>> {
  if (caseIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('cases as c')
    .select('c.id')
    .where('c.id', 'in', caseIds)
    .where('c.lead_caseworker_id', '=', leadId)
    .where(caseScope(actor))
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function insertSession(
  trx: Transaction<DB>,
  v: {
    supervisorId: string;
    caseworkerId: string;
    districtId: string;
    heldOn: string;
    themes: SupervisionTheme[];
    notes: string | null;
    caseIds: string[];
    actions: { description: string; dueOn: string }[];
    at: Date;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('supervision_sessions')
    .values({
      supervisor_id: v.supervisorId,
      caseworker_id: v.caseworkerId,
      district_id: v.districtId,
      held_on: v.heldOn,
      themes: v.themes,
      notes: v.notes,
      recorded_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (v.caseIds.length)
    await trx
      .insertInto('supervision_session_cases')
      .values(v.caseIds.map((c) => ({ session_id: id, case_id: c })))
      .execute();
  if (v.actions.length)
    await trx
      .insertInto('supervision_actions')
      .values(v.actions.map((a) => ({ session_id: id, description: a.description, due_on: a.dueOn })))
      .execute();
  return id;
}

function sessions(db: Db, actor: Actor) {
  return db
    .selectFrom('supervision_sessions as ss')
    .innerJoin('users as sup', 'sup.id', 'ss.supervisor_id')
    .innerJoin('users as cw', 'cw.id', 'ss.caseworker_id')
    .where(supervisionSessionScope(actor));
}

const sessionColumns = [
  'ss.id',
  'sup.id as supervisorId',
  'sup.full_name as supervisorName',
  'cw.id as caseworkerId',
  'cw.full_name as caseworkerName',
  sql<string>`to_char(ss.held_on, 'YYYY-MM-DD')`.as('heldOn'),
  'ss.themes',
  'ss.notes',
  'ss.recorded_at as recordedAt',
  'ss.acknowledged_at as acknowledgedAt',
  'ss.acknowledgement_note as acknowledgementNote',
] as const;

/** One session in the actor's scope; `lock` for a change. */
export async function findSessionInScope(db: Db, actor: Actor, id: string, lock = false) {
  const q = sessions(db, actor).select(sessionColumns).where('ss.id', '=', id);
  return (lock ? q.forUpdate('ss') : q).executeTakeFirst();
}

/** The cases a session discussed that the actor's case scope holds, and its actions. */
export async function sessionDetails(db: Db, actor: Actor, sessionId: string) {
  const [cases, actions] = await Promise.all([
    db
      .selectFrom('supervision_session_cases as sc')
      .innerJoin('cases as c', 'c.id', 'sc.case_id')
      .select(['c.id', 'c.case_code as caseCode'])
      .where('sc.session_id', '=', sessionId)
      .where(caseScope(actor))
      .orderBy('c.case_code')
      .execute(),
    db
      .selectFrom('supervision_actions as a')
      .leftJoin('users as by', 'by.id', 'a.done_by')
      .select([
        'a.id',
        'a.description',
        sql<string>`to_char(a.due_on, 'YYYY-MM-DD')`.as('dueOn'),
        sql<string | null>`to_char(a.done_on, 'YYYY-MM-DD')`.as('doneOn'),
        'by.id as doneById',
        'by.full_name as doneByName',
      ])
      .where('a.session_id', '=', sessionId)
      .orderBy('a.due_on')
      .orderBy('a.id')
      .execute(),
  ]);
  return { cases, actions };
}

export async function listSessions(db: Db, actor: Actor, query: SessionListQuery, today: string) {
  const base = sessions(db, actor).$if(!!query.caseworkerId, (q) => q.where('ss.caseworker_id', '=', query.caseworkerId!));
  const rows = await base
    .select([
      ...sessionColumns,
      sql<number>`(select count(*)::int from supervision_session_cases sc where sc.session_id = ss.id)`.as('caseCount'),
      sql<number>`(select count(*)::int from supervision_actions sa where sa.session_id = ss.id)`.as('actionCount'),
      sql<number>`(select count(*)::int from supervision_actions sa where sa.session_id = ss.id and sa.done_on is null)`.as('openActionCount'),
      sql<number>`(select count(*)::int from supervision_actions sa where sa.session_id = ss.id and sa.done_on is null and sa.due_on < ${today}::date)`.as(
        'overdueActionCount',
      ),
    ])
    .orderBy('ss.held_on', 'desc')
    .orderBy('ss.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const { total } = await base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  return { rows, total };
}

/** One of a session's agreed actions, locked for a change (the session was found in scope first). */
export async function findAction(trx: Transaction<DB>, sessionId: string, actionId: string) {
  return trx
    .selectFrom('supervision_actions')
    .select(['id', sql<string | null>`to_char(done_on, 'YYYY-MM-DD')`.as('doneOn')])
    .where('session_id', '=', sessionId)
    .where('id', '=', actionId)
    .forUpdate()
    .executeTakeFirst();
}

export async function markActionDone(trx: Transaction<DB>, actionId: string, doneOn: string, by: string, at: Date) {
  await trx.updateTable('supervision_actions').set({ done_on: doneOn, done_by: by, done_at: at }).where('id', '=', actionId).execute();
}

export async function acknowledge(trx: Transaction<DB>, id: string, note: string | null, at: Date) {
  await trx.updateTable('supervision_sessions').set({ acknowledged_at: at, acknowledgement_note: note }).where('id', '=', id).execute();
}

/** The actor's supervisees, with when each was last supervised and their open session deadline. */
export async function superviseesOf(db: Db, actor: Actor, today: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('deadlines as d', (j) => j.onRef('d.supervisee_id', '=', 'u.id').on('d.met_at', 'is', null))
    .select([
      'u.id',
      'u.full_name as fullName',
      'u.role',
      'd.due_at as nextSessionDueAt',
      sql<string | null>`(select to_char(max(ss.held_on), 'YYYY-MM-DD') from supervision_sessions ss where ss.caseworker_id = u.id)`.as('lastSupervisedOn'),
      sql<number>`(select count(*)::int from supervision_actions sa join supervision_sessions ss on ss.id = sa.session_id
        where ss.caseworker_id = u.id and sa.done_on is null and sa.due_on < ${today}::date)`.as('overdueActions'),
    ])
    .where('u.supervisor_id', '=', actor.id)
    .where('u.active', '=', true)
    .where('u.role', 'in', ['cpwo', 'cso_caseworker'])
    .orderBy('u.full_name')
    .orderBy('u.id')
    .limit(200)
    .execute();
}

/** The open cases the supervisees lead (in the actor's case scope), with what the board flags. */
export async function boardCases(db: Db, actor: Actor, leadIds: string[], now: Date) {
  if (leadIds.length === 0) return [];
  return db
    .selectFrom('cases as c')
    .select([
      'c.id',
      'c.case_code as caseCode',
      'c.tier',
      'c.stage',
      'c.lead_caseworker_id as leadId',
      sql<number>`(select count(*)::int from deadlines d where d.case_id = c.id and d.met_at is null and d.due_at < ${now})`.as('overdueDeadlines'),
      sql<Date | null>`(select min(d.due_at) from deadlines d where d.case_id = c.id and d.met_at is null and d.kind = 'case_review')`.as('reviewDueAt'),
      sql<
        number[] | null
      >`(select array_agg(x.met_count order by x.reviewed_at desc) from (select r.met_count, r.reviewed_at from case_reviews r where r.case_id = c.id order by r.reviewed_at desc limit 2) x)`.as(
        'lastMetCounts',
      ),
    ])
    .where('c.lead_caseworker_id', 'in', leadIds)
    .where('c.stage', 'not in', ['closed', 'transferred'])
    .where(caseScope(actor))
    .orderBy('c.tier')
    .orderBy('c.case_code')
    .limit(2000)
    .execute();
}
