import {
  HOUSEHOLD_CODE_MAX,
  HOUSEHOLD_CONCERNS,
  hasHouseholdCodeShape,
  MAX_CHILDREN_SEEN,
  type HouseholdConcern,
} from '../../community/izu-visit-vocabulary.js';
import { CONCERNS_MAX_LENGTH, MONTHLY_REPORT_MAX_COUNT, type MonthlyReportCount } from '../../community/monthly-report.content.js';
import {
  AT_RISK_CODES,
  FLAG_WORDS,
  INCIDENT_CODES,
  KIND_KEYWORDS,
  REPORT_FIELD_WORDS,
  SMS_LANGUAGES,
  TASK_WORDS,
  VISIT_WORDS,
  type AtRiskCategory,
  type IncidentType,
  type MessageKind,
  type SmsLanguage,
} from './sms-vocabulary.js';
import { matchWord, type Lexicon } from './word-match.js';

// The SMS format of docs/izu-sms-ussd.md, read tolerantly: any case, accents
// or not, any of the separators below, fields in any order, one slip in a
// word of five letters or more. Pure: no clock, no database. Never throws:
// anything it cannot read comes back as a Problem that the reply turns into
// "what to fix" (sms-replies.ts).

/** The largest count a field takes (a larger one is a typing slip): the report's own limit. */
export const MAX_COUNT = MONTHLY_REPORT_MAX_COUNT;
/** A message longer than this is not read (a concatenated SMS is at most a few hundred characters). */
export const MAX_MESSAGE_LENGTH = 1600;
const MAX_NOTE_LENGTH = CONCERNS_MAX_LENGTH;

export type ParsedMonthlyReport = {
  month: string;
  /** The village named in the message, if any: its code or its name as typed. */
  village: { code: string } | { name: string } | null;
  householdsVisited: number;
  childrenAtRisk: Partial<Record<AtRiskCategory, number>>;
  incidents: Partial<Record<IncidentType, number>>;
  resolvedInCommunity: number;
  referralsMade: number;
  followUpVisits: number;
  concerns: string | null;
  /** The counts the message left out, recorded as 0 (the reply says so). */
  omitted: CountField[];
};

export type ParsedIncidentFlag = {
  /** A case type (V1-V7), a child at risk of a need that is not VENA (A1-A8), or something else (the USSD menu's last choice). */
  category: { kind: 'incident'; type: IncidentType } | { kind: 'at_risk'; category: AtRiskCategory } | { kind: 'other' };
  urgent: boolean;
  childSex: 'female' | 'male' | null;
  childAge: number | null;
  note: string | null;
};

export type ParsedVisitTaskAnswer = { taskNumber: number; childSafe: boolean; note: string | null };

/**
 * A household visit: the household by its code (never a name), the children
 * seen, the concerns found, the volunteer's note, and the day it was made
 * when the message gives one (a day and month, the year when typed: the
 * handler places it in time and refuses a day to come or one before last month).
 */
export type ParsedHouseholdVisit = {
  householdCode: string;
  childrenSeen: number;
  concerns: HouseholdConcern[];
  note: string | null;
  visitedOn: VisitDay | null;
};

/** A day as typed in a message: day and month, and the year if it was given. */
export type VisitDay = { day: number; month: number; year: number | null };

export type CountField = MonthlyReportCount;

/**
 * What is wrong with a message, precisely enough to say what to fix. `field`: a report field, a code (A1, V3) or a flag part;
 * `word`: what was typed (at most 20 characters); `position`: which word of the message (the keyword is 1).
 */
export type SmsProblem =
  | { code: 'empty' }
  | { code: 'too_long' }
  | { code: 'unknown_keyword'; word: string }
  | { code: 'month_missing' }
  | { code: 'month_invalid'; word: string }
  | { code: 'count_missing'; field: string }
  | { code: 'count_negative'; field: string }
  | { code: 'count_invalid'; field: string; word: string }
  | { code: 'count_too_large'; field: string; max?: number }
  | { code: 'field_twice'; field: string }
  | { code: 'unknown_word'; word: string; position: number }
  | { code: 'village_missing' }
  | { code: 'category_missing' }
  | { code: 'age_invalid'; word: string }
  | { code: 'task_number_missing' }
  | { code: 'task_answer_missing' }
  | { code: 'household_missing' }
  | { code: 'household_invalid'; position: number }
  | { code: 'concern_invalid'; word: string }
  | { code: 'date_invalid'; word: string };

