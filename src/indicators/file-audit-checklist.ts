// The checklist a sampled case file is scored against: the national case
// management standards as the framework states them (NCDA 2023: steps 3-9,
// 5.1 case files, 5.2 confidentiality). Each item is answered yes, no or not
// applicable; a file meets the standards when no item is "no".

export const FILE_AUDIT_ITEMS = [
  { code: 'labelled_by_child_id', text: 'The file is labelled with the child’s unique ID, never the name (5.1).' },
  { code: 'screening_and_tier', text: 'Screening and risk categorisation are recorded, with the tier and its reason (step 3).' },
  { code: 'consent_recorded', text: 'Consent and assent, or the vital-interest basis, are recorded before services (step 4).' },
  { code: 'lead_caseworker', text: 'A lead caseworker is allocated (step 4).' },
  { code: 'assessment_complete', text: 'The assessment records the incident, strengths and needs, disability and risk to siblings (step 5).' },
  { code: 'case_plan_measurable', text: 'The case plan has measurable goals, actions, who is responsible and by when (step 6).' },
  { code: 'referrals_with_feedback', text: 'Each referral has consent and, once done, the provider’s written feedback on file (step 7).' },
  { code: 'monitoring_recorded', text: 'Monitoring visits are dated and recorded (step 8).' },
  { code: 'review_benchmarks', text: 'Each case review scores the seven benchmarks with evidence (step 8).' },
  { code: 'deadlines_met', text: 'The tier’s response and the plan and review dates were met, or the delay is explained (step 3, 6, 8).' },
  { code: 'closure_justified', text: 'A closure is justified by the benchmarks or an approved reason (step 9).' },
  { code: 'confidentiality', text: 'Conference participants signed confidentiality agreements; file movements are in the register (5.1, 5.2).' },
] as const;

export type FileAuditItemCode = (typeof FILE_AUDIT_ITEMS)[number]['code'];
export const FILE_AUDIT_CODES = FILE_AUDIT_ITEMS.map((i) => i.code) as [FileAuditItemCode, ...FileAuditItemCode[]];
export type FileAuditAnswer = 'yes' | 'no' | 'na';

/** A file meets the standards when no item is "no"; its score is yes / (yes + no). */
export function scoreFile(checks: Record<FileAuditItemCode, FileAuditAnswer>): { meetsStandards: boolean; score: number | null } {
  const answers = Object.values(checks);
  const yes = answers.filter((a) => a === 'yes').length;
  const no = answers.filter((a) => a === 'no').length;
  return { meetsStandards: no === 0, score: yes + no === 0 ? null : Math.round((yes / (yes + no)) * 1000) / 1000 };
}
