import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { AssessmentInput } from './assessment.schemas.js';

/** A domain of the assessment as stored. */
type DomainInput = AssessmentInput['domains'][number];
export type DomainRow = { domain: DomainInput['domain']; strengths: string | null; needs: string | null; needLevel: DomainInput['needLevel'] };

/** The case's next assessment version (every post is a new one; earlier versions stay). */
export async function insertAssessment(
  trx: Transaction<DB>,
  caseId: string,
  input: AssessmentInput,
  by: string,
  at: Date,
): Promise<{ id: string; version: number; domainRows: DomainRow[] }> {
  const { version } = await trx
    .selectFrom('assessments')
    .select(sql<number>`coalesce(max(version), 0)::int + 1`.as('version'))
    .where('case_id', '=', caseId)
    .executeTakeFirstOrThrow();
  const domainRows: DomainRow[] = input.domains.map((d) => ({
    domain: d.domain,
    strengths: d.strengths ?? null,
    needs: d.needs ?? null,
    needLevel: d.needLevel,
  }));
  const { id } = await trx
    .insertInto('assessments')
    .values({
      case_id: caseId,
      version,
      incident_facts: input.incidentFacts,
      incident_date: input.incidentDate ?? null,
      incident_place: input.incidentPlace ?? null,
      perpetrator_relationship: input.perpetratorRelationship,
      perpetrator_sex: input.perpetratorSex ?? null,
      perpetrator_age_group: input.perpetratorAgeGroup ?? null,
      perpetrator_has_access: input.perpetratorHasAccess ?? null,
      domains: JSON.stringify(domainRows),
      disability: input.disability,
      disability_note: input.disabilityNote ?? null,
      sibling_risk: input.siblingRisk,
      sibling_risk_note: input.siblingRiskNote ?? null,
      summary: input.summary ?? null,
      assessed_by: by,
      assessed_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, version, domainRows };
}
