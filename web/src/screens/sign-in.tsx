import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { answer, client } from '../api/client.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { useSession } from '../session.js';

export function SignIn({ notice }: { notice?: string }) {
  const { t } = useTranslation();
  useTitle(t('auth.signInTitle'));
  const { signedIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const signIn = await answer(client.POST('/api/v1/auth/sign-in', { body: { username: username.trim(), password } }));
      await signedIn(signIn);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <section className="card narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('auth.signInTitle')}</h1>
      <p className="muted">{t('app.tagline')}</p>
      {notice && <Notice>{t(notice)}</Notice>}
      <ErrorMessage error={error} />
      <form onSubmit={submit} className="form">
        <div className="field">
          <label htmlFor="username">{t('auth.username')}</label>
          <input id="username" name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} required value={username} onChange={(e) => setUsername(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="password">{t('auth.password')}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t('auth.signIn')}
        </button>
      </form>
    </section>
  );
}
