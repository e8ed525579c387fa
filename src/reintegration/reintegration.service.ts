import type { Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { LEAD_CASEWORKER_ROLES } from '../access/case-access.js';
import { placeInScope } from '../access/policy.js';
import { assessmentPartOf } from '../access/reintegration-access.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import type { DB } from '../db/schema.js';
import { localDateOf } from '../deadlines/local-time.js';
import { conflict, invalidField, notFound } from '../errors/app-error.js';
import { recordCaseEvent, type CaseRecord } from '../cases/case.repository.js';
import { assertCaseOpen, changeCase, readCaseSection } from '../cases/case-change.js';
import { findActiveUser } from '../cases/services/services.repository.js';
import {
  assessmentsOf,
  endReintegration,
  familyFound,
  hasReintegrationInProgress,
  insertAssessment,
  insertReintegration,
  insertStage,
  listReintegrations,
  lockReintegration,
  professionOf,
  stagesDone,
} from './reintegration.repository.js';
import type { CompleteStageInput, FailReintegrationInput, RecordAssessmentInput, ReintegrationView } from './reintegration.schemas.js';
import { REINTEGRATION_EVENTS, REINTEGRATION_STAGES } from './reintegration-vocabulary.js';

// The stages of reintegration on a case (SYSTEM.md §7; Guidelines on
// Children's Reintegration): tracing, assessment of child and family,
// planning and preparation, first contacts, reunification,
// post-reunification support, closure. Done in order, each dated with who
// did it. An attempt may fail at any stage, with the reason: it ends, the
// case goes on (the child may go to alternative care), and a new attempt may
// start later.

export async function listCaseReintegrations(ctx: AppContext, actor: Actor, caseId: string) {
  return readCaseSection(ctx, actor, caseId, 'reintegrations', async (trx) => ({
    items: await listReintegrations(trx, actor, caseId),
    myAssessmentPart: assessmentPartOf(await professionOf(trx, actor.id)),
  }));
}

export async function startReintegration(ctx: AppContext, actor: Actor, caseId: string, input: { startedOn: string }): Promise<ReintegrationView> {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    assertNotFuture(ctx, 'body.startedOn', input.startedOn, now);
    if (await hasReintegrationInProgress(trx, caseId)) {
      throw conflict('A reintegration of this child is in progress; finish it or record why it failed first', 'errors.reintegration_in_progress');
    }
    const id = await insertReintegration(trx, { caseId, startedOn: input.startedOn, by: actor.id, at: now });
    await recordCaseEvent(trx, { caseId, actorId: actor.id, at: now, kind: REINTEGRATION_EVENTS.started, refTable: 'reintegrations', refId: id });
    await appendAudit(
      trx,
      actor,
      { action: 'case.reintegration.start', entityType: 'case', entityId: caseId, fields: ['startedOn'], details: { reintegrationId: id } },
      now,
    );
    return view(trx, actor, caseId, id);
  });
}

/**
 * Records the next stage as done. The rules of each stage: tracing ends when
 * the family is found; the assessment needs both parts (the social worker's
 * and the psychologist's), and a family either finds unsafe cannot go on to
 * planning (the attempt fails instead); closure ends the attempt.
 */
export async function completeStage(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  reintegrationId: string,
  input: CompleteStageInput,
): Promise<ReintegrationView> {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    const r = await inProgress(trx, caseId, reintegrationId);
    const done = await stagesDone(trx, reintegrationId);
    const expected = REINTEGRATION_STAGES[done.length]!;
    if (input.stage !== expected) {
      throw conflict(`The stages are done in order: the next one is ${expected}`, 'errors.reintegration_stage_out_of_order', { expected });
    }
    assertNotFuture(ctx, 'body.completedOn', input.completedOn, now);
    const before = done.at(-1)?.completedOn ?? r.startedOn;
    if (input.completedOn < before) {
      throw invalidField('body.completedOn', `A stage is done on or after the one before it (${before})`, 'errors.reintegration_stage_date_before_previous');
    }
    if (input.stage === 'tracing' && !(await familyFound(trx, reintegrationId))) {
      throw conflict('Tracing ends when the family is found: record the attempt that found them', 'errors.reintegration_family_not_found');
    }
    if (input.stage === 'assessment') {
      const parts = await assessmentsOf(trx, reintegrationId);
      const missing = (['social', 'psychological'] as const).filter((p) => !parts.some((a) => a.part === p));
      if (missing.length > 0) {
        throw conflict('The assessment needs both parts: the social worker’s and the psychologist’s', 'errors.reintegration_assessment_incomplete', {
          missing: missing.join(','),
        });
      }
      if (parts.some((a) => !a.familySafe)) {
        throw conflict('An assessor found the family not safe: record why the reintegration failed instead', 'errors.reintegration_family_not_safe');
      }
    }
    const doneBy = await caseworkerOf(trx, kase, input.doneByUserId, 'body.doneByUserId', actor.id);
    await insertStage(trx, {
      reintegrationId,
      stage: input.stage,
      completedOn: input.completedOn,
      doneBy,
      note: input.note ?? null,
      by: actor.id,
      at: now,
    });
    if (input.stage === 'closure') await endReintegration(trx, reintegrationId, { status: 'completed', at: now });
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: input.stage === 'closure' ? REINTEGRATION_EVENTS.completed : REINTEGRATION_EVENTS.stageCompleted,
      refTable: 'reintegrations',
      refId: reintegrationId,
      summary: { stage: input.stage },
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'case.reintegration.stage',
        entityType: 'case',
        entityId: caseId,
        fields: ['stage', 'completedOn', 'doneBy', 'note'],
        details: { reintegrationId, stage: input.stage },
      },
      now,
    );
    return view(trx, actor, caseId, reintegrationId);
  });
}

