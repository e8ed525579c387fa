import { describe, expect, it } from 'vitest';
import {
  deadlineOverdueSms,
  monthlyReportMissingSms,
  monthlyReportReminderSms,
  oneTimePasswordSms,
  reportBeingHandledSms,
  reportClosedSms,
  referralWaitingSms,
  reportReceivedSms,
  reportServiceArrangedSms,
  reportUrgentSms,
  SMS_MAX_LENGTH,
  visitRequestedSms,
} from './sms-messages.js';

// The GSM 03.38 basic set: a text outside it costs a UCS-2 message of 70 characters.
const GSM7 = /^[A-Za-z0-9 @£$¥èéùìòÇØøÅå_ÆæßÉ!"#¤%&'()*+,\-./:;<=>?¡ÄÖÑÜ§¿äöñüà\n]*$/;

const longest = {
  reference: 'R57-26-1234567',
  caseCode: '57-ABCDEFGH-K-12',
};

describe('SMS texts', () => {
  const texts = [
    reportReceivedSms(longest.reference),
    reportBeingHandledSms(longest.reference),
    reportClosedSms(longest.reference),
    visitRequestedSms(9999999, '2026-12-31'),
    reportUrgentSms(longest.reference),
    oneTimePasswordSms('ABCDEFGHJKMNPQRS'),
    referralWaitingSms('RF-26-1234567'),
    reportServiceArrangedSms(longest.reference),
    ...[
      'screening',
      'tier1_response',
      'tier2_assessment',
      'case_plan',
      'case_review',
      'monitoring_visit',
      'referral_answer',
      'referral_completion',
      'some_future_kind',
    ].map((k) => deadlineOverdueSms(longest.caseCode, k)),
    ...(['rw', 'en', 'fr'] as const).flatMap((l) => [
      monthlyReportReminderSms(l, '2026-10'),
      monthlyReportMissingSms(
        l,
        '2026-10',
        12,
        30,
        Array.from({ length: 12 }, (_, i) => `Nyamugari-Rwintare ${i + 1}`),
      ),
    ]),
  ];

  it('fit one GSM-7 message', () => {
    for (const text of texts) {
      expect(text.length, text).toBeLessThanOrEqual(SMS_MAX_LENGTH);
      expect(text, text).toMatch(GSM7);
    }
  });

  it('say it in Kinyarwanda first, then English, and carry the reference', () => {
    expect(reportReceivedSms('R12-26-000001')).toBe('Rinda: Raporo R12-26-000001 yakiriwe. Murakoze. / Report R12-26-000001 received. Thank you.');
    expect(deadlineOverdueSms('R12-26-000001', 'screening')).toBe(
      'Rinda: R12-26-000001 yarengeje igihe (isuzuma). Mwihutire kubikora. / R12-26-000001 is overdue (screening). Please act.',
    );
  });
});

describe('the IZU monthly report reminders', () => {
  it("speak the reader's language alone, and name the missing villages as far as they fit", () => {
    expect(monthlyReportReminderSms('en', '2026-10')).toBe(
      "Rinda: your village's monthly report for 2026-10 has not reached us. Please send it now. Thank you.",
    );
    expect(monthlyReportMissingSms('en', '2026-10', 2, 7, ['Kingabo', 'Muhozi'])).toBe('Rinda: 2026-10: 2 of 7 village reports missing: Kingabo, Muhozi');
    const many = monthlyReportMissingSms(
      'rw',
      '2026-10',
      20,
      25,
      Array.from({ length: 20 }, (_, i) => `Umudugudu${i + 1}`),
    );
    expect(many.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
    expect(many).toMatch(/^Rinda: 2026-10: raporo 20 kuri 25 z'imidugudu ntiziraza: Umudugudu1, Umudugudu2, .* \+\d+$/);
  });
});
