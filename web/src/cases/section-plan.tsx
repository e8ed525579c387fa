import type { TFunction } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../components/query-view.js';
import { answer, client } from '../api/client.js';
import { useFieldArray } from 'react-hook-form';
import { useServerForm } from '../components/server-form.js';
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
import { usePlanVersion } from '../api/queries.js';
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
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={version === v.version}
                  onClick={() => setVersion(version === v.version ? null : v.version)}
                >
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
        {t('plan.reviewDate')}: <strong>{formatDate(plan.reviewDate, i18n.language)}</strong> · {formatDateTime(plan.createdAt, i18n.language)} ·{' '}
        {plan.createdBy.fullName}
      </p>
      {plan.note && <p className="prewrap">{plan.note}</p>}
      <ol className="goal-list">
        {plan.goals.map((g) => (
          <li key={g.id}>
            <p>
              <strong>{g.description}</strong>{' '}
              <span className={`badge ${g.status === 'achieved' ? 'badge-ok' : 'badge-warn'}`}>{term(t, 'goalStatuses', g.status)}</span>
            </p>
            <p className="small">
              {t('plan.measure')}: {g.measure}
              {g.domain && ` · ${term(t, 'domains', g.domain)}`}
              {g.targetDate && ` · ${t('plan.targetDate')}: ${formatDate(g.targetDate, i18n.language)}`}
            </p>
            <ul className="plain-list">
              {g.actions.map((a) => (
                <li key={a.id}>
                  {a.description} · {a.responsibleUser?.fullName ?? a.responsibleName ?? '—'} · {formatDate(a.dueDate, i18n.language)} ·{' '}
                  {term(t, 'actionStatuses', a.status)}
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

const newAction = (): ActionDraft => ({
  description: '',
  responsibleUser: null,
  responsibleName: '',
  dueDate: addDaysTo(todayInKigali(), 14),
  status: 'planned',
});
const newGoal = (): GoalDraft => ({ description: '', measure: '', domain: '', targetDate: '', status: 'open', actions: [newAction()] });

type PlanBody = ApiBody<'/api/v1/cases/{id}/plan', 'put'>;

type PlanDraft = { reviewDate: string; note: string; goals: GoalDraft[] };

/** The form's field for a path of the plan's body: an action's responsible user is its picker. */
const planField = (path: string) => path.replace(/^(goals\.\d+\.actions\.\d+)\.responsibleUserId$/, '$1.responsibleUser');

/** A refusal about a goal or an action as a whole (`goals.0.actions.1.key`: not of this plan) says which. */
function planItemOf(path: string, t: TFunction): string | undefined {
  const m = /^goals\.(\d+)(?:\.actions\.(\d+))?/.exec(path);
  if (!m) return undefined;
  const goal = Number(m[1]) + 1;
  return m[2] === undefined ? t('plan.goalN', { n: goal }) : t('plan.actionN', { goal, n: Number(m[2]) + 1 });
}

function PlanEditor({ caseId, plan, onDone, onCancel }: { caseId: string; plan: Plan | null; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const server = useServerForm<PlanDraft>({
    defaultValues: {
      reviewDate: plan?.reviewDate ?? addDaysTo(todayInKigali(), 90),
      note: plan?.note ?? '',
      goals: plan
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
    },
    fieldOf: planField,
  });
  const { form, busy, error, run, bind } = server;
  const goals = useFieldArray({ control: form.control, name: 'goals' });

  const submit = form.handleSubmit(async (v) => {
    // The selects offer the server's own codes (vocab.ts).
    type Goal = PlanBody['goals'][number];
    type Action = Goal['actions'][number];
    const body: PlanBody = {
      reviewDate: v.reviewDate,
      ...(v.note.trim() ? { note: v.note.trim() } : {}),
      goals: v.goals.map((g) => ({
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
  });

  return (
    <Panel title={plan ? t('plan.edit') : t('plan.start')}>
      <form className="form form-wide" onSubmit={submit} aria-label={t('plan.formTitle')}>
        <TextField label={t('plan.reviewDate')} hint={t('plan.reviewDateHint')} type="date" required min={todayInKigali()} {...bind('reviewDate')} />
        <TextField label={t('plan.note')} multiline rows={2} {...bind('note')} maxLength={4000} />
        {goals.fields.map((g, i) => (
          <fieldset key={g.id} className="subform">
            <legend>{t('plan.goalN', { n: i + 1 })}</legend>
            <TextField label={t('plan.goalDescription', { n: i + 1 })} required multiline rows={2} {...bind(`goals.${i}.description`)} maxLength={2000} />
            <TextField label={t('plan.measureOf', { n: i + 1 })} hint={t('plan.measureHint')} required {...bind(`goals.${i}.measure`)} maxLength={1000} />
            <SelectField
              label={t('plan.domainOf', { n: i + 1 })}
              {...bind(`goals.${i}.domain`)}
              options={options(t, 'domains')}
              empty={t('cases.common.none')}
            />
            <TextField label={t('plan.targetDateOf', { n: i + 1 })} type="date" {...bind(`goals.${i}.targetDate`)} />
            <SelectField label={t('plan.goalStatusOf', { n: i + 1 })} {...bind(`goals.${i}.status`)} options={options(t, 'goalStatuses')} />
            <GoalActions caseId={caseId} goal={i} server={server}>
              {goals.fields.length > 1 && (
                <button type="button" className="danger" onClick={() => goals.remove(i)}>
                  {t('plan.removeGoal', { n: i + 1 })}
                </button>
              )}
            </GoalActions>
          </fieldset>
        ))}
        <p>
          <button type="button" onClick={() => goals.append(newGoal())}>
            {t('plan.addGoal')}
          </button>
        </p>
        <ErrorMessage error={error} labelOf={(path) => planItemOf(path, t)} />
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

/** The actions of one goal, and the button that adds one (beside the goal's own buttons, `children`). */
function GoalActions({
  caseId,
  goal: i,
  server,
  children,
}: {
  caseId: string;
  goal: number;
  server: ReturnType<typeof useServerForm<PlanDraft>>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { form, bind, bindValue } = server;
  const actions = useFieldArray({ control: form.control, name: `goals.${i}.actions` });
  const picked = form.watch(`goals.${i}.actions`).map((a) => a.responsibleUser);
  return (
    <>
      {actions.fields.map((a, k) => (
        <fieldset key={a.id} className="subform nested">
          <legend>{t('plan.actionN', { goal: i + 1, n: k + 1 })}</legend>
          <TextField
            label={t('plan.actionDescription', { goal: i + 1, n: k + 1 })}
            required
            {...bind(`goals.${i}.actions.${k}.description`)}
            maxLength={2000}
          />
          <CaseUserPicker
            caseId={caseId}
            label={t('plan.responsibleUser', { goal: i + 1, n: k + 1 })}
            {...bindValue(`goals.${i}.actions.${k}.responsibleUser`)}
            hint={t('plan.responsibleUserHint')}
          />
          {!picked[k] && (
            <TextField
              label={t('plan.responsibleName', { goal: i + 1, n: k + 1 })}
              hint={t('plan.responsibleNameHint')}
              {...bind(`goals.${i}.actions.${k}.responsibleName`)}
              maxLength={200}
            />
          )}
          <TextField label={t('plan.actionDue', { goal: i + 1, n: k + 1 })} type="date" required {...bind(`goals.${i}.actions.${k}.dueDate`)} />
          <SelectField
            label={t('plan.actionStatus', { goal: i + 1, n: k + 1 })}
            {...bind(`goals.${i}.actions.${k}.status`)}
            options={options(t, 'actionStatuses')}
          />
          {actions.fields.length > 1 && (
            <button type="button" className="danger" onClick={() => actions.remove(k)}>
              {t('plan.removeAction', { goal: i + 1, n: k + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <p className="actions">
        <button type="button" onClick={() => actions.append(newAction())}>
          {t('plan.addAction', { n: i + 1 })}
        </button>
        {children}
      </p>
    </>
  );
}
