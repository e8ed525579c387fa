import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { answer, client } from '../api/client.js';
import { ErrorMessage } from '../components/error-message.js';
import { useSession } from '../session.js';

/** The second factor: the 6-digit code from the authenticator app, or one recovery code. */
export function MfaCode() {
  const { t } = useTranslation();
  useTitle(t('auth.mfaTitle'));
  const { signedIn, signOut } = useSession();
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = recovery ? { recoveryCode: code.trim() } : { code: code.replace(/\s/g, '') };
      const verified = await answer(client.POST('/api/v1/auth/verify-totp', { body }));
      await signedIn(verified);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <section className="card narrow" aria-labelledby="mfa-title">
      <h1 id="mfa-title">{t('auth.mfaTitle')}</h1>
      <p>{recovery ? t('auth.recoveryIntro') : t('auth.mfaIntro')}</p>
      <ErrorMessage error={error} />
      <form onSubmit={submit} className="form">
        {recovery ? (
          <div className="field">
            <label htmlFor="recovery-code">{t('auth.recoveryCode')}</label>
            <input id="recovery-code" autoComplete="off" autoCapitalize="none" spellCheck={false} required value={code} onChange={(e) => setCode(e.target.value)} />
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
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
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
            setCode('');
            setError(null);
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
