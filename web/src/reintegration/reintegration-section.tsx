import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import type { ApiAnswer } from '../api/types.js';
import { ErrorMessage } from '../components/error-message.js';
import { PlacePicker } from '../components/pickers.js';
import { useServerForm } from '../components/server-form.js';
import { QueryStatus } from '../components/query-view.js';
import { useCan } from '../cases/access.js';
import type { SectionProps } from '../cases/case-file.js';
import { todayInKigali } from '../cases/dates.js';
import { Panel, SelectField, TextField, YesNoField } from '../cases/fields.js';

// Family tracing and the stages of reintegration on the case file
// (docs/reintegration.md): the attempt's stages in order, the leads and
// attempts of tracing, the two assessors' parts, and a failure with its reason.

type Attempt = ApiAnswer<'/api/v1/cases/{id}/reintegrations'>['items'][number];
type Lead = Attempt['leads'][number];

const STAGES = ['tracing', 'assessment', 'planning', 'first_contact', 'reunification', 'post_support', 'closure'] as const;
const RELATIONSHIPS = ['mother', 'father', 'grandparent', 'aunt_uncle', 'sibling', 'other_relative', 'neighbour', 'community_leader', 'other'];
const METHODS = ['home_visit', 'phone_call', 'izu_enquiry', 'local_leader', 'radio_announcement', 'other'];
const OUTCOMES = ['family_found', 'family_moved', 'not_known_there', 'no_answer', 'family_refuses_contact', 'other'];
const REASONS = ['family_not_found', 'family_not_safe', 'family_refuses', 'child_refuses', 'not_in_best_interests', 'placement_broke_down', 'other'];

const opts = (t: (k: string) => string, group: string, codes: readonly string[]) => codes.map((c) => ({ value: c, label: t(`reintegration.${group}.${c}`) }));

export function useReintegrations(caseId: string) {
  return useQuery({
    queryKey: ['case', caseId, 'reintegrations'],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/cases/{id}/reintegrations', { params: { path: { id: caseId } }, signal })),
  });
}

export function ReintegrationSection({ file }: SectionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const query = useReintegrations(file.id);
  const items = query.data?.items ?? [];
  const current = items.find((r) => r.status === 'in_progress');
  return (
    <>
      <QueryStatus query={query} />
      {query.data && !current && can('case:work') && <StartForm caseId={file.id} />}
      {query.data && items.length === 0 && <p>{t('reintegration.none')}</p>}
      {items.map((r) => (
        <AttemptPanel key={r.id} caseId={file.id} r={r} myPart={query.data!.myAssessmentPart} work={can('case:work') && r.status === 'in_progress'} />
      ))}
    </>
  );
}

function StartForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind } = useServerForm({ defaultValues: { startedOn: todayInKigali() } });
  const submit = form.handleSubmit((body) => run(() => answer(client.POST('/api/v1/cases/{id}/reintegrations', { params: { path: { id: caseId } }, body }))));
  return (
    <Panel title={t('reintegration.start')}>
      <form className="form" onSubmit={submit} aria-label={t('reintegration.start')}>
        <TextField label={t('reintegration.startedOn')} type="date" required max={todayInKigali()} {...bind('startedOn')} />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('reintegration.startSubmit')}
          </button>
        </p>
      </form>
    </Panel>
  );
}

