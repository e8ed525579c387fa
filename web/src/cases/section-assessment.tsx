import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import { ErrorMessage } from '../components/error-message.js';
import { formatDateTime } from '../labels.js';
import { useCan } from './access.js';
import type { SectionProps } from './case-file.js';
import { todayInKigali } from './dates.js';
import { CheckGroup, Panel, SelectField, TextField, YesNoField } from './fields.js';
import { Fact } from './report-detail.js';
import { OPEN_STAGES } from './vocab.js';
import type { ApiBody, Assessment } from '../api/types.js';
import { useServerForm } from '../components/server-form.js';
import { LISTS, options, term, terms } from './vocab.js';

// Framework step 5: the assessment — the incident's facts, who the alleged
// perpetrator is to the child (a fixed list for the national statistics), the
// child's and family's strengths and needs by domain, disability, risk to
// siblings. It can be added to later: each addition is a new version and the
// earlier ones stay visible.

export function AssessmentSection({ file }: SectionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const [adding, setAdding] = useState(false);
  const latest = file.assessments[0] ?? null;
  const mayAdd = can('case:work') && OPEN_STAGES.includes(file.stage) && file.stage !== 'intake';
  return (
    <>
      {file.stage === 'intake' && <p className="alert alert-warn">{t('assessment.intakeFirst')}</p>}
      {mayAdd && !adding && (
        <p className="actions">
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            {latest ? t('assessment.addVersion') : t('assessment.start')}
          </button>
        </p>
      )}
      {mayAdd && adding && (
        <AssessmentForm
          caseId={file.id}
          from={latest}
          onCancel={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
          }}
        />
      )}
      {file.assessments.length === 0 ? <p>{t('assessment.none')}</p> : file.assessments.map((a, i) => <AssessmentView key={a.id} a={a} open={i === 0} />)}
    </>
  );
}

