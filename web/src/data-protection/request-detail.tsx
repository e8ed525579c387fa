import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answer, client } from '../api/client.js';
import { useDpRequest } from '../api/queries.js';
import { ErrorMessage } from '../components/error-message.js';
import { QueryView } from '../components/query-view.js';
import { useServerForm } from '../components/server-form.js';
import { useTitle } from '../components/use-title.js';
import { useWrite } from '../api/queries.js';
import { Panel, RadioGroup, TextField } from '../cases/fields.js';
import { formatDateTime } from '../labels.js';
import { useMe } from '../session.js';

// One request, from its record to its execution: the decision with its legal
// reason, the execution, and for an access request the person's own file
// (readable, as PDF and JSON; the child's own copy in plain language).

type Request = NonNullable<ReturnType<typeof useDpRequest>['data']>;

export function RequestScreen({ id }: { id: string }) {
  const query = useDpRequest(id);
  return <QueryView query={query}>{(r) => <RequestView request={r} />}</QueryView>;
}

function RequestView({ request: r }: { request: Request }) {
  const { t, i18n } = useTranslation();
  useTitle(t('dp.detail.title', { reference: r.reference }));
  const me = useMe();
  const manage = me.permissions.includes('dp_request:manage');
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');
  return (
    <section aria-labelledby="dp-detail-title">
      <p className="back">
        <Link to="/data-protection/requests">{t('dp.register.title')}</Link>
      </p>
      <h1 id="dp-detail-title">{t('dp.detail.title', { reference: r.reference })}</h1>
      {r.subjectRestricted && <p className="alert">{t('dp.restrictedBanner')}</p>}
      <Panel title={t('dp.detail.request')}>
        <dl className="facts">
          <dt>{t('dp.form.right')}</dt>
          <dd>{t(`dp.right.${r.right}`)}</dd>
          <dt>{t('dp.detail.status')}</dt>
          <dd>
            {t(`dp.status.${r.status}`)}
            {r.overdue && <strong> · {t('dp.register.overdue')}</strong>}
          </dd>
          <dt>{t('dp.form.subject')}</dt>
          <dd>
            {r.subject.name} {r.subject.relationship && `(${r.subject.relationship})`} · <code>{r.childCode}</code>
          </dd>
          <dt>{t('dp.form.requesterName')}</dt>
          <dd>
            {r.requesterName} · {t(`dp.relationship.${r.requesterRelationship}`)}
          </dd>
          <dt>{t('dp.form.identityCheck')}</dt>
          <dd>{r.identityCheck}</dd>
          {r.details && (
            <>
              <dt>{t('dp.form.details')}</dt>
              <dd className="prewrap">{r.details}</dd>
            </>
          )}
          {r.changes && (
            <>
              <dt>{t('dp.detail.changes')}</dt>
              <dd>{r.changes.map((c) => `${t(`dp.field.${c.field}`)} → ${c.value ?? '—'}`).join('; ')}</dd>
            </>
          )}
          <dt>{t('dp.detail.received')}</dt>
          <dd>
            {when(r.receivedAt)} · {r.recordedBy}
          </dd>
          <dt>{t('dp.detail.due')}</dt>
          <dd>{when(r.dueAt)}</dd>
          {r.decidedAt && (
            <>
              <dt>{t('dp.detail.decision')}</dt>
              <dd className="prewrap">
                {r.decisionReason} ({r.decidedBy}, {when(r.decidedAt)})
              </dd>
            </>
          )}
          {r.executedAt && (
            <>
              <dt>{t('dp.detail.executed')}</dt>
              <dd>
                {r.executedBy}, {when(r.executedAt)}
              </dd>
            </>
          )}
        </dl>
        {r.erasureBlock && <p className="alert">{t(`dp.erasureBlock.${r.erasureBlock}`)}</p>}
        {r.history.length > 0 && (
          <>
            <h3>{t('dp.detail.history')}</h3>
            <ul>
              {r.history.map((h, i) => (
                <li key={i}>
                  {t(`dp.field.${h.field}`)}: {h.oldValue ?? '—'} → {h.newValue ?? '—'} · {when(h.at)}
                </li>
              ))}
            </ul>
          </>
        )}
      </Panel>
      {manage && r.status === 'open' && <DecisionForm request={r} />}
      {manage && r.status === 'granted' && <ExecuteForm request={r} />}
      {manage && r.right === 'access' && (r.status === 'granted' || r.status === 'executed') && <PersonFile request={r} />}
    </section>
  );
}

