import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/error-message.js';
import { QueryStatus } from '../components/query-view.js';
import { useCan } from '../cases/access.js';
import type { SectionProps } from '../cases/case-file.js';
import { useCarerMatches, useCareWrite, useCaseCare } from './care-api.js';
import { VisitForm } from './visit-fields.js';

// Alternative care on the child's case (Tubarerere Mu Muryango): gatekeeping
// (the caseworker decides necessity and suitability, the supervisor
// approves), the placement with a matched carer, monitoring visits and
// placement reviews. The server decides every rule; a refusal shows its reason.

const FORMS = [
  'kinship_care',
  'emergency_foster_care',
  'long_term_foster_care',
  'domestic_adoption',
  'supervised_independent_living',
  'residential_care',
] as const;
type Form = (typeof FORMS)[number];
const todayLocal = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Africa/Kigali' });

export function CareSection({ file }: SectionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const query = useCaseCare(file.id);
  const write = useCareWrite(file.id);
  const data = query.data;
  const work = can('case:work') && !['closed', 'transferred'].includes(file.stage);
  const pending = data?.gatekeeping.find((g) => g.status === 'pending');
  const active = data?.placements.find((p) => p.endedOn === null);
  return (
    <div className="stack" data-testid="care-section">
      <QueryStatus query={query} />
      <ErrorMessage error={write.error} />
      {data?.gatekeepingDueOn && <p className="alert alert-warn">{t('care.gatekeepingDue', { date: data.gatekeepingDueOn.slice(0, 10) })}</p>}
      <section className="panel" aria-labelledby="care-gatekeeping">
        <h2 id="care-gatekeeping">{t('care.gatekeeping.title')}</h2>
        {data?.gatekeeping.map((g) => (
          <div key={g.id} className="version">
            <p>
              <strong>{g.careForm ? t(`care.forms.${g.careForm}`) : t('care.gatekeeping.familyCare')}</strong> · {t(`care.gatekeeping.status.${g.status}`)} ·{' '}
              {g.decidedBy.fullName}
            </p>
            <p className="prewrap small">
              {g.necessityReasons} — {g.suitabilityReasons}
            </p>
            {g.answerNote && <p className="small">{g.answerNote}</p>}
          </div>
        ))}
        {pending && can('care:approve_gatekeeping') && (
          <p className="actions">
            <button type="button" disabled={write.isPending} onClick={() => write.mutate({ kind: 'answer', body: { approve: true } })}>
              {t('care.gatekeeping.approve')}
            </button>
            <button
              type="button"
              disabled={write.isPending}
              onClick={() => {
                const note = window.prompt(t('care.gatekeeping.returnWhy'));
                if (note) write.mutate({ kind: 'answer', body: { approve: false, note } });
              }}
            >
              {t('care.gatekeeping.return')}
            </button>
          </p>
        )}
        {work && !pending && <GatekeepingForm busy={write.isPending} onSubmit={(body) => write.mutate({ kind: 'gatekeeping', body })} />}
      </section>
      {work && !active && data && <PlacementForm caseId={file.id} busy={write.isPending} onSubmit={(body) => write.mutate({ kind: 'place', body })} />}
      {data?.placements.map((p) => (
        <section key={p.id} className="panel" data-testid={p.endedOn ? 'placement-ended' : 'placement-active'}>
          <h2>
            {t(`care.forms.${p.careForm}`)} · {p.carer?.householdName ?? p.familyName ?? ''} · {p.village.name}
          </h2>
          <p>
            {t('care.placement.started', { date: p.startedOn })}
            {p.endedOn
              ? ` · ${t('care.placement.ended', { date: p.endedOn, reason: t(`care.endReasons.${p.endReason}`) })}`
              : ` · ${t('care.placement.review', { date: p.plannedReviewOn })}`}
          </p>
          {p.nextVisitDue && <p>{t('care.nextVisitDue', { date: p.nextVisitDue })}</p>}
          {p.matchReasons && <p className="small prewrap">{p.matchReasons}</p>}
          <h3>{t('care.visit.title')}</h3>
          <ul className="plain-list">
            {p.visits.map((v) => (
              <li key={v.id}>
                {v.visitedOn} · {t(`care.visitor.${v.visitor}`)} · {v.visitedBy.fullName} · {v.childSafe ? t('care.visit.safe') : t('care.visit.unsafe')} —{' '}
                {v.wellbeingSafety}
              </li>
            ))}
          </ul>
          {p.reviews.map((r) => (
            <p key={r.id} className="small">
              {t('care.review.done', { date: r.reviewedAt.slice(0, 10), decision: t(`care.review.decisions.${r.decision}`) })}
            </p>
          ))}
          {work && p.id === active?.id && (
            <>
              <details>
                <summary>{t('care.visit.record')}</summary>
                <VisitForm today={todayLocal()} busy={write.isPending} onSubmit={(body) => write.mutate({ kind: 'visit', body })} />
              </details>
              <details>
                <summary>{t('care.review.title')}</summary>
                <ReviewForm
                  current={p.careForm as Form}
                  carerId={p.carer?.id ?? null}
                  busy={write.isPending}
                  onSubmit={(body) => write.mutate({ kind: 'review', body })}
                />
              </details>
            </>
          )}
        </section>
      ))}
    </div>
  );
}

