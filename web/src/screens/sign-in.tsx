import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { answer, client } from '../api/client.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { describedBy, FieldErrorText } from '../cases/fields.js';
import { useServerForm } from '../components/server-form.js';
import { useSession } from '../session.js';

export function SignIn({ notice }: { notice?: string }) {
  const { t } = useTranslation();
  useTitle(t('auth.signInTitle'));
  const { signedIn } = useSession();
  const { form, busy, error, run, errorOf } = useServerForm({ defaultValues: { username: '', password: '' } });

  const submit = form.handleSubmit(async ({ username, password }) => {
    const signIn = await run(() => answer(client.POST('/api/v1/auth/sign-in', { body: { username: username.trim(), password } })));
    if (signIn) await signedIn(signIn);
  });

  const usernameError = errorOf('username');
  const passwordError = errorOf('password');
  return (
    <section className="card narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('auth.signInTitle')}</h1>
      <p className="muted">{t('app.tagline')}</p>
      {notice && <Notice>{t(notice)}</Notice>}
      <ErrorMessage error={error} />
      <form onSubmit={submit} className="form">
        <div className="field">
          <label htmlFor="username">{t('auth.username')}</label>
          <input
            id="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            {...describedBy('username', undefined, usernameError)}
            {...form.register('username')}
          />
          <FieldErrorText id="username" error={usernameError} />
        </div>
        <div className="field">
          <label htmlFor="password">{t('auth.password')}</label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            required
            {...describedBy('password', undefined, passwordError)}
            {...form.register('password')}
          />
          <FieldErrorText id="password" error={passwordError} />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t('auth.signIn')}
        </button>
      </form>
    </section>
  );
}
