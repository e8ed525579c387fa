// Every SMS Rinda sends, in Kinyarwanda then English. An SMS travels over
// networks and sits on shared phones: it carries a register reference or case
// code and a step name, never a child's name, a place or any case fact. Each
// text fits one 160-character GSM-7 message.

export const SMS_MAX_LENGTH = 160;

/** To the person who reported, when the report is recorded (framework step 2). */
export function reportReceivedSms(reference: string): string {
  return `Rinda: Raporo ${reference} yakiriwe. Murakoze. / Report ${reference} received. Thank you.`;
}

/** To the district's CPWOs, when an urgent report is recorded (an IZU's urgent flag, any flag of sexual abuse): the reference only. */
export function reportUrgentSms(reference: string): string {
  return `Rinda: Raporo yihutirwa ${reference}. Reba muri Rinda uyu munsi. / Urgent report ${reference}. See Rinda today.`;
}

/** To the reporter, when screening finds VENA and the CPWO takes it on (step 3). */
export function reportBeingHandledSms(reference: string): string {
  return `Rinda: Raporo ${reference} irimo gukurikiranwa. / Report ${reference} is being handled.`;
}

/** To the reporter, when the report is closed (e.g. referred to early intervention). */
export function reportClosedSms(reference: string): string {
  return `Rinda: Raporo ${reference} yasojwe. Murakoze. / Report ${reference} has been closed. Thank you.`;
}

/**
 * To a new user (or one whose password an administrator reset) with a phone on
 * record: the one-time password, which is then not shown to the administrator.
 * No username (the administrator tells it), so the text alone is no account.
 */
export function oneTimePasswordSms(password: string): string {
  return `Rinda: ijambobanga ry'agateganyo: ${password} . Uzarihindura winjiye. / One-time password: ${password} . Change it when you sign in.`;
}

/**
 * To the IZU asked to visit a child: the task's number and due date only (the
 * task, in the app, says whom and why). The volunteer answers the task by SMS
 * or USSD with its number.
 */
export function visitRequestedSms(taskNumber: number, dueDate: string): string {
  return `Rinda: Igikorwa ${taskNumber}: musabwe gusura urugo bitarenze ${dueDate}. / Task ${taskNumber}: a home visit is asked of you by ${dueDate}.`;
}

/** To a provider's focal person: a referral waits (its reference only; the inbox says what and for whom). */
export function referralWaitingSms(reference: string): string {
  return `Rinda: Mwoherejwe umwana ${reference}. Reba muri Rinda. / Referral ${reference} is waiting for you. See Rinda.`;
}

/** To the reporter, when a provider accepted a referral for the child: a service is arranged (no details). */
export function reportServiceArrangedSms(reference: string): string {
  return `Rinda: Raporo ${reference}: serivisi yateganyijwe. Murakoze. / Report ${reference}: a service has been arranged. Thank you.`;
}

const STEP_NAMES: Record<string, { rw: string; en: string }> = {
  screening: { rw: 'isuzuma', en: 'screening' },
  tier1_response: { rw: 'igisubizo Tier 1', en: 'Tier 1 response' },
  tier2_assessment: { rw: 'isesengura Tier 2', en: 'Tier 2 assessment' },
  case_plan: { rw: 'gahunda ya dosiye', en: 'case plan' },
  case_review: { rw: 'isubiramo rya dosiye', en: 'case review' },
  monitoring_visit: { rw: 'gusura urugo', en: 'home visit' },
  referral_answer: { rw: 'igisubizo ku woherejwe', en: 'referral answer' },
  referral_completion: { rw: 'kurangiza serivisi', en: 'referral completion' },
  supervision_session: { rw: "ikiganiro cy'ubugenzuzi", en: 'supervision session' },
};

/** To a caseworker, supervisor, district leader or NCDA officer, when a deadline escalates to them. */
export function deadlineOverdueSms(code: string, kind: string): string {
  const step = STEP_NAMES[kind] ?? { rw: kind, en: kind };
  return `Rinda: ${code} yarengeje igihe (${step.rw}). Mwihutire kubikora. / ${code} is overdue (${step.en}). Please act.`;
}

type SmsLanguage = 'rw' | 'en' | 'fr';

/**
 * To each IZU of a village whose monthly report had not arrived when the
 * deadline passed, in their own language (users.language): the month only.
 */
export function monthlyReportReminderSms(language: SmsLanguage, month: string): string {
  switch (language) {
    case 'en':
      return `Rinda: your village's monthly report for ${month} has not reached us. Please send it now. Thank you.`;
    case 'fr':
      return `Rinda : le rapport mensuel ${month} de votre village ne nous est pas parvenu. Merci de l'envoyer maintenant.`;
    default:
      return `Rinda: raporo y'ukwezi ${month} y'Umudugudu wanyu ntiratugeraho. Muyohereze ubu. Murakoze.`;
  }
}

/**
 * To the cell coordinator once the deadline has passed: how many of the
 * cell's pairs have not reported, and the villages (Umudugudu) by name, as
 * many as fit in one message ("+3" for the rest; the roll-up lists them all).
 */
export function monthlyReportMissingSms(language: SmsLanguage, month: string, missing: number, active: number, villages: string[]): string {
  const head =
    language === 'en'
      ? `Rinda: ${month}: ${missing} of ${active} village reports missing: `
      : language === 'fr'
        ? `Rinda : ${month} : ${missing} rapports de village sur ${active} manquent : `
        : `Rinda: ${month}: raporo ${missing} kuri ${active} z'imidugudu ntiziraza: `;
  let text = head;
  for (let i = 0; i < villages.length; i++) {
    const rest = villages.length - i - 1;
    const piece = (i ? ', ' : '') + villages[i];
    const tail = rest ? ` +${rest}` : '';
    if ((text + piece + tail).length > SMS_MAX_LENGTH) return `${text} +${villages.length - i}`;
    text += piece;
  }
  return text;
}
