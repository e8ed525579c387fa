import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { useParams, type RouteObject } from 'react-router';
import { ByParam } from '../components/by-param.js';
import { useMe } from '../session.js';
import type { Me } from '../api/types.js';
import { granted } from './access.js';
import './cases.css';
import { Loading } from './fields.js';

/** A screen loaded when first opened, so the first page (on a volunteer's phone) stays small. */
function screen<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}
const ReportForm = screen(() => import('./report-form.js').then((m) => m.ReportForm));
const HotlineForm = screen(() => import('./hotline-form.js').then((m) => m.HotlineForm));
const ReportList = screen(() => import('./report-list.js').then((m) => m.ReportList));
const ReportDetailScreen = screen(() => import('./report-detail.js').then((m) => m.ReportDetailScreen));
const IntakeScreen = screen(() => import('./intake.js').then((m) => m.IntakeScreen));
const WorklistScreen = screen(() => import('./worklist.js').then((m) => m.WorklistScreen));
const NotificationsScreen = screen(() => import('./notifications.js').then((m) => m.NotificationsScreen));
const CaseList = screen(() => import('./case-list.js').then((m) => m.CaseList));
const CaseFileScreen = screen(() => import('./case-file.js').then((m) => m.CaseFileScreen));
const CaseSection = screen(() => import('./case-file.js').then((m) => m.CaseSection));
const PaperFilesScreen = screen(() => import('./paper-files.js').then((m) => m.PaperFilesScreen));
const VisitTasksScreen = screen(() => import('./visit-tasks.js').then((m) => m.VisitTasksScreen));
const IzuCareVisitsScreen = screen(() => import('../care/izu-care-visits.js').then((m) => m.IzuCareVisitsScreen));
const CarersRegisterScreen = screen(() => import('../care/carers-register.js').then((m) => m.CarersRegisterScreen));
const CarerScreen = screen(() => import('../care/carer-detail.js').then((m) => m.CarerScreen));
const CareLeaversScreen = screen(() => import('../care/care-leavers.js').then((m) => m.CareLeaversScreen));
const VisitTaskScreen = screen(() => import('./visit-tasks.js').then((m) => m.VisitTaskScreen));
const IncomingTransfersScreen = screen(() => import('./incoming-transfers.js').then((m) => m.IncomingTransfersScreen));
const ClosureRequestsScreen = screen(() => import('./closure-requests.js').then((m) => m.ClosureRequestsScreen));
const InvitationsScreen = screen(() => import('./invitations.js').then((m) => m.InvitationsScreen));
const DeadlinePolicyScreen = screen(() => import('./deadline-policy.js').then((m) => m.DeadlinePolicyScreen));
const ConferenceScreen = screen(() => import('./invitations.js').then((m) => m.ConferenceScreen));
const ReferralInboxScreen = screen(() => import('../referrals/inbox.js').then((m) => m.ReferralInboxScreen));
const ProviderReferralScreen = screen(() => import('../referrals/referral-view.js').then((m) => m.ProviderReferralScreen));

// The screens of the case capability (framework steps 1-9), each shown only to
// roles the server lets do it (/auth/me caseActions). More specific paths first.

