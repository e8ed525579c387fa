import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useAuditEvents, useAuditVerification } from '../api/queries.js';
import type { ApiQuery } from '../api/types.js';
import { ErrorMessage } from '../components/error-message.js';
import { UserPicker } from '../components/pickers.js';
import type { Choice } from '../components/search-picker.js';
import { currentLanguage } from '../i18n.js';
import { formatDateTime, roleName } from '../labels.js';
import { useSearchState } from '../components/use-search-state.js';
import { useTitle } from '../components/use-title.js';

type Filters = { actor: Choice | null; entityType: string; entityId: string; outcome: string };
const PAGE = 50;
type AuditQuery = ApiQuery<'/api/v1/audit'>;

const toFilters = (v: typeof NO_FILTERS): Filters => ({
  actor: v.actorId ? { id: v.actorId, label: v.actorLabel || v.actorId } : null,
  entityType: v.entityType,
  entityId: v.entityId,
  outcome: v.outcome,
});

/** The filter a refused query names (`querystring.entityId`), for the error to say which. */
const FILTER_LABELS: Record<string, string> = { actorId: 'audit.user', entityType: 'audit.entityType', entityId: 'audit.entityId', outcome: 'audit.outcome' };

const NO_FILTERS = { actorId: '', actorLabel: '', entityType: '', entityId: '', outcome: '' };

/** The append-only audit: newest first, filtered by who did it and which record; the hash chain can be checked. */
export function AuditLog() {
  const { t } = useTranslation();
  // The filters applied live in the URL; the form edits a draft of them until applied.
  const { values, set } = useSearchState(NO_FILTERS);
  // The draft starts again from each filter the URL holds (a link, the back button, Clear).
  const applied = useMemo(() => toFilters(values), [values]);
  const draft = useForm<Filters>({ defaultValues: applied, values: applied });
  const events = useAuditEvents({
    actorId: values.actorId || undefined,
    entityType: values.entityType.trim() || undefined,
    entityId: values.entityId.trim() || undefined,
    outcome: (values.outcome || undefined) as AuditQuery['outcome'],
    limit: PAGE,
  });
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  const [verifyAsked, setVerifyAsked] = useState(false);
  const verification = useAuditVerification(verifyAsked);
  useTitle(t('audit.title'));

  function show(f: Filters) {
    set({ actorId: f.actor?.id ?? '', actorLabel: f.actor?.label ?? '', entityType: f.entityType, entityId: f.entityId, outcome: f.outcome });
  }

  const apply = draft.handleSubmit(show);

  function only(change: Partial<Filters>) {
    show({ ...draft.getValues(), ...change });
    window.scrollTo(0, 0);
  }

  function verify() {
    if (verifyAsked) void verification.refetch();
    else setVerifyAsked(true);
  }

  return (
    <section aria-labelledby="audit-title">
      <div className="page-head">
        <h1 id="audit-title">{t('audit.title')}</h1>
        <p className="actions">
          <button type="button" onClick={verify} disabled={verification.isFetching}>
            {t('audit.verify')}
          </button>
        </p>
      </div>
      <ErrorMessage error={verification.error} />
      {verification.data && !verification.isFetching && (
        <div className={verification.data.ok ? 'alert alert-ok' : 'alert alert-error'} role="status">
          {verification.data.ok
            ? t('audit.verifyOk', { n: verification.data.checked })
            : t('audit.verifyProblem', {
                n: verification.data.checked,
                seq: verification.data.firstProblem?.seq,
                kind: t(`audit.problem.${verification.data.firstProblem?.kind}`, { defaultValue: verification.data.firstProblem?.kind }),
                message: verification.data.firstProblem?.message,
              })}
        </div>
      )}
      <form className="filters" onSubmit={apply} aria-label={t('audit.filters')}>
        <UserPicker label={t('audit.user')} value={draft.watch('actor')} onChange={(c) => draft.setValue('actor', c)} />
        <div className="field">
          <label htmlFor="audit-entity-type">{t('audit.entityType')}</label>
          <input id="audit-entity-type" list="audit-entity-types" {...draft.register('entityType')} />
          <datalist id="audit-entity-types">
            {['user', 'organisation', 'session', 'setting', 'place'].map((x) => (
              <option key={x} value={x} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="audit-entity-id">{t('audit.entityId')}</label>
          <input id="audit-entity-id" {...draft.register('entityId')} />
        </div>
        <div className="field">
          <label htmlFor="audit-outcome">{t('audit.outcome')}</label>
          <select id="audit-outcome" {...draft.register('outcome')}>
            <option value="">{t('common.all')}</option>
            {['success', 'denied', 'failure'].map((o) => (
              <option key={o} value={o}>
                {t(`audit.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <p className="actions">
          <button type="submit" className="primary">
            {t('audit.apply')}
          </button>
          <button type="button" onClick={() => only({ actor: null, entityType: '', entityId: '', outcome: '' })}>
            {t('audit.clear')}
          </button>
        </p>
      </form>
      <ErrorMessage error={events.error} labelOf={(path) => FILTER_LABELS[path] && t(FILTER_LABELS[path])} />
      {events.isSuccess && items.length === 0 && <p>{t('common.noneFound')}</p>}
      <ol className="audit-list" aria-label={t('audit.entries')}>
        {items.map((e) => (
          <li key={e.seq} className={`audit-entry outcome-${e.outcome}`}>
            <p className="audit-head">
              <strong>{e.action}</strong>{' '}
              <span className={`badge badge-${e.outcome === 'success' ? 'ok' : 'warn'}`}>{t(`audit.outcomes.${e.outcome}`, { defaultValue: e.outcome })}</span>
            </p>
            <p className="muted small">
              #{e.seq} · <time dateTime={e.at}>{formatDateTime(e.at, currentLanguage())}</time> ·{' '}
              {e.actor ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => only({ actor: { id: e.actor!.id, label: `${e.actor!.fullName} (${e.actor!.username})` } })}
                >
                  {e.actor.fullName} ({e.actor.username})<span className="visually-hidden"> · {t('audit.onlyThisUser')}</span>
                </button>
              ) : (
                t('audit.system')
              )}
              {e.actorRole && ` · ${roleName(t, e.actorRole)}`}
              {e.ip && ` · ${e.ip}`}
            </p>
            {(e.entityType || e.entityId) && (
              <p className="small">
                {t('audit.record')}: {e.entityType} <code className="wrap">{e.entityId}</code>{' '}
                {e.entityType && e.entityId && (
                  <button type="button" className="link-button" onClick={() => only({ entityType: e.entityType!, entityId: e.entityId! })}>
                    {t('audit.onlyThisRecord')}
                  </button>
                )}
              </p>
            )}
            {e.fields.length > 0 && (
              <p className="small">
                {t('audit.fields')}: {e.fields.join(', ')}
              </p>
            )}
          </li>
        ))}
      </ol>
      {events.isFetching && <p aria-busy="true">{t('common.loading')}</p>}
      {events.hasNextPage && !events.isFetching && (
        <p>
          <button type="button" onClick={() => void events.fetchNextPage()}>
            {t('audit.loadMore')}
          </button>
        </p>
      )}
    </section>
  );
}
