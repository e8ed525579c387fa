import {
  AT_RISK_CATEGORIES,
  INCIDENT_TYPES,
  MONTHLY_REPORT_MAX_COUNT,
  type AtRiskCategory,
  type IncidentType,
} from '../../community/monthly-report.content.js';
import { ALWAYS_URGENT_FLAG_TYPES } from '../../community/izu-visit-vocabulary.js';
import type { IzuSubmission } from './izu-submission.js';
import type { ParsedIncidentFlag, ParsedMonthlyReport } from './sms-parser.js';
import { monthLabel, reportSummary } from './sms-replies.js';
import type { SmsLanguage } from './sms-vocabulary.js';
import { USSD_TEXTS, type UssdTexts } from './ussd-texts.js';

// The USSD menu (Africa's Talking style): each request carries the whole
// session's answers joined by '*', and the answer is the next screen, 'CON …'
// to go on or 'END …' to finish. Pure: the menu is replayed from the
// session's first screen over the answers given so far, starting from the
// volunteer's draft as the session found it, so the same request always
// gives the same screen. Every answered question of a monthly report goes
// into the draft (kept per volunteer and month by ussd.routes.ts), so a
// session that drops loses nothing: the next one offers to carry on.
//
// The volunteer's open visit tasks are a third choice, shown only when there
// are some: a task is chosen from the list the session started with, the
// child said safe or not, and the answer recorded as an SMS answer is.
//
// Children at risk and incidents are asked as a total first, then category
// by category only until the total is placed (the last category takes what
// is left), so a month with none is one screen.

export type ReportDraft = {
  month: string;
  householdsVisited?: number;
  atRiskTotal?: number;
  childrenAtRisk: Partial<Record<AtRiskCategory, number>>;
  incidentsTotal?: number;
  incidents: Partial<Record<IncidentType, number>>;
  resolvedInCommunity?: number;
  referralsMade?: number;
  followUpVisits?: number;
};

export type UssdMenuInput = {
  language: SmsLanguage;
  /** The session's answers so far: Africa's Talking's `text` split on '*' ('' is none). */
  inputs: string[];
  /** The volunteer's unfinished report as the session found it, if any. */
  draft: ReportDraft | null;
  /** The months a report may be for: this one and the one before ('YYYY-MM'). */
  months: { current: string; previous: string };
  /** The volunteer's open visit tasks as the session found them, soonest first (none: the menu does not offer them). */
  tasks?: readonly UssdTask[];
};

export type UssdTask = { taskNumber: number; dueDate: string };

export type UssdMenuResult = {
  /** The screen ('CON …' or 'END …'); null when `submit` is set (the caller answers with what came of it). */
  reply: string | null;
  /** The draft to keep after this request (null: none to keep). */
  draft: ReportDraft | null;
  /** Months whose draft the volunteer threw away ("start again"). */
  discarded: string[];
  /** Set when the last answer confirmed a report or a flag. */
  submit: IzuSubmission | null;
};

type FlagDraft = { type?: ParsedIncidentFlag['category']; urgent?: boolean; childSex?: ParsedIncidentFlag['childSex']; childAge?: number | null };
type State =
  | { screen: 'main' | 'resume' | 'month' | 'report' }
  | { screen: 'flag'; flag: FlagDraft }
  | { screen: 'tasks' }
  | { screen: 'task'; task: UssdTask; childSafe?: boolean }
  | { screen: 'end'; reply: string }
  | { screen: 'submit'; submission: IzuSubmission };

type CountQuestion = 'householdsVisited' | 'atRiskTotal' | 'incidentsTotal' | 'resolvedInCommunity' | 'referralsMade' | 'followUpVisits';
type Question =
  | { kind: 'count'; field: CountQuestion }
  | { kind: 'category'; group: 'childrenAtRisk'; category: AtRiskCategory; left: number }
  | { kind: 'category'; group: 'incidents'; category: IncidentType; left: number }
  | { kind: 'confirm' };

