import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../components/query-view.js';
import { answer, client } from '../api/client.js';
import { ErrorMessage } from '../components/error-message.js';
import type { Choice } from '../components/search-picker.js';
import { formatDateTime } from '../labels.js';
import { useCan } from './access.js';
import type { SectionProps } from './case-file.js';
import { CaseUserPicker } from './case-people.js';
import { addDaysTo, formatDate, todayInKigali } from './dates.js';
import { Panel, SelectField, TextField } from './fields.js';
import { OPEN_STAGES } from './vocab.js';
import type { ApiBody, Plan } from '../api/types.js';
import { usePlanVersion, useWrite } from '../api/queries.js';
import { options, term } from './vocab.js';

// Framework step 6: the case plan — measurable goals, each with actions, who
// is responsible (a person or a provider), by when, and their status; and the
// date the plan is reviewed. Each save is a new version; earlier versions stay.

export function PlanSection({ file }: SectionProps) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [editing, setEditing] = useState(false);
  const [version, setVersion] = useState<number | null>(null);
  const mayEdit = can('case:work') && OPEN_STAGES.includes(file.stage) && !['intake', 'assessment'].includes(file.stage);
  return (
    <>
      {['intake', 'assessment'].includes(file.stage) && <p className="alert alert-warn">{t('plan.assessFirst')}</p>}
      {mayEdit && !editing && (
        <p className="actions">
          <button type="button" className="primary" onClick={() => setEditing(true)}>
            {file.plan ? t('plan.edit') : t('plan.start')}
          </button>
        </p>
      )}
      {editing && (
        <PlanEditor
          caseId={file.id}
          plan={file.plan}
          onCancel={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
          }}
        />
      )}
      {!editing && (file.plan ? <PlanView plan={file.plan} /> : <p>{t('plan.none')}</p>)}
      {file.planVersions.length > 1 && (
        <Panel title={t('plan.versions')}>
          <ul className="plain-list">
            {file.planVersions.map((v) => (
              <li key={v.version}>
                <button type="button" className="link-button" aria-pressed={version === v.version} onClick={() => setVersion(version === v.version ? null : v.version)}>
                  {t('plan.versionN', { version: v.version })}
                </button>{' '}
                · {formatDateTime(v.createdAt, i18n.language)} · {v.createdBy.fullName}
              </li>
            ))}
          </ul>
          {version !== null && <PlanVersion caseId={file.id} version={version} />}
        </Panel>
      )}
    </>
  );
}

function PlanVersion({ caseId, version }: { caseId: string; version: number }) {
  const query = usePlanVersion(caseId, version);
  const { data } = query;
  if (!data) return <QueryStatus query={query} />;
  return <PlanView plan={data} />;
}

