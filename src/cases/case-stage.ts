import type { CaseStage } from '../db/tables/cases-core.js';
import { OPEN_STAGES } from './case-vocabulary.js';

// How steps 4-6 move a case along (framework 3.4-3.6). A case opens at
// 'intake'; intake is complete once the lead caseworker is allocated and
// services are consented to (or processing in the child's vital interest is
// recorded): then 'assessment'. An assessment moves it to 'planning'; a case
// plan to 'implementation'. A review that finds new concerns (steps 7-9)
// sends it back to 'assessment', and the same rules carry it on again.

export function isOpen(stage: CaseStage): boolean {
  return (OPEN_STAGES as readonly CaseStage[]).includes(stage);
}

/** The stage once intake's records are in: assessment when the lead and the services consent both are. */
export function stageAfterIntakeRecords(stage: CaseStage, state: { hasLead: boolean; servicesAllowed: boolean }): CaseStage {
  return stage === 'intake' && state.hasLead && state.servicesAllowed ? 'assessment' : stage;
}

/** An assessment may be recorded once intake is complete, while the case is open. */
export function assessmentRefusal(stage: CaseStage): 'intake_incomplete' | 'case_not_open' | null {
  if (!isOpen(stage)) return 'case_not_open';
  if (stage === 'intake') return 'intake_incomplete';
  return null;
}

export function stageAfterAssessment(stage: CaseStage): CaseStage {
  return stage === 'assessment' ? 'planning' : stage;
}

/** A plan may be made once the case is assessed (planning on), while the case is open. */
export function planRefusal(stage: CaseStage): 'assessment_required' | 'case_not_open' | null {
  if (!isOpen(stage)) return 'case_not_open';
  if (stage === 'intake' || stage === 'assessment') return 'assessment_required';
  return null;
}

export function stageAfterPlan(stage: CaseStage): CaseStage {
  return stage === 'planning' ? 'implementation' : stage;
}
