import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import { useUser, useWrite } from '../api/queries.js';
import { ErrorMessage } from '../components/error-message.js';
import { QueryStatus } from '../components/query-view.js';
import { useTitle } from '../components/use-title.js';
import { OneTimePassword, type OneTimePasswordAnswer } from '../components/one-time-password.js';
import { languageName, placeWithLevel, roleName } from '../labels.js';
import { Link } from 'react-router';
import { useMe } from '../session.js';
import type { User } from '../api/types.js';
import { changesBody, UserForm, type UserFormValues } from './user-form.js';
import { UserStatus } from './users-list.js';

function formValues(u: User, t: TFunction): UserFormValues {
  return {
    username: u.username,
    fullName: u.fullName,
    role: u.role,
    organisation: u.organisation ? { id: u.organisation.id, label: u.organisation.name } : null,
    jurisdiction: { id: u.jurisdiction.id, level: u.jurisdiction.level, label: placeWithLevel(t, u.jurisdiction) },
    supervisor: u.supervisor ? { id: u.supervisor.id, label: u.supervisor.fullName } : null,
    trainingCompletedOn: u.trainingCompletedOn ?? '',
    phone: u.phone ?? '',
    email: u.email ?? '',
    language: u.language,
    profession: u.profession ?? '',
  };
}

export function UserDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const canManage = me.permissions.includes('users:manage');
  const query = useUser(id);
  const user = query.data;
  const [editing, setEditing] = useState(false);
  const [oneTimePassword, setOneTimePassword] = useState<OneTimePasswordAnswer | null>(null);
  const write = useWrite();
  const busy = write.busy;
  useTitle(user?.fullName ?? t('users.title'));

  async function act(action: 'deactivate' | 'activate' | 'unlock') {
    const path = { params: { path: { id } } };
    await write.run(() =>
      answer(
        action === 'deactivate'
          ? client.POST('/api/v1/users/{id}/deactivate', path)
          : action === 'activate'
            ? client.POST('/api/v1/users/{id}/activate', path)
            : client.POST('/api/v1/users/{id}/unlock', path),
      ),
    );
  }

  async function resetPassword() {
    if (!user || !window.confirm(t('users.resetConfirm', { name: user.fullName }))) return;
    const reset = await write.run(() => answer(client.POST('/api/v1/users/{id}/reset-password', { params: { path: { id } } })));
    if (reset) setOneTimePassword(reset);
  }

  return (
    <section aria-labelledby="user-title">
      <p className="back">
        <Link to="/users">← {t('users.title')}</Link>
      </p>
      <QueryStatus query={query} />
      {user && <h1 id="user-title">{user.fullName}</h1>}
      <ErrorMessage error={write.error} />
      {user && oneTimePassword && <OneTimePassword answer={oneTimePassword} fullName={user.fullName} username={user.username} phone={user.phone} />}
      {user && editing && (
        <UserForm
          mode="edit"
          initial={formValues(user, t)}
          onCancel={() => setEditing(false)}
          onSubmit={async (v) => {
            const body = changesBody(formValues(user, t), v);
            // Thrown errors show in the form; the cache reads the user again after the change.
            if (Object.keys(body).length > 0) await answer(client.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body }));
            setEditing(false);
          }}
        />
      )}
      {user && !editing && (
        <>
          <dl className="facts">
            <div>
              <dt>{t('auth.username')}</dt>
              <dd>{user.username}</dd>
            </div>
            <div>
              <dt>{t('users.role')}</dt>
              <dd>{roleName(t, user.role)}</dd>
            </div>
            <div>
              <dt>{t('users.jurisdiction')}</dt>
              <dd>{placeWithLevel(t, user.jurisdiction)}</dd>
            </div>
            <div>
              <dt>{t('users.organisation')}</dt>
              <dd>{user.organisation?.name ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('users.supervisor')}</dt>
              <dd>{user.supervisor?.fullName ?? '—'}</dd>
            </div>
            {user.profession && (
              <div>
                <dt>{t('users.profession')}</dt>
                <dd>{t(`users.professions.${user.profession}`)}</dd>
              </div>
            )}
            <div>
              <dt>{t('users.trainingCompletedOn')}</dt>
              <dd>{user.trainingCompletedOn ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('users.phone')}</dt>
              <dd>{user.phone ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('users.email')}</dt>
              <dd>{user.email ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('users.language')}</dt>
              <dd>{languageName(t, user.language)}</dd>
            </div>
            <div>
              <dt>{t('users.status')}</dt>
              <dd>
                <UserStatus user={user} />
              </dd>
            </div>
            <div>
              <dt>{t('users.twoStep')}</dt>
              <dd>{user.totpEnabled ? t('common.yes') : t('common.no')}</dd>
            </div>
          </dl>
          {canManage && (
            <p className="actions">
              <button type="button" onClick={() => setEditing(true)} disabled={busy}>
                {t('common.edit')}
              </button>
              {user.active ? (
                <button type="button" className="danger" onClick={() => void act('deactivate')} disabled={busy || user.id === me.id}>
                  {t('users.deactivate')}
                </button>
              ) : (
                <button type="button" onClick={() => void act('activate')} disabled={busy}>
                  {t('users.reactivate')}
                </button>
              )}
              <button type="button" onClick={() => void resetPassword()} disabled={busy || !user.active}>
                {t('users.resetPassword')}
              </button>
              {user.locked && (
                <button type="button" onClick={() => void act('unlock')} disabled={busy}>
                  {t('users.unlock')}
                </button>
              )}
            </p>
          )}
        </>
      )}
    </section>
  );
}
