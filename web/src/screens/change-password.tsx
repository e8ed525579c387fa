import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import { describedBy, FieldErrorText } from '../cases/fields.js';
import { useServerForm } from '../components/server-form.js';
import { useTitle } from '../components/use-title.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { useSession } from '../session.js';

/** Required after a one-time password or when the password expired; also open from the profile. */
export function ChangePassword({ required }: { required: boolean }) {
  const { t } = useTranslation();
  useTitle(t('password.title'));
  const { reload } = useSession();
  const [done, setDone] = useState(false);
  const { form, busy, error, run, errorOf } = useServerForm({ defaultValues: { currentPassword: '', newPassword: '', confirm: '' } });

  const submit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    setDone(false);
    const changed = await run(() => answer(client.POST('/api/v1/auth/change-password', { body: { currentPassword, newPassword } })));
    if (changed === undefined) return;
    form.reset();
    setDone(true);
    await reload();
  });

  const currentError = errorOf('currentPassword');
  const newError = errorOf('newPassword');
  const confirmError = errorOf('confirm');
  return (
    <section className={required ? 'card narrow' : 'narrow'} aria-labelledby="password-title">
      <h1 id="password-title">{t('password.title')}</h1>
      {required && <p>{t('password.requiredIntro')}</p>}
      {done && <Notice>{t('password.changed')}</Notice>}
      <ErrorMessage error={error} />
      <form onSubmit={submit} className="form">
        <div className="field">
          <label htmlFor="current-password">{t('password.current')}</label>
          <input
            id="current-password"
            type="password"
            autoComplete="current-password"
            required
            {...describedBy('current-password', undefined, currentError)}
            {...form.register('currentPassword')}
          />
          <FieldErrorText id="current-password" error={currentError} />
        </div>
        <div className="field">
          <label htmlFor="new-password">{t('password.new')}</label>
          <p className="hint" id="new-password-hint">
            {t('password.hint')}
          </p>
          <input
            id="new-password"
            type="password"
            autoComplete="new-password"
            required
            {...describedBy('new-password', t('password.hint'), newError)}
            {...form.register('newPassword')}
          />
          <FieldErrorText id="new-password" error={newError} />
        </div>
        <div className="field">
          <label htmlFor="confirm-password">{t('password.confirm')}</label>
          <input
            id="confirm-password"
            type="password"
            autoComplete="new-password"
            required
            {...describedBy('confirm-password', undefined, confirmError)}
            {...form.register('confirm', { validate: (confirm, { newPassword }) => confirm === newPassword || t('password.mismatch') })}
          />
          <FieldErrorText id="confirm-password" error={confirmError} />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t('password.submit')}
        </button>
      </form>
    </section>
  );
}
