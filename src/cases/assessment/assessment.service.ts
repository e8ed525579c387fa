import { localDateOf } from '../../deadlines/local-time.js';
import type { Actor } from '../../access/actor.js';
import { appendAudit } from '../../audit/audit.repository.js';
import type { AppContext } from '../../context.js';
import { conflict, invalidField } from '../../errors/app-error.js';
import { changeCase, iso } from '../case-change.js';
import { onCaseAssessed } from '../case-deadlines.js';
import { recordCaseEvent, updateCase } from '../case.repository.js';
import { assessmentRefusal, stageAfterAssessment } from '../case-stage.js';
import { insertAssessment } from './assessment.repository.js';
import type { AssessmentInput } from './assessment.schemas.js';

// Framework step 5: the assessment. Every post is a new version; earlier
// versions stay in the case file. The first one (and the first after a
// review sent the case back) meets the tier deadline and moves the case to
// planning, which starts the case plan's clock.

export async function addAssessment(ctx: AppContext, actor: Actor, caseId: string, input: AssessmentInput) {
  const domains = input.domains.map((d) => d.domain);
  const repeated = domains.find((d, i) => domains.indexOf(d) !== i);
  if (repeated) throw invalidField('body.domains', `The domain ${repeated} is given twice`, 'errors.assessment_domain_repeated');
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    const refusal = assessmentRefusal(kase.stage);
    if (refusal === 'case_not_open') throw conflict(`The case is ${kase.stage}; reopen it first`, 'errors.case_not_open', { stage: kase.stage });
    if (refusal === 'intake_incomplete') {
      throw conflict('Intake is not complete: record consent and allocate the lead caseworker first', 'errors.intake_incomplete');
    }
    if (input.incidentDate && input.incidentDate > localDateOf(now, ctx.config.timeZone)) {
      throw invalidField('body.incidentDate', 'The incident date is in the future', 'errors.incident_date_in_future');
    }
    const { id, version, domainRows } = await insertAssessment(trx, kase.id, input, actor.id, now);
    const stage = stageAfterAssessment(kase.stage);
    if (stage !== kase.stage) {
      await updateCase(trx, kase.id, { stage }, now);
      await onCaseAssessed(ctx, trx, kase, now);
    }
    await recordCaseEvent(trx, {
      caseId: kase.id,
      actorId: actor.id,
      at: now,
      kind: 'assessment.added',
      refTable: 'assessments',
      refId: id,
      summary: {
        version,
        perpetratorRelationship: input.perpetratorRelationship,
        siblingRisk: input.siblingRisk,
        domains,
        ...(stage !== kase.stage && { stage: { from: kase.stage, to: stage } }),
      },
    });
    await appendAudit(
      trx,
      actor,
      { action: 'assessment.create', entityType: 'case', entityId: kase.id, fields: ['assessment'], details: { assessmentId: id, version } },
      now,
    );
    return {
      id,
      version,
      incidentFacts: input.incidentFacts,
      incidentDate: input.incidentDate ?? null,
      incidentPlace: input.incidentPlace ?? null,
      perpetratorRelationship: input.perpetratorRelationship,
      perpetratorSex: input.perpetratorSex ?? null,
      perpetratorAgeGroup: input.perpetratorAgeGroup ?? null,
      perpetratorHasAccess: input.perpetratorHasAccess ?? null,
      domains: domainRows,
      disability: input.disability,
      disabilityNote: input.disabilityNote ?? null,
      siblingRisk: input.siblingRisk,
      siblingRiskNote: input.siblingRiskNote ?? null,
      summary: input.summary ?? null,
      assessedAt: iso(now),
      assessedBy: { id: actor.id, fullName: actor.fullName },
      caseStage: stage,
    };
  });
}
