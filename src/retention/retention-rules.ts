import type { RetentionKind } from '../db/tables/retention.js';

// The retention rules (Law N° 058/2021 Art. 52: data is kept no longer than its
// purpose needs), one per kind of record, with the framework's and the law's
// defaults. The data protection officer or an administrator changes the
// period or turns a rule off (retention_rules holds their changes); a rule
// never deletes a record: it pseudonymises or removes the named fields, says
// so in the run's record and in the audit, and leaves the rest.

export type RetentionRuleDefinition = {
  kind: RetentionKind;
  /** What kind of record the rule reads. */
  record: string;
  /** What the rule does once the period has passed. */
  action: string;
  /** From when the period counts. */
  from: string;
  enabled: boolean;
  periodDays: number;
  /** The shortest period allowed (the framework or the law wants at least this). */
  minDays: number;
  /** Where the default comes from. */
  source: string;
};

export const RETENTION_RULES: readonly RetentionRuleDefinition[] = [
  {
    kind: 'report_identity_non_vena',
    record: 'incident report screened as not VENA (referred to early intervention)',
    action: "pseudonymise the child's name, remove the child's description, the reporter's name and phone",
    from: 'the report closed at screening',
    enabled: true,
    periodDays: 730,
    minDays: 90,
    source: 'Law 058/2021 Art. 52; SYSTEM §3: a non-VENA report is recorded, then referred and closed; its statistics stay',
  },
  {
    kind: 'reporter_phone',
    record: 'incident report (VENA or not)',
    action: "remove the reporter's phone number",
    from: 'the report closed (its case closed, or closed at screening)',
    enabled: true,
    periodDays: 365,
    minDays: 30,
    source: "Law 058/2021 Art. 52: the phone serves the report's follow-up and status messages only",
  },
  {
    kind: 'closed_case_attachments',
    record: 'attachment (scanned form, evidence) of a closed case',
    action: "remove the file's content; its name, category, size and the audit stay",
    from: 'the case closed',
    enabled: false,
    periodDays: 3650,
    minDays: 1095,
    source: 'framework §5: electronic records are kept indefinitely, so off by default; at least as long as the paper file',
  },
  {
    kind: 'audit',
    record: 'audit entry',
    action: 'count the entries past the period for archiving; never deleted (the entries are sealed in a hash chain)',
    from: 'the entry was written',
    enabled: true,
    periodDays: 3650,
    minDays: 1825,
    source: 'framework §5: every view and change is attributable; kept as long as the case records it explains',
  },
  {
    kind: 'paper_files',
    record: "a child's paper file",
    action: "remind whoever holds the file (or the district's CPWOs) that it has been kept its minimum; the register keeps it",
    from: "the child's last case closed",
    enabled: true,
    periodDays: 1095,
    minDays: 1095,
    source: 'framework §5: paper files are kept at least 3 years after closure',
  },
];

export const RETENTION_KINDS = RETENTION_RULES.map((r) => r.kind) as [RetentionKind, ...RetentionKind[]];

export function ruleDefinition(kind: RetentionKind): RetentionRuleDefinition {
  return RETENTION_RULES.find((r) => r.kind === kind)!;
}

export type RetentionRule = { kind: RetentionKind; enabled: boolean; periodDays: number };

/** The rules in force: each default, unless the officer or an administrator changed it. */
export function rulesInForce(changed: { kind: RetentionKind; enabled: boolean; period_days: number }[]): RetentionRule[] {
  return RETENTION_RULES.map((d) => {
    const c = changed.find((r) => r.kind === d.kind);
    return { kind: d.kind, enabled: c ? c.enabled : d.enabled, periodDays: c ? c.period_days : d.periodDays };
  });
}
