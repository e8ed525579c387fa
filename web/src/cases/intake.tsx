import { useMemo } from 'react';
import type { z } from 'zod';
import { FormProvider } from 'react-hook-form';
import { newChildInputSchema } from '../../../src/children/child.schemas.js';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../components/query-view.js';
import { useTitle } from '../components/use-title.js';
import { answer, client } from '../api/client.js';
import { ErrorMessage } from '../components/error-message.js';
import { PlacePicker } from '../components/pickers.js';
import type { Choice } from '../components/search-picker.js';
import { levelName } from '../labels.js';
import { Link, useNavigate } from 'react-router';
import { todayInKigali } from './dates.js';
import { CheckField, CheckGroup, Panel, RadioGroup, SelectField, TextField } from './fields.js';
import { HouseholdEditor, memberBody, type MemberDraft } from './household-editor.js';
import { sharedResolver, useServerForm } from '../components/server-form.js';
import { Fact } from './report-detail.js';
import type { ApiQuery, ReportDetail } from '../api/types.js';
import { useChildMatches, useReport } from '../api/queries.js';
import { useDebounced } from '../components/use-debounced.js';
import { options, term, terms, tierName } from './vocab.js';

type MatchQuery = ApiQuery<'/api/v1/children/matches'>;

// Framework step 4, intake: the case file opens for the child of a screened
// VENA report. Before a new child is created, the children Rinda already
// knows who may be this one are shown (one child, one file). A new child is
// checked in the browser by the server's own schema (newChildInputSchema):
// the form's fields are named as the body's `child`.

type Draft = {
  givenName: string;
  familyName: string;
  otherNames: string;
  sex: string;
  birth: 'date' | 'age';
  dateOfBirth: string;
  ageYears: string;
  disability: string[];
  disabilityNote: string;
  refugeeStatus: string;
  placeId: Choice | null;
  household: MemberDraft[];
  confirmNotDuplicate: boolean;
};

/** The body's `child` for a new child: what is left blank is not sent. */
function childBody(v: Draft) {
  const child: Record<string, unknown> = {
    givenName: v.givenName,
    sex: v.sex || undefined,
    disability: v.disability,
    refugeeStatus: v.refugeeStatus,
    placeId: v.placeId?.id,
    household: v.household.map(memberBody),
  };
  if (v.familyName.trim()) child.familyName = v.familyName;
  if (v.otherNames.trim()) child.otherNames = v.otherNames;
  if (v.birth === 'date' && v.dateOfBirth) child.dateOfBirth = v.dateOfBirth;
  if (v.birth === 'age' && v.ageYears !== '') child.ageYears = Number(v.ageYears);
  if (v.disabilityNote.trim()) child.disabilityNote = v.disabilityNote;
  return child;
}

/** The form's field for a path of the intake's body: the new child's own fields. */
const intakeField = (path: string) => (path.startsWith('child.') ? path.slice('child.'.length) : undefined);