export type ParsedSms =
  | { ok: true; kind: 'monthly_report'; language: SmsLanguage; report: ParsedMonthlyReport }
  | { ok: true; kind: 'incident_flag'; language: SmsLanguage; flag: ParsedIncidentFlag }
  | { ok: true; kind: 'visit_task'; language: SmsLanguage; task: ParsedVisitTaskAnswer }
  | { ok: true; kind: 'household_visit'; language: SmsLanguage; visit: ParsedHouseholdVisit }
  | { ok: false; kind: MessageKind | null; language: SmsLanguage | null; problem: SmsProblem };

/** Separators between words: spaces, punctuation a phone keypad offers. '-', '/' and '.' stay inside a word (months, village names). */
const TOKEN = /[^\s,;:=*#|+()[\]{}"]+/g;

/** A word as typed, and where it starts and ends in the message. */
type Token = { text: string; start: number; end: number };

function lexicon<M>(table: Record<string, Record<SmsLanguage, readonly string[]>>, meaningOf: (key: string, language: SmsLanguage) => M): Lexicon<M> {
  return Object.entries(table).flatMap(([key, byLanguage]) =>
    SMS_LANGUAGES.flatMap((language) => byLanguage[language].map((word) => ({ word, meaning: meaningOf(key, language) }))),
  );
}

const KIND_LEXICON = lexicon(KIND_KEYWORDS, (kind, language) => `${kind}:${language}`);
const REPORT_LEXICON = lexicon(REPORT_FIELD_WORDS, (field) => field);
const FLAG_LEXICON = lexicon(FLAG_WORDS, (part) => part);
const TASK_LEXICON = lexicon(TASK_WORDS, (part) => part);
const VISIT_LEXICON = lexicon(VISIT_WORDS, (part) => part);
const CODE = /^([AV])([1-9])$/;

/** Reads one inbound SMS. */
export function parseSms(text: string): ParsedSms {
  if (text.length > MAX_MESSAGE_LENGTH) return { ok: false, kind: null, language: null, problem: { code: 'too_long' } };
  const tokens = tokenise(text);
  const first = tokens[0];
  if (!first) return { ok: false, kind: null, language: null, problem: { code: 'empty' } };
  // A keyword glued to what follows ("RAPORO11/2026") is read as two words.
  const glued = /^([A-Za-zÀ-ÿ']+)(\d.*)$/.exec(first.text);
  const head = glued ? glued[1]! : first.text;
  // RPPORT is one slip from REPORT and from RAPPORT: the same keyword, so read (in the first one's language).
  const matched = matchWord(KIND_LEXICON, head, (a, b) => a.split(':')[0] === b.split(':')[0]);
  if (!matched) return { ok: false, kind: null, language: null, problem: { code: 'unknown_keyword', word: clip(head) } };
  const [kind, language] = matched.split(':') as [MessageKind, SmsLanguage];
  const rest: Token[] = glued ? [{ text: glued[2]!, start: first.end - glued[2]!.length, end: first.end }, ...tokens.slice(1)] : tokens.slice(1);
  const fail = (problem: SmsProblem): ParsedSms => ({ ok: false, kind, language, problem });
  if (kind === 'monthly_report') {
    const report = parseReport(text, rest);
    return 'code' in report ? fail(report) : { ok: true, kind, language, report };
  }
  if (kind === 'incident_flag') {
    const flag = parseFlag(text, rest);
    return 'code' in flag ? fail(flag) : { ok: true, kind, language, flag };
  }
  if (kind === 'household_visit') {
    // A household code ("KG-014", "KG14") is one word: a word and its count are split only when the word is one of the format's.
    const words = tokenise(text, (t) => {
      const parts = splitGlued(t);
      return parts.length > 1 && matchWord(VISIT_LEXICON, parts[0]!.text) !== undefined ? parts : [t];
    });
    const visit = parseVisit(text, glued ? rest.slice(0, 1).concat(words.slice(1)) : words.slice(1));
    return 'code' in visit ? fail(visit) : { ok: true, kind, language, visit };
  }
  const task = parseTask(text, rest);
  return 'code' in task ? fail(task) : { ok: true, kind, language, task };
}

function tokenise(text: string, split: (token: Token) => Token[] = splitGlued): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    // A full stop ending a word is punctuation, not part of it.
    const word = m[0].replace(/\.+$/, '');
    if (word !== '') tokens.push({ text: word, start: m.index, end: m.index + m[0].length });
  }
  return tokens.flatMap(split);
}

/** "INGO9", "INGO.9", "INGO-9", "A1-2" and "A12" are a word and its count. */
function splitGlued(token: Token): Token[] {
  const code = /^([AVav][1-9])[.-]?(\d+)$/.exec(token.text);
  const parts = code ?? /^([A-Za-zÀ-ÿ']{2,})[.-]?(-?\d+)$/.exec(token.text);
  if (!parts) return [token];
  return [
    { text: parts[1]!, start: token.start, end: token.start + parts[1]!.length },
    { text: parts[2]!, start: token.end - parts[2]!.length, end: token.end },
  ];
}

const clip = (word: string) => word.slice(0, 20);

/** '2026-11', '2026/11', '11/2026', '11-2026', '11.26', '11-26', '202611' → '2026-11'; anything else → null. */
export function parseMonth(word: string): string | null {
  const w = word.trim();
  let year: number;
  let month: number;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(w))) [year, month] = [Number(m[1]), Number(m[2])];
  else if ((m = /^(\d{1,2})[-/.](\d{4})$/.exec(w))) [month, year] = [Number(m[1]), Number(m[2])];
  else if ((m = /^(\d{1,2})[-/.](\d{2})$/.exec(w))) [month, year] = [Number(m[1]), 2000 + Number(m[2])];
  else if ((m = /^(\d{4})(\d{2})$/.exec(w))) [year, month] = [Number(m[1]), Number(m[2])];
  else return null;
  if (month < 1 || month > 12 || year < 2000 || year > 2099) return null;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Looks like a month someone meant, even if it is not one (13/2026): reported as a wrong month, not an unknown word. */
const looksLikeMonth = (word: string) => /^\d{1,4}[-/.]\d{1,4}$/.test(word) || /^\d{6}$/.test(word);

type CountResult = { value: number } | SmsProblem;

/** A count: digits only (a letter O typed for a zero is read as 0). */
function readCount(field: string, token: Token | undefined, isWord: (t: Token) => boolean): CountResult {
  if (!token || isWord(token)) return { code: 'count_missing', field };
  const text = /\d/.test(token.text) ? token.text.replace(/[oO]/g, '0') : token.text;
  if (/^-\s*\d+$/.test(text)) return { code: 'count_negative', field };
  if (!/^\d+$/.test(text)) return { code: 'count_invalid', field, word: clip(token.text) };
  const value = Number(text);
  return value > MAX_COUNT ? { code: 'count_too_large', field } : { value };
}

/** The rest of the message after a token, as typed: the free text runs to the end. */
const restOf = (text: string, token: Token) => text.slice(token.end).trim().slice(0, MAX_NOTE_LENGTH) || null;

function codeOf(token: Token): { kind: 'A' | 'V'; index: number } | null {
  const m = CODE.exec(token.text.toUpperCase());
  return m ? { kind: m[1] as 'A' | 'V', index: Number(m[2]) - 1 } : null;
}

function parseReport(text: string, tokens: Token[]): ParsedMonthlyReport | SmsProblem {
  const isWord = (t: Token) => matchWord(REPORT_LEXICON, t.text) !== undefined || codeOf(t) !== null;
  const counts: Partial<Record<CountField, number>> = {};
  const childrenAtRisk: ParsedMonthlyReport['childrenAtRisk'] = {};
  const incidents: ParsedMonthlyReport['incidents'] = {};
  let month: string | null = null;
  let village: ParsedMonthlyReport['village'] = null;
  let concerns: string | null = null;
  const setOnce = <K extends string>(record: Partial<Record<K, number>>, key: K, label: string, value: number): SmsProblem | null => {
    if (record[key] !== undefined && record[key] !== value) return { code: 'field_twice', field: label };
    record[key] = value;
    return null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const code = codeOf(token);
    const field = code ? null : matchWord(REPORT_LEXICON, token.text);
    if (code) {
      const label = token.text.toUpperCase();
      const entry = code.kind === 'A' ? AT_RISK_CODES[code.index] : INCIDENT_CODES[code.index];
      if (!entry) return { code: 'unknown_word', word: clip(token.text), position: i + 2 };
      const count = readCount(label, tokens[i + 1], isWord);
      if ('code' in count) return count;
      i += 1;
      const twice = 'category' in entry ? setOnce(childrenAtRisk, entry.category, label, count.value) : setOnce(incidents, entry.type, label, count.value);
      if (twice) return twice;
    } else if (field === 'concerns') {
      concerns = restOf(text, token);
      break;
    } else if (field === 'month') {
      const next = tokens[i + 1];
      if (!next) return { code: 'month_missing' };
      const value = parseMonth(next.text);
      if (!value) return { code: 'month_invalid', word: clip(next.text) };
      if (month !== null && month !== value) return { code: 'field_twice', field: 'month' };
      month = value;
      i += 1;
    } else if (field === 'village') {
      // A village code (8 digits) or its name: the words up to the next field or a month.
      const words: string[] = [];
      while (tokens[i + 1] && !isWord(tokens[i + 1]!) && !looksLikeMonth(tokens[i + 1]!.text)) {
        words.push(tokens[i + 1]!.text);
        i += 1;
        if (/^\d{8}$/.test(words[0]!)) break;
      }
      if (words.length === 0) return { code: 'village_missing' };
      village = /^\d{8}$/.test(words[0]!) ? { code: words[0]! } : { name: words.join(' ') };
    } else if (field) {
      const count = readCount(field, tokens[i + 1], isWord);
      if ('code' in count) return count;
      i += 1;
      const twice = setOnce(counts, field as CountField, field, count.value);
      if (twice) return twice;
    } else if (month === null && parseMonth(token.text)) {
      month = parseMonth(token.text);
    } else if (looksLikeMonth(token.text)) {
      return month === null ? { code: 'month_invalid', word: clip(token.text) } : { code: 'unknown_word', word: clip(token.text), position: i + 2 };
    } else {
      return { code: 'unknown_word', word: clip(token.text), position: i + 2 };
    }
  }
  if (month === null) return { code: 'month_missing' };
  if (counts.householdsVisited === undefined) return { code: 'count_missing', field: 'householdsVisited' };
  const omitted = (['resolvedInCommunity', 'referralsMade', 'followUpVisits'] as const).filter((f) => counts[f] === undefined);
  return {
    month,
    village,
    householdsVisited: counts.householdsVisited,
    childrenAtRisk,
    incidents,
    resolvedInCommunity: counts.resolvedInCommunity ?? 0,
    referralsMade: counts.referralsMade ?? 0,
    followUpVisits: counts.followUpVisits ?? 0,
    concerns,
    omitted,
  };
}

function parseFlag(text: string, tokens: Token[]): ParsedIncidentFlag | SmsProblem {
  let category: ParsedIncidentFlag['category'] | null = null;
  let urgent = false;
  let childSex: ParsedIncidentFlag['childSex'] = null;
  let childAge: number | null = null;
  let note: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const code = codeOf(token);
    if (code) {
      const entry = code.kind === 'A' ? AT_RISK_CODES[code.index] : INCIDENT_CODES[code.index];
      if (!entry) return { code: 'unknown_word', word: clip(token.text), position: i + 2 };
      const next: ParsedIncidentFlag['category'] = 'category' in entry ? { kind: 'at_risk', category: entry.category } : { kind: 'incident', type: entry.type };
      if (category && JSON.stringify(category) !== JSON.stringify(next)) return { code: 'field_twice', field: 'category' };
      category = next;
      continue;
    }
    const part = matchWord(FLAG_LEXICON, token.text);
    if (part === 'note') {
      note = restOf(text, token);
      break;
    } else if (part === 'urgent') urgent = true;
    else if (part === 'female' || part === 'male') {
      if (childSex && childSex !== part) return { code: 'field_twice', field: 'sex' };
      childSex = part;
    } else if (part === 'age') {
      const next = tokens[i + 1];
      if (!next || !/^\d{1,2}$/.test(next.text) || Number(next.text) > 17) return { code: 'age_invalid', word: clip(next?.text ?? '') };
      childAge = Number(next.text);
      i += 1;
    } else if (category) {
      // Past the category, words the format does not know are the volunteer's own note.
      note = text.slice(token.start).trim().slice(0, MAX_NOTE_LENGTH);
      break;
    } else return { code: 'unknown_word', word: clip(token.text), position: i + 2 };
  }
  if (!category) return { code: 'category_missing' };
  return { category, urgent, childSex, childAge, note };
}

function parseTask(text: string, tokens: Token[]): ParsedVisitTaskAnswer | SmsProblem {
  let taskNumber: number | null = null;
  let childSafe: boolean | null = null;
  let note: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const number = /^#?(\d{1,9})$/.exec(token.text);
    if (number && taskNumber === null) {
      taskNumber = Number(number[1]);
      continue;
    }
    const part = matchWord(TASK_LEXICON, token.text);
    if (part === 'note') {
      note = restOf(text, token);
      break;
    } else if (part === 'safe' || part === 'unsafe') {
      if (childSafe !== null && childSafe !== (part === 'safe')) return { code: 'field_twice', field: 'answer' };
      childSafe = part === 'safe';
    } else if (taskNumber !== null && childSafe !== null) {
      // Past the number and the answer, the rest is the volunteer's own note.
      note = text.slice(token.start).trim().slice(0, MAX_NOTE_LENGTH);
      break;
    } else return { code: 'unknown_word', word: clip(token.text), position: i + 2 };
  }
  if (taskNumber === null) return { code: 'task_number_missing' };
  if (childSafe === null) return { code: 'task_answer_missing' };
  return { taskNumber, childSafe, note };
}

