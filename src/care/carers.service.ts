import type { Actor } from '../access/actor.js';
import { assertCanManageCarers, assertCanReadCarers } from '../access/care-access.js';
import { placeInScope } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import { conflict, invalidField, notFound } from '../errors/app-error.js';
import type { Paging } from '../http/paging.js';
import { type CarerFilter, findCarer, insertCarer, isVillage, listCarers as listCarerRows, lockCarer, updateCarer } from './carers.repository.js';
import type { CarerRecord, CarerStepInput, RegisterCarerInput, UpdateCarerTermsInput } from './carers.schemas.js';

// The foster carers register: an applicant household found by an IZU, a
// local leader or a community forum; assessed; trained; approved (with the
// date the approval is reviewed) or refused, each with its reasons. Every
// read and change is audited: carers' data is need-to-know like a child's.

export async function listCarers(ctx: AppContext, actor: Actor, query: CarerFilter & Paging) {
  assertCanReadCarers(actor);
  if (query.placeId && !placeInScope(actor, query.placeId)) throw notFound('place');
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const { items, total } = await listCarerRows(trx, actor, query, query);
    await appendAudit(
      trx,
      actor,
      { action: 'carer.list', entityType: 'foster_carer', fields: ['register'], details: { listedIds: items.map((c) => c.id) } },
      now,
    );
    return { items, total, page: query.page, pageSize: query.pageSize };
  });
}

export async function getCarer(ctx: AppContext, actor: Actor, id: string): Promise<CarerRecord> {
  assertCanReadCarers(actor);
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const carer = await findCarer(trx, actor, id);
    if (!carer) throw notFound('carer');
    await appendAudit(trx, actor, { action: 'carer.read', entityType: 'foster_carer', entityId: id, fields: ['carer'] }, now);
    return carer;
  });
}

export async function registerCarer(ctx: AppContext, actor: Actor, input: RegisterCarerInput): Promise<CarerRecord> {
  assertCanManageCarers(actor);
  if (!placeInScope(actor, input.villageId)) throw notFound('village');
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    if (!(await isVillage(trx, input.villageId))) throw invalidField('body.villageId', 'not a village on the map', 'errors.place_not_village');
    const id = await insertCarer(trx, { ...input, districtId: input.villageId.slice(0, 2), by: actor.id, at: now });
    await appendAudit(
      trx,
      actor,
      {
        action: 'carer.register',
        entityType: 'foster_carer',
        entityId: id,
        fields: Object.keys(input),
        details: { villageId: input.villageId, foundBy: input.foundBy },
      },
      now,
    );
    return (await findCarer(trx, actor, id))!;
  });
}

export async function updateCarerTerms(ctx: AppContext, actor: Actor, id: string, input: UpdateCarerTermsInput): Promise<CarerRecord> {
  assertCanManageCarers(actor);
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const carer = await lockCarer(trx, actor, id);
    if (!carer) throw notFound('carer');
    const placed = (await findCarer(trx, actor, id))!.placed;
    if (input.capacity < placed) {
      throw conflict(`${placed} children are placed with this household: the capacity cannot go below that`, 'errors.carer_capacity_below_placed', {
        placed,
      });
    }
    await updateCarer(trx, id, { terms: input }, now);
    await appendAudit(trx, actor, { action: 'carer.update', entityType: 'foster_carer', entityId: id, fields: Object.keys(input) }, now);
    return (await findCarer(trx, actor, id))!;
  });
}

/**
 * One step of recruitment. Approval needs the assessment and the training
 * done; a refused or approved household is decided (a new decision after a
 * refusal starts with a new application). Approval may be renewed at its
 * review (a new approval of an approved carer sets the next review date).
 */
export async function recordCarerStep(ctx: AppContext, actor: Actor, id: string, input: CarerStepInput): Promise<CarerRecord> {
  assertCanManageCarers(actor);
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const carer = await lockCarer(trx, actor, id);
    if (!carer) throw notFound('carer');
    if (carer.status === 'refused') {
      throw conflict('This household was refused; a new application is registered as a new applicant', 'errors.carer_refused', {
        status: carer.status,
      });
    }
    const approved = carer.status === 'approved';
    switch (input.step) {
      case 'assessment':
        if (approved) throw conflict('The household is approved; its approval is reviewed instead', 'errors.carer_already_approved');
        await updateCarer(trx, id, { assessed_on: input.on, assessment_note: input.note, status: carer.trainedOnText ? 'trained' : 'assessed' }, now);
        break;
      case 'training':
        if (approved) throw conflict('The household is approved; its approval is reviewed instead', 'errors.carer_already_approved');
        await updateCarer(trx, id, { trained_on: input.on, training_note: input.note, status: carer.assessedOnText ? 'trained' : 'applicant' }, now);
        break;
      case 'approval': {
        const missing = [...(carer.assessedOnText ? [] : ['assessment']), ...(carer.trainedOnText ? [] : ['training'])];
        if (missing.length) {
          throw conflict(`A carer is approved after the assessment and the training: ${missing.join(' and ')} missing`, 'errors.carer_not_ready', {
            missing,
          });
        }
        await updateCarer(
          trx,
          id,
          { status: 'approved', decided_on: input.on, decided_by: actor.id, decision_reasons: input.reasons, approval_review_on: input.reviewOn },
          now,
        );
        break;
      }
      case 'refusal':
        await updateCarer(
          trx,
          id,
          { status: 'refused', decided_on: input.on, decided_by: actor.id, decision_reasons: input.reasons, approval_review_on: null },
          now,
        );
        break;
    }
    await appendAudit(
      trx,
      actor,
      { action: `carer.${input.step}`, entityType: 'foster_carer', entityId: id, fields: Object.keys(input).filter((k) => k !== 'step') },
      now,
    );
    return (await findCarer(trx, actor, id))!;
  });
}
