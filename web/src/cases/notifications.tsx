import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../components/query-view.js';
import { useTitle } from '../components/use-title.js';
import type { TFunction } from 'i18next';
import { answer, client } from '../api/client.js';
import { ErrorMessage } from '../components/error-message.js';
import { Pager } from '../components/pager.js';
import { formatDateTime } from '../labels.js';
import { Link } from 'react-router';
import { formatDate } from './dates.js';
import type { Notification } from '../api/types.js';
import { useNotifications, useWrite } from '../api/queries.js';
import { term } from './vocab.js';

// The signed-in user's notifications (deadlines overdue and escalated, new
// reports, allocations, visit tasks, transfers, closure decisions). They carry
// codes only, never a child's name; the text is built here in the reader's language.

const PAGE_SIZE = 20;

/** The notification's text, its codes translated (deadline kind, level, dates). */
export function notificationText(t: TFunction, language: string, n: Notification): string {
  const p = n.params;
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(p)) if (v !== null) params[k] = v;
  if (typeof p.kind === 'string') params.kindName = term(t, 'deadlineKinds', p.kind);
  if (typeof p.level === 'number') params.levelName = term(t, 'escalationLevels', p.level);
  if (typeof p.dueAt === 'string') params.due = formatDateTime(p.dueAt, language);
  if (typeof p.dueDate === 'string') params.due = formatDate(p.dueDate, language);
  if (typeof p.heldAt === 'string') params.held = formatDateTime(p.heldAt, language);
  if (typeof p.channel === 'string') params.channelName = term(t, 'channels', p.channel);
  if (typeof p.type === 'string') params.typeName = term(t, 'conferenceTypes', p.type);
  params.subject = typeof p.caseCode === 'string' ? p.caseCode : typeof p.reference === 'string' ? p.reference : '';
  return t(n.messageKey, { ...params, defaultValue: n.messageKey });
}

function target(n: Notification): string | null {
  if (n.caseId) return `/cases/${n.caseId}`;
  if (n.reportId) return `/reports/${n.reportId}`;
  if (n.kind === 'visit_task') return '/visit-tasks';
  if (n.kind === 'transfer') return '/transfers/incoming';
  if (n.kind === 'referral') return '/referrals';
  if (n.messageKey === 'notifications.conference_invitation') return '/conferences/invitations';
  return null;
}

export function NotificationsScreen() {
  const { t, i18n } = useTranslation();
  useTitle(t('notificationsScreen.title'));
  const [unread, setUnread] = useState(false);
  const [page, setPage] = useState(1);
  const query = useNotifications({ unread: unread ? 'true' : undefined, page, pageSize: PAGE_SIZE });
  const { data } = query;
  const action = useWrite();

  const markRead = async (id: string) => {
    await action.run(() => answer(client.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })));
  };
  const markAll = async () => {
    await action.run(() => answer(client.POST('/api/v1/notifications/read-all')));
  };

  return (
    <section aria-labelledby="notifications-title">
      <div className="page-head">
        <h1 id="notifications-title">{t('notificationsScreen.title')}</h1>
        <p className="actions">
          <Link to="/conferences/invitations">{t('conferences.invitationsTitle')}</Link>
          {data && data.unreadCount > 0 && (
            <button type="button" onClick={() => void markAll()} disabled={action.busy}>
              {t('notificationsScreen.markAll')}
            </button>
          )}
        </p>
      </div>
      {data && <p>{t('notificationsScreen.unreadCount', { n: data.unreadCount })}</p>}
      <label className="check">
        <input
          type="checkbox"
          checked={unread}
          onChange={(e) => {
            setUnread(e.target.checked);
            setPage(1);
          }}
        />
        <span>{t('notificationsScreen.onlyUnread')}</span>
      </label>
      <QueryStatus query={query} />
      <ErrorMessage error={action.error} />
      {data && data.items.length === 0 && <p>{t('notificationsScreen.none')}</p>}
      {data && data.items.length > 0 && (
        <ul className="work-items">
          {data.items.map((n) => {
            const to = target(n);
            return (
              <li key={n.id} className={n.readAt ? 'work-item read' : 'work-item unread'}>
                <p>
                  {!n.readAt && <span className="badge badge-warn">{t('notificationsScreen.new')}</span>}
                  {to ? <Link to={to}>{notificationText(t, i18n.language, n)}</Link> : notificationText(t, i18n.language, n)}
                </p>
                <p className="small muted">
                  {formatDateTime(n.createdAt, i18n.language)}
                  {!n.readAt && (
                    <>
                      {' · '}
                      <button type="button" className="link-button" onClick={() => void markRead(n.id)}>
                        {t('notificationsScreen.markRead')}
                      </button>
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {data && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} />}
    </section>
  );
}