type GateBody = Extract<Parameters<ReturnType<typeof useCareWrite>['mutate']>[0], { kind: 'gatekeeping' }>['body'];

function GatekeepingForm({ busy, onSubmit }: { busy: boolean; onSubmit(b: GateBody): void }) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    familyCarePossible: false,
    necessityReasons: '',
    careForm: 'emergency_foster_care' as Form,
    suitabilityReasons: '',
    childViews: '',
    familyParticipation: '',
  });
  const set = (k: keyof typeof v, value: unknown) => setV((o) => ({ ...o, [k]: value }));
  return (
    <form
      className="stack"
      aria-label={t('care.gatekeeping.record')}
      onSubmit={(e) => {
        e.preventDefault();
        const { careForm, ...rest } = v;
        onSubmit(v.familyCarePossible ? rest : { ...rest, careForm });
      }}
    >
      <label>
        <input type="checkbox" checked={v.familyCarePossible} onChange={(e) => set('familyCarePossible', e.target.checked)} />{' '}
        {t('care.gatekeeping.familyCarePossible')}
      </label>
      <label>
        {t('care.gatekeeping.necessityReasons')}
        <textarea required value={v.necessityReasons} onChange={(e) => set('necessityReasons', e.target.value)} />
      </label>
      {!v.familyCarePossible && (
        <label>
          {t('care.gatekeeping.careForm')}
          <select value={v.careForm} onChange={(e) => set('careForm', e.target.value)}>
            {FORMS.map((f) => (
              <option key={f} value={f}>
                {t(`care.forms.${f}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {(['suitabilityReasons', 'childViews', 'familyParticipation'] as const).map((k) => (
        <label key={k}>
          {t(`care.gatekeeping.${k}`)}
          <textarea required value={v[k]} onChange={(e) => set(k, e.target.value)} />
        </label>
      ))}
      <button type="submit" disabled={busy}>
        {t('care.gatekeeping.record')}
      </button>
    </form>
  );
}

type PlaceBody = Extract<Parameters<ReturnType<typeof useCareWrite>['mutate']>[0], { kind: 'place' }>['body'];

function PlacementForm({ caseId, busy, onSubmit }: { caseId: string; busy: boolean; onSubmit(b: PlaceBody): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>('emergency_foster_care');
  const [siblings, setSiblings] = useState(1);
  const [carerId, setCarerId] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [villageId, setVillageId] = useState('');
  const [reasons, setReasons] = useState('');
  const [emergency, setEmergency] = useState(true);
  const foster = form === 'emergency_foster_care' || form === 'long_term_foster_care';
  const matches = useCarerMatches(caseId, foster ? form : null, siblings);
  return (
    <form
      className="panel stack"
      aria-label={t('care.placement.title')}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({
          careForm: form,
          startedOn: todayLocal(),
          siblingGroup: siblings,
          emergency: form === 'emergency_foster_care' && emergency,
          ...(foster ? { carerId } : { familyName, villageId }),
          ...(reasons.trim() && { matchReasons: reasons }),
        });
      }}
    >
      <h2>{t('care.placement.title')}</h2>
      <label>
        {t('care.gatekeeping.careForm')}
        <select value={form} onChange={(e) => setForm(e.target.value as Form)}>
          {FORMS.map((f) => (
            <option key={f} value={f}>
              {t(`care.forms.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('care.placement.siblings')}
        <input type="number" min={1} max={12} value={siblings} onChange={(e) => setSiblings(Number(e.target.value) || 1)} />
      </label>
      {form === 'emergency_foster_care' && (
        <label>
          <input type="checkbox" checked={emergency} onChange={(e) => setEmergency(e.target.checked)} /> {t('care.placement.emergency')}
        </label>
      )}
      {foster ? (
        <fieldset>
          <legend>{t('care.placement.matches')}</legend>
          {matches.data?.items.length === 0 && <p>{t('care.placement.noMatch')}</p>}
          {matches.data?.items.map((m) => (
            <label key={m.carerId}>
              <input type="radio" name="carer" value={m.carerId} checked={carerId === m.carerId} onChange={() => setCarerId(m.carerId)} /> {m.householdName} ·{' '}
              {m.village.name} ({t(`care.distance.${m.distance}`)}) · {t('care.placement.free', { n: m.freePlaces })}
              {m.alsoIzu && ` · IZU`}
            </label>
          ))}
        </fieldset>
      ) : (
        <>
          <label>
            {t('care.placement.familyName')}
            <input value={familyName} onChange={(e) => setFamilyName(e.target.value)} />
          </label>
          <label>
            {t('care.placement.villageId')}
            <input value={villageId} onChange={(e) => setVillageId(e.target.value)} />
          </label>
        </>
      )}
      <label>
        {t('care.placement.matchReasons')}
        <textarea value={reasons} onChange={(e) => setReasons(e.target.value)} />
      </label>
      <button type="submit" disabled={busy}>
        {t('care.placement.place')}
      </button>
    </form>
  );
}

type ReviewBody = Extract<Parameters<ReturnType<typeof useCareWrite>['mutate']>[0], { kind: 'review' }>['body'];

function ReviewForm({ current, carerId, busy, onSubmit }: { current: Form; carerId: string | null; busy: boolean; onSubmit(b: ReviewBody): void }) {
  const { t } = useTranslation();
  const [v, setV] = useState({ stillNecessary: true, stillSuitable: true, reunificationPossible: false, permanencePossible: false });
  const [childParticipation, setChild] = useState('');
  const [decision, setDecision] = useState<'continue' | 'change_form'>('continue');
  const [next, setNext] = useState<Form>(current === 'emergency_foster_care' ? 'long_term_foster_care' : current);
  return (
    <form
      className="stack"
      aria-label={t('care.review.title')}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({
          ...v,
          childParticipation,
          decision,
          ...(decision === 'change_form' && { next: { careForm: next, siblingGroup: 1, ...(carerId && { carerId }) } }),
        });
      }}
    >
      {(Object.keys(v) as (keyof typeof v)[]).map((k) => (
        <label key={k}>
          <input type="checkbox" checked={v[k]} onChange={(e) => setV((o) => ({ ...o, [k]: e.target.checked }))} /> {t(`care.review.${k}`)}
        </label>
      ))}
      <label>
        {t('care.review.childParticipation')}
        <textarea required value={childParticipation} onChange={(e) => setChild(e.target.value)} />
      </label>
      <label>
        {t('care.review.decision')}
        <select value={decision} onChange={(e) => setDecision(e.target.value as 'continue' | 'change_form')}>
          <option value="continue">{t('care.review.decisions.continue')}</option>
          <option value="change_form">{t('care.review.decisions.change_form')}</option>
        </select>
      </label>
      {decision === 'change_form' && (
        <label>
          {t('care.review.nextForm')}
          <select value={next} onChange={(e) => setNext(e.target.value as Form)}>
            {FORMS.filter((f) => f !== current).map((f) => (
              <option key={f} value={f}>
                {t(`care.forms.${f}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" disabled={busy}>
        {t('care.review.record')}
      </button>
    </form>
  );
}
