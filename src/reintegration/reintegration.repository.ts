import { sql, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { caseRecordScope } from '../access/case-access.js';
import { reintegrationFieldVisibility } from '../access/reintegration-access.js';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { dateText, userNames } from '../cases/followup-lists.repository.js';
import { userRef } from '../cases/followup.schemas.js';
import type { AddLeadInput, RecordAssessmentInput, ReintegrationView } from './reintegration.schemas.js';
import { REINTEGRATION_STAGES, type FailureReason, type ReintegrationStage, type TracingMethod, type TracingOutcome } from './reintegration-vocabulary.js';

// Family tracing and the stages of reintegration: SQL only. Every read goes
// through the case scope (caseRecordScope) and hides the family's contact
// details from those without need-to-know (reintegrationFieldVisibility).

/** A case's attempt, locked for a change, if it is the case's. */
export async function lockReintegration(trx: Transaction<DB>, caseId: string, id: string) {
  return trx
    .selectFrom('reintegrations')
    .select(['id', 'status', dateText('started_on').as('startedOn')])
    .where('id', '=', id)
    .where('case_id', '=', caseId)
    .forUpdate()
    .executeTakeFirst();
}

export async function hasReintegrationInProgress(db: Db, caseId: string): Promise<boolean> {
  const row = await db.selectFrom('reintegrations').select('id').where('case_id', '=', caseId).where('status', '=', 'in_progress').executeTakeFirst();
  return !!row;
}

export async function insertReintegration(trx: Transaction<DB>, v: { caseId: string; startedOn: string; by: string; at: Date }): Promise<string> {
  const row = await trx
    .insertInto('reintegrations')
    .values({ case_id: v.caseId, started_on: v.startedOn, started_by: v.by, started_at: v.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function stagesDone(db: Db, reintegrationId: string): Promise<{ stage: ReintegrationStage; completedOn: string }[]> {
  const rows = await db
    .selectFrom('reintegration_stages')
    .select(['stage', dateText('completed_on').as('completedOn')])
    .where('reintegration_id', '=', reintegrationId)
    .execute();
  return rows.sort((a, b) => REINTEGRATION_STAGES.indexOf(a.stage) - REINTEGRATION_STAGES.indexOf(b.stage));
}

export async function insertStage(
  trx: Transaction<DB>,
  v: { reintegrationId: string; stage: ReintegrationStage; completedOn: string; doneBy: string; note: string | null; by: string; at: Date },
): Promise<void> {
  await trx
    .insertInto('reintegration_stages')
    .values({
      reintegration_id: v.reintegrationId,
      stage: v.stage,
      completed_on: v.completedOn,
      done_by: v.doneBy,
      note: v.note,
      recorded_by: v.by,
      recorded_at: v.at,
    })
    .execute();
}

export async function endReintegration(
  trx: Transaction<DB>,
  id: string,
  v: { at: Date } & ({ status: 'completed' } | { status: 'failed'; stage: ReintegrationStage; reason: FailureReason; note: string; by: string }),
): Promise<void> {
  await trx
    .updateTable('reintegrations')
    .set(
      v.status === 'completed'
        ? { status: 'completed', ended_at: v.at }
        : { status: 'failed', ended_at: v.at, failed_stage: v.stage, failure_reason: v.reason, failure_note: v.note, failed_by: v.by },
    )
    .where('id', '=', id)
    .execute();
}

export async function insertLead(
  trx: Transaction<DB>,
  v: AddLeadInput & { reintegrationId: string; caseId: string; districtId: string; by: string; at: Date },
): Promise<string> {
  const row = await trx
    .insertInto('tracing_leads')
    .values({
      reintegration_id: v.reintegrationId,
      case_id: v.caseId,
      person_name: v.personName,
      relationship: v.relationship,
      phone: v.phone ?? null,
      place_id: v.placeId,
      district_id: v.districtId,
      directions: v.directions ?? null,
      source: v.source ?? null,
      created_by: v.by,
      created_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A lead of this attempt, locked. */
export async function lockLead(trx: Transaction<DB>, reintegrationId: string, leadId: string) {
  return trx
    .selectFrom('tracing_leads')
    .select(['id', 'place_id as placeId', 'visit_task_id as visitTaskId'])
    .where('id', '=', leadId)
    .where('reintegration_id', '=', reintegrationId)
    .forUpdate()
    .executeTakeFirst();
}

/** The place of a lead of this case's attempt (read within a case already found in scope). */
export async function leadPlace(db: Db, caseId: string, reintegrationId: string, leadId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('tracing_leads')
    .select('place_id')
    .where('id', '=', leadId)
    .where('reintegration_id', '=', reintegrationId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return row?.place_id;
}

export async function setLeadVisitTask(trx: Transaction<DB>, leadId: string, visitTaskId: string): Promise<void> {
  await trx.updateTable('tracing_leads').set({ visit_task_id: visitTaskId }).where('id', '=', leadId).execute();
}

export async function insertAttempt(
  trx: Transaction<DB>,
  v: {
    leadId: string;
    reintegrationId: string;
    attemptedOn: string;
    attemptedBy: string;
    method: TracingMethod;
    outcome: TracingOutcome;
    note: string | null;
    by: string;
    at: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('tracing_attempts')
    .values({
      lead_id: v.leadId,
      reintegration_id: v.reintegrationId,
      attempted_on: v.attemptedOn,
      attempted_by: v.attemptedBy,
      method: v.method,
      outcome: v.outcome,
      note: v.note,
      recorded_by: v.by,
      recorded_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function familyFound(db: Db, reintegrationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('tracing_attempts')
    .select('id')
    .where('reintegration_id', '=', reintegrationId)
    .where('outcome', '=', 'family_found')
    .executeTakeFirst();
  return !!row;
}

export async function assessmentsOf(db: Db, reintegrationId: string) {
  return db
    .selectFrom('reintegration_assessments')
    .select(['part', 'family_safe as familySafe', 'assessor_id as assessorId'])
    .where('reintegration_id', '=', reintegrationId)
    .execute();
}

export async function insertAssessment(trx: Transaction<DB>, v: RecordAssessmentInput & { reintegrationId: string; by: string; at: Date }): Promise<string> {
  const row = await trx
    .insertInto('reintegration_assessments')
    .values({
      reintegration_id: v.reintegrationId,
      part: v.part,
      assessed_on: v.assessedOn,
      assessor_id: v.by,
      social: v.social ?? null,
      economic: v.economic ?? null,
      community: v.community ?? null,
      emotional: v.emotional ?? null,
      attachment: v.attachment ?? null,
      behaviour: v.behaviour ?? null,
      family_safe: v.familySafe,
      recommendation: v.recommendation,
      recorded_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A caseworker's profession (null: social worker). */
export async function professionOf(db: Db, userId: string) {
  const row = await db.selectFrom('users').select('profession').where('id', '=', userId).executeTakeFirst();
  return row?.profession ?? null;
}

/** A case's attempts (or one), newest first, as the actor may see them. */
export async function listReintegrations(db: Db, actor: Actor, caseId: string, id?: string): Promise<ReintegrationView[]> {
  const see = reintegrationFieldVisibility(actor);
  const rows = await db
    .selectFrom('reintegrations as r')
    .selectAll('r')
    .select(dateText('r.started_on').as('startedOnText'))
    .where('r.case_id', '=', caseId)
    .where(caseRecordScope(actor, 'r.case_id'))
    .$if(!!id, (q) => q.where('r.id', '=', id!))
    .orderBy('r.started_at', 'desc')
    .orderBy('r.id')
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const stages = await db
    .selectFrom('reintegration_stages')
    .selectAll()
    .select(dateText('completed_on').as('completedOnText'))
    .where('reintegration_id', 'in', ids)
    .execute();
  const leads = await db
    .selectFrom('tracing_leads as l')
    .innerJoin('places as p', 'p.id', 'l.place_id')
    .innerJoin('places as d', 'd.id', 'l.district_id')
    .select([
      'l.id',
      'l.reintegration_id',
      'l.relationship',
      'l.district_id',
      'd.name as districtName',
      'l.visit_task_id',
      'l.created_by',
      'l.created_at',
      // Need-to-know: the family's address is selected only for those who trace.
      see.familyContact ? 'l.person_name' : sql<string | null>`null`.as('person_name'),
      see.familyContact ? 'l.phone' : sql<string | null>`null`.as('phone'),
      see.familyContact ? 'l.place_id' : sql<string | null>`null`.as('place_id'),
      see.familyContact ? 'p.name as placeName' : sql<string | null>`null`.as('placeName'),
      see.familyContact ? 'l.directions' : sql<string | null>`null`.as('directions'),
      see.familyContact ? 'l.source' : sql<string | null>`null`.as('source'),
    ])
    .where('l.reintegration_id', 'in', ids)
    .orderBy('l.created_at')
    .orderBy('l.id')
    .execute();
  const attempts = await db
    .selectFrom('tracing_attempts')
    .selectAll()
    .select(dateText('attempted_on').as('attemptedOnText'))
    .where('reintegration_id', 'in', ids)
    .orderBy('attempted_on')
    .orderBy('recorded_at')
    .execute();
  const assessments = await db
    .selectFrom('reintegration_assessments')
    .selectAll()
    .select(dateText('assessed_on').as('assessedOnText'))
    .where('reintegration_id', 'in', ids)
    .orderBy('part', 'desc')
    .execute();
  const names = await userNames(db, [
    ...rows.flatMap((r) => [r.started_by, r.failed_by]),
    ...stages.flatMap((s) => [s.done_by, s.recorded_by]),
    ...leads.map((l) => l.created_by),
    ...attempts.map((a) => a.attempted_by),
    ...assessments.map((a) => a.assessor_id),
  ]);
  return rows.map((r) => {
    const done = stages
      .filter((s) => s.reintegration_id === r.id)
      .sort((a, b) => REINTEGRATION_STAGES.indexOf(a.stage) - REINTEGRATION_STAGES.indexOf(b.stage));
    const mine = attempts.filter((a) => a.reintegration_id === r.id);
    return {
      id: r.id,
      caseId: r.case_id,
      status: r.status,
      startedOn: r.startedOnText,
      startedBy: userRef(names, r.started_by),
      endedAt: r.ended_at?.toISOString() ?? null,
      currentStage: r.status === 'in_progress' ? (REINTEGRATION_STAGES[done.length] ?? null) : null,
      failure:
        r.status === 'failed' && r.failed_stage && r.failure_reason && r.failed_by
          ? { stage: r.failed_stage, reason: r.failure_reason, note: r.failure_note, by: userRef(names, r.failed_by) }
          : null,
      familyFound: mine.some((a) => a.outcome === 'family_found'),
      stages: done.map((s) => ({
        stage: s.stage,
        completedOn: s.completedOnText,
        doneBy: userRef(names, s.done_by),
        note: s.note,
        recordedBy: userRef(names, s.recorded_by),
        recordedAt: s.recorded_at.toISOString(),
      })),
      leads: leads
        .filter((l) => l.reintegration_id === r.id)
        .map((l) => ({
          id: l.id,
          personName: l.person_name,
          relationship: l.relationship,
          phone: l.phone,
          placeId: l.place_id,
          placeName: l.placeName,
          districtId: l.district_id,
          districtName: l.districtName,
          directions: l.directions,
          source: l.source,
          visitTaskId: l.visit_task_id,
          createdBy: userRef(names, l.created_by),
          createdAt: l.created_at.toISOString(),
          attempts: mine
            .filter((a) => a.lead_id === l.id)
            .map((a) => ({
              id: a.id,
              attemptedOn: a.attemptedOnText,
              attemptedBy: userRef(names, a.attempted_by),
              method: a.method,
              outcome: a.outcome,
              note: a.note,
              recordedAt: a.recorded_at.toISOString(),
            })),
        })),
      assessments: assessments
        .filter((a) => a.reintegration_id === r.id)
        .map((a) => ({
          id: a.id,
          part: a.part,
          assessedOn: a.assessedOnText,
          assessor: userRef(names, a.assessor_id),
          social: a.social,
          economic: a.economic,
          community: a.community,
          emotional: a.emotional,
          attachment: a.attachment,
          behaviour: a.behaviour,
          familySafe: a.family_safe,
          recommendation: a.recommendation,
          recordedAt: a.recorded_at.toISOString(),
        })),
    };
  });
}
