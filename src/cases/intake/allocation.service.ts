import type { Actor } from '../../access/actor.js';
import { leadCaseworkerProblem, type LeadCaseworkerProblem } from '../../access/case-access.js';
import { appendAudit } from '../../audit/audit.repository.js';
import type { AppContext } from '../../context.js';
import type { Role } from '../../db/schema.js';
import { conflict, invalidField, type AppError } from '../../errors/app-error.js';
import { assertCaseOpen, changeCase } from '../case-change.js';
import { recordCaseEvent, updateCase } from '../case.repository.js';
import { findLeadCaseworker } from '../case-people.repository.js';
import { advanceIntake } from './consent.service.js';
import type { AllocationInput } from './allocation.schemas.js';
import { insertNotifications } from '../../notifications/notification.repository.js';
import { checkCaseloadBeforeAllocation } from '../../workforce/caseload.service.js';

// Framework step 4 and 3.4: the CPWO allocates the lead caseworker, themself
// or a CSO caseworker, only someone with the national case management
// training; the case's supervisor is the lead's supervisor. An allocation
// that takes the lead over the caseload threshold needs confirming.

/** The refusal for each reason a user may not lead a case (allocation, accepting a transfer). */
export function leadCaseworkerRefusal(problem: LeadCaseworkerProblem): AppError {
  return refusals[problem]();
}

const refusals: Record<LeadCaseworkerProblem, () => AppError> = {
  not_caseworker: () => conflict('Only a CPWO or a CSO caseworker can lead a case', 'errors.caseworker_not_eligible'),
  inactive: () => conflict('This account is deactivated', 'errors.caseworker_not_eligible'),
  untrained: () => conflict('Only someone who completed the national case management training can lead a case', 'errors.caseworker_untrained'),
  out_of_jurisdiction: () => conflict("The case is outside this caseworker's jurisdiction", 'errors.caseworker_out_of_jurisdiction'),
};

export async function allocateLeadCaseworker(ctx: AppContext, actor: Actor, caseId: string, input: AllocationInput) {
  return changeCase(ctx, actor, caseId, 'case:allocate', async (trx, kase, now) => {
    assertCaseOpen(kase);
    const lead = await findLeadCaseworker(trx, input.leadCaseworkerId);
    if (!lead) throw invalidField('body.leadCaseworkerId', 'No such user', 'errors.caseworker_not_found');
    const problem = leadCaseworkerProblem({ ...lead, role: lead.role as Role }, kase.placeId);
    if (problem) throw refusals[problem]();
    const supervisor = lead.supervisorId ? { id: lead.supervisorId, fullName: lead.supervisorName! } : null;
    const result = (stage: string) => ({
      caseId: kase.id,
      stage,
      leadCaseworker: { id: lead.id, fullName: lead.fullName, role: lead.role },
      supervisor,
    });
    if (kase.leadCaseworkerId === lead.id && kase.supervisorId === (supervisor?.id ?? null)) return result(kase.stage);
    // Caseloads (framework, resourcing): warn before a caseworker is pushed over the threshold.
    if (kase.leadCaseworkerId !== lead.id) await checkCaseloadBeforeAllocation(trx, lead.id, kase.tier, input.confirmOverThreshold === true);

    await updateCase(trx, kase.id, { leadCaseworkerId: lead.id, supervisorId: supervisor?.id ?? null }, now);
    const stage = await advanceIntake(trx, kase, lead.id, now);
    await recordCaseEvent(trx, {
      caseId: kase.id,
      actorId: actor.id,
      at: now,
      kind: 'case.allocated',
      refTable: 'users',
      refId: lead.id,
      summary: {
        leadCaseworkerId: lead.id,
        previousLeadCaseworkerId: kase.leadCaseworkerId,
        supervisorId: supervisor?.id ?? null,
        ...(stage !== kase.stage && { stage: { from: kase.stage, to: stage } }),
      },
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'case.allocate',
        entityType: 'case',
        entityId: kase.id,
        fields: ['leadCaseworker', 'supervisor'],
        details: { leadCaseworkerId: lead.id, previousLeadCaseworkerId: kase.leadCaseworkerId },
      },
      now,
    );
    if (lead.id !== actor.id) {
      await insertNotifications(
        trx,
        [{ userId: lead.id, kind: 'case.allocated', messageKey: 'notifications.case_allocated', params: { caseCode: kase.caseCode }, caseId: kase.id }],
        now,
      );
    }
    return result(stage);
  });
}
