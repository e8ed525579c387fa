import { DHIS2_DOC } from './dhis2-docs.js';
import { FILE_AUDIT_ITEMS } from './file-audit-checklist.js';
import { INDICATORS, type IndicatorDefinition, type IndicatorSource } from './indicator-registry.js';

// docs/indicators.md, written from the registry (npm run gen:indicator-docs);
// tests/indicators-doc-fresh.test.ts fails when the checked-in page differs.

export const INDICATOR_DOC_FILE = 'docs/indicators.md';

const SOURCES: Record<IndicatorSource, string> = {
  counts:
    '`indicator_counts`, kept by triggers in the transaction that writes the record (migrations/0043_indicators.sql). A figure sums a few hundred kept rows instead of aggregating every case, referral and report.',
  open_cases:
    'the open cases’ rows of `indicator_facts` (partial index `indicator_facts_open_idx`): a state now, which cannot be summed from monthly counts, read from one narrow row per open case.',
  deadlines: 'the open deadlines index `deadlines_district_open_idx` (migrations/0009), read from the index alone.',
  izu_reports:
    'the IZU monthly reports’ month-and-place index (migrations/0033) and the active volunteers, the same grouped queries the roll-up uses (src/community/monthly-report.repository.ts).',
  coverage: 'the service directory’s areas (src/directory/coverage.ts), a small table read whole per district.',
  file_audits: 'the scored samples (`file_audit_items`): a few dozen files per district and period.',
};

function section(d: IndicatorDefinition): string {
  const lines = [`### ${d.title} (\`${d.id}\`)`, ''];
  if (d.framework) lines.push(`Framework 7.4: “${d.framework}”.`, '');
  lines.push(`| | |`, `|---|---|`);
  lines.push(`| kind | ${d.kind === 'percent' ? 'percentage (numerator / denominator)' : d.kind === 'mean' ? 'mean (numerator / denominator)' : 'count'} |`);
  lines.push(`| numerator | ${d.numerator.text}${d.numerator.event ? ` (kept event \`${d.numerator.event}\`)` : ''} |`);
  if (d.denominator) lines.push(`| denominator | ${d.denominator.text}${d.denominator.event ? ` (kept event \`${d.denominator.event}\`)` : ''} |`);
  lines.push(`| period rule | ${d.period} |`);
  if (d.rule) lines.push(`| definition | ${d.rule} |`);
  lines.push(`| disaggregations | ${d.disaggregations.map((x) => (x === 'detail' ? `detail (${d.detail})` : x)).join(', ')} |`);
  lines.push(`| lowest level | ${d.lowestLevel} |`);
  lines.push(`| read from | ${SOURCES[d.source]} |`);
  return lines.join('\n');
}

export function indicatorDocs(): string {
  const framework = INDICATORS.filter((i) => i.group === 'framework');
  const operational = INDICATORS.filter((i) => i.group === 'operational');
  return `<!-- Generated from src/indicators/indicator-registry.ts by \`npm run gen:indicator-docs\`. Do not edit by hand. -->
# Indicators

Rinda's monitoring and evaluation figures: the ten indicators the framework
names (NCDA 2023, 7.4) and the operational ones a district manages by. Each is
defined once, in \`src/indicators/indicator-registry.ts\`; this page is written
from it, and the dashboard and the API (\`GET /api/v1/indicators\`) serve the
same definitions.

## Places, periods, disaggregations

- **Place:** any node of the map: the nation (\`RW\`), a province, a district
  (Akarere) or a sector (Umurenge). A record counts where the child is (the
  case's or report's place); a record placed above a sector counts in its
  district only.
- **Period:** a month (\`2026-11\`), a quarter (\`2026-Q4\`) or a year
  (\`2026\`), in Africa/Kigali time. A quarter or a year adds up its months;
  the cohort indicators say which records belong to a period.
- **Disaggregations**, as far as the data holds them: \`place\` (the node's
  children: bars by district, by sector), \`month\` (the trend over the period),
  \`sex\`, \`age_band\` (0–4, 5–9, 10–14, 15–17, from the date of birth at
  opening; a report's from the age it gives), \`disability\` (the child record
  lists one or not), \`refugee_status\`, \`case_type\` (a case of two types counts
  under each; the total counts it once), \`relationship\` (the child and the
  alleged perpetrator, from the latest assessment; \`not_assessed\` before
  one), \`tier\`, and an indicator's own \`detail\` (closure reason, channel…).

## Live, without a nightly rebuild

Most figures read **kept counts**: \`indicator_facts\` holds one row per case,
referral, client feedback and report with its disaggregation and the events it
contributes (enrolled in a month, assessed, resolved for a reason…);
\`indicator_counts\` sums those events by indicator, month, sector and every
disaggregation. Triggers recompute a record's fact row whenever the record or
one it depends on changes (a case, its child, assessment, plan, review,
closure; a referral; feedback; a report and its response deadline), in the
same transaction, and a change to a fact row moves its events between the
counts. So a figure is current the moment the record commits, and costs a scan
of kept rows for the place and period instead of an aggregate over millions of
records. Summary tables were chosen over indexes alone because a national
figure over every case of a year touches hundreds of thousands of rows through
any index; the kept counts touch a few thousand. The states that are not
events (open cases with an up-to-date plan, overdue deadlines, coverage) are
read from narrow partial indexes instead.

The same events aggregated from the records themselves (the view
\`indicator_counts_live\`) are the check: \`tests/indicators-kept-counts.test.ts\`
compares them group by group after every kind of write, and the benchmark
(\`npm run bench -- --only=indicators\`) does so on the national data set and
times each figure against the raw aggregate.

## Small numbers

Figures shown to people who may not see the children's identities (national
officers, analysts, administrators, sector coordinators; a CPWO or supervisor
outside their district) show a count below \`RINDA_INDICATOR_MIN_CELL\` (default
5) as "<5", never 0. A table whose hidden cell could be worked out from its
total and its other cells hides one more (complementary suppression): no row
or column of a table has exactly one hidden cell. A percentage or mean whose
numerator or denominator is hidden is hidden. A CPWO or supervisor sees their
own district's figures as they are.

## File audit sampling

"% of sampled case files meeting the standards" stands on a reproducible
random sample of a district's case files per period: the files opened before
the period ended, ordered by md5(seed || case id), the first *n* taken; the
same seed and files always give the same sample. Each file is scored against
this checklist (yes, no, not applicable); it meets the standards when no item
is "no". The score and who scored it are kept.

${FILE_AUDIT_ITEMS.map((i) => `- \`${i.code}\`: ${i.text}`).join('\n')}

${DHIS2_DOC}
## The framework's ten

${framework.map(section).join('\n\n')}

## Operational

${operational.map(section).join('\n\n')}
`;
}
