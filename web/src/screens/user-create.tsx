import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { answer, client } from '../api/client.js';
import { OneTimePassword, type OneTimePasswordAnswer } from '../components/one-time-password.js';
import { Link } from 'react-router';
import type { User } from '../api/types.js';
import { createBody, emptyUser, UserForm } from './user-form.js';

export function UserCreate() {
  const { t } = useTranslation();
  useTitle(t('users.create'));
  const [created, setCreated] = useState<({ user: User } & OneTimePasswordAnswer) | null>(null);
  const [formKey, setFormKey] = useState(0);

  return (
    <section aria-labelledby="user-create-title">
      <p className="back">
        <Link to="/users">← {t('users.title')}</Link>
      </p>
      <h1 id="user-create-title">{t('users.create')}</h1>
      {created ? (
        <>
          <OneTimePassword answer={created} fullName={created.user.fullName} username={created.user.username} phone={created.user.phone} />
          <p className="actions">
            <Link to={`/users/${created.user.id}`} className="button">
              {t('users.openRecord')}
            </Link>
            <button
              type="button"
              onClick={() => {
                setCreated(null);
                setFormKey((k) => k + 1);
              }}
            >
              {t('users.createAnother')}
            </button>
          </p>
        </>
      ) : (
        <UserForm
          key={formKey}
          mode="create"
          initial={emptyUser}
          onSubmit={async (v) => setCreated(await answer(client.POST('/api/v1/users', { body: createBody(v) })))}
        />
      )}
    </section>
  );
}