function AttemptPanel({ caseId, r, myPart, work }: { caseId: string; r: Attempt; myPart: 'social' | 'psychological'; work: boolean }) {
  const { t } = useTranslation();
  return (
    <Panel title={`${t('reintegration.attempt', { date: r.startedOn })} · ${t(`reintegration.status.${r.status}`)}`}>
      <ol className="record-list" aria-label={t('reintegration.stagesLabel')}>
        {STAGES.map((s) => {
          const done = r.stages.find((x) => x.stage === s);
          const failedHere = r.failure?.stage === s;
          return (
            <li key={s} data-stage={s} aria-current={r.currentStage === s ? 'step' : undefined}>
              <strong>{t(`reintegration.stage.${s}`)}</strong>
              {done && ` · ${t('reintegration.doneOn', { date: done.completedOn, name: done.doneBy.fullName })}`}
              {r.currentStage === s && ` · ${t('reintegration.current')}`}
              {failedHere && r.failure && (
                <span className="error-text">
                  {' · '}
                  {t('reintegration.failedHere', { reason: t(`reintegration.reason.${r.failure.reason}`), name: r.failure.by.fullName })}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {r.failure?.note && <p className="prewrap">{r.failure.note}</p>}

      <h3>{t('reintegration.tracing')}</h3>
      {r.leads.length === 0 && <p>{t('reintegration.noLeads')}</p>}
      <ul className="record-list">
        {r.leads.map((l) => (
          <LeadItem key={l.id} caseId={caseId} rid={r.id} lead={l} work={work && r.currentStage === 'tracing'} />
        ))}
      </ul>
      {work && r.currentStage === 'tracing' && <LeadForm caseId={caseId} rid={r.id} />}

      {r.assessments.length > 0 && <h3>{t('reintegration.assessments')}</h3>}
      <ul className="record-list">
        {r.assessments.map((a) => (
          <li key={a.id}>
            <strong>{t(`reintegration.part.${a.part}`)}</strong> · {a.assessor.fullName} · {a.assessedOn} ·{' '}
            {a.familySafe ? t('reintegration.familySafe') : t('reintegration.familyNotSafe')}
            {(['social', 'economic', 'community', 'emotional', 'attachment', 'behaviour'] as const).map(
              (k) =>
                a[k] && (
                  <p key={k} className="prewrap">
                    <em>{t(`reintegration.area.${k}`)}:</em> {a[k]}
                  </p>
                ),
            )}
            <p className="prewrap">
              <em>{t('reintegration.recommendation')}:</em> {a.recommendation}
            </p>
          </li>
        ))}
      </ul>
      {work && r.currentStage === 'assessment' && !r.assessments.some((a) => a.part === myPart) && <AssessmentForm caseId={caseId} rid={r.id} part={myPart} />}
      {work && r.currentStage && <StageForm caseId={caseId} rid={r.id} stage={r.currentStage} />}
      {work && <FailureForm caseId={caseId} rid={r.id} />}
    </Panel>
  );
}

function LeadItem({ caseId, rid, lead, work }: { caseId: string; rid: string; lead: Lead; work: boolean }) {
  const { t } = useTranslation();
  return (
    <li>
      <p>
        <strong>{lead.personName ?? t('reintegration.hidden')}</strong> · {t(`reintegration.relationship.${lead.relationship}`)} ·{' '}
        {lead.placeName ?? lead.districtName}
        {lead.phone && ` · ${lead.phone}`}
      </p>
      {lead.directions && <p className="small">{lead.directions}</p>}
      {lead.visitTaskId && <p className="small muted">{t('reintegration.izuAsked')}</p>}
      <ul>
        {lead.attempts.map((a) => (
          <li key={a.id}>
            {a.attemptedOn} · {a.attemptedBy.fullName} · {t(`reintegration.method.${a.method}`)} · <strong>{t(`reintegration.outcome.${a.outcome}`)}</strong>
            {a.note && ` · ${a.note}`}
          </li>
        ))}
      </ul>
      {work && <AttemptForm caseId={caseId} rid={rid} leadId={lead.id} />}
      {work && !lead.visitTaskId && <AskIzuForm caseId={caseId} rid={rid} leadId={lead.id} />}
    </li>
  );
}

function LeadForm({ caseId, rid }: { caseId: string; rid: string }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind, bindValue } = useServerForm({
    defaultValues: { personName: '', relationship: '', phone: '', place: null as { id: string; label: string } | null, directions: '' },
    fieldOf: (p) => (p === 'placeId' ? 'place' : p),
  });
  const submit = form.handleSubmit(async (v) => {
    const body = {
      personName: v.personName,
      relationship: v.relationship as 'other',
      placeId: v.place?.id ?? '',
      ...(v.phone.trim() && { phone: v.phone }),
      ...(v.directions.trim() && { directions: v.directions }),
    };
    const r = await run(() =>
      answer(client.POST('/api/v1/cases/{id}/reintegrations/{reintegrationId}/leads', { params: { path: { id: caseId, reintegrationId: rid } }, body })),
    );
    if (r) form.reset();
  });
  return (
    <form className="form" onSubmit={submit} aria-label={t('reintegration.addLead')}>
      <h4>{t('reintegration.addLead')}</h4>
      <TextField label={t('reintegration.personName')} required {...bind('personName')} maxLength={200} />
      <SelectField
        label={t('reintegration.relationshipLabel')}
        required
        {...bind('relationship')}
        options={opts(t, 'relationship', RELATIONSHIPS)}
        empty={t('cases.common.choose')}
      />
      <TextField label={t('reintegration.phone')} type="tel" {...bind('phone')} maxLength={20} />
      <PlacePicker label={t('reintegration.place')} hint={t('reintegration.placeHint')} levels={[2, 3, 4, 5]} required {...bindValue('place')} />
      <TextField label={t('reintegration.directions')} multiline rows={2} {...bind('directions')} maxLength={1000} />
      <ErrorMessage error={error} />
      <p className="actions">
        <button type="submit" disabled={busy}>
          {t('reintegration.addLeadSubmit')}
        </button>
      </p>
    </form>
  );
}

function AttemptForm({ caseId, rid, leadId }: { caseId: string; rid: string; leadId: string }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind } = useServerForm({ defaultValues: { attemptedOn: todayInKigali(), method: '', outcome: '', note: '' } });
  const submit = form.handleSubmit(async (v) => {
    const body = { attemptedOn: v.attemptedOn, method: v.method as 'other', outcome: v.outcome as 'other', ...(v.note.trim() && { note: v.note }) };
    const r = await run(() =>
      answer(
        client.POST('/api/v1/cases/{id}/reintegrations/{reintegrationId}/leads/{leadId}/attempts', {
          params: { path: { id: caseId, reintegrationId: rid, leadId } },
          body,
        }),
      ),
    );
    if (r) form.reset();
  });
  return (
    <form className="form" onSubmit={submit} aria-label={t('reintegration.addAttempt')}>
      <h4>{t('reintegration.addAttempt')}</h4>
      <TextField label={t('reintegration.attemptedOn')} type="date" required max={todayInKigali()} {...bind('attemptedOn')} />
      <SelectField label={t('reintegration.methodLabel')} required {...bind('method')} options={opts(t, 'method', METHODS)} empty={t('cases.common.choose')} />
      <SelectField
        label={t('reintegration.outcomeLabel')}
        required
        {...bind('outcome')}
        options={opts(t, 'outcome', OUTCOMES)}
        empty={t('cases.common.choose')}
      />
      <TextField label={t('reintegration.note')} multiline rows={2} {...bind('note')} maxLength={2000} />
      <ErrorMessage error={error} />
      <p className="actions">
        <button type="submit" disabled={busy}>
          {t('reintegration.addAttemptSubmit')}
        </button>
      </p>
    </form>
  );
}

function AskIzuForm({ caseId, rid, leadId }: { caseId: string; rid: string; leadId: string }) {
  const { t } = useTranslation();
  const path = { id: caseId, reintegrationId: rid, leadId };
  const izus = useQuery({
    queryKey: ['case', caseId, 'reintegrations', 'izus', leadId],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/cases/{id}/reintegrations/{reintegrationId}/leads/{leadId}/izus', { params: { path }, signal })),
  });
  const { form, busy, error, run, bind } = useServerForm({ defaultValues: { izuUserId: '', dueDate: '', purpose: '' } });
  const submit = form.handleSubmit((body) =>
    run(() => answer(client.POST('/api/v1/cases/{id}/reintegrations/{reintegrationId}/leads/{leadId}/izu-request', { params: { path }, body }))),
  );
  if (izus.data && izus.data.items.length === 0) return null;
  return (
    <form className="form" onSubmit={submit} aria-label={t('reintegration.askIzu')}>
      <h4>{t('reintegration.askIzu')}</h4>
      <SelectField
        label={t('reintegration.izu')}
        required
        {...bind('izuUserId')}
        options={(izus.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.fullName} · ${u.jurisdictionName}` }))}
        empty={t('cases.common.choose')}
      />
      <TextField label={t('reintegration.dueDate')} type="date" required min={todayInKigali()} {...bind('dueDate')} />
      <TextField label={t('reintegration.purpose')} hint={t('reintegration.purposeHint')} required multiline rows={2} {...bind('purpose')} maxLength={500} />
      <ErrorMessage error={error} />
      <p className="actions">
        <button type="submit" disabled={busy}>
          {t('reintegration.askIzuSubmit')}
        </button>
      </p>
    </form>
  );
}

function AssessmentForm({ caseId, rid, part }: { caseId: string; rid: string; part: 'social' | 'psychological' }) {
  const { t } = useTranslation();
  const areas = part === 'social' ? (['social', 'economic', 'community'] as const) : (['emotional', 'attachment', 'behaviour'] as const);
  const { form, busy, error, run, bind, bindValue } = useServerForm({
    defaultValues: { assessedOn: todayInKigali(), a0: '', a1: '', a2: '', familySafe: null as boolean | null, recommendation: '' },
    fieldOf: (p) => (areas.indexOf(p as never) >= 0 ? `a${areas.indexOf(p as never)}` : p),
  });
  const submit = form.handleSubmit((v) =>
    run(() =>
      answer(
        client.POST('/api/v1/cases/{id}/reintegrations/{reintegrationId}/assessments', {
          params: { path: { id: caseId, reintegrationId: rid } },
          body: {
            part,
            assessedOn: v.assessedOn,
            [areas[0]]: v.a0,
            [areas[1]]: v.a1,
            [areas[2]]: v.a2,
            familySafe: v.familySafe ?? true,
            recommendation: v.recommendation,
          },
        }),
      ),
    ),
  );
  const title = t(`reintegration.assess.${part}`);
  return (
    <form className="form" onSubmit={submit} aria-label={title}>
      <h4>{title}</h4>
      <TextField label={t('reintegration.assessedOn')} type="date" required max={todayInKigali()} {...bind('assessedOn')} />
      <TextField label={t(`reintegration.area.${areas[0]}`)} required multiline rows={3} {...bind('a0')} maxLength={4000} />
      <TextField label={t(`reintegration.area.${areas[1]}`)} required multiline rows={3} {...bind('a1')} maxLength={4000} />
      <TextField label={t(`reintegration.area.${areas[2]}`)} required multiline rows={3} {...bind('a2')} maxLength={4000} />
      <YesNoField legend={t('reintegration.familySafeQuestion')} {...bindValue('familySafe')} />
      <TextField label={t('reintegration.recommendation')} required multiline rows={2} {...bind('recommendation')} maxLength={4000} />
      <ErrorMessage error={error} />
      <p className="actions">
        <button type="submit" disabled={busy || form.watch('familySafe') === null}>
          {t('reintegration.assessSubmit')}
        </button>
      </p>
    </form>
  );
}

function StageForm({ caseId, rid, stage }: { caseId: string; rid: string; stage: (typeof STAGES)[number] }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind } = useServerForm({ defaultValues: { completedOn: todayInKigali(), note: '' } });
  const submit = form.handleSubmit(async (v) => {
    const r = await run(() =>
      answer(
        client.POST('/api/v1/cases/{id}/reintegrations/{reintegrationId}/stages', {
          params: { path: { id: caseId, reintegrationId: rid } },
          body: { stage, completedOn: v.completedOn, ...(v.note.trim() && { note: v.note }) },
        }),
      ),
    );
    if (r) form.reset();
  });
  const title = t('reintegration.completeStage', { stage: t(`reintegration.stage.${stage}`) });
  return (
    <form className="form" onSubmit={submit} aria-label={title}>
      <h4>{title}</h4>
      <TextField label={t('reintegration.completedOn')} type="date" required max={todayInKigali()} {...bind('completedOn')} />
      <TextField label={t('reintegration.note')} multiline rows={2} {...bind('note')} maxLength={4000} />
      <ErrorMessage error={error} />
      <p className="actions">
        <button type="submit" disabled={busy}>
          {t('reintegration.completeSubmit')}
        </button>
      </p>
    </form>
  );
}

function FailureForm({ caseId, rid }: { caseId: string; rid: string }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind } = useServerForm({ defaultValues: { reason: '', note: '' } });
  const submit = form.handleSubmit((v) =>
    run(() =>
      answer(
        client.POST('/api/v1/cases/{id}/reintegrations/{reintegrationId}/failure', {
          params: { path: { id: caseId, reintegrationId: rid } },
          body: { reason: v.reason as 'other', note: v.note },
        }),
      ),
    ),
  );
  return (
    <form className="form" onSubmit={submit} aria-label={t('reintegration.fail')}>
      <h4>{t('reintegration.fail')}</h4>
      <p className="small muted">{t('reintegration.failHint')}</p>
      <SelectField label={t('reintegration.reasonLabel')} required {...bind('reason')} options={opts(t, 'reason', REASONS)} empty={t('cases.common.choose')} />
      <TextField label={t('reintegration.failNote')} required multiline rows={2} {...bind('note')} maxLength={2000} />
      <ErrorMessage error={error} />
      <p className="actions">
        <button type="submit" className="danger" disabled={busy}>
          {t('reintegration.failSubmit')}
        </button>
      </p>
    </form>
  );
}
