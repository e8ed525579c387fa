import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';
import { ByParam } from '../components/by-param.js';
import { useTitle } from '../components/use-title.js';
import { useMe } from '../session.js';
import './directory.css';

// The service directory's screens (framework: service mapping), each shown
// only to roles the server lets read or change it (/auth/me permissions).

function screen<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}
const ProviderListScreen = screen(() => import('./provider-list.js').then((m) => m.ProviderListScreen));
const ProviderDetailScreen = screen(() => import('./provider-detail.js').then((m) => m.ProviderDetailScreen));
const ProviderCreateScreen = screen(() => import('./provider-form.js').then((m) => m.ProviderCreateScreen));
const ProviderEditScreen = screen(() => import('./provider-form.js').then((m) => m.ProviderEditScreen));
const CoverageScreen = screen(() => import('./coverage.js').then((m) => m.CoverageScreen));
const DirectorySettingsScreen = screen(() => import('./directory-settings.js').then((m) => m.DirectorySettingsScreen));

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

function Allowed({ permission, children }: { permission: string; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.permissions.includes(permission)) return <Forbidden />;
  return <Suspense fallback={<p aria-busy="true">{t('common.loading')}</p>}>{children}</Suspense>;
}

const route = (path: string, permission: string, element: ReactNode): RouteObject => ({ path, element: <Allowed permission={permission}>{element}</Allowed> });
const byId = (render: (id: string) => ReactNode) => <ByParam name="id" render={render} />;

export const DIRECTORY_ROUTES: RouteObject[] = [
  route('/directory', 'directory:read', <ProviderListScreen />),
  route('/directory/providers/new', 'directory:manage', <ProviderCreateScreen />),
  route(
    '/directory/providers/:id/edit',
    'directory:manage',
    byId((id) => <ProviderEditScreen id={id} />),
  ),
  route(
    '/directory/providers/:id',
    'directory:read',
    byId((id) => <ProviderDetailScreen id={id} />),
  ),
  route('/directory/coverage', 'directory:coverage', <CoverageScreen />),
  route('/directory/settings', 'directory:configure', <DirectorySettingsScreen />),
];

/** Navigation entries of the directory, each with the permission that shows it. */
export const DIRECTORY_NAV = [
  { to: '/directory', key: 'nav.directory', permission: 'directory:read', exact: true },
  { to: '/directory/coverage', key: 'nav.coverage', permission: 'directory:coverage' },
  { to: '/directory/settings', key: 'directory.settings', permission: 'directory:configure' },
];
