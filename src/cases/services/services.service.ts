import type { Actor } from '../../access/actor.js';
import type { AppContext } from '../../context.js';
import { localDateOf } from '../../deadlines/local-time.js';
import { invalidField } from '../../errors/app-error.js';
import type { Paging } from '../../http/paging.js';
import { countOfCase } from '../followup-lists.repository.js';
import { recordCaseEvent } from '../case.repository.js';
import { assertCaseOpen, changeCase, readCaseSection } from '../case-change.js';
import { findActiveUser, insertService, listServices as listServiceRows } from './services.repository.js';
import type { RecordServiceInput, ServiceRecord } from './services.schemas.js';
import { FOLLOWUP_EVENTS } from '../timeline.js';
import { appendAudit } from '../../audit/audit.repository.js';

/** Framework step 7: records a direct service given to the child or family. */
export async function recordService(ctx: AppContext, actor: Actor, caseId: string, input: RecordServiceInput): Promise<ServiceRecord> {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    if (input.providedOn > localDateOf(now, ctx.config.timeZone)) {
      throw invalidField('body.providedOn', 'A service cannot be recorded before it is given', 'errors.date_in_future');
    }
    if (input.providedByUserId && !(await findActiveUser(trx, input.providedByUserId))) {
      throw invalidField('body.providedByUserId', 'No such active user', 'errors.user_not_found');
    }
    const id = await insertService(trx, {
      caseId,
      description: input.description,
      domain: input.domain ?? null,
      providedByUserId: input.providedByUserId ?? null,
      providedByName: input.providedByName ?? null,
      providedOn: input.providedOn,
      recordedBy: actor.id,
      at: now,
    });
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: FOLLOWUP_EVENTS.serviceGiven,
      refTable: 'case_services',
      refId: id,
      summary: { domain: input.domain ?? null },
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'case.service.record',
        entityType: 'case',
        entityId: caseId,
        fields: ['description', 'domain', 'providedBy', 'providedOn'],
        details: { serviceId: id },
      },
      now,
    );
    return (await listServiceRows(trx, actor, caseId, id))[0]!;
  });
}

export async function listServices(ctx: AppContext, actor: Actor, caseId: string, paging: Paging) {
  return readCaseSection(ctx, actor, caseId, 'services', async (trx) => ({
    items: await listServiceRows(trx, actor, caseId, undefined, paging),
    total: await countOfCase(trx, 'case_services', caseId),
    ...paging,
  }));
}
