import { useTranslation } from 'react-i18next';

/** How the server handed over a one-time password (src/people/one-time-password.ts). */
export type OneTimePasswordDelivery = 'sms' | 'sms_refused' | 'shown';

export type OneTimePasswordAnswer = { oneTimePassword: string | null; delivery: OneTimePasswordDelivery };

/**
 * A new account's (or a reset's) one-time password. With a phone on record it
 * went to that phone by SMS and is not shown here; otherwise it is shown once,
 * for the administrator to pass on in person.
 */
export function OneTimePassword({
  answer,
  fullName,
  username,
  phone,
}: {
  answer: OneTimePasswordAnswer;
  fullName: string;
  username: string;
  phone: string | null;
}) {
  const { t } = useTranslation();
  if (answer.delivery !== 'shown' || !answer.oneTimePassword) {
    const refused = answer.delivery === 'sms_refused';
    return (
      <section className="panel panel-important" aria-labelledby="otp-title" data-testid="one-time-password-sms">
        <h2 id="otp-title">{t('users.oneTimePasswordTitle')}</h2>
        <p>
          {refused
            ? t('users.oneTimePasswordSmsRefused', { name: fullName, phone: phone ?? '' })
            : t('users.oneTimePasswordSent', { name: fullName, username, phone: phone ?? '' })}
        </p>
      </section>
    );
  }
  return (
    <section className="panel panel-important" aria-labelledby="otp-title">
      <h2 id="otp-title">{t('users.oneTimePasswordTitle')}</h2>
      <p>{t('users.oneTimePasswordIntro', { name: fullName, username })}</p>
      <p className="secret" aria-label={t('users.oneTimePassword')}>
        <code data-testid="one-time-password">{answer.oneTimePassword}</code>
      </p>
      <p className="muted">{t('users.oneTimePasswordOnce')}</p>
    </section>
  );
}
