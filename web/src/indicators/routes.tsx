import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';
import { ByParam } from '../components/by-param.js';
import { useMe } from '../session.js';

// The monitoring and evaluation screens (issue 17): a dashboard per node of
// the map and the indicators' definitions, for roles holding indicators:read.
// Loaded on demand, so the charts' code reaches only those who open them.

function screen<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}
const IndicatorHome = screen(() => import('./dashboard.js').then((m) => m.IndicatorHome));
const Dashboard = screen(() => import('./dashboard.js').then((m) => m.Dashboard));
const DefinitionsScreen = screen(() => import('./definitions.js').then((m) => m.DefinitionsScreen));

const PERMISSION = 'indicators:read';

function Allowed({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.permissions.includes(PERMISSION)) {
    return (
      <section>
        <h1>{t('common.forbiddenTitle')}</h1>
        <p>{t('errors.forbidden')}</p>
      </section>
    );
  }
  return <Suspense fallback={<p aria-busy="true">{t('common.loading')}</p>}>{children}</Suspense>;
}

const route = (path: string, element: ReactNode): RouteObject => ({ path, element: <Allowed>{element}</Allowed> });

export const INDICATOR_ROUTES: RouteObject[] = [
  route('/indicators', <IndicatorHome />),
  route('/indicators/definitions', <DefinitionsScreen />),
  route('/indicators/definitions/:id', <ByParam name="id" render={(id) => <DefinitionsScreen id={id} />} />),
  // A place's dashboard: 'RW', a province (1 digit), a district (2) or a sector (4).
  route('/indicators/:place', <ByParam name="place" render={(place) => <Dashboard placeId={place} />} />),
];

/** The navigation entry of the dashboards. */
export const INDICATOR_NAV = [{ to: '/indicators', key: 'nav.indicators', permission: PERMISSION }];
