import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_ROUTES } from './cases/routes.js';
import { PublicFrame, Shell } from './components/layout.js';
import { match, navigate, usePath } from './router.js';
import { AuditLog } from './screens/audit-log.js';
import { ChangePassword } from './screens/change-password.js';
import { Home } from './screens/home.js';
import { MapBrowser } from './screens/map-browser.js';
import { MfaCode } from './screens/mfa-code.js';
import { Organisations } from './screens/organisations.js';
import { Profile } from './screens/profile.js';
import { SignIn } from './screens/sign-in.js';
import { TotpEnrol } from './screens/totp-enrol.js';
import { UserCreate } from './screens/user-create.js';
import { UserDetail } from './screens/user-detail.js';
import { UserImport } from './screens/user-import.js';
import { UsersList } from './screens/users-list.js';
import { useSession } from './session.js';
import type { Me } from './api/types.js';

export function App() {
  const { t } = useTranslation();
  const { state } = useSession();
  switch (state.status) {
    case 'loading':
      return (
        <PublicFrame>
          <p aria-busy="true">{t('common.loading')}</p>
        </PublicFrame>
      );
    case 'signed-out':
      return (
        <PublicFrame>
          <SignIn notice={state.notice} />
        </PublicFrame>
      );
    case 'mfa':
      return (
        <PublicFrame>
          <MfaCode />
        </PublicFrame>
      );
    case 'signed-in':
      // What is due first: a new password, then two-step verification.
      if (state.me.pendingPasswordChange) {
        return (
          <PublicFrame>
            <ChangePassword required />
          </PublicFrame>
        );
      }
      if (state.me.pendingMfaEnrolment) {
        return (
          <PublicFrame>
            <TotpEnrol required />
          </PublicFrame>
        );
      }
      return (
        <Shell me={state.me}>
          <Routes me={state.me} />
        </Shell>
      );
  }
}

type Route = { path: string; permission?: string; render(params: Record<string, string>): ReactNode };

const ROUTES: Route[] = [
  { path: '/', render: () => <Home /> },
  { path: '/profile', render: () => <Profile /> },
  { path: '/profile/password', render: () => <ChangePassword required={false} /> },
  { path: '/profile/two-step', render: () => <TotpEnrol required={false} onDone={() => navigate('/profile')} /> },
  { path: '/map', permission: 'places:read', render: () => <MapBrowser /> },
  { path: '/map/:id', permission: 'places:read', render: (p) => <MapBrowser placeId={p.id} /> },
  { path: '/users', permission: 'users:read', render: () => <UsersList /> },
  { path: '/users/new', permission: 'users:manage', render: () => <UserCreate /> },
  { path: '/users/import', permission: 'users:manage', render: () => <UserImport /> },
  { path: '/users/:id', permission: 'users:read', render: (p) => <UserDetail id={p.id!} /> },
  { path: '/organisations', permission: 'organisations:manage', render: () => <Organisations /> },
  { path: '/audit', permission: 'audit:read', render: () => <AuditLog /> },
  ...CASE_ROUTES,
];

function Routes({ me }: { me: Me }) {
  const { t } = useTranslation();
  const path = usePath();
  for (const route of ROUTES) {
    const params = match(route.path, path);
    if (!params) continue;
    if (route.permission && !me.permissions.includes(route.permission)) {
      return <Message title={t('common.forbiddenTitle')} text={t('errors.forbidden')} />;
    }
    // Keyed by path, so moving between records starts each screen afresh.
    return <div key={path}>{route.render(params)}</div>;
  }
  return <Message title={t('common.notFoundTitle')} text={t('common.notFoundText')} />;
}

function Message({ title, text }: { title: string; text: string }) {
  return (
    <section>
      <h1>{title}</h1>
      <p>{text}</p>
    </section>
  );
}
