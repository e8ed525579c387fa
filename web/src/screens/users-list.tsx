import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../api.js';
import { ErrorMessage } from '../components/error-message.js';
import { Pager } from '../components/pager.js';
import { roleName } from '../labels.js';
import { Link } from '../router.js';
import { useMe } from '../session.js';
import { ROLES } from '../roles.js';
import type { User, UserPage } from '../api/types.js';

const PAGE_SIZE = 20;

export function UsersList() {
  const { t } = useTranslation();
  const me = useMe();
  const canManage = me.permissions.includes('users:manage');
  const [q, setQ] = useState('');
  const [role, setRole] = useState('');
  const [active, setActive] = useState('true');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<UserPage | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api
        .get<UserPage>(`/users${query({ q: q.trim(), role, active, page, pageSize: PAGE_SIZE })}`)
        .then((d) => live && (setData(d), setError(null)))
        .catch((e) => live && setError(e));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, role, active, page]);

  const filter = (set: (v: string) => void) => (v: string) => {
    set(v);
    setPage(1);
  };

  return (
    <section aria-labelledby="users-title">
      <div className="page-head">
        <h1 id="users-title">{t('users.title')}</h1>
        {canManage && (
          <p className="actions">
            <Link to="/users/new" className="button primary">
              {t('users.create')}
            </Link>
            <Link to="/users/import" className="button">
              {t('users.import')}
            </Link>
          </p>
        )}
      </div>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="users-q">{t('users.search')}</label>
          <input id="users-q" type="search" value={q} onChange={(e) => filter(setQ)(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="users-role">{t('users.role')}</label>
          <select id="users-role" value={role} onChange={(e) => filter(setRole)(e.target.value)}>
            <option value="">{t('common.all')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roleName(t, r)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="users-active">{t('users.status')}</label>
          <select id="users-active" value={active} onChange={(e) => filter(setActive)(e.target.value)}>
            <option value="">{t('common.all')}</option>
            <option value="true">{t('users.active')}</option>
            <option value="false">{t('users.inactive')}</option>
          </select>
        </div>
      </form>
      <ErrorMessage error={error} />
      {!data && !error && <p aria-busy="true">{t('common.loading')}</p>}
      {data && data.items.length === 0 && <p>{t('common.noneFound')}</p>}
      {data && data.items.length > 0 && (
        <table className="responsive">
          <caption className="visually-hidden">{t('users.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.fullName')}</th>
              <th scope="col">{t('auth.username')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.jurisdiction')}</th>
              <th scope="col">{t('users.organisation')}</th>
              <th scope="col">{t('users.status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((u) => (
              <tr key={u.id}>
                <td data-label={t('users.fullName')}>
                  <Link to={`/users/${u.id}`}>{u.fullName}</Link>
                </td>
                <td data-label={t('auth.username')}>{u.username}</td>
                <td data-label={t('users.role')}>{roleName(t, u.role)}</td>
                <td data-label={t('users.jurisdiction')}>{u.jurisdiction.name}</td>
                <td data-label={t('users.organisation')}>{u.organisation?.name ?? '—'}</td>
                <td data-label={t('users.status')}>
                  <UserStatus user={u} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} />}
    </section>
  );
}

export function UserStatus({ user }: { user: Pick<User, 'active' | 'locked'> }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={user.active ? 'badge badge-ok' : 'badge badge-off'}>{user.active ? t('users.active') : t('users.inactive')}</span>
      {user.locked && <span className="badge badge-warn">{t('users.locked')}</span>}
    </>
  );
}