/** The attempt fails at its current stage, with the reason; the case goes on. */
export async function failReintegration(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  reintegrationId: string,
  input: FailReintegrationInput,
): Promise<ReintegrationView> {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    await inProgress(trx, caseId, reintegrationId);
    const stage = REINTEGRATION_STAGES[(await stagesDone(trx, reintegrationId)).length]!;
    await endReintegration(trx, reintegrationId, { status: 'failed', stage, reason: input.reason, note: input.note, by: actor.id, at: now });
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: REINTEGRATION_EVENTS.failed,
      refTable: 'reintegrations',
      refId: reintegrationId,
      summary: { stage, reason: input.reason },
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'case.reintegration.fail',
        entityType: 'case',
        entityId: caseId,
        fields: ['reason', 'note'],
        details: { reintegrationId, stage, reason: input.reason },
      },
      now,
    );
    return view(trx, actor, caseId, reintegrationId);
  });
}

/**
 * One assessor's part of the assessment of child and family: the social
 * worker's (social, economic, community) or the psychologist's (emotional,
 * attachment, behaviour). Each records their own part, once.
 */
export async function recordAssessment(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  reintegrationId: string,
  input: RecordAssessmentInput,
): Promise<ReintegrationView> {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    const r = await inProgress(trx, caseId, reintegrationId);
    const done = await stagesDone(trx, reintegrationId);
    if (REINTEGRATION_STAGES[done.length] !== 'assessment') {
      throw conflict('The assessment of child and family comes after tracing and before planning', 'errors.reintegration_not_at_assessment', {
        stage: REINTEGRATION_STAGES[done.length]!,
      });
    }
    const mine = assessmentPartOf(await professionOf(trx, actor.id));
    if (input.part !== mine) {
      throw conflict(
        mine === 'social' ? 'The psychological part is the psychologist’s to record' : 'The social part is the social worker’s to record',
        'errors.reintegration_assessment_not_your_part',
        { part: mine },
      );
    }
    if ((await assessmentsOf(trx, reintegrationId)).some((a) => a.part === input.part)) {
      throw conflict('This part of the assessment is already recorded', 'errors.reintegration_assessment_recorded', { part: input.part });
    }
    assertNotFuture(ctx, 'body.assessedOn', input.assessedOn, now);
    const after = done.at(-1)?.completedOn ?? r.startedOn;
    if (input.assessedOn < after) {
      throw invalidField('body.assessedOn', `The assessment is made after tracing (${after})`, 'errors.reintegration_stage_date_before_previous');
    }
    const id = await insertAssessment(trx, { ...input, reintegrationId, by: actor.id, at: now });
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: REINTEGRATION_EVENTS.assessmentRecorded,
      refTable: 'reintegration_assessments',
      refId: id,
      summary: { part: input.part, familySafe: input.familySafe },
    });
    const areas = input.part === 'social' ? ['social', 'economic', 'community'] : ['emotional', 'attachment', 'behaviour'];
    await appendAudit(
      trx,
      actor,
      {
        action: 'case.reintegration.assess',
        entityType: 'case',
        entityId: caseId,
        fields: [...areas, 'familySafe', 'recommendation'],
        details: { reintegrationId, part: input.part },
      },
      now,
    );
    return view(trx, actor, caseId, reintegrationId);
  });
}

// ---- shared by the tracing service ----

/** The case's attempt in progress, locked; 404 for another case's attempt, 409 for one that ended. */
export async function inProgress(trx: Transaction<DB>, caseId: string, reintegrationId: string) {
  const r = await lockReintegration(trx, caseId, reintegrationId);
  if (!r) throw notFound('reintegration');
  if (r.status !== 'in_progress') {
    throw conflict(`This reintegration attempt has ended (${r.status}); start a new one`, 'errors.reintegration_ended', { status: r.status });
  }
  return r;
}

export async function view(trx: Transaction<DB>, actor: Actor, caseId: string, id: string): Promise<ReintegrationView> {
  return (await listReintegrations(trx, actor, caseId, id))[0]!;
}

export function assertNotFuture(ctx: AppContext, field: string, date: string, now: Date): void {
  if (date > localDateOf(now, ctx.config.timeZone)) throw invalidField(field, 'Not in the future', 'errors.date_in_future');
}

/** Who did a piece of the work: the actor, or a named active caseworker whose jurisdiction holds the case. */
export async function caseworkerOf(trx: Transaction<DB>, kase: CaseRecord, userId: string | undefined, field: string, actorId: string): Promise<string> {
  if (!userId || userId === actorId) return actorId;
  const user = await findActiveUser(trx, userId);
  if (!user || !LEAD_CASEWORKER_ROLES.includes(user.role) || !placeInScope(user, kase.placeId)) {
    throw invalidField(field, 'Name an active caseworker of the case’s district', 'errors.reintegration_not_a_caseworker');
  }
  return user.id;
}
