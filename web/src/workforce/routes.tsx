import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';
import { useMe } from '../session.js';

// The workforce screens (issue 16), each shown only to roles the server lets use it (/auth/me permissions).

function screen<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}
const SupervisionScreen = screen(() => import('./supervision.js').then((m) => m.SupervisionScreen));
const MySessionsScreen = screen(() => import('./supervision.js').then((m) => m.MySessionsScreen));
const CaseloadScreen = screen(() => import('./caseload.js').then((m) => m.CaseloadScreen));
const TrainingRegisterScreen = screen(() => import('./training.js').then((m) => m.TrainingRegisterScreen));
const MyTrainingScreen = screen(() => import('./training.js').then((m) => m.MyTrainingScreen));
const WorkforcePolicyScreen = screen(() => import('./policy.js').then((m) => m.WorkforcePolicyScreen));
const SupervisionScheduleScreen = screen(() => import('./schedule.js').then((m) => m.SupervisionScheduleScreen));

function Allowed({ permission, children }: { permission: string; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.permissions.includes(permission)) {
    return (
      <section>
        <h1>{t('common.forbiddenTitle')}</h1>
        <p>{t('errors.forbidden')}</p>
      </section>
    );
  }
  return <Suspense fallback={<p aria-busy="true">{t('common.loading')}</p>}>{children}</Suspense>;
}

const route = (path: string, permission: string, element: ReactNode): RouteObject => ({ path, element: <Allowed permission={permission}>{element}</Allowed> });

export const WORKFORCE_ROUTES: RouteObject[] = [
  route('/workforce/supervision', 'supervision:hold', <SupervisionScreen />),
  route('/workforce/sessions', 'supervision:read', <MySessionsScreen />),
  route('/workforce/caseload', 'caseload:read', <CaseloadScreen />),
  route('/workforce/training', 'training:register', <TrainingRegisterScreen />),
  route('/workforce/training/mine', 'training:own', <MyTrainingScreen />),
  route('/workforce/schedule', 'supervision:schedule', <SupervisionScheduleScreen />),
  route('/settings/workforce-policy', 'settings:manage', <WorkforcePolicyScreen />),
];

/** Navigation entries of the workforce screens, each with the permission that shows it. */
export const WORKFORCE_NAV = [
  { to: '/workforce/supervision', key: 'nav.supervision', permission: 'supervision:hold' },
  { to: '/workforce/caseload', key: 'nav.caseload', permission: 'caseload:read' },
  { to: '/workforce/training', key: 'nav.training', permission: 'training:register' },
  { to: '/workforce/sessions', key: 'nav.mySessions', permission: 'supervision:read' },
  { to: '/workforce/training/mine', key: 'nav.myTraining', permission: 'training:own' },
  { to: '/workforce/schedule', key: 'nav.supervisionSchedule', permission: 'supervision:schedule' },
  { to: '/settings/workforce-policy', key: 'nav.workforcePolicy', permission: 'settings:manage' },
];