type DecisionDraft = { outcome: string; legalReason: string };

function DecisionForm({ request: r }: { request: Request }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind, bindValue } = useServerForm<DecisionDraft>({
    defaultValues: { outcome: r.erasureBlock ? 'refused' : 'granted', legalReason: '' },
  });
  const submit = form.handleSubmit((d) =>
    run(() =>
      answer(
        client.POST('/api/v1/data-protection/requests/{id}/decision', {
          params: { path: { id: r.id } },
          body: { outcome: d.outcome as 'granted' | 'refused', legalReason: d.legalReason },
        }),
      ),
    ),
  );
  return (
    <Panel title={t('dp.decision.title')}>
      <form className="form" aria-label={t('dp.decision.title')} onSubmit={submit}>
        <RadioGroup
          legend={t('dp.decision.outcome')}
          options={[
            { value: 'granted', label: t('dp.decision.granted') },
            { value: 'refused', label: t('dp.decision.refused') },
          ]}
          {...bindValue('outcome')}
        />
        <TextField
          label={t('dp.decision.legalReason')}
          hint={t('dp.decision.legalReasonHint')}
          required
          multiline
          rows={3}
          maxLength={2000}
          {...bind('legalReason')}
        />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('dp.decision.submit')}
          </button>
        </p>
      </form>
    </Panel>
  );
}

function ExecuteForm({ request: r }: { request: Request }) {
  const { t } = useTranslation();
  const write = useWrite();
  const execute = () => write.run(() => answer(client.POST('/api/v1/data-protection/requests/{id}/execution', { params: { path: { id: r.id } }, body: {} })));
  return (
    <Panel title={t('dp.execute.title')}>
      <p>{t(`dp.execute.what.${r.right}`)}</p>
      <ErrorMessage error={write.error} />
      <p className="actions">
        <button type="button" className="primary" disabled={write.busy} onClick={() => void execute()}>
          {t('dp.execute.submit')}
        </button>
      </p>
    </Panel>
  );
}

type PersonFileData = { subject: Record<string, unknown>; records: Record<string, Record<string, unknown>[]>; withheld: { what: string; reason: string }[] };

function PersonFile({ request: r }: { request: Request }) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<PersonFileData | null>(null);
  const write = useWrite();
  const base = `/api/v1/data-protection/requests/${r.id}/file`;
  const produce = async () => {
    const f = await write.run(() =>
      answer(client.GET('/api/v1/data-protection/requests/{id}/file', { params: { path: { id: r.id }, query: { version: 'full' } } })),
    );
    if (f) setFile(f as PersonFileData);
  };
  const show = (v: unknown) =>
    v === null || v === undefined || v === '' ? '—' : Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return (
    <Panel title={t('dp.file.title')}>
      <p>{t('dp.file.intro')}</p>
      <p className="actions">
        <button type="button" className="primary" disabled={write.busy} onClick={() => void produce()}>
          {t('dp.file.produce')}
        </button>
        <a className="button" href={`${base}.pdf`} target="_blank" rel="noopener">
          {t('dp.file.pdf')}
        </a>
        <a className="button" href={base} target="_blank" rel="noopener">
          {t('dp.file.json')}
        </a>
        {r.subject.kind === 'child' && (
          <a className="button" href={`${base}.pdf?version=child&language=${i18n.language}`} target="_blank" rel="noopener">
            {t('dp.file.childCopy')}
          </a>
        )}
      </p>
      <ErrorMessage error={write.error} />
      {file && (
        <div data-testid="person-file">
          <h3>{t('dp.file.subject')}</h3>
          <dl className="facts">
            {Object.entries(file.subject)
              .filter(([k]) => k !== 'kind')
              .map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{show(v)}</dd>
                </div>
              ))}
          </dl>
          {Object.entries(file.records).map(([section, rows]) => (
            <div key={section}>
              <h3>{section}</h3>
              {rows.length === 0 && <p>{t('dp.file.none')}</p>}
              <ul>
                {rows.map((row, i) => (
                  <li key={i}>
                    {Object.entries(row)
                      .map(([k, v]) => `${k}: ${show(v)}`)
                      .join(' · ')}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <h3>{t('dp.file.withheld')}</h3>
          <ul>
            {file.withheld.map((w) => (
              <li key={w.what}>
                {t(`dp.withheld.${w.what}`)}: {t(`dp.reason.${w.reason}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Panel>
  );
}
