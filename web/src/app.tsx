import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_ROUTES } from './cases/routes.js';
import { DIRECTORY_ROUTES } from './directory/routes.js';
import { WORKFORCE_ROUTES } from './workforce/routes.js';
import { DATA_PROTECTION_ROUTES } from './data-protection/routes.js';
import { INDICATOR_ROUTES } from './indicators/routes.js';
import { PublicFrame, Shell } from './components/layout.js';
import { useNavigate, useRoutes, type RouteObject } from 'react-router';
import { ByParam } from './components/by-param.js';
import { useTitle } from './components/use-title.js';
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
import { IzuImport } from './izu/izu-import.js';
import { IzuRegistry } from './izu/izu-registry.js';
import { VolunteerCreate, VolunteerDetail } from './izu/izu-volunteer.js';
import { FlagIncidentScreen, LogVisitScreen } from './izu/izu-work.js';
import { HouseholdVisitsScreen } from './izu/household-visits.js';
import { MonthlyReportForm } from './izu/monthly-report-form.js';
import { MonthlyRollup } from './izu/monthly-rollup.js';
import { useMe, useSession } from './session.js';

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
          <AppRoutes />
        </Shell>
      );
  }
}

// React Router (v7, library mode): nested routes make the case file a layout
// whose tabs are child routes (a tab click renders a section, not the file
// again), and the query string is the list screens' state. v8 needs Node 22;
// Rinda runs on Node 20. TanStack Router's typed routes would need a route
// tree generator on top of this for no gain the screens need.

const ROUTES: RouteObject[] = [
  { path: '/', element: <Home /> },
  { path: '/profile', element: <Profile /> },
  { path: '/profile/password', element: <ChangePassword required={false} /> },
  { path: '/profile/two-step', element: <TwoStepEnrol /> },
  {
    path: '/map',
    element: (
      <Need permission="places:read">
        <MapBrowser />
      </Need>
    ),
  },
  {
    path: '/map/:id',
    element: (
      <Need permission="places:read">
        <ByParam name="id" render={(id) => <MapBrowser placeId={id} />} />
      </Need>
    ),
  },
  {
    path: '/users',
    element: (
      <Need permission="users:read">
        <UsersList />
      </Need>
    ),
  },
  {
    path: '/users/new',
    element: (
      <Need permission="users:manage">
        <UserCreate />
      </Need>
    ),
  },
  {
    path: '/users/import',
    element: (
      <Need permission="users:manage">
        <UserImport />
      </Need>
    ),
  },
  {
    path: '/users/:id',
    element: (
      <Need permission="users:read">
        <ByParam name="id" render={(id) => <UserDetail id={id} />} />
      </Need>
    ),
  },
  {
    path: '/izu',
    element: (
      <Need permission="izu:read">
        <IzuRegistry />
      </Need>
    ),
  },
  {
    path: '/izu/new',
    element: (
      <Need permission="izu:manage">
        <VolunteerCreate />
      </Need>
    ),
  },
  {
    path: '/izu/import',
    element: (
      <Need permission="izu:manage">
        <IzuImport />
      </Need>
    ),
  },
  {
    path: '/izu/volunteers/:id',
    element: (
      <Need permission="izu:read">
        <ByParam name="id" render={(id) => <VolunteerDetail id={id} />} />
      </Need>
    ),
  },
  {
    path: '/izu/monthly-reports',
    element: (
      <Need permission="izu_report:read">
        <MonthlyRollup />
      </Need>
    ),
  },
  {
    // An IZU's own report, or a paper form a cell coordinator types (izu_report:village covers both).
    path: '/izu/monthly-report',
    element: (
      <Need permission="izu_report:village">
        <MonthlyReportForm />
      </Need>
    ),
  },
  {
    path: '/izu/flags/new',
    element: (
      <Need permission="izu:flag">
        <FlagIncidentScreen />
      </Need>
    ),
  },
  {
    path: '/izu/visits',
    element: (
      <Need permission="izu:read_visits">
        <HouseholdVisitsScreen />
      </Need>
    ),
  },
  {
    path: '/izu/visits/new',
    element: (
      <Need permission="izu:log_visit">
        <LogVisitScreen />
      </Need>
    ),
  },
  {
    path: '/organisations',
    element: (
      <Need permission="organisations:manage">
        <Organisations />
      </Need>
    ),
  },
  {
    path: '/audit',
    element: (
      <Need permission="audit:read">
        <AuditLog />
      </Need>
    ),
  },
  ...CASE_ROUTES,
  ...DIRECTORY_ROUTES,
  ...WORKFORCE_ROUTES,
  ...DATA_PROTECTION_ROUTES,
  ...INDICATOR_ROUTES,
  { path: '*', element: <NotFound /> },
];

function AppRoutes() {
  return useRoutes(ROUTES);
}

function TwoStepEnrol() {
  const navigate = useNavigate();
  return <TotpEnrol required={false} onDone={() => navigate('/profile')} />;
}

function Need({ permission, children }: { permission: string; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.permissions.includes(permission)) return <Message title={t('common.forbiddenTitle')} text={t('errors.forbidden')} />;
  return <>{children}</>;
}

function NotFound() {
  const { t } = useTranslation();
  return <Message title={t('common.notFoundTitle')} text={t('common.notFoundText')} />;
}

function Message({ title, text }: { title: string; text: string }) {
  useTitle(title);
  return (
    <section>
      <h1>{title}</h1>
      <p>{text}</p>
    </section>
  );
}
