import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { answer, client } from '../api/client.js';
import { useVillageReports } from '../api/queries.js';
import type { MonthlyReportBody, VillageReports } from '../api/types.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { QueryView } from '../components/query-view.js';
import { useServerForm } from '../components/server-form.js';
import { useTitle } from '../components/use-title.js';
import { SelectField, TextField } from '../cases/fields.js';
import { formatDateTime } from '../labels.js';
import { useMe } from '../session.js';
import {
  AT_RISK_CATEGORIES,
  CONCERNS_MAX_LENGTH,
  INCIDENT_TYPES,
  MONTHLY_REPORT_COUNTS,
  MONTHLY_REPORT_MAX_COUNT,
} from '../../../src/community/monthly-report.content.js';

// The monthly report form (issue 13): one column, big number fields, made for
// a phone. An IZU sends their village's report; a cell coordinator types a
// pair's paper form (the village comes in the address, from the roll-up).

type Counts = Record<string, string>;
type Draft = {
  month: string;
  householdsVisited: string;
  resolvedInCommunity: string;
  referralsMade: string;
  followUpVisits: string;
  childrenAtRisk: Counts;
  incidents: Counts;
  concerns: string;
};

/** The last six months up to the one in progress in Kigali, newest first ('YYYY-MM'). */
function recentMonths(): string[] {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Kigali', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number];
  return Array.from({ length: 6 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

const count = (s: string) => (s.trim() === '' ? 0 : Number(s));
const counts = (c: Counts) =>
  Object.fromEntries(
    Object.entries(c)
      .filter(([, v]) => v.trim() !== '' && Number(v) !== 0)
      .map(([k, v]) => [k, Number(v)]),
  );

export function MonthlyReportForm() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const paper = me.permissions.includes('izu_report:enter_paper');
  const mayReport = paper || me.permissions.includes('izu_report:submit');
  const villageId = params.get('villageId') ?? undefined;
  const month = params.get('month') ?? undefined;
  const village = useVillageReports({ villageId: paper ? villageId : undefined, month });
  useTitle(t(paper ? 'monthly.paperTitle' : 'monthly.formTitle'));
  return (
    <section aria-labelledby="monthly-form-title" className="narrow">
      {paper && (
        <p className="back">
          <Link to={`/izu/monthly-reports?placeId=${(villageId ?? '').slice(0, 6)}${month ? `&month=${month}` : ''}`}>← {t('monthly.rollupTitle')}</Link>
        </p>
      )}
      <h1 id="monthly-form-title">{t(paper ? 'monthly.paperTitle' : 'monthly.formTitle')}</h1>
      {!mayReport ? (
        <p>{t('errors.forbidden')}</p>
      ) : paper && !villageId ? (
        <p>{t('monthly.chooseVillage')}</p>
      ) : (
        <QueryView query={village}>
          {(data) => (
            <ReportForm
              key={data.village.id + data.month}
              data={data}
              paper={paper}
              onMonth={(m) =>
                setParams((p) => {
                  const next = new URLSearchParams(p);
                  next.set('month', m);
                  return next;
                })
              }
            />
          )}
        </QueryView>
      )}
    </section>
  );
}

function ReportForm({ data, paper, onMonth }: { data: VillageReports; paper: boolean; onMonth: (month: string) => void }) {
  const { t, i18n } = useTranslation();
  const [sent, setSent] = useState<{ replaced: boolean; month: string } | null>(null);
  const { form, bind, run, busy, error } = useServerForm<Draft>({
    defaultValues: {
      month: data.month,
      householdsVisited: '',
      resolvedInCommunity: '',
      referralsMade: '',
      followUpVisits: '',
      childrenAtRisk: {},
      incidents: {},
      concerns: '',
    },
  });
  const months = recentMonths();
  const submit = form.handleSubmit(async (d) => {
    setSent(null);
    const body: MonthlyReportBody = {
      month: d.month,
      ...(paper && { villageId: data.village.id }),
      householdsVisited: count(d.householdsVisited),
      childrenAtRisk: counts(d.childrenAtRisk),
      incidents: counts(d.incidents),
      resolvedInCommunity: count(d.resolvedInCommunity),
      referralsMade: count(d.referralsMade),
      followUpVisits: count(d.followUpVisits),
      ...(d.concerns.trim() && { concerns: d.concerns.trim() }),
    };
    const path = paper ? '/api/v1/izu/monthly-reports/paper' : '/api/v1/izu/monthly-reports';
    const done = await run(() => answer(client.POST(path, { body })));
    if (done) setSent({ replaced: done.replaced, month: done.month });
  });
  const number = (name: Parameters<typeof bind>[0], label: string, hint?: string) => (
    <TextField key={name} label={label} hint={hint} type="number" inputMode="numeric" min={0} max={MONTHLY_REPORT_MAX_COUNT} {...bind(name)} />
  );
  return (
    <>
      <p className="summary">
        {data.village.name} · {t('levels.5')} <span className="muted small">({data.village.label})</span>
      </p>
      {sent && (
        <Notice>
          {t(sent.replaced ? 'monthly.sentReplaced' : 'monthly.sent', { month: sent.month })} {paper && t('monthly.enteredOnBehalf')}
        </Notice>
      )}
      {data.current && !sent && (
        <p className="alert" data-testid="report-on-record">
          {t('monthly.onRecord', { month: data.month, date: formatDateTime(String(data.current.receivedAt), i18n.language) })}
        </p>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <SelectField
          label={t('monthly.month')}
          hint={t('monthly.deadline', { date: data.deadline })}
          options={months.map((m) => ({ value: m, label: m }))}
          value={data.month}
          onChange={onMonth}
          error={bind('month').error}
        />
        {number('householdsVisited', t('monthly.fields.householdsVisited'), t('monthly.hints.householdsVisited'))}
        <fieldset>
          <legend>{t('monthly.fields.childrenAtRisk')}</legend>
          <p className="hint">{t('monthly.hints.childrenAtRisk')}</p>
          {AT_RISK_CATEGORIES.map((c) => number(`childrenAtRisk.${c}`, t(`vocab.nonVenaNeeds.${c}`)))}
        </fieldset>
        <fieldset>
          <legend>{t('monthly.fields.incidents')}</legend>
          <p className="hint">{t('monthly.hints.incidents')}</p>
          {INCIDENT_TYPES.map((c) => number(`incidents.${c}`, t(`vocab.caseTypes.${c}`)))}
        </fieldset>
        {MONTHLY_REPORT_COUNTS.filter((c) => c !== 'householdsVisited').map((c) => number(c, t(`monthly.fields.${c}`), t(`monthly.hints.${c}`)))}
        <TextField
          label={t('monthly.fields.concerns')}
          hint={t('monthly.hints.concerns')}
          multiline
          rows={3}
          maxLength={CONCERNS_MAX_LENGTH}
          {...bind('concerns')}
        />
        <button type="submit" className="primary" disabled={busy}>
          {t(paper ? 'monthly.submitPaper' : 'monthly.submit')}
        </button>
      </form>
      <ErrorMessage error={error} labelOf={(path) => (path.startsWith('month') ? t('monthly.month') : undefined)} />
    </>
  );
}
