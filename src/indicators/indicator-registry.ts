// The monitoring and evaluation indicators (framework 7.4, SYSTEM.md §8),
// each defined exactly once: here. docs/indicators.md is generated from this
// list (scripts/gen-indicator-docs.ts; tests/indicators-doc-fresh.test.ts
// fails when it is stale), the API serves it, and the figures are computed
// from it (indicator.repository.ts reads `numerator` and `denominator`).

/** How an indicator can be broken down. 'place' is the node's children (provinces, districts or sectors); 'month' the months of the period. */
export const DISAGGREGATIONS = ['place', 'month', 'sex', 'age_band', 'disability', 'refugee_status', 'case_type', 'relationship', 'tier', 'detail'] as const;
export type Disaggregation = (typeof DISAGGREGATIONS)[number];

/** The person and case disaggregations every case-based indicator carries (SYSTEM.md §8: sex, age, disability, location, refugee status; CRC Committee: type and relationship). */
const PERSON: Disaggregation[] = ['place', 'month', 'sex', 'age_band', 'disability', 'refugee_status', 'case_type', 'relationship', 'tier'];

/**
 * Where a figure is read from:
 *  - counts: indicator_counts, kept by triggers in the writing transaction (migrations/0043);
 *  - open_cases: the open cases' rows of indicator_facts (a state now, read by a partial index);
 *  - deadlines: the open deadlines index (deadlines_district_open_idx, migrations/0009);
 *  - izu_reports: the IZU monthly reports' month-and-place index (migrations/0033);
 *  - coverage: the service directory's areas (src/directory/coverage.ts);
 *  - file_audits: the scored samples of case files (file_audit_items).
 */
export type IndicatorSource = 'counts' | 'open_cases' | 'deadlines' | 'izu_reports' | 'coverage' | 'file_audits';

