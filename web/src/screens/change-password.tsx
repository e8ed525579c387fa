import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, ApiError, client } from '../api/client.js';
import { useTitle } from '../components/use-title.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { useSession } from '../session.js';

/** Required after a one-time password or when the password expired; also open from the profile. */
export function ChangePassword({ required }: { required: boolean }) {
  const { t } = useTranslation();
  useTitle(t('password.title'));
  const { reload } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (next !== confirm) {
      setError(new ApiError(0, 'validation', 'password.mismatch', 'The two new passwords differ'));
      return;
    }
    setBusy(true);
    try {
      await answer(client.POST('/api/v1/auth/change-password', { body: { currentPassword: current, newPassword: next } }));
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
      await reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={required ? 'card narrow' : 'narrow'} aria-labelledby="password-title">
      <h1 id="password-title">{t('password.title')}</h1>
      {required && <p>{t('password.requiredIntro')}</p>}
      {done && <Notice>{t('password.changed')}</Notice>}
      <ErrorMessage error={error} />
      <form onSubmit={submit} className="form">
        <div className="field">
          <label htmlFor="current-password">{t('password.current')}</label>
          <input id="current-password" type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="new-password">{t('password.new')}</label>
          <p className="hint" id="new-password-hint">
            {t('password.hint')}
          </p>
          <input id="new-password" type="password" autoComplete="new-password" required aria-describedby="new-password-hint" value={next} onChange={(e) => setNext(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="confirm-password">{t('password.confirm')}</label>
          <input id="confirm-password" type="password" autoComplete="new-password" required value={confirm} onChange={(e) => setConfirm(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t('password.submit')}
        </button>
      </form>
    </section>
  );
}
