import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';
import { ByParam } from '../components/by-param.js';
import { useTitle } from '../components/use-title.js';
import { useMe } from '../session.js';

// The screens of the rights of the people in the records (Law 058/2021) and
// of the emergency access review, each shown only to roles the server lets use it.

function screen<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}
const RequestsRegister = screen(() => import('./requests-register.js').then((m) => m.RequestsRegister));
const NewRequestScreen = screen(() => import('./request-form.js').then((m) => m.NewRequestScreen));
const RequestScreen = screen(() => import('./request-detail.js').then((m) => m.RequestScreen));
const EmergencyReviewScreen = screen(() => import('./emergency-review.js').then((m) => m.EmergencyReviewScreen));
const RetentionScreen = screen(() => import('./retention.js').then((m) => m.RetentionScreen));

function Allowed({ permission, children }: { permission: string; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.permissions.includes(permission)) return <Forbidden />;
  return <Suspense fallback={<p aria-busy="true">{t('common.loading')}</p>}>{children}</Suspense>;
}

function Forbidden() {
  const { t } = useTranslation();
  useTitle(t('common.forbiddenTitle'));
  return (
    <section>
      <h1>{t('common.forbiddenTitle')}</h1>
      <p>{t('errors.forbidden')}</p>
    </section>
  );
}

const route = (path: string, permission: string, element: ReactNode): RouteObject => ({ path, element: <Allowed permission={permission}>{element}</Allowed> });

export const DATA_PROTECTION_ROUTES: RouteObject[] = [
  route('/data-protection/requests', 'dp_request:read', <RequestsRegister />),
  route('/data-protection/requests/new', 'dp_request:manage', <NewRequestScreen />),
  route('/data-protection/requests/:id', 'dp_request:read', <ByParam name="id" render={(id) => <RequestScreen id={id} />} />),
  route('/data-protection/emergency-access', 'emergency_access:review', <EmergencyReviewScreen />),
  route('/data-protection/retention', 'retention:manage', <RetentionScreen />),
];

export const DATA_PROTECTION_NAV = [
  { to: '/data-protection/requests', key: 'dp.nav.requests', permission: 'dp_request:read' },
  { to: '/data-protection/emergency-access', key: 'dp.nav.review', permission: 'emergency_access:review' },
  { to: '/data-protection/retention', key: 'retention.nav', permission: 'retention:manage' },
];
