import type { MonthlyReportCount } from '../../community/monthly-report.content.js';
import type { ParsedHouseholdVisit, ParsedMonthlyReport, SmsProblem } from './sms-parser.js';
import { FLAG_WORDS, KIND_KEYWORDS, REPORT_FIELD_WORDS, TASK_WORDS, VISIT_WORDS, type MessageKind, type SmsLanguage } from './sms-vocabulary.js';

// The answers to an inbound SMS, in the volunteer's language: what was
// recorded, or exactly what to fix. Short (one SMS, 160 characters, where the
// content allows) and never a child's name: they repeat counts, codes, months
// and the village, and a word the parser did not know is named by its place
// in the message, not repeated (it may be a name).

type Word = (field: keyof typeof REPORT_FIELD_WORDS) => string;

const monthLabel = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;
/** An ISO date as a volunteer writes it: dd/mm/yyyy. */
const dayLabel = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
/** ' (dd/mm/yyyy)' after a visit made on an earlier day; nothing for the day's. */
const onDay = (date: string | undefined) => (date ? ` (${dayLabel(date)})` : '');
const word =
  (language: SmsLanguage): Word =>
  (field) =>
    REPORT_FIELD_WORDS[field][language][0]!;
const keyword = (language: SmsLanguage, kind: MessageKind) => KIND_KEYWORDS[kind][language][0]!;
/** A word as typed is repeated only if it holds a digit (a month, a count): anything else may be a name. */
const shown = (typed: string) => (/\d/.test(typed) ? `'${typed}'` : '');

const sum = (counts: Partial<Record<string, number>>) => Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);

/** Rule refusals of the services (their message keys), and what the volunteer should do. */
export type RefusalReason =
  'month_in_future' | 'other_village' | 'task_not_found' | 'task_closed' | 'not_allowed' | 'invalid' | 'visit_date_future' | 'visit_date_too_old';

/** What a refusal's answer names: the month, the village, the task, the day (an ISO date) or the earliest day accepted. */
type RefusalDetail = { month?: string; village?: string; taskNumber?: number; date?: string; earliest?: string };

type Texts = {
  unknownSender: string;
  reportRecorded: (r: ParsedMonthlyReport, w: Word, omitted: string) => string;
  flagRecorded: (reference: string) => string;
  taskRecorded: (taskNumber: number, childSafe: boolean) => string;
  visitRecorded: (v: ParsedHouseholdVisit, date: string | undefined) => string;
  omitted: (fields: string) => string;
  problem: (p: SmsProblem, kind: MessageKind | null, w: Word, l: SmsLanguage) => string;
  refusal: (reason: RefusalReason, detail: RefusalDetail) => string;
};

const exampleReport = (l: SmsLanguage) => {
  const w = word(l);
  return `${keyword(l, 'monthly_report')} 11/2026 ${w('householdsVisited')} 9 ${w('resolvedInCommunity')} 1`;
};
const exampleFlag = (l: SmsLanguage) => `${keyword(l, 'incident_flag')} V2 ${FLAG_WORDS.female[l][0]} ${FLAG_WORDS.age[l][0]} 9`;
const exampleTask = (l: SmsLanguage) => `${keyword(l, 'visit_task')} 12 ${TASK_WORDS.safe[l][0]}`;
const exampleVisit = (l: SmsLanguage) => `${keyword(l, 'household_visit')} KG-014 ${VISIT_WORDS.children[l][0]} 3 ${VISIT_WORDS.concerns[l][0]} 3`;
const exampleDate = (l: SmsLanguage) => `${VISIT_WORDS.date[l][0]} 30/10`;
const exampleOf = (kind: MessageKind | null, l: SmsLanguage) =>
  kind === 'incident_flag' ? exampleFlag(l) : kind === 'visit_task' ? exampleTask(l) : kind === 'household_visit' ? exampleVisit(l) : exampleReport(l);