export type IndicatorDefinition = {
  id: string;
  /** One of the ten the framework names (7.4), or one a district manages by. */
  group: 'framework' | 'operational';
  kind: 'count' | 'percent' | 'mean';
  title: string;
  /** What is counted (for a mean: what is averaged). For `counts`, the kept event it reads. */
  numerator: { text: string; event?: string };
  /** The base of a percentage or a mean. */
  denominator?: { text: string; event?: string };
  /** Which period a record falls in. */
  period: string;
  /** What "up to date" (or "completed", "satisfied"…) means, where the indicator has such a word. */
  rule?: string;
  source: IndicatorSource;
  disaggregations: Disaggregation[];
  /** What 'detail' breaks the figure down by, if it may. */
  detail?: string;
  /** The lowest level of the map the data holds this figure at. */
  lowestLevel: 'sector' | 'district';
  /** The framework's words (7.4), for the framework's ten. */
  framework?: string;
};

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'cases_enrolled',
    group: 'framework',
    kind: 'count',
    title: 'Cases enrolled',
    framework: 'Number of cases enrolled for child protection case management',
    numerator: { text: 'Cases opened at intake (framework step 4).', event: 'enrolled' },
    period: 'The month the case was opened (Africa/Kigali).',
    source: 'counts',
    disaggregations: PERSON,
    lowestLevel: 'sector',
  },
  {
    id: 'assessment_completed',
    group: 'framework',
    kind: 'percent',
    title: 'Cases with a completed assessment',
    framework: 'Number and percentage of enrolled cases with completed assessment',
    numerator: { text: 'Cases enrolled in the period that have at least one assessment (step 5) on file now.', event: 'assessed' },
    denominator: { text: 'Cases enrolled in the period.', event: 'enrolled' },
    period: 'A cohort: the cases opened in the period, however late their assessment came.',
    rule: 'Completed: an assessment version is recorded (the form requires the incident facts, the relationship to the alleged perpetrator and sibling risk).',
    source: 'counts',
    disaggregations: PERSON,
    lowestLevel: 'sector',
  },
  {
    id: 'case_plan_up_to_date',
    group: 'framework',
    kind: 'percent',
    title: 'Open cases with an up-to-date case plan',
    framework: 'Number and percentage of child protection cases with an up-to-date case plan',
    numerator: { text: 'Open cases whose current case plan has a review date today or later.' },
    denominator: { text: 'Open cases (not closed, not transferred).' },
    period: 'A state now: the period chosen does not change it.',
    rule: 'Up to date: the case has a plan (step 6) and the review date of its latest version has not passed (Africa/Kigali). A case without a plan is not up to date.',
    source: 'open_cases',
    disaggregations: ['place', 'sex', 'age_band', 'disability', 'refugee_status', 'case_type', 'relationship', 'tier'],
    lowestLevel: 'sector',
  },
  {
    id: 'files_meeting_standards',
    group: 'framework',
    kind: 'percent',
    title: 'Sampled case files meeting the national standards',
    framework: 'Percentage of case files (based on a sample of digital files or paper files) assessed to meet national case management standards',
    numerator: { text: 'Sampled files scored with no checklist item answered "no".' },
    denominator: { text: 'Sampled files scored so far.' },
    period: 'The audit period (a month, quarter or year) the sample was drawn for: an audit counts in a period that contains it.',
    rule: 'Meets the standards: every item of the checklist (src/indicators/file-audit-checklist.ts) is "yes" or "not applicable".',
    source: 'file_audits',
    disaggregations: ['place'],
    lowestLevel: 'district',
  },
  {
    id: 'referrals_made',
    group: 'framework',
    kind: 'count',
    title: 'Children and caregivers referred',
    framework: 'Number of children or caregivers etc, who have been referred for support services',
    numerator: {
      text: 'Referrals sent to a provider (step 7), for a case or for a report’s early intervention; a child referred to two services counts twice.',
      event: 'referred',
    },
    period: 'The month the referral was sent.',
    source: 'counts',
    disaggregations: [...PERSON, 'detail'],
    detail: 'service type',
    lowestLevel: 'sector',
  },
  {
    id: 'referrals_completed',
    group: 'framework',
    kind: 'count',
    title: 'Referrals completed',
    framework: 'Number of referrals completed',
    numerator: {
      text: 'Referrals completed: the child accessed the service, the outcome was recorded and the provider gave written feedback.',
      event: 'referral_completed',
    },
    period: 'The month the referral was completed.',
    rule: 'Completed as the framework says (step 7): access, outcome and written feedback, all three.',
    source: 'counts',
    disaggregations: [...PERSON, 'detail'],
    detail: 'outcome (yes, partly, no)',
    lowestLevel: 'sector',
  },
  {
    id: 'benchmark_progress',
    group: 'framework',
    kind: 'percent',
    title: 'Cases progressing on the benchmarks',
    framework: 'Proportion of cases showing progress towards achieving benchmarks',
    numerator: { text: 'Reviewed cases whose latest review meets more of the seven benchmarks than their first review, or all seven.', event: 'progressing' },
    denominator: { text: 'Cases enrolled in the period with at least one review.', event: 'reviewed' },
    period: 'A cohort: the cases opened in the period, judged on their reviews so far.',
    rule: 'Progressing: more benchmarks met at the latest review than at the first, or all seven met.',
    source: 'counts',
    disaggregations: PERSON,
    lowestLevel: 'sector',
  },
  {
    id: 'cases_resolved',
    group: 'framework',
    kind: 'count',
    title: 'Cases resolved, by reason',
    framework: 'Number of child protection cases resolved, by reason resolution',
    numerator: { text: 'Cases closed (step 9) and not reopened, by the reason of their closure.', event: 'resolved' },
    period: 'The month of the closure that stands.',
    source: 'counts',
    disaggregations: [...PERSON, 'detail'],
    detail: 'closure reason',
    lowestLevel: 'sector',
  },
  {
    id: 'clients_satisfied',
    group: 'framework',
    kind: 'percent',
    title: 'Children and caregivers satisfied with case management',
    framework: 'Percentage of a sample of children or caregivers who reported being satisfied with the overall case management',
    numerator: { text: 'Client feedback forms (tool 18) with satisfaction 4 or 5 of 5.', event: 'satisfied' },
    denominator: { text: 'Client feedback forms collected.', event: 'feedback' },
    period: 'The month the feedback was collected.',
    rule: 'Satisfied: 4 (satisfied) or 5 (very satisfied) on the five-point scale.',
    source: 'counts',
    disaggregations: [...PERSON, 'detail'],
    detail: 'respondent (child or caregiver)',
    lowestLevel: 'sector',
  },
  {
    id: 'wellbeing_improved',
    group: 'framework',
    kind: 'percent',
    title: 'Children reporting better wellbeing',
    framework: 'Proportion of children who report an increase in wellbeing',
    numerator: { text: 'Children’s feedback forms saying their wellbeing is better.', event: 'wellbeing_better' },
    denominator: { text: 'Children’s feedback forms that answer the wellbeing question.', event: 'wellbeing_asked' },
    period: 'The month the feedback was collected.',
    source: 'counts',
    disaggregations: PERSON,
    lowestLevel: 'sector',
  },
  {
    id: 'reports_received',
    group: 'operational',
    kind: 'count',
    title: 'Reports received',
    numerator: { text: 'Incident reports recorded in the register (steps 1–2), VENA or not.', event: 'reports_received' },
    period: 'The month the report was received.',
    rule: 'Tier is the screening’s; a report not screened yet counts under tier 0. Sex and age band are as the report gives them.',
    source: 'counts',
    disaggregations: ['place', 'month', 'sex', 'age_band', 'case_type', 'tier', 'detail'],
    detail: 'channel',
    lowestLevel: 'sector',
  },
  {
    id: 'reports_screened',
    group: 'operational',
    kind: 'count',
    title: 'Reports screened',
    numerator: { text: 'Reports screened and categorised (step 3).', event: 'reports_screened' },
    period: 'The month the report was screened.',
    source: 'counts',
    disaggregations: ['place', 'month', 'sex', 'age_band', 'case_type', 'tier', 'detail'],
    detail: 'VENA or not',
    lowestLevel: 'sector',
  },
  {
    id: 'overdue_work',
    group: 'operational',
    kind: 'count',
    title: 'Overdue work',
    numerator: { text: 'Open deadlines (screening, Tier 1 response, Tier 2 assessment, case plan, case review, referrals) past their due time.' },
    period: 'A state now: the period chosen does not change it.',
    rule: 'Overdue: not met and due before now.',
    source: 'deadlines',
    disaggregations: ['place', 'tier', 'detail'],
    detail: 'deadline kind',
    lowestLevel: 'district',
  },
  {
    id: 'hours_to_screening',
    group: 'operational',
    kind: 'mean',
    title: 'Time to screening (hours)',
    numerator: { text: 'Hours from a report’s receipt to its screening, summed.', event: 'hours_to_screening' },
    denominator: { text: 'Reports screened.', event: 'hours_to_screening' },
    period: 'The month the report was received.',
    source: 'counts',
    disaggregations: ['place', 'month', 'sex', 'age_band', 'case_type', 'tier'],
    lowestLevel: 'sector',
  },
  {
    id: 'hours_to_response',
    group: 'operational',
    kind: 'mean',
    title: 'Time to first response, by tier (hours)',
    numerator: {
      text: 'Hours from a report’s receipt to the tier’s response being met (Tier 1 response, Tier 2 assessment), summed.',
      event: 'hours_to_response',
    },
    denominator: { text: 'Reports whose tier response was met.', event: 'hours_to_response' },
    period: 'The month the report was received.',
    rule: 'Framework step 3: Tier 1 needs a response the same day; Tier 2 an assessment within a week.',
    source: 'counts',
    disaggregations: ['place', 'month', 'sex', 'age_band', 'case_type', 'tier'],
    lowestLevel: 'sector',
  },
  {
    id: 'izu_reporting_completeness',
    group: 'operational',
    kind: 'percent',
    title: 'IZU monthly reports received',
    numerator: { text: 'Villages with an active IZU pair whose monthly report for the month is in.' },
    denominator: { text: 'Villages with an active IZU pair.' },
    period: 'The month reported on; a quarter or year adds up its months.',
    source: 'izu_reports',
    disaggregations: ['place', 'month'],
    lowestLevel: 'sector',
  },
  {
    id: 'service_coverage_gaps',
    group: 'operational',
    kind: 'count',
    title: 'Service coverage gaps',
    numerator: { text: 'Sector × service type pairs that no active provider service covers whole with capacity (gap, partial or no capacity).' },
    period: 'A state now: the period chosen does not change it.',
    source: 'coverage',
    disaggregations: ['place'],
    lowestLevel: 'sector',
  },
];

export const INDICATOR_IDS = INDICATORS.map((i) => i.id) as [string, ...string[]];

export function indicatorById(id: string): IndicatorDefinition | undefined {
  return INDICATORS.find((i) => i.id === id);
}