const sum = (counts: Partial<Record<string, number>>) => Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);

/** The next category to ask, or null when the total is placed. The last category left takes the rest without a question. */
function nextCategory<C extends string>(categories: readonly C[], answered: Partial<Record<C, number>>, total: number): { category: C; left: number } | null {
  const left = total - sum(answered);
  const open = categories.filter((c) => answered[c] === undefined);
  if (left <= 0 || open.length === 0) return null;
  return { category: open[0]!, left };
}

/** Places what is left of a total when one category remains (so it is never asked). */
function settle(draft: ReportDraft): void {
  for (const [group, categories, total] of [
    ['childrenAtRisk', AT_RISK_CATEGORIES, draft.atRiskTotal],
    ['incidents', INCIDENT_TYPES, draft.incidentsTotal],
  ] as const) {
    if (total === undefined) continue;
    const answered = draft[group] as Partial<Record<string, number>>;
    const open = (categories as readonly string[]).filter((c) => answered[c] === undefined);
    const left = total - sum(answered);
    if (open.length === 1 && left > 0) answered[open[0]!] = left;
  }
}

export function nextQuestion(draft: ReportDraft): Question {
  if (draft.householdsVisited === undefined) return { kind: 'count', field: 'householdsVisited' };
  if (draft.atRiskTotal === undefined) return { kind: 'count', field: 'atRiskTotal' };
  const atRisk = nextCategory(AT_RISK_CATEGORIES, draft.childrenAtRisk, draft.atRiskTotal);
  if (atRisk) return { kind: 'category', group: 'childrenAtRisk', ...atRisk };
  if (draft.incidentsTotal === undefined) return { kind: 'count', field: 'incidentsTotal' };
  const incident = nextCategory(INCIDENT_TYPES, draft.incidents, draft.incidentsTotal);
  if (incident) return { kind: 'category', group: 'incidents', ...incident };
  for (const field of ['resolvedInCommunity', 'referralsMade', 'followUpVisits'] as const) if (draft[field] === undefined) return { kind: 'count', field };
  return { kind: 'confirm' };
}

const withoutZeros = <K extends string>(counts: Partial<Record<K, number>>) =>
  Object.fromEntries(Object.entries(counts).filter(([, v]) => (v as number) > 0)) as Partial<Record<K, number>>;

/** A finished draft as the report the services record. */
export function draftReport(draft: ReportDraft): ParsedMonthlyReport {
  return {
    month: draft.month,
    village: null,
    householdsVisited: draft.householdsVisited ?? 0,
    childrenAtRisk: withoutZeros(draft.childrenAtRisk),
    incidents: withoutZeros(draft.incidents),
    resolvedInCommunity: draft.resolvedInCommunity ?? 0,
    referralsMade: draft.referralsMade ?? 0,
    followUpVisits: draft.followUpVisits ?? 0,
    concerns: null,
    omitted: [],
  };
}

const choice = (input: string, count: number): number | null => {
  const n = /^\d{1,2}$/.test(input.trim()) ? Number(input.trim()) : NaN;
  return n >= 1 && n <= count ? n : null;
};
const readCount = (input: string): number | null =>
  /^\d{1,4}$/.test(input.trim()) && Number(input.trim()) <= MONTHLY_REPORT_MAX_COUNT ? Number(input.trim()) : null;
const menu = (options: readonly string[]) => options.map((o, i) => `${i + 1}. ${o}`).join('\n');
const con = (...lines: (string | null)[]) => 'CON ' + lines.filter((l) => l !== null && l !== '').join('\n');