/** A field named in an answer by the format's own word in the volunteer's language. */
const fieldName = (field: string, w: Word, l: SmsLanguage = 'rw') =>
  field in REPORT_FIELD_WORDS
    ? w(field as keyof typeof REPORT_FIELD_WORDS)
    : field === 'childrenSeen'
      ? VISIT_WORDS.children[l][0]
      : field === 'household'
        ? VISIT_WORDS.household[l][0]
        : field === 'date'
          ? VISIT_WORDS.date[l][0]
          : field;

/** A report's counts in one line, with the SMS format's words (the USSD confirmation shows the same). */
const summary = (r: ParsedMonthlyReport, w: Word) =>
  `${w('householdsVisited')} ${r.householdsVisited}, A ${sum(r.childrenAtRisk)}, V ${sum(r.incidents)}, ${w('resolvedInCommunity')} ${r.resolvedInCommunity}, ` +
  `${w('referralsMade')} ${r.referralsMade}, ${w('followUpVisits')} ${r.followUpVisits}`;

const TEXTS: Record<SmsLanguage, Texts> = {
  rw: {
    unknownSender: "Muraho. Iyi nimero ntiyanditse muri Rinda nk'iya IZU. Mubaze CPWO w'akarere kanyu kuyandikisha.",
    reportRecorded: (r, w, omitted) => `Raporo ya ${monthLabel(r.month)} yakiriwe: ${summary(r, w)}${omitted}. Murakoze!`,
    flagRecorded: (reference) => `Ikibazo cyakiriwe, nimero ${reference}. CPWO yamenyeshejwe. Murakoze!`,
    taskRecorded: (n, safe) => `Inshingano ${n} yakiriwe: ${safe ? 'umwana ameze neza' : 'umwana ntameze neza'}. Murakoze!`,
    visitRecorded: (v, date) => `Gusura urugo ${v.householdCode} byakiriwe${onDay(date)}: abana ${v.childrenSeen}, ibyago ${v.concerns.length}. Murakoze!`,
    omitted: (fields) => ` (${fields} ntibyatanzwe: 0)`,
    problem: (p, kind, w, l) => {
      switch (p.code) {
        case 'empty':
        case 'unknown_keyword':
        case 'too_long':
          return `Ntitwasomye ubutumwa. Tangiza RAPORO, IKIBAZO, INSHINGANO cyangwa GUSURA. Urugero: ${exampleReport(l)}`;
        case 'month_missing':
          return `Andika ukwezi. Urugero: ${exampleReport(l)}`;
        case 'month_invalid':
          return `${shown(p.word) || 'Ibyo'} si ukwezi. Andika nka 11/2026.`;
        case 'count_missing':
          return `Andika umubare nyuma ya ${fieldName(p.field, w, l)}. Urugero: ${exampleOf(kind, l)}`;
        case 'count_negative':
          return `Umubare wa ${fieldName(p.field, w, l)} ntushobora kuba munsi ya 0. Mwongere mwohereze.`;
        case 'count_invalid':
          return `Nyuma ya ${fieldName(p.field, w, l)} andika umubare gusa (0-1000).`;
        case 'count_too_large':
          return `Umubare wa ${fieldName(p.field, w, l)} urenze ${p.max ?? 1000}. Reba niba wanditse neza.`;
        case 'field_twice':
          return `${fieldName(p.field, w, l)} yanditswe kabiri. Yandike rimwe.`;
        case 'unknown_word':
          return `Ijambo rya ${p.position} ntirizwi. Urugero: ${exampleOf(kind, l)}`;
        case 'village_missing':
          return `Andika izina ry'umudugudu nyuma ya UMUDUGUDU.`;
        case 'category_missing':
          return `Andika ubwoko: V1-V7 cyangwa A1-A8. Urugero: ${exampleFlag(l)}`;
        case 'age_invalid':
          return `Imyaka y'umwana ni 0-17. Urugero: ${exampleFlag(l)}`;
        case 'task_number_missing':
        case 'task_answer_missing':
          return `Andika nimero y'inshingano na YEGO (umwana ameze neza) cyangwa OYA. Urugero: ${exampleTask(l)}`;
        case 'household_missing':
          return `Andika kode y'urugo. Urugero: ${exampleVisit(l)}`;
        case 'household_invalid':
          return `Ijambo rya ${p.position} si kode y'urugo: andika kode (nka KG-014), ntabwo ari izina. Urugero: ${exampleVisit(l)}`;
        case 'concern_invalid':
          return `Ibyago ni nimero 1-12. Urugero: ${exampleVisit(l)}`;
        case 'date_invalid':
          return `${shown(p.word) || 'Ibyo'} si itariki. Andika umunsi n'ukwezi: ${exampleDate(l)}`;
      }
    },
    refusal: (reason, d) => {
      switch (reason) {
        case 'month_in_future':
          return `Ukwezi ${d.month ? monthLabel(d.month) : ''} ntikuragera. Ohereza raporo y'ukwezi kwatangiye.`;
        case 'other_village':
          return `Mwohereza raporo y'umudugudu wanyu gusa${d.village ? ` (${d.village})` : ''}. Kuramo UMUDUGUDU cyangwa mukosore izina.`;
        case 'task_not_found':
          return `Nta nshingano ${d.taskNumber ?? ''} mwahawe. Reba nimero iri mu butumwa bwa CPWO.`;
        case 'task_closed':
          return `Inshingano ${d.taskNumber ?? ''} yarangiye cyangwa yahagaritswe.`;
        case 'not_allowed':
          return 'Ntimwemerewe kohereza ibi. Mubaze CPWO.';
        case 'invalid':
          return 'Ntibyanditswe: hari ibitari byo. Reba urugero mu gitabo cya IZU cyangwa mubaze CPWO.';
        case 'visit_date_future':
          return `Itariki ${d.date ? dayLabel(d.date) : ''} ntiragera. Andika umunsi mwasuriyeho urugo.`;
        case 'visit_date_too_old':
          return `Itariki ${d.date ? dayLabel(d.date) : ''} irashaje: andika gusura kuva ${d.earliest ? dayLabel(d.earliest) : ''}. Ibya kera mubibwire CPWO.`;
      }
    },
  },
  en: {
    unknownSender: 'Hello. This number is not registered in Rinda as an IZU. Please ask your district CPWO to register it.',
    reportRecorded: (r, w, omitted) => `Report for ${monthLabel(r.month)} recorded: ${summary(r, w)}${omitted}. Thank you!`,
    flagRecorded: (reference) => `Flag recorded, number ${reference}. The CPWO has been told. Thank you!`,
    taskRecorded: (n, safe) => `Task ${n} recorded: child ${safe ? 'safe' : 'NOT safe'}. Thank you!`,
    visitRecorded: (v, date) =>
      `Visit to household ${v.householdCode} recorded${onDay(date)}: children seen ${v.childrenSeen}, concerns ${v.concerns.length}. Thank you!`,
    omitted: (fields) => ` (${fields} not given: 0)`,
    problem: (p, kind, w, l) => {
      switch (p.code) {
        case 'empty':
        case 'unknown_keyword':
        case 'too_long':
          return `Message not understood. Start with REPORT, FLAG, TASK or VISIT. Example: ${exampleReport(l)}`;
        case 'month_missing':
          return `Add the month. Example: ${exampleReport(l)}`;
        case 'month_invalid':
          return `${shown(p.word) || 'That'} is not a month. Write it like 11/2026.`;
        case 'count_missing':
          return `Add a number after ${fieldName(p.field, w, l)}. Example: ${exampleOf(kind, l)}`;
        case 'count_negative':
          return `${fieldName(p.field, w, l)} cannot be below 0. Please send again.`;
        case 'count_invalid':
          return `After ${fieldName(p.field, w, l)} write a number only (0-1000).`;
        case 'count_too_large':
          return `${fieldName(p.field, w, l)} is over ${p.max ?? 1000}. Please check and send again.`;
        case 'field_twice':
          return `${fieldName(p.field, w, l)} is given twice. Give it once.`;
        case 'unknown_word':
          return `Word ${p.position} is not known. Example: ${exampleOf(kind, l)}`;
        case 'village_missing':
          return 'Write the village name after VILLAGE.';
        case 'category_missing':
          return `Add the type: V1-V7 or A1-A8. Example: ${exampleFlag(l)}`;
        case 'age_invalid':
          return `A child's age is 0-17. Example: ${exampleFlag(l)}`;
        case 'task_number_missing':
        case 'task_answer_missing':
          return `Give the task number and SAFE or UNSAFE. Example: ${exampleTask(l)}`;
        case 'household_missing':
          return `Add the household code. Example: ${exampleVisit(l)}`;
        case 'household_invalid':
          return `Word ${p.position} is not a household code: write the code (like KG-014), never a name. Example: ${exampleVisit(l)}`;
        case 'concern_invalid':
          return `Concerns are numbers 1-12. Example: ${exampleVisit(l)}`;
        case 'date_invalid':
          return `${shown(p.word) || 'That'} is not a date. Write the day and month: ${exampleDate(l)}`;
      }
    },
    refusal: (reason, d) => {
      switch (reason) {
        case 'month_in_future':
          return `${d.month ? monthLabel(d.month) : 'That month'} has not begun yet. Send the report of a month that has begun.`;
        case 'other_village':
          return `You can report on your own village only${d.village ? ` (${d.village})` : ''}. Leave out VILLAGE or correct the name.`;
        case 'task_not_found':
          return `You have no task ${d.taskNumber ?? ''}. Check the number in the CPWO's message.`;
        case 'task_closed':
          return `Task ${d.taskNumber ?? ''} is already done or cancelled.`;
        case 'not_allowed':
          return 'You may not send this. Please ask your CPWO.';
        case 'invalid':
          return 'Not recorded: something is wrong. See the IZU card or ask your CPWO.';
        case 'visit_date_future':
          return `${d.date ? dayLabel(d.date) : 'That day'} has not come yet. Give the day you made the visit.`;
        case 'visit_date_too_old':
          return `${d.date ? dayLabel(d.date) : 'That day'} is too long ago: visits from ${d.earliest ? dayLabel(d.earliest) : ''} on only. Tell your CPWO about older ones.`;
      }
    },
  },
  fr: {
    unknownSender: "Bonjour. Ce numéro n'est pas enregistré dans Rinda comme IZU. Demandez au CPWO du district de l'enregistrer.",
    reportRecorded: (r, w, omitted) => `Rapport de ${monthLabel(r.month)} enregistré : ${summary(r, w)}${omitted}. Merci !`,
    flagRecorded: (reference) => `Alerte enregistrée, numéro ${reference}. Le CPWO est informé. Merci !`,
    taskRecorded: (n, safe) => `Tâche ${n} enregistrée : enfant ${safe ? 'en sécurité' : 'PAS en sécurité'}. Merci !`,
    visitRecorded: (v, date) =>
      `Visite du ménage ${v.householdCode} enregistrée${onDay(date)} : enfants vus ${v.childrenSeen}, soucis ${v.concerns.length}. Merci !`,
    omitted: (fields) => ` (${fields} non donnés : 0)`,
    problem: (p, kind, w, l) => {
      switch (p.code) {
        case 'empty':
        case 'unknown_keyword':
        case 'too_long':
          return `Message non compris. Commencez par RAPPORT, ALERTE, TACHE ou VISITE. Exemple : ${exampleReport(l)}`;
        case 'month_missing':
          return `Ajoutez le mois. Exemple : ${exampleReport(l)}`;
        case 'month_invalid':
          return `${shown(p.word) || 'Ce'} n'est pas un mois. Écrivez-le comme 11/2026.`;
        case 'count_missing':
          return `Ajoutez un nombre après ${fieldName(p.field, w, l)}. Exemple : ${exampleOf(kind, l)}`;
        case 'count_negative':
          return `${fieldName(p.field, w, l)} ne peut pas être inférieur à 0. Renvoyez le message.`;
        case 'count_invalid':
          return `Après ${fieldName(p.field, w, l)}, écrivez un nombre seulement (0-1000).`;
        case 'count_too_large':
          return `${fieldName(p.field, w, l)} dépasse ${p.max ?? 1000}. Vérifiez et renvoyez.`;
        case 'field_twice':
          return `${fieldName(p.field, w, l)} est donné deux fois. Donnez-le une fois.`;
        case 'unknown_word':
          return `Le mot ${p.position} est inconnu. Exemple : ${exampleOf(kind, l)}`;
        case 'village_missing':
          return 'Écrivez le nom du village après VILLAGE.';
        case 'category_missing':
          return `Ajoutez le type : V1-V7 ou A1-A8. Exemple : ${exampleFlag(l)}`;
        case 'age_invalid':
          return `L'âge d'un enfant est 0-17. Exemple : ${exampleFlag(l)}`;
        case 'task_number_missing':
        case 'task_answer_missing':
          return `Donnez le numéro de la tâche et OUI (enfant en sécurité) ou NON. Exemple : ${exampleTask(l)}`;
        case 'household_missing':
          return `Ajoutez le code du ménage. Exemple : ${exampleVisit(l)}`;
        case 'household_invalid':
          return `Le mot ${p.position} n'est pas un code de ménage : écrivez le code (comme KG-014), jamais un nom. Exemple : ${exampleVisit(l)}`;
        case 'concern_invalid':
          return `Les soucis sont des numéros 1-12. Exemple : ${exampleVisit(l)}`;
        case 'date_invalid':
          return `${shown(p.word) || 'Ce'} n'est pas une date. Écrivez le jour et le mois : ${exampleDate(l)}`;
      }
    },
    refusal: (reason, d) => {
      switch (reason) {
        case 'month_in_future':
          return `Le mois ${d.month ? monthLabel(d.month) : ''} n'a pas commencé. Envoyez le rapport d'un mois commencé.`;
        case 'other_village':
          return `Vous ne rapportez que sur votre village${d.village ? ` (${d.village})` : ''}. Retirez VILLAGE ou corrigez le nom.`;
        case 'task_not_found':
          return `Vous n'avez pas de tâche ${d.taskNumber ?? ''}. Vérifiez le numéro dans le message du CPWO.`;
        case 'task_closed':
          return `La tâche ${d.taskNumber ?? ''} est déjà faite ou annulée.`;
        case 'not_allowed':
          return 'Vous ne pouvez pas envoyer ceci. Demandez au CPWO.';
        case 'invalid':
          return 'Non enregistré : une donnée est fausse. Voir la fiche IZU ou demander au CPWO.';
        case 'visit_date_future':
          return `Le ${d.date ? dayLabel(d.date) : ''} n'est pas encore arrivé. Donnez le jour de la visite.`;
        case 'visit_date_too_old':
          return `Le ${d.date ? dayLabel(d.date) : ''} est trop ancien : visites à partir du ${d.earliest ? dayLabel(d.earliest) : ''} seulement. Signalez les plus anciennes au CPWO.`;
      }
    },
  },
};