/** Renders `children` when the role holds any of `need`; else says it is not available. */
function Allowed({ need, children }: { need: string[]; children: ReactNode }) {
  const me = useMe();
  if (need.length > 0 && !need.some((n) => granted(me, n))) {
    return <Forbidden />;
  }
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
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

const route = (path: string, need: string[], element: ReactNode, children?: RouteObject[]): RouteObject => ({
  path,
  element: <Allowed need={need}>{element}</Allowed>,
  children,
});
const byId = (render: (id: string) => ReactNode) => <ByParam name="id" render={render} />;

const REPORTERS = ['report:create', 'report:register'];

export const CASE_ROUTES: RouteObject[] = [
  route('/reports/new', ['report:create'], <ReportForm />),
  route('/reports/hotline', ['report:hotline'], <HotlineForm />),
  route('/reports', REPORTERS, <ReportList />),
  route(
    '/reports/:id/intake',
    ['case:open'],
    byId((id) => <IntakeScreen reportId={id} />),
  ),
  route(
    '/reports/:id',
    REPORTERS,
    byId((id) => <ReportDetailScreen id={id} />),
  ),
  route('/worklist', ['worklist:read'], <WorklistScreen />),
  route('/notifications', [], <NotificationsScreen />),
  route('/cases', ['case:read'], <CaseList />),
  // The case file is read once; its tabs are child routes rendered in it.
  route(
    '/cases/:id',
    ['case:read'],
    byId((id) => <CaseFileScreen id={id} />),
    [
      { index: true, element: <CaseSection section="overview" /> },
      { path: ':section', element: <CaseSectionParam /> },
    ],
  ),
  route('/paper-files', ['case:read'], <PaperFilesScreen />),
  route('/visit-tasks', ['visit:record'], <VisitTasksScreen />),
  route(
    '/visit-tasks/:id',
    ['visit:record'],
    byId((id) => <VisitTaskScreen id={id} />),
  ),
  route('/care/visits', ['care:izu_follow_up'], <IzuCareVisitsScreen />),
  // The foster carers register (need-to-know like a child's record) and the care leavers of the user's scope.
  route('/care/carers', ['carers:read'], <CarersRegisterScreen />),
  route(
    '/care/carers/:id',
    ['carers:read'],
    byId((id) => <CarerScreen id={id} />),
  ),
  route('/care/leavers', ['case:read'], <CareLeaversScreen />),
  route('/transfers/incoming', ['transfer:receive'], <IncomingTransfersScreen />),
  // A provider's focal persons: the referrals sent to their organisations (step 7).
  route('/referrals', ['referral:receive'], <ReferralInboxScreen />),
  route(
    '/referrals/:id',
    ['referral:receive'],
    byId((id) => <ProviderReferralScreen id={id} />),
  ),
  route('/closure-requests', ['case:approve_closure'], <ClosureRequestsScreen />),
  route('/settings/deadlines', ['settings:manage'], <DeadlinePolicyScreen />),
  route('/conferences/invitations', [], <InvitationsScreen />),
  route(
    '/conferences/:id',
    [],
    byId((id) => <ConferenceScreen id={id} />),
  ),
];

function CaseSectionParam() {
  return <CaseSection section={useParams().section ?? 'overview'} />;
}

/** Navigation entries of the case capability for this user (after Home). */
export function caseNav(me: Me): { to: string; key: string; exact?: boolean; permission?: string }[] {
  const has = (a: string) => granted(me, a);
  const items: { to: string; key: string; exact?: boolean; show: boolean }[] = [
    { to: '/reports/hotline', key: 'caseNav.hotline', show: has('report:hotline') },
    { to: '/reports/new', key: 'caseNav.report', show: has('report:create') && !has('report:hotline') },
    {
      to: '/reports',
      key: has('report:register') ? 'caseNav.register' : 'caseNav.myReports',
      exact: true,
      show: has('report:register') || has('report:create'),
    },
    { to: '/worklist', key: 'caseNav.worklist', show: has('worklist:read') },
    { to: '/cases', key: 'caseNav.cases', show: has('case:read') },
    // An IZU's visits come as tasks; caseworkers record visits in the case file.
    { to: '/visit-tasks', key: 'caseNav.visitTasks', show: has('visit:record') && !has('case:read') },
    { to: '/care/visits', key: 'care.izu.nav', show: has('care:izu_follow_up') },
    { to: '/care/carers', key: 'care.carers.nav', show: has('carers:read') },
    { to: '/care/leavers', key: 'care.leavers.nav', show: has('case:read') },
    { to: '/referrals', key: 'caseNav.referralInbox', show: has('referral:receive') },
    { to: '/transfers/incoming', key: 'caseNav.incomingTransfers', show: has('transfer:receive') },
    { to: '/closure-requests', key: 'caseNav.closureRequests', show: has('case:approve_closure') },
    { to: '/notifications', key: 'caseNav.notifications', show: true },
    { to: '/settings/deadlines', key: 'caseNav.deadlinePolicy', show: has('settings:manage') },
  ];
  return items.filter((i) => i.show).map(({ show: _show, ...rest }) => rest);
}
