import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { QueryStatus } from '../components/query-view.js';
import { answer, client } from '../api/client.js';
import { Notice } from '../components/error-message.js';
import { PagerIfMore } from '../components/pager.js';
import { Link } from 'react-router';
import { formatDate } from './dates.js';
import { Panel } from './fields.js';
import { useVisitTask, useVisitTasks } from '../api/queries.js';
import { VisitForm } from './visit-form.js';

// The IZU's visit tasks: the visits a caseworker asked of them, with what the
// visit needs (the child's first name, the village, the caregiver, why) and
// nothing else of the case. Made for a phone.

export function VisitTasksScreen() {
  const { t, i18n } = useTranslation();
  useTitle(t('visitTasks.title'));
  const [page, setPage] = useState(1);
  const pageSize = 25;
  const query = useVisitTasks({ page, pageSize });
  const { data } = query;
  return (
    <section aria-labelledby="tasks-title">
      <h1 id="tasks-title">{t('visitTasks.title')}</h1>
      <p className="muted">{t('visitTasks.intro')}</p>
      <QueryStatus query={query} />
      {data && data.items.length === 0 && <p>{t('visitTasks.none')}</p>}
      {data && data.items.length > 0 && (
        <ul className="task-list">
          {data.items.map((task) => (
            <li key={task.id}>
              <Link to={`/visit-tasks/${task.id}`} className="task-link">
                <strong>{task.childFirstName}</strong> · {task.village} · {t('visitTasks.numbered', { number: task.taskNumber })}
                <span className="small"> · {t('visits.dueBy', { date: formatDate(task.dueDate, i18n.language) })}</span>
              </Link>
              <p className="small">{task.purpose}</p>
            </li>
          ))}
        </ul>
      )}
      {data && <PagerIfMore page={page} pageSize={pageSize} total={data.total} onPage={setPage} />}
    </section>
  );
}

export function VisitTaskScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const query = useVisitTask(id);
  const { data: task } = query;
  useTitle(task ? t('visitTasks.taskTitle', { name: task.childFirstName }) : t('visitTasks.title'));
  const [done, setDone] = useState(false);
  if (!task) return <QueryStatus query={query} />;
  return (
    <section aria-labelledby="task-title">
      <p className="back">
        <Link to="/visit-tasks">{t('visitTasks.title')}</Link>
      </p>
      <h1 id="task-title">{t('visitTasks.taskTitle', { name: task.childFirstName })}</h1>
      <dl className="facts">
        <div>
          <dt>{t('visitTasks.village')}</dt>
          <dd>{task.village}</dd>
        </div>
        <div>
          <dt>{t('visitTasks.caregiver')}</dt>
          <dd>{task.caregiverName ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('visits.dueDate')}</dt>
          <dd>{formatDate(task.dueDate, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('visitTasks.taskNumber')}</dt>
          <dd data-testid="task-number">{task.taskNumber}</dd>
        </div>
      </dl>
      <p className="hint">{t('visitTasks.taskNumberHint')}</p>
      <p className="panel prewrap">{task.purpose}</p>
      {done ? (
        <Notice>
          <p>{t('visitTasks.recorded')}</p>
          <p>
            <Link to="/visit-tasks">{t('visitTasks.backToList')}</Link>
          </p>
        </Notice>
      ) : (
        <Panel title={t('visitTasks.record')}>
          <VisitForm
            label={t('visitTasks.record')}
            submitLabel={t('visitTasks.submit')}
            onSubmit={async (body) => {
              const r = await answer(client.POST('/api/v1/visit-tasks/{id}/visit', { params: { path: { id } }, body }));
              setDone(true);
              return r;
            }}
          />
        </Panel>
      )}
    </section>
  );
}
