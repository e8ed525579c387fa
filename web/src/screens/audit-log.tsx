import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../api.js';
import { ErrorMessage } from '../components/error-message.js';
import { UserPicker } from '../components/pickers.js';
import type { Choice } from '../components/search-picker.js';
import { currentLanguage } from '../i18n.js';
import { formatDateTime, roleName } from '../labels.js';
import type { AuditEvent, AuditVerification } from '../api/types.js';

type Filters = { actor: Choice | null; entityType: string; entityId: string; outcome: string };
const PAGE = 50;

/** The append-only audit: newest first, filtered by who did it and which record; the hash chain can be checked. */
export function AuditLog() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Filters>({ actor: null, entityType: '', entityId: '', outcome: '' });
  const [filters, setFilters] = useState<Filters>(draft);
  const [items, setItems] = useState<AuditEvent[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifying, setVerifying] = useState(false);

  const load = useCallback(
    async (before: number | null) => {
      setLoading(true);
      setError(null);
      try {
        const page = await api.get<{ items: AuditEvent[]; nextBefore: number | null }>(
          `/audit${query({
            actorId: filters.actor?.id,
            entityType: filters.entityType.trim(),
            entityId: filters.entityId.trim(),
            outcome: filters.outcome,
            before,
            limit: PAGE,
          })}`,
        );
        setItems((old) => (before ? [...old, ...page.items] : page.items));
        setNextBefore(page.nextBefore);
      } catch (err) {
        setError(err);
      } finally {
        setLoading(false);
      }
    },
    [filters],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  function apply(e: FormEvent) {
    e.preventDefault();
    setFilters({ ...draft });
  }

  function only(change: Partial<Filters>) {
    const next = { ...draft, ...change };
    setDraft(next);
    setFilters(next);
    window.scrollTo(0, 0);
  }

  async function verify() {
    setVerifying(true);
    setVerification(null);
    try {
      setVerification(await api.get<AuditVerification>('/audit/verify'));
    } catch (err) {
      setError(err);
    } finally {
      setVerifying(false);
    }
  }

  return (
    <section aria-labelledby="audit-title">
      <div className="page-head">
        <h1 id="audit-title">{t('audit.title')}</h1>
        <p className="actions">
          <button type="button" onClick={() => void verify()} disabled={verifying}>
            {t('audit.verify')}
          </button>
        </p>
      </div>
      {verification && (
        <div className={verification.ok ? 'alert alert-ok' : 'alert alert-error'} role="status">
          {verification.ok
            ? t('audit.verifyOk', { n: verification.checked })
            : t('audit.verifyProblem', {
                n: verification.checked,
                seq: verification.firstProblem?.seq,
                kind: t(`audit.problem.${verification.firstProblem?.kind}`, { defaultValue: verification.firstProblem?.kind }),
                message: verification.firstProblem?.message,
              })}
        </div>
      )}
      <form className="filters" onSubmit={apply} aria-label={t('audit.filters')}>
        <UserPicker label={t('audit.user')} value={draft.actor} onChange={(c) => setDraft({ ...draft, actor: c })} />
        <div className="field">
          <label htmlFor="audit-entity-type">{t('audit.entityType')}</label>
          <input id="audit-entity-type" list="audit-entity-types" value={draft.entityType} onChange={(e) => setDraft({ ...draft, entityType: e.target.value })} />
          <datalist id="audit-entity-types">
            {['user', 'organisation', 'session', 'setting', 'place'].map((x) => (
              <option key={x} value={x} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="audit-entity-id">{t('audit.entityId')}</label>
          <input id="audit-entity-id" value={draft.entityId} onChange={(e) => setDraft({ ...draft, entityId: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="audit-outcome">{t('audit.outcome')}</label>
          <select id="audit-outcome" value={draft.outcome} onChange={(e) => setDraft({ ...draft, outcome: e.target.value })}>
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
      <ErrorMessage error={error} />
      {!loading && items.length === 0 && !error && <p>{t('common.noneFound')}</p>}
      <ol className="audit-list" aria-label={t('audit.entries')}>
        {items.map((e) => (
          <li key={e.seq} className={`audit-entry outcome-${e.outcome}`}>
            <p className="audit-head">
              <strong>{e.action}</strong> <span className={`badge badge-${e.outcome === 'success' ? 'ok' : 'warn'}`}>{t(`audit.outcomes.${e.outcome}`, { defaultValue: e.outcome })}</span>
            </p>
            <p className="muted small">
              #{e.seq} · <time dateTime={e.at}>{formatDateTime(e.at, currentLanguage())}</time> ·{' '}
              {e.actor ? (
                <button type="button" className="link-button" onClick={() => only({ actor: { id: e.actor!.id, label: `${e.actor!.fullName} (${e.actor!.username})` } })}>
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
      {loading && <p aria-busy="true">{t('common.loading')}</p>}
      {nextBefore !== null && !loading && (
        <p>
          <button type="button" onClick={() => void load(nextBefore)}>
            {t('audit.loadMore')}
          </button>
        </p>
      )}
    </section>
  );
}