export const unknownSenderReply = (language: SmsLanguage) => TEXTS[language].unknownSender;

export function reportRecordedReply(language: SmsLanguage, report: ParsedMonthlyReport): string {
  const t = TEXTS[language];
  const w = word(language);
  const omitted = report.omitted.map((f: MonthlyReportCount) => w(f)).join(', ');
  return t.reportRecorded(report, w, omitted ? t.omitted(omitted) : '');
}

export const flagRecordedReply = (language: SmsLanguage, reference: string) => TEXTS[language].flagRecorded(reference);
export const taskRecordedReply = (language: SmsLanguage, taskNumber: number, childSafe: boolean) => TEXTS[language].taskRecorded(taskNumber, childSafe);
/** `date`: the ISO day of a visit made earlier (named in the answer); none for the day's. */
export const visitRecordedReply = (language: SmsLanguage, visit: ParsedHouseholdVisit, date?: string) => TEXTS[language].visitRecorded(visit, date);
export const problemReply = (language: SmsLanguage, kind: MessageKind | null, problem: SmsProblem) =>
  TEXTS[language].problem(problem, kind, word(language), language);
export const refusalReply = (language: SmsLanguage, reason: RefusalReason, detail: RefusalDetail = {}) => TEXTS[language].refusal(reason, detail);

export const reportSummary = (language: SmsLanguage, report: ParsedMonthlyReport) => summary(report, word(language));
export { monthLabel };