/** One request of a session: the screen to show and what to keep. */
export function runUssdMenu(input: UssdMenuInput): UssdMenuResult {
  const t = USSD_TEXTS[input.language];
  const tasks = input.tasks ?? [];
  let draft: ReportDraft | null = input.draft ? structuredClone(input.draft) : null;
  const discarded: string[] = [];
  let state: State = { screen: 'main' };
  let error: string | null = null;

  for (const answer of input.inputs) {
    if (state.screen === 'end' || state.screen === 'submit') break;
    error = null;
    const step = (): State | string => {
      switch (state.screen) {
        case 'main': {
          const c = choice(answer, tasks.length > 0 ? 3 : 2);
          if (c === 1) return draft ? { screen: 'resume' } : { screen: 'month' };
          if (c === 2) return { screen: 'flag', flag: {} };
          if (c === 3) return { screen: 'tasks' };
          return t.notAChoice;
        }
        case 'tasks': {
          const c = choice(answer, tasks.length);
          return c === null ? t.notAChoice : { screen: 'task', task: tasks[c - 1]! };
        }
        case 'task':
          return answerTask(t, state.task, state.childSafe, answer);
        case 'resume': {
          const c = choice(answer, 2);
          if (c === 1) return { screen: 'report' };
          if (c === 2 && draft) {
            discarded.push(draft.month);
            draft = null;
            return { screen: 'month' };
          }
          return t.notAChoice;
        }
        case 'month': {
          const c = choice(answer, 2);
          if (c === null) return t.notAChoice;
          const month = c === 1 ? input.months.current : input.months.previous;
          if (!draft || draft.month !== month) draft = { month, childrenAtRisk: {}, incidents: {} };
          return { screen: 'report' };
        }
        case 'report':
          return answerReport(t, draft!, answer, discarded, (d) => (draft = d));
        case 'flag':
          return answerFlag(t, state.flag, answer);
      }
      return state;
    };
    const next = step();
    if (typeof next === 'string') error = next;
    else state = next;
  }

  if (state.screen === 'submit') return { reply: null, draft, discarded, submit: state.submission };
  if (state.screen === 'end') return { reply: `END ${state.reply}`, draft, discarded, submit: null };
  return { reply: render(t, input, state, draft, error), draft, discarded, submit: null };
}

function answerReport(t: UssdTexts, draft: ReportDraft, answer: string, discarded: string[], replace: (d: ReportDraft | null) => void): State | string {
  const q = nextQuestion(draft);
  if (q.kind === 'confirm') {
    const c = choice(answer, 2);
    if (c === 1) return { screen: 'submit', submission: { kind: 'monthly_report', report: draftReport(draft) } };
    if (c === 2) {
      discarded.push(draft.month);
      replace(null);
      return { screen: 'month' };
    }
    return t.notAChoice;
  }
  const n = readCount(answer);
  if (n === null) return t.notANumber;
  if (q.kind === 'category') {
    if (n > q.left) return t.tooMany(q.left);
    (draft[q.group] as Partial<Record<string, number>>)[q.category] = n;
  } else draft[q.field] = n;
  settle(draft);
  return { screen: 'report' };
}

const FLAG_TYPES: ParsedIncidentFlag['category'][] = [...INCIDENT_TYPES.map((type) => ({ kind: 'incident', type }) as const), { kind: 'other' }];

function answerFlag(t: UssdTexts, flag: FlagDraft, answer: string): State | string {
  if (!flag.type) {
    const c = choice(answer, FLAG_TYPES.length);
    if (c === null) return t.notAChoice;
    const type = FLAG_TYPES[c - 1]!;
    // Sexual violence always reaches the CPWO at once: the question would be moot.
    const always = type.kind === 'incident' && ALWAYS_URGENT_FLAG_TYPES.includes(type.type);
    return { screen: 'flag', flag: { type, ...(always && { urgent: true }) } };
  }
  if (flag.urgent === undefined) {
    const c = choice(answer, 2);
    return c === null ? t.notAChoice : { screen: 'flag', flag: { ...flag, urgent: c === 1 } };
  }
  if (flag.childSex === undefined) {
    const c = choice(answer, 3);
    return c === null ? t.notAChoice : { screen: 'flag', flag: { ...flag, childSex: c === 1 ? 'female' : c === 2 ? 'male' : null } };
  }
  if (flag.childAge === undefined) {
    const n = /^\d{1,2}$/.test(answer.trim()) ? Number(answer.trim()) : NaN;
    if (n === 99) return { screen: 'flag', flag: { ...flag, childAge: null } };
    return n >= 0 && n <= 17 ? { screen: 'flag', flag: { ...flag, childAge: n } } : t.ageInvalid;
  }
  const c = choice(answer, 2);
  if (c === 2) return { screen: 'end', reply: t.cancelled };
  if (c === null) return t.notAChoice;
  return {
    screen: 'submit',
    submission: { kind: 'incident_flag', flag: { category: flag.type, urgent: flag.urgent, childSex: flag.childSex, childAge: flag.childAge, note: null } },
  };
}

