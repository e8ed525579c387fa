import { useTranslation } from 'react-i18next';

/** A one-time password, shown once: the administrator passes it on in person or by phone. */
export function OneTimePassword({ password, fullName, username }: { password: string; fullName: string; username: string }) {
  const { t } = useTranslation();
  return (
    <section className="panel panel-important" aria-labelledby="otp-title">
      <h2 id="otp-title">{t('users.oneTimePasswordTitle')}</h2>
      <p>{t('users.oneTimePasswordIntro', { name: fullName, username })}</p>
      <p className="secret" aria-label={t('users.oneTimePassword')}>
        <code data-testid="one-time-password">{password}</code>
      </p>
      <p className="muted">{t('users.oneTimePasswordOnce')}</p>
    </section>
  );
}