function AssessmentView({ a, open }: { a: Assessment; open: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <details className="panel version" open={open}>
      <summary>
        <strong>{t('assessment.version', { version: a.version })}</strong> · {formatDateTime(a.assessedAt, i18n.language)} · {a.assessedBy.fullName}
      </summary>
      <h3>{t('assessment.facts')}</h3>
      <p className="prewrap">{a.incidentFacts}</p>
      <dl className="facts">
        <Fact term={t('reports.incidentDate')}>{a.incidentDate ?? '—'}</Fact>
        <Fact term={t('reports.incidentPlace')}>{a.incidentPlace ?? '—'}</Fact>
        <Fact term={t('assessment.perpetratorRelationship')}>{term(t, 'perpetratorRelationships', a.perpetratorRelationship)}</Fact>
        <Fact term={t('assessment.perpetratorSex')}>{a.perpetratorSex ? term(t, 'sexes', a.perpetratorSex) : '—'}</Fact>
        <Fact term={t('assessment.perpetratorAgeGroup')}>{a.perpetratorAgeGroup ? t(`assessment.ageGroup.${a.perpetratorAgeGroup}`) : '—'}</Fact>
        <Fact term={t('assessment.perpetratorHasAccess')}>
          {a.perpetratorHasAccess === null ? '—' : a.perpetratorHasAccess ? t('common.yes') : t('common.no')}
        </Fact>
        <Fact term={t('assessment.siblingRisk')}>{term(t, 'siblingRisks', a.siblingRisk)}</Fact>
        <Fact term={t('intake.disability')}>{a.disability.length ? terms(t, 'disabilities', a.disability) : t('common.no')}</Fact>
      </dl>
      {a.siblingRiskNote && <p>{a.siblingRiskNote}</p>}
      {a.disabilityNote && <p>{a.disabilityNote}</p>}
      <h3>{t('assessment.domains')}</h3>
      <table className="responsive">
        <thead>
          <tr>
            <th scope="col">{t('assessment.domain')}</th>
            <th scope="col">{t('assessment.needLevel')}</th>
            <th scope="col">{t('assessment.strengths')}</th>
            <th scope="col">{t('assessment.needs')}</th>
          </tr>
        </thead>
        <tbody>
          {a.domains.map((d) => (
            <tr key={d.domain}>
              <td data-label={t('assessment.domain')}>{term(t, 'domains', d.domain)}</td>
              <td data-label={t('assessment.needLevel')}>{term(t, 'needLevels', d.needLevel)}</td>
              <td data-label={t('assessment.strengths')}>{d.strengths ?? '—'}</td>
              <td data-label={t('assessment.needs')}>{d.needs ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {a.summary && (
        <>
          <h3>{t('assessment.summary')}</h3>
          <p className="prewrap">{a.summary}</p>
        </>
      )}
    </details>
  );
}

type DomainDraft = { needLevel: string; strengths: string; needs: string };

type AssessmentBody = ApiBody<'/api/v1/cases/{id}/assessments', 'post'>;

const assessmentDraft = (from: Assessment | null) => ({
  incidentFacts: from?.incidentFacts ?? '',
  incidentDate: from?.incidentDate ?? '',
  incidentPlace: from?.incidentPlace ?? '',
  perpetratorRelationship: from?.perpetratorRelationship ?? '',
  perpetratorSex: from?.perpetratorSex ?? '',
  perpetratorAgeGroup: from?.perpetratorAgeGroup ?? '',
  perpetratorHasAccess: from?.perpetratorHasAccess ?? (null as boolean | null),
  disability: from?.disability ?? ([] as string[]),
  disabilityNote: from?.disabilityNote ?? '',
  siblingRisk: from?.siblingRisk ?? '',
  siblingRiskNote: from?.siblingRiskNote ?? '',
  summary: from?.summary ?? '',
  domains: Object.fromEntries(
    LISTS.domains.map((d) => {
      const old = from?.domains.find((x) => x.domain === d);
      return [d, { needLevel: old?.needLevel ?? '', strengths: old?.strengths ?? '', needs: old?.needs ?? '' }];
    }),
  ) as Record<string, DomainDraft>,
});
type AssessmentDraft = ReturnType<typeof assessmentDraft>;

function AssessmentForm({ caseId, from, onDone, onCancel }: { caseId: string; from: Assessment | null; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind, bindValue } = useServerForm<AssessmentDraft>({
    defaultValues: assessmentDraft(from),
    // The body lists the assessed domains only: its `domains.1` is the second domain given a need level.
    fieldOf: (path): string | undefined => {
      const m = /^domains\.(\d+)\.(\w+)$/.exec(path);
      const assessed = Object.entries(form.getValues('domains')).filter(([, d]) => d.needLevel);
      return m ? `domains.${assessed[Number(m[1])]?.[0]}.${m[2]}` : undefined;
    },
  });
  const v = { disability: form.watch('disability'), domains: form.watch('domains') };

  const submit = form.handleSubmit(async (v) => {
    // The selects offer the server's own codes (vocab.ts); a blank answer is left out (undefined is not sent).
    type Domain = AssessmentBody['domains'][number];
    const body: AssessmentBody = {
      incidentFacts: v.incidentFacts.trim(),
      perpetratorRelationship: v.perpetratorRelationship as AssessmentBody['perpetratorRelationship'],
      siblingRisk: v.siblingRisk as AssessmentBody['siblingRisk'],
      disability: v.disability as AssessmentBody['disability'],
      domains: Object.entries(v.domains)
        .filter(([, d]) => d.needLevel)
        .map(([domain, d]) => ({
          domain: domain as Domain['domain'],
          needLevel: d.needLevel as Domain['needLevel'],
          strengths: d.strengths.trim() || undefined,
          needs: d.needs.trim() || undefined,
        })),
      incidentDate: v.incidentDate || undefined,
      incidentPlace: v.incidentPlace.trim() || undefined,
      perpetratorSex: (v.perpetratorSex || undefined) as AssessmentBody['perpetratorSex'],
      perpetratorAgeGroup: (v.perpetratorAgeGroup || undefined) as AssessmentBody['perpetratorAgeGroup'],
      disabilityNote: v.disabilityNote.trim() || undefined,
      siblingRiskNote: v.siblingRiskNote.trim() || undefined,
      summary: v.summary.trim() || undefined,
      perpetratorHasAccess: v.perpetratorHasAccess ?? undefined,
    };
    const done = await run(() => answer(client.POST('/api/v1/cases/{id}/assessments', { params: { path: { id: caseId } }, body })));
    if (done) onDone();
  });

  return (
    <Panel title={from ? t('assessment.addVersion') : t('assessment.start')}>
      <form className="form" onSubmit={submit} aria-label={t('assessment.formTitle')}>
        <TextField label={t('assessment.facts')} hint={t('assessment.factsHint')} required multiline rows={6} {...bind('incidentFacts')} maxLength={20000} />
        <TextField label={t('reports.incidentDate')} type="date" max={todayInKigali()} {...bind('incidentDate')} />
        <TextField label={t('reports.incidentPlace')} {...bind('incidentPlace')} maxLength={500} />
        <fieldset className="subform">
          <legend>{t('assessment.perpetrator')}</legend>
          <SelectField
            label={t('assessment.perpetratorRelationship')}
            hint={t('assessment.perpetratorRelationshipHint')}
            required
            {...bind('perpetratorRelationship')}
            options={options(t, 'perpetratorRelationships')}
            empty={t('cases.common.choose')}
          />
          <SelectField label={t('assessment.perpetratorSex')} {...bind('perpetratorSex')} options={options(t, 'sexes')} empty={t('cases.common.notKnown')} />
          <SelectField
            label={t('assessment.perpetratorAgeGroup')}
            {...bind('perpetratorAgeGroup')}
            options={['child', 'adult', 'unknown'].map((g) => ({ value: g, label: t(`assessment.ageGroup.${g}`) }))}
            empty={t('cases.common.notKnown')}
          />
          <YesNoField legend={t('assessment.perpetratorHasAccess')} {...bindValue('perpetratorHasAccess')} allowUnknown />
        </fieldset>
        <fieldset className="subform">
          <legend>{t('assessment.domains')}</legend>
          <p className="hint">{t('assessment.domainsHint')}</p>
          {LISTS.domains.map((d) => (
            <fieldset key={d} className="subform nested">
              <legend>{term(t, 'domains', d)}</legend>
              <SelectField
                label={t('assessment.needLevelOf', { domain: term(t, 'domains', d) })}
                {...bind(`domains.${d}.needLevel`)}
                options={options(t, 'needLevels')}
                empty={t('assessment.notAssessed')}
              />
              {v.domains[d]?.needLevel && (
                <>
                  <TextField
                    label={t('assessment.strengthsOf', { domain: term(t, 'domains', d) })}
                    multiline
                    rows={2}
                    {...bind(`domains.${d}.strengths`)}
                    maxLength={4000}
                  />
                  <TextField
                    label={t('assessment.needsOf', { domain: term(t, 'domains', d) })}
                    multiline
                    rows={2}
                    {...bind(`domains.${d}.needs`)}
                    maxLength={4000}
                  />
                </>
              )}
            </fieldset>
          ))}
        </fieldset>
        <CheckGroup legend={t('intake.disability')} options={options(t, 'disabilities')} {...bindValue('disability')} />
        {v.disability.length > 0 && <TextField label={t('intake.disabilityNote')} multiline rows={2} {...bind('disabilityNote')} maxLength={4000} />}
        <SelectField
          label={t('assessment.siblingRisk')}
          required
          {...bind('siblingRisk')}
          options={options(t, 'siblingRisks')}
          empty={t('cases.common.choose')}
        />
        <TextField label={t('assessment.siblingRiskNote')} multiline rows={2} {...bind('siblingRiskNote')} maxLength={4000} />
        <TextField label={t('assessment.summary')} multiline rows={3} {...bind('summary')} maxLength={8000} />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('assessment.submit')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </p>
      </form>
    </Panel>
  );
}