function answerTask(t: UssdTexts, task: UssdTask, childSafe: boolean | undefined, answer: string): State | string {
  const c = choice(answer, 2);
  if (c === null) return t.notAChoice;
  if (childSafe === undefined) return { screen: 'task', task, childSafe: c === 1 };
  if (c === 2) return { screen: 'end', reply: t.cancelled };
  return { screen: 'submit', submission: { kind: 'visit_task', task: { taskNumber: task.taskNumber, childSafe, note: null } } };
}

/** '2026-11-06' → '6/11', as the task's SMS gave the date. */
const dayLabel = (date: string) => `${Number(date.slice(8, 10))}/${Number(date.slice(5, 7))}`;

const typeLabel = (t: UssdTexts, type: ParsedIncidentFlag['category']) =>
  type.kind === 'incident' ? t.incidents[type.type] : type.kind === 'at_risk' ? t.atRisk[type.category] : t.flagOther;

function render(t: UssdTexts, input: UssdMenuInput, state: State, draft: ReportDraft | null, error: string | null): string {
  switch (state.screen) {
    case 'main':
      return con(error, t.title, menu(input.tasks?.length ? [...t.main, t.tasksChoice(input.tasks.length)] : t.main));
    case 'tasks':
      return con(error, t.chooseTask, menu((input.tasks ?? []).map((task) => t.taskLine(task.taskNumber, dayLabel(task.dueDate)))));
    case 'task':
      return state.childSafe === undefined
        ? con(error, t.taskSafe(state.task.taskNumber), menu(t.yesNo))
        : con(error, t.confirmTask(state.task.taskNumber, state.childSafe), menu(t.flagOptions));
    case 'resume':
      return con(error, t.resume(monthLabel(draft!.month)), menu(t.resumeOptions));
    case 'month':
      return con(error, t.chooseMonth, menu([monthLabel(input.months.current), monthLabel(input.months.previous)]));
    case 'report': {
      const q = nextQuestion(draft!);
      if (q.kind === 'confirm')
        return con(error, t.confirmReport(monthLabel(draft!.month), reportSummary(input.language, draftReport(draft!))), menu(t.confirmOptions));
      if (q.kind === 'category') {
        const label = q.group === 'childrenAtRisk' ? t.atRisk[q.category as AtRiskCategory] : t.incidents[q.category as IncidentType];
        return con(error, t.ofThem(label, q.left));
      }
      return con(error, t[q.field]);
    }
    case 'flag': {
      const f = state.flag;
      if (!f.type) return con(error, t.flagType, menu(FLAG_TYPES.map((type) => typeLabel(t, type))));
      if (f.urgent === undefined) return con(error, t.flagUrgent, menu(t.yesNo));
      if (f.childSex === undefined) return con(error, t.flagSex, menu(t.sexes));
      if (f.childAge === undefined) return con(error, t.flagAge);
      const sex = f.childSex === 'female' ? t.sexes[0] : f.childSex === 'male' ? t.sexes[1] : t.sexes[2];
      const summary = [typeLabel(t, f.type), f.urgent ? t.flagUrgent.replace(/\s*\?$/, '') : null, sex, f.childAge === null ? null : String(f.childAge)]
        .filter(Boolean)
        .join(', ');
      return con(error, t.confirmFlag(summary), menu(t.flagOptions));
    }
    default:
      return con(error);
  }
}