export function IntakeScreen({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const query = useReport(reportId);
  const { data: report } = query;
  if (!report) return <QueryStatus query={query} />;
  if (report.view !== 'full') return <ErrorMessage error={new Error(t('errors.forbidden'))} />;
  return <IntakeForm report={report} />;
}

function IntakeForm({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  useTitle(t('intake.title'));
  const { form, busy, error, run, bind, bindValue, errorOf } = useServerForm<Draft, z.output<typeof newChildInputSchema>>({
    defaultValues: {
      givenName: '',
      familyName: '',
      otherNames: '',
      sex: report.child.sex === 'female' || report.child.sex === 'male' ? report.child.sex : '',
      birth: 'age',
      dateOfBirth: '',
      ageYears: report.child.ageYears !== null ? String(report.child.ageYears) : '',
      disability: [],
      disabilityNote: '',
      refugeeStatus: 'national',
      placeId: report.placeId.length === 8 ? { id: report.placeId, level: 5, label: `${report.placeName} · ${levelName(t, 5)}` } : null,
      household: [],
      confirmNotDuplicate: false,
    },
    resolver: sharedResolver(newChildInputSchema, t, childBody),
    fieldOf: intakeField,
  });
  const v = form.watch();

  // Likely matches, asked again as the names, sex, age or village change (once typing pauses).
  const asked: MatchQuery | null =
    v.givenName.trim().length > 0
      ? {
          givenName: v.givenName.trim(),
          familyName: v.familyName.trim() || undefined,
          otherNames: v.otherNames.trim() || undefined,
          sex: (v.sex || undefined) as MatchQuery['sex'],
          dateOfBirth: v.birth === 'date' ? v.dateOfBirth || undefined : undefined,
          ageYears: v.birth === 'age' && v.ageYears !== '' ? Number(v.ageYears) : undefined,
          placeId: v.placeId?.id,
        }
      : null;
  const settled = useDebounced(JSON.stringify(asked), 350);
  const matchQuery = useMemo(() => JSON.parse(settled) as MatchQuery | null, [settled]);
  const matchAnswer = useChildMatches(matchQuery);
  const matches = matchQuery ? (matchAnswer.data ?? null) : null;
  const matchError = matchAnswer.error;

  const navigate = useNavigate();
  async function open(body: Record<string, unknown>) {
    const r = await run(() => answer(client.POST('/api/v1/reports/{reportId}/intake', { params: { path: { reportId: report.id } }, body })));
    if (r) navigate(`/cases/${r.caseId}`);
  }

  const submitNew = form.handleSubmit((child) => open({ child, confirmNotDuplicate: form.getValues('confirmNotDuplicate') }));

  const s = report.screening;
  const likely = matches?.likelyDuplicate ?? false;
  return (
    <section aria-labelledby="intake-title">
      <p className="back">
        <Link to={`/reports/${report.id}`}>{t('reports.reportTitle', { reference: report.reference })}</Link>
      </p>
      <h1 id="intake-title">{t('intake.title')}</h1>
      <p className="muted">{t('intake.intro')}</p>
      <Panel title={t('intake.asReported')}>
        <dl className="facts">
          <Fact term={t('reports.childName')}>{report.child.name ?? '—'}</Fact>
          <Fact term={t('reports.childDescription')}>{report.child.description ?? '—'}</Fact>
          <Fact term={t('reports.childSex')}>{report.child.sex ? term(t, 'sexes', report.child.sex) : '—'}</Fact>
          <Fact term={t('reports.childAge')}>{report.child.ageYears ?? '—'}</Fact>
          <Fact term={t('reports.place')}>{report.placeName}</Fact>
          {s && <Fact term={t('cases.tierLabel')}>{`${tierName(t, s.tier)} · ${terms(t, 'caseTypes', s.caseTypes)}`}</Fact>}
        </dl>
      </Panel>

      <FormProvider {...form}>
        <form className="form" onSubmit={submitNew} aria-labelledby="intake-title">
          <fieldset className="subform">
            <legend>{t('intake.child')}</legend>
            <TextField label={t('intake.givenName')} required {...bind('givenName')} maxLength={100} />
            <TextField label={t('intake.familyName')} {...bind('familyName')} maxLength={100} />
            <TextField label={t('intake.otherNames')} {...bind('otherNames')} maxLength={100} />
            <RadioGroup legend={t('intake.sex')} required {...bindValue('sex')} options={options(t, 'sexes', ['female', 'male'])} />
            <RadioGroup
              legend={t('intake.birth')}
              {...bindValue('birth')}
              options={[
                { value: 'date', label: t('intake.birthKnown') },
                { value: 'age', label: t('intake.birthEstimated') },
              ]}
            />
            {v.birth === 'date' ? (
              <TextField label={t('intake.dateOfBirth')} type="date" required max={todayInKigali()} {...bind('dateOfBirth')} />
            ) : (
              <TextField label={t('intake.estimatedAge')} type="number" inputMode="numeric" required min={0} max={17} {...bind('ageYears')} />
            )}
            <PlacePicker label={t('intake.village')} hint={t('intake.villageHint')} levels={[5]} {...bindValue('placeId')} required />
            <CheckGroup legend={t('intake.disability')} hint={t('intake.disabilityHint')} options={options(t, 'disabilities')} {...bindValue('disability')} />
            {v.disability.length > 0 && <TextField label={t('intake.disabilityNote')} multiline rows={2} {...bind('disabilityNote')} maxLength={2000} />}
            <SelectField label={t('intake.refugeeStatus')} {...bind('refugeeStatus')} options={options(t, 'refugeeStatuses')} />
          </fieldset>

          <section className="panel" aria-labelledby="matches-title" aria-live="polite">
            <h2 id="matches-title">{t('intake.matchesTitle')}</h2>
            <ErrorMessage error={matchError} />
            {!matches && <p className="muted">{t('intake.matchesHint')}</p>}
            {matches && matches.items.length === 0 && <p>{t('intake.noMatches')}</p>}
            {matches && matches.items.length > 0 && (
              <>
                {likely && (
                  <div className="alert alert-warn" role="alert">
                    {t('intake.likelyWarning')}
                  </div>
                )}
                <ul className="match-list">
                  {matches.items.map((m) => (
                    <li key={m.childId} className={m.likely ? 'match likely' : 'match'}>
                      <p>
                        <strong>{[m.givenName, m.familyName, m.otherNames].filter(Boolean).join(' ')}</strong> · <code>{m.childCode}</code>
                        {m.likely && <span className="badge badge-warn">{t('intake.likely')}</span>}
                      </p>
                      <p className="small">
                        {term(t, 'sexes', m.sex)} ·{' '}
                        {m.dateOfBirth ? (m.birthDateEstimated ? t('intake.bornAbout', { date: m.dateOfBirth }) : m.dateOfBirth) : '—'}
                        {m.ageYears !== null && ` · ${t('cases.common.ageYears', { n: m.ageYears })}`} · {m.place.name} ·{' '}
                        {t('intake.caseCount', { n: m.caseCount })} · {t('intake.score', { score: m.score })}
                      </p>
                      <p className="small muted">{terms(t, 'matchReasons', m.reasons)}</p>
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() => void open({ childId: m.childId, ...(v.household.length > 0 && { household: v.household.map(memberBody) }) })}
                      >
                        {t('intake.useChild', { code: m.childCode })}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>

          <p className="muted small">{t('intake.householdHint')}</p>
          <HouseholdEditor errorOf={errorOf} />

          {likely && <CheckField label={t('intake.confirmNotDuplicate')} {...bind('confirmNotDuplicate')} />}
          <ErrorMessage error={error} />
          <p className="actions">
            <button type="submit" className="primary" disabled={busy || (likely && !v.confirmNotDuplicate)}>
              {t('intake.createNew')}
            </button>
          </p>
        </form>
      </FormProvider>
    </section>
  );
}
