import { CASE_TYPES, NON_VENA_NEEDS } from '../cases/case-vocabulary.js';

// What an IZU pair's monthly report holds, defined once (issue 13; programme
// brief §6: "each pair sends a monthly report"). Plain constants with no
// server code: the web form, the SMS/USSD parsers, the roll-up and the page
// for people (docs/izu-monthly-report.md) all read this file.

/** How a report reached Rinda: typed by the IZU on the web, a paper form typed by a coordinator, an SMS, a USSD session. */
export const MONTHLY_REPORT_CHANNELS = ['web', 'paper', 'sms', 'ussd'] as const;
export type MonthlyReportChannel = (typeof MONTHLY_REPORT_CHANNELS)[number];

/**
 * Children identified at risk, by category: the needs that are not VENA
 * (framework step 3: recorded and referred to early intervention), which an
 * IZU finds on household visits. VENA incidents are counted apart, by type.
 */
export const AT_RISK_CATEGORIES = NON_VENA_NEEDS;
export type AtRiskCategory = (typeof AT_RISK_CATEGORIES)[number];

/** Incidents reported, by case type (framework Table 4). */
export const INCIDENT_TYPES = CASE_TYPES;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/** The single counts of the report, in the order the form and the SMS give them. */
export const MONTHLY_REPORT_COUNTS = ['householdsVisited', 'resolvedInCommunity', 'referralsMade', 'followUpVisits'] as const;
export type MonthlyReportCount = (typeof MONTHLY_REPORT_COUNTS)[number];

/** The counts by category, each with its list of categories. */
export const MONTHLY_REPORT_BREAKDOWNS = { childrenAtRisk: AT_RISK_CATEGORIES, incidents: INCIDENT_TYPES } as const;
export type MonthlyReportBreakdown = keyof typeof MONTHLY_REPORT_BREAKDOWNS;

/**
 * Every field of the report in the order people see them (form, SMS, page):
 * a count, counts by category, or free text.
 */
export const MONTHLY_REPORT_FIELDS = [
  { key: 'householdsVisited', kind: 'count' },
  { key: 'childrenAtRisk', kind: 'byCategory' },
  { key: 'incidents', kind: 'byCategory' },
  { key: 'resolvedInCommunity', kind: 'count' },
  { key: 'referralsMade', kind: 'count' },
  { key: 'followUpVisits', kind: 'count' },
  { key: 'concerns', kind: 'text' },
] as const satisfies readonly { key: MonthlyReportCount | MonthlyReportBreakdown | 'concerns'; kind: 'count' | 'byCategory' | 'text' }[];

/**
 * The largest count a field takes. A pair makes 8-10 household visits a month
 * (programme brief); a village has a few hundred households. A larger figure
 * is a typing error, refused rather than added to the district's totals.
 */
export const MONTHLY_REPORT_MAX_COUNT = 1000;

/** The longest "concerns to raise" text (an SMS or a paragraph on the paper form). */
export const CONCERNS_MAX_LENGTH = 2000;

/** A month as the report names it: 'YYYY-MM'. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
