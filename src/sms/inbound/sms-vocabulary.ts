import { AT_RISK_CATEGORIES, INCIDENT_TYPES, type AtRiskCategory, type IncidentType } from '../../community/monthly-report.content.js';

// The words of the SMS format (docs/izu-sms-ussd.md), in Kinyarwanda first,
// then English and French. Plain constants: the parser, the replies, the USSD
// menu and the page for districts all read this file. Every word of five
// letters or more is also read with one typing slip (a letter missing, added,
// changed, or two swapped), so no two words of different meaning may be that
// close: sms-parser.test.ts checks it.

export const SMS_LANGUAGES = ['rw', 'en', 'fr'] as const;
export type SmsLanguage = (typeof SMS_LANGUAGES)[number];

/** What a message asks for, named by its first word. */
export const MESSAGE_KINDS = ['monthly_report', 'incident_flag', 'visit_task', 'household_visit'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const KIND_KEYWORDS: Record<MessageKind, Record<SmsLanguage, readonly string[]>> = {
  // raporo: a report; ikibazo: a problem (something to look into); inshingano: a duty given.
  monthly_report: { rw: ['RAPORO'], en: ['REPORT'], fr: ['RAPPORT'] },
  incident_flag: { rw: ['IKIBAZO'], en: ['FLAG', 'ALERT'], fr: ['ALERTE'] },
  visit_task: { rw: ['INSHINGANO'], en: ['TASK'], fr: ['TACHE'] },
  // gusura: to visit (a household, framework §6: 8-10 a month).
  household_visit: { rw: ['GUSURA'], en: ['VISIT'], fr: ['VISITE'] },
};

/** The monthly report's single counts, with the month, the village and the free text. */
export const REPORT_FIELDS = ['month', 'village', 'householdsVisited', 'resolvedInCommunity', 'referralsMade', 'followUpVisits', 'concerns'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

export const REPORT_FIELD_WORDS: Record<ReportField, Record<SmsLanguage, readonly string[]>> = {
  month: { rw: ['UKWEZI'], en: ['MONTH'], fr: ['MOIS'] },
  village: { rw: ['UMUDUGUDU'], en: ['VILLAGE'], fr: ['VILLAGE'] },
  // ingo: households (urugo, one household).
  householdsVisited: { rw: ['INGO', 'URUGO'], en: ['HOUSEHOLDS', 'HH'], fr: ['MENAGES'] },
  resolvedInCommunity: { rw: ['BYAKEMUWE'], en: ['RESOLVED'], fr: ['RESOLUS'] },
  referralsMade: { rw: ['BYOHEREJWE'], en: ['REFERRED', 'REFERRALS'], fr: ['ORIENTES'] },
  followUpVisits: { rw: ['GUKURIKIRANA'], en: ['FOLLOWUP'], fr: ['SUIVI'] },
  concerns: { rw: ['IMPUNGENGE'], en: ['CONCERNS', 'NOTE'], fr: ['NOTE', 'REMARQUE'] },
};

/** The counts a report must carry; the others are 0 when left out (the reply says so). */
export const REQUIRED_REPORT_FIELDS = ['month', 'householdsVisited'] as const satisfies readonly ReportField[];

/** The words of an incident flag and a visit-task answer besides its category. */
export const FLAG_WORDS = {
  urgent: { rw: ['BYIHUTIRWA'], en: ['URGENT'], fr: ['URGENT'] },
  age: { rw: ['IMYAKA'], en: ['AGE'], fr: ['AGE'] },
  female: { rw: ['GORE'], en: ['GIRL', 'F'], fr: ['FILLE'] },
  male: { rw: ['GABO'], en: ['BOY', 'M'], fr: ['GARCON'] },
  note: REPORT_FIELD_WORDS.concerns,
} as const satisfies Record<string, Record<SmsLanguage, readonly string[]>>;

export const TASK_WORDS = {
  safe: { rw: ['YEGO'], en: ['SAFE', 'YES'], fr: ['OUI'] },
  unsafe: { rw: ['OYA'], en: ['UNSAFE', 'NO'], fr: ['NON'] },
  note: REPORT_FIELD_WORDS.concerns,
} as const satisfies Record<string, Record<SmsLanguage, readonly string[]>>;

/**
 * The words of a household visit: the household's code (the word may be left
 * out when the code comes first), the children seen, the concerns found by
 * number (HOUSEHOLD_CONCERNS, position + 1), and the volunteer's own note.
 * ibyago: dangers, risks; abana: children; urugo: a household.
 */
export const VISIT_WORDS = {
  household: { rw: ['URUGO'], en: ['HOUSEHOLD', 'HH'], fr: ['MENAGE'] },
  children: { rw: ['ABANA'], en: ['CHILDREN', 'KIDS'], fr: ['ENFANTS'] },
  concerns: { rw: ['IBYAGO'], en: ['ISSUES'], fr: ['SOUCIS'] },
  /** The day of a visit made earlier (dd/mm): without it, the visit is the day's. */
  date: { rw: ['ITARIKI'], en: ['DATE'], fr: ['DATE'] },
  note: REPORT_FIELD_WORDS.concerns,
} as const satisfies Record<string, Record<SmsLanguage, readonly string[]>>;

/**
 * Children at risk by category, A1 to A8, and incidents by type, V1 to V7:
 * codes, not words, so the format is the same in the three languages and
 * short to type on a keypad. The order is that of the report
 * (src/community/monthly-report.content.ts).
 */
export const AT_RISK_CODES = AT_RISK_CATEGORIES.map((category, i) => ({ code: `A${i + 1}`, category }));
export const INCIDENT_CODES = INCIDENT_TYPES.map((type, i) => ({ code: `V${i + 1}`, type }));
export type { AtRiskCategory, IncidentType };
