import { describe, expect, it } from 'vitest';
import { assessmentRefusal, planRefusal, stageAfterAssessment, stageAfterIntakeRecords, stageAfterPlan } from './case-stage.js';

describe('case stages, steps 4-6', () => {
  it('completes intake only with both a lead caseworker and a services consent', () => {
    expect(stageAfterIntakeRecords('intake', { hasLead: true, servicesAllowed: false })).toBe('intake');
    expect(stageAfterIntakeRecords('intake', { hasLead: false, servicesAllowed: true })).toBe('intake');
    expect(stageAfterIntakeRecords('intake', { hasLead: true, servicesAllowed: true })).toBe('assessment');
    expect(stageAfterIntakeRecords('implementation', { hasLead: true, servicesAllowed: true })).toBe('implementation');
  });

  it('assesses after intake, on an open case', () => {
    expect(assessmentRefusal('intake')).toBe('intake_incomplete');
    expect(assessmentRefusal('closed')).toBe('case_not_open');
    expect(assessmentRefusal('transferred')).toBe('case_not_open');
    expect(assessmentRefusal('review')).toBeNull();
    expect(stageAfterAssessment('assessment')).toBe('planning');
    expect(stageAfterAssessment('implementation')).toBe('implementation');
  });

  it('plans after an assessment', () => {
    expect(planRefusal('assessment')).toBe('assessment_required');
    expect(planRefusal('intake')).toBe('assessment_required');
    expect(planRefusal('closed')).toBe('case_not_open');
    expect(planRefusal('planning')).toBeNull();
    expect(stageAfterPlan('planning')).toBe('implementation');
    expect(stageAfterPlan('review')).toBe('review');
  });
});
