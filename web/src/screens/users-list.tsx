import { useTranslation } from 'react-i18next';
import { useUsers } from '../api/queries.js';
import type { ApiQuery, User } from '../api/types.js';
import { QueryStatus } from '../components/query-view.js';
import { useDebounced } from '../components/use-debounced.js';
import { useSearchState } from '../components/use-search-state.js';
import { useTitle } from '../components/use-title.js';
import { Pager } from '../components/pager.js';
import { roleName } from '../labels.js';
import { Link } from 'react-router';
import { useMe } from '../session.js';
import { ROLES } from '../roles.js';

const PAGE_SIZE = 20;
type UserQuery = ApiQuery<'/api/v1/users'>;

export function UsersList() {
  const { t } = useTranslation();
  const me = useMe();
  const canManage = me.permissions.includes('users:manage');
  const { values, page, set } = useSearchState({ q: '', role: '', active: 'true' });
  const { q, role, active } = values;
  const typed = useDebounced(q.trim());
  const users = useUsers({
    q: typed || undefined,
    role: (role || undefined) as UserQuery['role'],
    active: (active || undefined) as UserQuery['active'],
    page,
    pageSize: PAGE_SIZE,
  });
  const data = users.data;
  useTitle(t('users.title'));

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
          <input id="users-q" type="search" value={q} onChange={(e) => set({ q: e.target.value }, { replace: true })} />
        </div>
        <div className="field">
          <label htmlFor="users-role">{t('users.role')}</label>
          <select id="users-role" value={role} onChange={(e) => set({ role: e.target.value })}>
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
          <select id="users-active" value={active} onChange={(e) => set({ active: e.target.value })}>
            <option value="">{t('common.all')}</option>
            <option value="true">{t('users.active')}</option>
            <option value="false">{t('users.inactive')}</option>
          </select>
        </div>
      </form>
      <QueryStatus query={users} />
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
      {data && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={(p) => set({ page: p })} />}
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