function parseVisit(text: string, tokens: Token[]): ParsedHouseholdVisit | SmsProblem {
  const isWord = (t: Token) => matchWord(VISIT_LEXICON, t.text) !== undefined;
  let householdCode: string | null = null;
  let childrenSeen: number | null = null;
  const concerns: HouseholdConcern[] = [];
  let note: string | null = null;
  let visitedOn: VisitDay | null = null;
  // A code: letters, digits and dashes with a digit (never a name), at most HOUSEHOLD_CODE_MAX characters.
  const readCode = (token: Token | undefined, position: number): string | SmsProblem => {
    const code = token?.text.toUpperCase() ?? '';
    if (!token || isWord(token)) return { code: 'household_missing' };
    return hasHouseholdCodeShape(code) && code.length <= HOUSEHOLD_CODE_MAX ? code : { code: 'household_invalid', position };
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const part = matchWord(VISIT_LEXICON, token.text);
    if (part === 'note') {
      note = restOf(text, token);
      break;
    } else if (part === 'household') {
      const code = readCode(tokens[i + 1], i + 3);
      if (typeof code !== 'string') return code;
      if (householdCode !== null && householdCode !== code) return { code: 'field_twice', field: 'household' };
      householdCode = code;
      i += 1;
    } else if (part === 'children') {
      const count = readCount('childrenSeen', tokens[i + 1], isWord);
      if ('code' in count) return count;
      if (count.value > MAX_CHILDREN_SEEN) return { code: 'count_too_large', field: 'childrenSeen', max: MAX_CHILDREN_SEEN };
      if (childrenSeen !== null && childrenSeen !== count.value) return { code: 'field_twice', field: 'childrenSeen' };
      childrenSeen = count.value;
      i += 1;
    } else if (part === 'date') {
      const next = tokens[i + 1];
      const day = next && !isWord(next) ? parseDay(next.text) : null;
      if (!day) return { code: 'date_invalid', word: clip(next && !isWord(next) ? next.text : '') };
      if (visitedOn !== null && JSON.stringify(visitedOn) !== JSON.stringify(day)) return { code: 'field_twice', field: 'date' };
      visitedOn = day;
      i += 1;
    } else if (part === 'concerns') {
      // The concerns by number, as many as follow; 0 is none.
      while (tokens[i + 1] && /^\d+$/.test(tokens[i + 1]!.text)) {
        const n = Number(tokens[i + 1]!.text);
        i += 1;
        if (n === 0) continue;
        const concern = HOUSEHOLD_CONCERNS[n - 1];
        if (!concern) return { code: 'concern_invalid', word: clip(tokens[i]!.text) };
        if (!concerns.includes(concern)) concerns.push(concern);
      }
    } else if (householdCode === null) {
      // The code may come first without its word; a word that cannot be a code (a name) is refused, never repeated.
      const code = readCode(token, i + 2);
      if (typeof code !== 'string') return code;
      householdCode = code;
    } else if (childrenSeen !== null) {
      // Past the code and the children, words the format does not know are the volunteer's own note.
      note = text.slice(token.start).trim().slice(0, MAX_NOTE_LENGTH);
      break;
    } else return { code: 'unknown_word', word: clip(token.text), position: i + 2 };
  }
  if (householdCode === null) return { code: 'household_missing' };
  if (childrenSeen === null) return { code: 'count_missing', field: 'childrenSeen' };
  return { householdCode, childrenSeen, concerns, note, visitedOn };
}

/**
 * '30/10', '30-10', '30.10', '3/9', with a year or not ('30/10/2026',
 * '30/10/26') → the day; anything else, or a day no calendar has (31/11,
 * 29/02 of a year that is not leap), → null.
 */
export function parseDay(word: string): VisitDay | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(word.trim());
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = m[3] === undefined ? null : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  // Without a year, 29/02 is a day of some year (the handler finds which).
  const days = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
  return day <= days ? { day, month, year } : null;
}
