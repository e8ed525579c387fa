import type { Actor } from '../access/actor.js';
import { assertCanCase } from '../access/case-access.js';
import { appendAudit, appendListAudit } from '../audit/audit.repository.js';
import { recordCaseEvent } from '../cases/case.repository.js';
import { changeCase, readCaseSection } from '../cases/case-change.js';
import { findActiveUser } from '../cases/services/services.repository.js';
import { FOLLOWUP_EVENTS } from '../cases/timeline.js';
import type { AppContext } from '../context.js';
import { conflict, invalidField } from '../errors/app-error.js';
import type { Paging } from '../http/paging.js';
import { closeMovement, findOpenMovement, insertMovement, listFilesOut, listMovements } from './paper-file.repository.js';
import type { CheckOutInput } from './paper-file.schemas.js';

const register = async (db: Parameters<typeof listMovements>[0], childId: string, childCode: string) => {
  const movements = (await listMovements(db, childId)).map(({ childCode: _c, ...m }) => m);
  return { childCode, current: movements.find((m) => m.checkedInAt === null) ?? null, movements };
};

export async function getPaperFile(ctx: AppContext, actor: Actor, caseId: string) {
  return readCaseSection(ctx, actor, caseId, 'paperFile', (trx, kase) => register(trx, kase.childId, kase.childCode));
}

/** Signs the child's paper file out to someone; one holder at a time. */
export async function checkOut(ctx: AppContext, actor: Actor, caseId: string, input: CheckOutInput) {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    if (input.holderUserId && !(await findActiveUser(trx, input.holderUserId))) {
      throw invalidField('body.holderUserId', 'No such active user', 'errors.user_not_found');
    }
    if (await findOpenMovement(trx, kase.childId)) {
      throw conflict('The file is signed out; sign it back in first', 'errors.paper_file_already_out');
    }
    const id = await insertMovement(trx, {
      childId: kase.childId,
      holderUserId: input.holderUserId ?? null,
      holderName: input.holderName ?? null,
      permanent: input.permanent,
      purpose: input.purpose ?? null,
      by: actor.id,
      at: now,
    });
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: FOLLOWUP_EVENTS.paperFileCheckedOut,
      refTable: 'paper_file_movements',
      refId: id,
      summary: { permanent: input.permanent },
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'paper_file.check_out',
        entityType: 'case',
        entityId: caseId,
        fields: ['holder', 'permanent', 'purpose'],
        details: { childId: kase.childId, movementId: id },
      },
      now,
    );
    return register(trx, kase.childId, kase.childCode);
  });
}

export async function checkIn(ctx: AppContext, actor: Actor, caseId: string) {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    const open = await findOpenMovement(trx, kase.childId);
    if (!open) throw conflict('The file is not signed out', 'errors.paper_file_not_out');
    await closeMovement(trx, open.id, actor.id, now);
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: FOLLOWUP_EVENTS.paperFileCheckedIn,
      refTable: 'paper_file_movements',
      refId: open.id,
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'paper_file.check_in',
        entityType: 'case',
        entityId: caseId,
        fields: ['checkedInAt'],
        details: { childId: kase.childId, movementId: open.id },
      },
      now,
    );
    return register(trx, kase.childId, kase.childCode);
  });
}

/** Who holds which file now (files of children with a case in the actor's scope). */
export async function listPaperFilesOut(ctx: AppContext, actor: Actor, query: { holder?: string; childCode?: string } & Paging) {
  assertCanCase(actor, 'case:read');
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const holderUserId = query.holder === 'me' ? actor.id : query.holder;
    const paging = { page: query.page, pageSize: query.pageSize };
    const { items, total } = await listFilesOut(trx, actor, { holderUserId, childCode: query.childCode }, paging);
    await appendListAudit(
      trx,
      actor,
      { action: 'paper_file.list', entityType: 'paper_file', ids: items.map((i) => i.id), fields: ['childCode', 'holder'], details: { page: query.page } },
      now,
    );
    return { items, total, ...paging };
  });
}