export function PlanView({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel" aria-label={t('plan.versionN', { version: plan.version })}>
      <h2>{t('plan.titleVersion', { version: plan.version })}</h2>
      <p>
        {t('plan.reviewDate')}: <strong>{formatDate(plan.reviewDate, i18n.language)}</strong> · {formatDateTime(plan.createdAt, i18n.language)} · {plan.createdBy.fullName}
      </p>
      {plan.note && <p className="prewrap">{plan.note}</p>}
      <ol className="goal-list">
        {plan.goals.map((g) => (
          <li key={g.id}>
            <p>
              <strong>{g.description}</strong> <span className={`badge ${g.status === 'achieved' ? 'badge-ok' : 'badge-warn'}`}>{term(t, 'goalStatuses', g.status)}</span>
            </p>
            <p className="small">
              {t('plan.measure')}: {g.measure}
              {g.domain && ` · ${term(t, 'domains', g.domain)}`}
              {g.targetDate && ` · ${t('plan.targetDate')}: ${formatDate(g.targetDate, i18n.language)}`}
            </p>
            <ul className="plain-list">
              {g.actions.map((a) => (
                <li key={a.id}>
                  {a.description} · {a.responsibleUser?.fullName ?? a.responsibleName ?? '—'} · {formatDate(a.dueDate, i18n.language)} · {term(t, 'actionStatuses', a.status)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

type ActionDraft = { key?: string; description: string; responsibleUser: Choice | null; responsibleName: string; dueDate: string; status: string };
type GoalDraft = { key?: string; description: string; measure: string; domain: string; targetDate: string; status: string; actions: ActionDraft[] };

const newAction = (): ActionDraft => ({ description: '', responsibleUser: null, responsibleName: '', dueDate: addDaysTo(todayInKigali(), 14), status: 'planned' });
const newGoal = (): GoalDraft => ({ description: '', measure: '', domain: '', targetDate: '', status: 'open', actions: [newAction()] });

type PlanBody = ApiBody<'/api/v1/cases/{id}/plan', 'put'>;

function PlanEditor({ caseId, plan, onDone, onCancel }: { caseId: string; plan: Plan | null; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [reviewDate, setReviewDate] = useState(plan?.reviewDate ?? addDaysTo(todayInKigali(), 90));
  const [note, setNote] = useState(plan?.note ?? '');
  const [goals, setGoals] = useState<GoalDraft[]>(() =>
    plan
      ? plan.goals.map((g) => ({
          key: g.key,
          description: g.description,
          measure: g.measure,
          domain: g.domain ?? '',
          targetDate: g.targetDate ?? '',
          status: g.status,
          actions: g.actions.map((a) => ({
            key: a.key,
            description: a.description,
            responsibleUser: a.responsibleUser ? { id: a.responsibleUser.id, label: a.responsibleUser.fullName } : null,
            responsibleName: a.responsibleName ?? '',
            dueDate: a.dueDate,
            status: a.status,
          })),
        }))
      : [newGoal()],
  );
  const { busy, error, run } = useWrite();
  const setGoal = (i: number, patch: Partial<GoalDraft>) => setGoals((gs) => gs.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const setAction = (i: number, k: number, patch: Partial<ActionDraft>) =>
    setGoal(i, { actions: goals[i]!.actions.map((a, j) => (j === k ? { ...a, ...patch } : a)) });

  async function submit(e: FormEvent) {
    e.preventDefault();
    // The selects offer the server's own codes (vocab.ts).
    type Goal = PlanBody['goals'][number];
    type Action = Goal['actions'][number];
    const body: PlanBody = {
      reviewDate,
      ...(note.trim() ? { note: note.trim() } : {}),
      goals: goals.map((g) => ({
        ...(g.key ? { key: g.key } : {}),
        description: g.description.trim(),
        measure: g.measure.trim(),
        ...(g.domain ? { domain: g.domain as Goal['domain'] } : {}),
        ...(g.targetDate ? { targetDate: g.targetDate } : {}),
        status: g.status as Goal['status'],
        actions: g.actions.map((a) => ({
          ...(a.key ? { key: a.key } : {}),
          description: a.description.trim(),
          ...(a.responsibleUser ? { responsibleUserId: a.responsibleUser.id } : a.responsibleName.trim() ? { responsibleName: a.responsibleName.trim() } : {}),
          dueDate: a.dueDate,
          status: a.status as Action['status'],
        })),
      })),
    };
    const done = await run(() => answer(client.PUT('/api/v1/cases/{id}/plan', { params: { path: { id: caseId } }, body })));
    if (done) onDone();
  }

  return (
    <Panel title={plan ? t('plan.edit') : t('plan.start')}>
      <form className="form form-wide" onSubmit={submit} aria-label={t('plan.formTitle')}>
        <TextField label={t('plan.reviewDate')} hint={t('plan.reviewDateHint')} type="date" required min={todayInKigali()} value={reviewDate} onChange={setReviewDate} />
        <TextField label={t('plan.note')} multiline rows={2} value={note} onChange={setNote} maxLength={4000} />
        {goals.map((g, i) => (
          <fieldset key={g.key ?? `new-${i}`} className="subform">
            <legend>{t('plan.goalN', { n: i + 1 })}</legend>
            <TextField label={t('plan.goalDescription', { n: i + 1 })} required multiline rows={2} value={g.description} onChange={(x) => setGoal(i, { description: x })} maxLength={2000} />
            <TextField label={t('plan.measureOf', { n: i + 1 })} hint={t('plan.measureHint')} required value={g.measure} onChange={(x) => setGoal(i, { measure: x })} maxLength={1000} />
            <SelectField label={t('plan.domainOf', { n: i + 1 })} value={g.domain} onChange={(x) => setGoal(i, { domain: x })} options={options(t, 'domains')} empty={t('cases.common.none')} />
            <TextField label={t('plan.targetDateOf', { n: i + 1 })} type="date" value={g.targetDate} onChange={(x) => setGoal(i, { targetDate: x })} />
            <SelectField label={t('plan.goalStatusOf', { n: i + 1 })} value={g.status} onChange={(x) => setGoal(i, { status: x })} options={options(t, 'goalStatuses')} />
            {g.actions.map((a, k) => (
              <fieldset key={a.key ?? `new-${k}`} className="subform nested">
                <legend>{t('plan.actionN', { goal: i + 1, n: k + 1 })}</legend>
                <TextField label={t('plan.actionDescription', { goal: i + 1, n: k + 1 })} required value={a.description} onChange={(x) => setAction(i, k, { description: x })} maxLength={2000} />
                <CaseUserPicker
                  caseId={caseId}
                  label={t('plan.responsibleUser', { goal: i + 1, n: k + 1 })}
                  value={a.responsibleUser}
                  onChange={(c) => setAction(i, k, { responsibleUser: c })}
                  hint={t('plan.responsibleUserHint')}
                />
                {!a.responsibleUser && (
                  <TextField
                    label={t('plan.responsibleName', { goal: i + 1, n: k + 1 })}
                    hint={t('plan.responsibleNameHint')}
                    value={a.responsibleName}
                    onChange={(x) => setAction(i, k, { responsibleName: x })}
                    maxLength={200}
                  />
                )}
                <TextField label={t('plan.actionDue', { goal: i + 1, n: k + 1 })} type="date" required value={a.dueDate} onChange={(x) => setAction(i, k, { dueDate: x })} />
                <SelectField label={t('plan.actionStatus', { goal: i + 1, n: k + 1 })} value={a.status} onChange={(x) => setAction(i, k, { status: x })} options={options(t, 'actionStatuses')} />
                {g.actions.length > 1 && (
                  <button type="button" className="danger" onClick={() => setGoal(i, { actions: g.actions.filter((_, j) => j !== k) })}>
                    {t('plan.removeAction', { goal: i + 1, n: k + 1 })}
                  </button>
                )}
              </fieldset>
            ))}
            <p className="actions">
              <button type="button" onClick={() => setGoal(i, { actions: [...g.actions, newAction()] })}>
                {t('plan.addAction', { n: i + 1 })}
              </button>
              {goals.length > 1 && (
                <button type="button" className="danger" onClick={() => setGoals(goals.filter((_, j) => j !== i))}>
                  {t('plan.removeGoal', { n: i + 1 })}
                </button>
              )}
            </p>
          </fieldset>
        ))}
        <p>
          <button type="button" onClick={() => setGoals([...goals, newGoal()])}>
            {t('plan.addGoal')}
          </button>
        </p>
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('plan.submit')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </p>
      </form>
    </Panel>
  );
}
