import type { Actor } from './actor.js';
import type { AssessmentPart, Profession } from '../reintegration/reintegration-vocabulary.js';

// Family tracing, reintegration and care leavers (SYSTEM.md §7): who sees
// which of their fields. The records themselves follow the case
// (caseRecordScope): a CPWO the district's, a CSO caseworker their cases, a
// supervisor their supervisees'; the actions are 'case:read' and 'case:work'.

/**
 * Need-to-know: a tracing lead holds the family's address (a relative's name,
 * phone, village and directions) and a transition plan the safe adult's name
 * and phone. Those who trace and plan (CPWO, CSO caseworker, the psychologist
 * among them) see them; a supervisor reviews the work (stages, dates,
 * outcomes, the lead's district, assessments) without them. The repositories
 * select null in their place, so no reader can show them.
 */
export type ReintegrationFieldVisibility = { familyContact: boolean };

export function reintegrationFieldVisibility(actor: Pick<Actor, 'role'>): ReintegrationFieldVisibility {
  return { familyContact: actor.role === 'cpwo' || actor.role === 'cso_caseworker' };
}

/**
 * The part of the assessment of child and family a caseworker records (TMM:
 * the social worker assesses the social, economic and community situation;
 * the psychologist the emotional, attachment and behaviour side). A
 * caseworker with no profession on record is a social worker (a CSO
 * caseworker is one by definition).
 */
export function assessmentPartOf(profession: Profession | null): AssessmentPart {
  return profession === 'psychologist' ? 'psychological' : 'social';
}
