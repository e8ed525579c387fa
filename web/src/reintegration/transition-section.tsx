import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import type { ApiAnswer } from '../api/types.js';
import { ErrorMessage } from '../components/error-message.js';
import { useServerForm } from '../components/server-form.js';
import { QueryStatus } from '../components/query-view.js';
import { useCan } from '../cases/access.js';
import type { SectionProps } from '../cases/case-file.js';
import { todayInKigali } from '../cases/dates.js';
import { Panel, SelectField, TextField } from '../cases/fields.js';

// A care leaver's transition plan (housing, work, education, a safe adult),
// the support given under it (also after 18), and its closure.

type Plan = ApiAnswer<'/api/v1/cases/{id}/transition-plans'>['items'][number];
const AREAS = ['housing', 'work', 'education', 'safe_adult', 'other'];

export function TransitionSection({ file }: SectionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const query = useQuery({
    queryKey: ['case', file.id, 'transition-plans'],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/cases/{id}/transition-plans', { params: { path: { id: file.id } }, signal })),
  });
  const items = query.data?.items ?? [];
  const open = items.find((p) => p.status === 'open');
  return (
    <>
      <QueryStatus query={query} />
      {query.data && !open && can('case:work') && <PlanForm caseId={file.id} />}
      {query.data && items.length === 0 && <p>{t('transition.none')}</p>}
      {items.map((p) => (
        <PlanPanel key={p.id} caseId={file.id} plan={p} work={can('case:work') && p.status === 'open'} />
      ))}
    </>
  );
}

function PlanForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind } = useServerForm({ defaultValues: { housing: '', work: '', education: '', safeAdultName: '', safeAdultPhone: '' } });
  const submit = form.handleSubmit((v) =>
    run(() =>
      answer(
        client.POST('/api/v1/cases/{id}/transition-plans', {
          params: { path: { id: caseId } },
          body: {
            housing: v.housing,
            work: v.work,
            education: v.education,
            safeAdultName: v.safeAdultName,
            ...(v.safeAdultPhone.trim() && { safeAdultPhone: v.safeAdultPhone }),
          },
        }),
      ),
    ),
  );
  return (
    <Panel title={t('transition.add')}>
      <form className="form" onSubmit={submit} aria-label={t('transition.add')}>
        <p className="small muted">{t('transition.intro')}</p>
        <TextField label={t('transition.housing')} required multiline rows={2} {...bind('housing')} maxLength={2000} />
        <TextField label={t('transition.work')} required multiline rows={2} {...bind('work')} maxLength={2000} />
        <TextField label={t('transition.education')} required multiline rows={2} {...bind('education')} maxLength={2000} />
        <TextField label={t('transition.safeAdultName')} required {...bind('safeAdultName')} maxLength={200} />
        <TextField label={t('transition.safeAdultPhone')} type="tel" {...bind('safeAdultPhone')} maxLength={20} />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('transition.submit')}
          </button>
        </p>
      </form>
    </Panel>
  );
}

function PlanPanel({ caseId, plan, work }: { caseId: string; plan: Plan; work: boolean }) {
  const { t } = useTranslation();
  return (
    <Panel title={`${t('transition.title')} · ${t(`transition.status.${plan.status}`)}`}>
      <dl className="facts">
        <dt>{t('transition.housing')}</dt>
        <dd className="prewrap">{plan.housing}</dd>
        <dt>{t('transition.work')}</dt>
        <dd className="prewrap">{plan.work}</dd>
        <dt>{t('transition.education')}</dt>
        <dd className="prewrap">{plan.education}</dd>
        <dt>{t('transition.safeAdultName')}</dt>
        <dd>{plan.safeAdultName ? `${plan.safeAdultName}${plan.safeAdultPhone ? ` · ${plan.safeAdultPhone}` : ''}` : t('reintegration.hidden')}</dd>
      </dl>
      <p className="small muted">
        {plan.createdBy.fullName} · {plan.createdAt.slice(0, 10)}
      </p>
      <h3>{t('transition.support')}</h3>
      {plan.support.length === 0 && <p>{t('transition.noSupport')}</p>}
      <ul className="record-list">
        {plan.support.map((s) => (
          <li key={s.id}>
            <strong>{t(`transition.area.${s.area}`)}</strong> · {s.givenOn} · {s.givenBy.fullName}
            <p className="prewrap">{s.note}</p>
          </li>
        ))}
      </ul>
      {plan.status === 'closed' && (
        <p>
          {t('transition.closedOn', { date: plan.closedOn, name: plan.closedBy?.fullName ?? '' })} {plan.closureNote}
        </p>
      )}
      {work && <SupportForm caseId={caseId} planId={plan.id} />}
      {work && <CloseForm caseId={caseId} planId={plan.id} />}
    </Panel>
  );
}

function SupportForm({ caseId, planId }: { caseId: string; planId: string }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind } = useServerForm({ defaultValues: { area: '', givenOn: todayInKigali(), note: '' } });
  const submit = form.handleSubmit(async (v) => {
    const r = await run(() =>
      answer(
        client.POST('/api/v1/cases/{id}/transition-plans/{planId}/support', {
          params: { path: { id: caseId, planId } },
          body: { area: v.area as 'other', givenOn: v.givenOn, note: v.note },
        }),
      ),
    );
    if (r) form.reset();
  });
  return (
    <form className="form" onSubmit={submit} aria-label={t('transition.addSupport')}>
      <h4>{t('transition.addSupport')}</h4>
      <SelectField
        label={t('transition.areaLabel')}
        required
        {...bind('area')}
        options={AREAS.map((a) => ({ value: a, label: t(`transition.area.${a}`) }))}
        empty={t('cases.common.choose')}
      />
      <TextField label={t('transition.givenOn')} type="date" required max={todayInKigali()} {...bind('givenOn')} />
      <TextField label={t('transition.supportNote')} required multiline rows={2} {...bind('note')} maxLength={2000} />
      <ErrorMessage error={error} />
      <p className="actions">
        <button type="submit" disabled={busy}>
          {t('transition.addSupportSubmit')}
        </button>
      </p>
    </form>
  );
}

function CloseForm({ caseId, planId }: { caseId: string; planId: string }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind } = useServerForm({ defaultValues: { closedOn: todayInKigali(), note: '' } });
  const submit = form.handleSubmit((body) =>
    run(() => answer(client.POST('/api/v1/cases/{id}/transition-plans/{planId}/closure', { params: { path: { id: caseId, planId } }, body }))),
  );
  return (
    <form className="form" onSubmit={submit} aria-label={t('transition.close')}>
      <h4>{t('transition.close')}</h4>
      <TextField label={t('transition.closedOnLabel')} type="date" required max={todayInKigali()} {...bind('closedOn')} />
      <TextField label={t('transition.closeNote')} required multiline rows={2} {...bind('note')} maxLength={2000} />
      <ErrorMessage error={error} />
      <p className="actions">
        <button type="submit" disabled={busy}>
          {t('transition.closeSubmit')}
        </button>
      </p>
    </form>
  );
}
