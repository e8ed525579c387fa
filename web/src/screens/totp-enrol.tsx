import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { answer, client } from '../api/client.js';
import { ErrorMessage } from '../components/error-message.js';
import { describedBy, FieldErrorText } from '../cases/fields.js';
import { useServerForm } from '../components/server-form.js';
import { useSession } from '../session.js';

type Enrolment = { secret: string; otpauthUrl: string; qrDataUrl: string };

/** Groups a base32 secret in fours so it can be typed into an app without losing one's place. */
const grouped = (secret: string) => secret.replace(/\s/g, '').replace(/(.{4})(?=.)/g, '$1 ');

/**
 * Two-step verification: scan the QR code (or type the key), confirm with a
 * code, then keep the ten recovery codes, shown this once.
 */
export function TotpEnrol({ required, onDone }: { required: boolean; onDone?: () => void }) {
  const { t } = useTranslation();
  useTitle(t('totp.title'));
  const { reload } = useSession();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [enrolError, setEnrolError] = useState<unknown>(null);
  const { form, busy, error: confirmError, run, errorOf } = useServerForm({ defaultValues: { code: '' } });
  const error = enrolError ?? confirmError;
  const started = useRef(false);

  useEffect(() => {
    // Once: each call makes a new secret, and only the last one would work.
    if (started.current) return;
    started.current = true;
    answer(client.POST('/api/v1/auth/totp/enrol')).then(setEnrolment, setEnrolError);
  }, []);

  const confirm = form.handleSubmit(async ({ code }) => {
    const res = await run(() => answer(client.POST('/api/v1/auth/totp/confirm', { body: { code: code.replace(/\s/g, '') } })));
    if (res) setRecoveryCodes(res.recoveryCodes);
  });

  async function finish() {
    await reload();
    onDone?.();
  }

  const codeError = errorOf('code');
  if (recoveryCodes) {
    return (
      <section className={required ? 'card narrow' : 'narrow'} aria-labelledby="codes-title">
        <h1 id="codes-title">{t('totp.codesTitle')}</h1>
        <p>{t('totp.codesIntro')}</p>
        <ol className="recovery-codes" aria-label={t('totp.codesTitle')}>
          {recoveryCodes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ol>
        <button type="button" className="primary" onClick={() => void finish()}>
          {t('totp.saved')}
        </button>
      </section>
    );
  }

  return (
    <section className={required ? 'card narrow' : 'narrow'} aria-labelledby="totp-title">
      <h1 id="totp-title">{t('totp.title')}</h1>
      <p>{required ? t('totp.requiredIntro') : t('totp.optInIntro')}</p>
      <ErrorMessage error={error} />
      {!enrolment && !error && <p aria-busy="true">{t('common.loading')}</p>}
      {enrolment && (
        <>
          <ol className="steps">
            <li>{t('totp.stepApp')}</li>
            <li>
              {t('totp.stepScan')}
              <img className="qr" src={enrolment.qrDataUrl} alt={t('totp.qrAlt')} width={200} height={200} />
              <p>
                {t('totp.secretLabel')}{' '}
                <code id="totp-secret" className="secret-key">
                  {grouped(enrolment.secret)}
                </code>
              </p>
            </li>
            <li>{t('totp.stepCode')}</li>
          </ol>
          <form onSubmit={confirm} className="form">
            <div className="field">
              <label htmlFor="enrol-code">{t('auth.code')}</label>
              <input
                id="enrol-code"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9 ]{6,7}"
                maxLength={7}
                required
                {...describedBy('enrol-code', undefined, codeError)}
                {...form.register('code')}
              />
              <FieldErrorText id="enrol-code" error={codeError} />
            </div>
            <button type="submit" className="primary" disabled={busy}>
              {t('totp.confirm')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
