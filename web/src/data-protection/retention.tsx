import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import { useRetentionHolds, useRetentionRules, useRetentionRuns } from '../api/queries.js';
import { ErrorMessage } from '../components/error-message.js';
import { QueryStatus } from '../components/query-view.js';
import { useServerForm } from '../components/server-form.js';
import { useTitle } from '../components/use-title.js';
import { CheckField, Panel, TextField } from '../cases/fields.js';
import { formatDateTime } from '../labels.js';

// Retention (Law N° 058/2021 Art. 52): the rules as data, what they would
// change now (the dry run), the record of what each run did, and the holds
// that keep a record out of every rule. The data protection officer's and the
// administrators' screen.

type Rule = NonNullable<ReturnType<typeof useRetentionRules>['data']>['items'][number];
type DryRun = { counts: Record<string, number>; items: { rule: string; entityType: string; label: string; action: string }[] };

export function RetentionScreen() {
  const { t } = useTranslation();
  useTitle(t('retention.title'));
  const rules = useRetentionRules();
  return (
    <section aria-labelledby="retention-title">
      <h1 id="retention-title">{t('retention.title')}</h1>
      <p>{t('retention.intro')}</p>
      <Panel title={t('retention.rules')}>
        <QueryStatus query={rules} />
        {rules.data && (
          <ul className="record-list">
            {rules.data.items.map((r) => (
              <RuleForm key={`${r.kind}-${r.changedAt ?? ''}`} rule={r} />
            ))}
          </ul>
        )}
      </Panel>
      <DryRunPanel />
      <RunsPanel />
      <HoldsPanel />
    </section>
  );
}

function RuleForm({ rule }: { rule: Rule }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { form, busy, error, run, bind, bindValue } = useServerForm<{ enabled: boolean; periodDays: string }>({
    defaultValues: { enabled: rule.enabled, periodDays: String(rule.periodDays) },
  });
  const save = form.handleSubmit(async (d) => {
    const saved = await run(() =>
      answer(client.PUT('/api/v1/retention/rules', { body: { kind: rule.kind, enabled: d.enabled, periodDays: Number(d.periodDays) } })),
    );
    if (saved) await queryClient.invalidateQueries({ queryKey: ['retention'] });
  });
  return (
    <li>
      <form className="form" aria-label={t(`retention.kind.${rule.kind}.title`)} onSubmit={save}>
        <h3>{t(`retention.kind.${rule.kind}.title`)}</h3>
        <p>{t(`retention.kind.${rule.kind}.action`)}</p>
        <p className="small muted">
          {t('retention.default', { days: rule.defaultPeriodDays, state: t(rule.defaultEnabled ? 'retention.on' : 'retention.off') })}
          {rule.changedAt && <> · {t('retention.changed', { at: formatDateTime(rule.changedAt, i18n.language), by: rule.changedBy ?? '' })}</>}
        </p>
        <CheckField label={t('retention.enabled')} {...bindValue('enabled')} />
        <TextField
          label={t('retention.periodDays')}
          hint={t(`retention.kind.${rule.kind}.from`, { min: rule.minDays })}
          type="number"
          inputMode="numeric"
          min={rule.minDays}
          max={36500}
          required
          {...bind('periodDays')}
        />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" disabled={busy}>
            {t('retention.save')}
          </button>
        </p>
      </form>
    </li>
  );
}

function DryRunPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<DryRun | null>(null);
  const { form, busy, error, run } = useServerForm<Record<string, never>>({ defaultValues: {} });
  const start = form.handleSubmit(async () => {
    const r = await run(() => answer(client.POST('/api/v1/retention/dry-run', { body: {} })));
    if (r) {
      setResult(r);
      await queryClient.invalidateQueries({ queryKey: ['retention', 'runs'] });
    }
  });
  return (
    <Panel title={t('retention.dryRun')}>
      <p>{t('retention.dryRunIntro')}</p>
      <form onSubmit={start}>
        <ErrorMessage error={error} />
        <button type="submit" disabled={busy}>
          {t('retention.dryRunStart')}
        </button>
      </form>
      {result && (
        <>
          <Counts counts={result.counts} />
          {result.items.length === 0 ? (
            <p>{t('retention.nothing')}</p>
          ) : (
            <table>
              <caption>{t('retention.wouldChange')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('retention.rule')}</th>
                  <th scope="col">{t('retention.record')}</th>
                  <th scope="col">{t('retention.change')}</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((i) => (
                  <tr key={`${i.rule}-${i.label}`}>
                    <td>{t(`retention.kind.${i.rule}.title`)}</td>
                    <td>{i.label}</td>
                    <td>{t(`retention.action.${i.action}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Panel>
  );
}

function Counts({ counts }: { counts: Record<string, number> }) {
  const { t } = useTranslation();
  return (
    <ul className="small">
      {Object.entries(counts).map(([rule, n]) => (
        <li key={rule}>
          {t(`retention.kind.${rule}.title`)}: {n}
        </li>
      ))}
    </ul>
  );
}

function RunsPanel() {
  const { t, i18n } = useTranslation();
  const runs = useRetentionRuns();
  return (
    <Panel title={t('retention.runs')}>
      <p>{t('retention.runsIntro')}</p>
      <QueryStatus query={runs} />
      {runs.data && runs.data.items.length === 0 && <p>{t('retention.noRuns')}</p>}
      {runs.data && (
        <ul className="record-list">
          {runs.data.items.map((r) => (
            <li key={r.id}>
              <p>
                {formatDateTime(r.startedAt, i18n.language)} · {t(r.dryRun ? 'retention.kindDry' : 'retention.kindApplied')} ·{' '}
                {r.actor ?? t('retention.worker')}
              </p>
              <Counts counts={r.counts} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

function HoldsPanel() {
  const { t, i18n } = useTranslation();
  const holds = useRetentionHolds();
  return (
    <Panel title={t('retention.holds')}>
      <p>{t('retention.holdsIntro')}</p>
      <QueryStatus query={holds} />
      {holds.data && holds.data.items.length === 0 && <p>{t('retention.noHolds')}</p>}
      {holds.data && (
        <ul className="record-list">
          {holds.data.items.map((h) => (
            <HoldItem key={h.id} hold={h} language={i18n.language} />
          ))}
        </ul>
      )}
    </Panel>
  );
}

type Hold = NonNullable<ReturnType<typeof useRetentionHolds>['data']>['items'][number];

function HoldItem({ hold: h, language }: { hold: Hold; language: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { form, busy, error, run } = useServerForm<Record<string, never>>({ defaultValues: {} });
  const release = form.handleSubmit(async () => {
    const r = await run(() => answer(client.POST('/api/v1/retention/holds/{id}/release', { params: { path: { id: h.id } }, body: {} })));
    if (r) await queryClient.invalidateQueries({ queryKey: ['retention'] });
  });
  return (
    <li>
      <p>
        {h.childCode ?? h.reportReference} · {formatDateTime(h.placedAt, language)} · {h.placedBy}
      </p>
      <p className="prewrap">{h.reason}</p>
      <form onSubmit={release}>
        <ErrorMessage error={error} />
        <button type="submit" disabled={busy}>
          {t('retention.release')}
        </button>
      </form>
    </li>
  );
}
