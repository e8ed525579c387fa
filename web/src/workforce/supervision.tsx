import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answer, client } from '../api/client.js';
import { useSupervisionBoard, useSupervisionSession, useSupervisionSessions } from '../api/queries.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { QueryView } from '../components/query-view.js';
import { useServerForm } from '../components/server-form.js';
import { useTitle } from '../components/use-title.js';

// Supportive supervision (framework §7.3): the supervisor's board of their
// supervisees, and a session recorded with one of them; a caseworker's own
// sessions, which they acknowledge.

const THEMES = ['accountability', 'quality', 'reflective_practice', 'wellbeing', 'skills'] as const;
type Theme = (typeof THEMES)[number];

export function SupervisionScreen() {
  const { t } = useTranslation();
  useTitle(t('workforce.supervision.title'));
  const board = useSupervisionBoard();
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <section aria-labelledby="supervision-title">
      <h1 id="supervision-title">{t('workforce.supervision.title')}</h1>
      <p>{t('workforce.supervision.intro')}</p>
      <QueryView query={board}>
        {(data) => (
          <>
            {data.supervisees.length === 0 && <p>{t('workforce.supervision.noSupervisees')}</p>}
            <table className="responsive" data-testid="supervision-board">
              <thead>
                <tr>
                  <th scope="col">{t('workforce.supervision.supervisee')}</th>
                  <th scope="col">{t('workforce.caseload.openCases')}</th>
                  <th scope="col">{t('workforce.caseload.weighted')}</th>
                  <th scope="col">{t('workforce.supervision.overdueWork')}</th>
                  <th scope="col">{t('workforce.supervision.overdueActions')}</th>
                  <th scope="col">{t('workforce.supervision.noProgress')}</th>
                  <th scope="col">{t('workforce.supervision.reviews')}</th>
                  <th scope="col">{t('workforce.supervision.lastSupervised')}</th>
                  <th scope="col">{t('workforce.supervision.nextDue')}</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {data.supervisees.map((s) => (
                  <tr key={s.id} data-testid={`supervisee-${s.id}`}>
                    <th scope="row">{s.fullName}</th>
                    <td data-label={t('workforce.caseload.openCases')}>{t('workforce.caseload.byTier', { n: s.openCases, tier1: s.tier1, tier2: s.tier2 })}</td>
                    <td data-label={t('workforce.caseload.weighted')}>
                      {s.weighted} {s.overThreshold && <span className="badge badge-warn">{t('workforce.caseload.over')}</span>}
                    </td>
                    <td data-label={t('workforce.supervision.overdueWork')}>{s.overdueWork}</td>
                    <td data-label={t('workforce.supervision.overdueActions')} data-testid={`overdue-actions-${s.id}`}>
                      {s.overdueActions}
                    </td>
                    <td data-label={t('workforce.supervision.noProgress')}>{s.noBenchmarkProgress}</td>
                    <td data-label={t('workforce.supervision.reviews')}>
                      {t('workforce.supervision.reviewCounts', { near: s.reviewsNear, past: s.reviewsPast })}
                    </td>
                    <td data-label={t('workforce.supervision.lastSupervised')}>{s.lastSupervisedOn ?? t('workforce.supervision.never')}</td>
                    <td data-label={t('workforce.supervision.nextDue')}>
                      {s.nextSessionDueAt ? new Date(s.nextSessionDueAt).toLocaleDateString() : '—'}{' '}
                      {s.sessionOverdue && <span className="badge badge-warn">{t('workforce.supervision.overdue')}</span>}
                    </td>
                    <td>
                      <button type="button" onClick={() => setChosen(s.id)}>
                        {t('workforce.supervision.record')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {chosen && data.supervisees.some((s) => s.id === chosen) && (
              <SessionForm key={chosen} supervisee={data.supervisees.find((s) => s.id === chosen)!} onDone={() => setChosen(null)} />
            )}
          </>
        )}
      </QueryView>
      <h2>{t('workforce.supervision.sessions')}</h2>
      <SessionList />
    </section>
  );
}

type Supervisee = { id: string; fullName: string; cases: { id: string; caseCode: string; tier: number }[] };
type Draft = { heldOn: string; themes: Theme[]; caseIds: string[]; notes: string; actions: { description: string; dueOn: string }[] };

function SessionForm({ supervisee, onDone }: { supervisee: Supervisee; onDone(): void }) {
  const { t } = useTranslation();
  const today = new Date().toISOString().slice(0, 10);
  const { form, busy, error, run } = useServerForm<Draft>({
    defaultValues: { heldOn: today, themes: [], caseIds: [], notes: '', actions: [{ description: '', dueOn: '' }] },
  });
  const [saved, setSaved] = useState(false);
  const [actionCount, setActionCount] = useState(1);
  const submit = form.handleSubmit(async (d) => {
    const body = {
      caseworkerId: supervisee.id,
      heldOn: d.heldOn,
      themes: d.themes,
      caseIds: d.caseIds,
      ...(d.notes.trim() && { notes: d.notes.trim() }),
      actions: d.actions.slice(0, actionCount).filter((a) => a.description.trim() && a.dueOn),
    };
    const done = await run(() => answer(client.POST('/api/v1/workforce/supervision/sessions', { body })));
    if (done) {
      setSaved(true);
      onDone();
    }
  });
  return (
    <section className="panel" aria-labelledby="session-form-title">
      <h2 id="session-form-title">{t('workforce.supervision.formTitle', { name: supervisee.fullName })}</h2>
      <form className="form" onSubmit={submit} aria-label={t('workforce.supervision.formTitle', { name: supervisee.fullName })}>
        <div className="field">
          <label htmlFor="session-held-on">{t('workforce.supervision.heldOn')}</label>
          <input id="session-held-on" type="date" max={today} required {...form.register('heldOn')} />
        </div>
        <fieldset className="choice-group">
          <legend>{t('workforce.supervision.themes')}</legend>
          {THEMES.map((theme) => (
            <label key={theme} className="check">
              <input type="checkbox" value={theme} {...form.register('themes')} /> {t(`workforce.themes.${theme}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="choice-group">
          <legend>{t('workforce.supervision.casesDiscussed')}</legend>
          {supervisee.cases.length === 0 && <p className="muted">{t('workforce.supervision.noCases')}</p>}
          {supervisee.cases.map((c) => (
            <label key={c.id} className="check">
              <input type="checkbox" value={c.id} {...form.register('caseIds')} /> {c.caseCode} · Tier {c.tier}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="session-notes">{t('workforce.supervision.notes')}</label>
          <textarea id="session-notes" rows={3} maxLength={4000} {...form.register('notes')} />
        </div>
        <fieldset>
          <legend>{t('workforce.supervision.actions')}</legend>
          {Array.from({ length: actionCount }, (_, i) => (
            <div key={i} className="row">
              <div className="field">
                <label htmlFor={`action-${i}`}>{t('workforce.supervision.action')}</label>
                <input id={`action-${i}`} maxLength={500} {...form.register(`actions.${i}.description`)} />
              </div>
              <div className="field">
                <label htmlFor={`action-due-${i}`}>{t('workforce.supervision.actionDue')}</label>
                <input id={`action-due-${i}`} type="date" {...form.register(`actions.${i}.dueOn`)} />
              </div>
            </div>
          ))}
          <button type="button" onClick={() => setActionCount((n) => Math.min(20, n + 1))}>
            {t('workforce.supervision.addAction')}
          </button>
        </fieldset>
        <ErrorMessage error={error} />
        {saved && <Notice>{t('workforce.supervision.saved')}</Notice>}
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('workforce.supervision.save')}
          </button>
        </p>
      </form>
    </section>
  );
}

/** Sessions the reader may see: a supervisor's with their supervisees, a caseworker's own (to acknowledge). */
export function SessionList({ own = false }: { own?: boolean }) {
  const { t } = useTranslation();
  const sessions = useSupervisionSessions({});
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<string | null>(null);
  const acknowledge = async (id: string) => {
    setError(null);
    try {
      await answer(client.POST('/api/v1/workforce/supervision/sessions/{id}/acknowledge', { params: { path: { id } }, body: {} }));
      await sessions.refetch();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <QueryView query={sessions}>
      {(data) => (
        <>
          <ErrorMessage error={error} />
          {data.items.length === 0 && <p>{t('workforce.supervision.noSessions')}</p>}
          <ul className="cards" data-testid="supervision-sessions">
            {data.items.map((s) => (
              <li key={s.id}>
                <strong>{s.heldOn}</strong> · {own ? s.supervisor.fullName : s.caseworker.fullName} ·{' '}
                {s.themes.map((th) => t(`workforce.themes.${th}`)).join(', ')} ·{' '}
                {t('workforce.supervision.counts', { cases: s.caseCount, actions: s.actionCount })}{' '}
                {s.overdueActionCount > 0 && <span className="badge badge-warn">{t('workforce.supervision.actionsOverdue', { n: s.overdueActionCount })}</span>}{' '}
                {s.acknowledgedAt ? (
                  <span className="badge badge-ok">{t('workforce.supervision.acknowledged')}</span>
                ) : own ? (
                  <button type="button" onClick={() => void acknowledge(s.id)}>
                    {t('workforce.supervision.acknowledge')}
                  </button>
                ) : (
                  <span className="badge badge-off">{t('workforce.supervision.notAcknowledged')}</span>
                )}{' '}
                {s.actionCount > 0 && (
                  <button type="button" aria-expanded={open === s.id} onClick={() => setOpen(open === s.id ? null : s.id)}>
                    {t('workforce.supervision.showActions')}
                  </button>
                )}
                {open === s.id && <SessionActions id={s.id} />}
              </li>
            ))}
          </ul>
        </>
      )}
    </QueryView>
  );
}

/** A session's agreed actions, each marked done (the day, by whom) or with a button to mark it; an overdue one stands out. */
function SessionActions({ id }: { id: string }) {
  const { t } = useTranslation();
  const session = useSupervisionSession(id);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const markDone = async (actionId: string) => {
    setError(null);
    setBusy(true);
    try {
      await answer(client.POST('/api/v1/workforce/supervision/sessions/{id}/actions/done', { params: { path: { id } }, body: { actionId } }));
      await session.refetch();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <QueryView query={session}>
      {(data) => (
        <>
          <ErrorMessage error={error} />
          <ul data-testid={`session-actions-${id}`}>
            {data.actions.map((a) => (
              <li key={a.id} data-testid={`action-${a.id}`}>
                {a.description} · {t('workforce.supervision.actionDueOn', { date: a.dueOn })}{' '}
                {a.doneOn ? (
                  <span className="badge badge-ok">{t('workforce.supervision.actionDone', { date: a.doneOn, name: a.doneBy?.fullName ?? '—' })}</span>
                ) : (
                  <>
                    {a.overdue && <span className="badge badge-warn">{t('workforce.supervision.overdue')}</span>}{' '}
                    <button type="button" disabled={busy} onClick={() => void markDone(a.id)}>
                      {t('workforce.supervision.markDone')}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </QueryView>
  );
}

export function MySessionsScreen() {
  const { t } = useTranslation();
  useTitle(t('workforce.supervision.mine'));
  return (
    <section aria-labelledby="my-sessions-title">
      <h1 id="my-sessions-title">{t('workforce.supervision.mine')}</h1>
      <SessionList own />
      <p>
        <Link to="/workforce/training/mine">{t('workforce.training.mine')}</Link>
      </p>
    </section>
  );
}
