import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { answer, client } from '../api/client.js';
import { ErrorMessage } from '../components/error-message.js';
import { describedBy, FieldErrorText } from '../cases/fields.js';
import { useServerForm } from '../components/server-form.js';
import { useSession } from '../session.js';

/** The second factor: the 6-digit code from the authenticator app, or one recovery code. */
export function MfaCode() {
  const { t } = useTranslation();
  useTitle(t('auth.mfaTitle'));
  const { signedIn, signOut } = useSession();
  const [recovery, setRecovery] = useState(false);
  const { form, busy, error, run, errorOf, reset } = useServerForm({ defaultValues: { code: '', recoveryCode: '' } });

  const submit = form.handleSubmit(async ({ code, recoveryCode }) => {
    const body = recovery ? { recoveryCode: recoveryCode.trim() } : { code: code.replace(/\s/g, '') };
    const verified = await run(() => answer(client.POST('/api/v1/auth/verify-totp', { body })));
    if (verified) await signedIn(verified);
  });

  const codeError = errorOf('code');
  const recoveryError = errorOf('recoveryCode');
  return (
    <section className="card narrow" aria-labelledby="mfa-title">
      <h1 id="mfa-title">{t('auth.mfaTitle')}</h1>
      <p>{recovery ? t('auth.recoveryIntro') : t('auth.mfaIntro')}</p>
      <ErrorMessage error={error} />
      <form onSubmit={submit} className="form">
        {recovery ? (
          <div className="field">
            <label htmlFor="recovery-code">{t('auth.recoveryCode')}</label>
            <input
              id="recovery-code"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
              {...describedBy('recovery-code', undefined, recoveryError)}
              {...form.register('recoveryCode')}
            />
            <FieldErrorText id="recovery-code" error={recoveryError} />
          </div>
        ) : (
          <div className="field">
            <label htmlFor="totp-code">{t('auth.code')}</label>
            <input
              id="totp-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]{6,7}"
              maxLength={7}
              required
              {...describedBy('totp-code', undefined, codeError)}
              {...form.register('code')}
            />
            <FieldErrorText id="totp-code" error={codeError} />
          </div>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('auth.verify')}
        </button>
      </form>
      <p className="actions">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setRecovery(!recovery);
            form.reset();
            reset();
          }}
        >
          {recovery ? t('auth.useAppCode') : t('auth.useRecoveryCode')}
        </button>
        <button type="button" className="link-button" onClick={() => void signOut()}>
          {t('auth.backToSignIn')}
        </button>
      </p>
    </section>
  );
}
