import { useState } from 'react';
import { useTranslation } from 'react-i18next';

// What post-placement follow-up looks at (001), as one form for the caseworker and the village IZU.

export type VisitDraft = {
  visitedOn: string;
  childSafe: boolean;
  wellbeingSafety: string;
  schoolAttendance: 'regular' | 'irregular' | 'not_attending' | 'not_school_age';
  materialNeeds?: string;
  educationalNeeds?: string;
  healthNeeds?: string;
  psychologicalNeeds?: string;
  behaviourAndResponse?: string;
  socialProtection?: string;
  communityWelcome?: string;
};
const OPTIONAL = [
  'materialNeeds',
  'educationalNeeds',
  'healthNeeds',
  'psychologicalNeeds',
  'behaviourAndResponse',
  'socialProtection',
  'communityWelcome',
] as const;

export function VisitForm({ today, busy, onSubmit }: { today: string; busy: boolean; onSubmit(v: VisitDraft): void }) {
  const { t } = useTranslation();
  const [v, setV] = useState<VisitDraft>({ visitedOn: today, childSafe: true, wellbeingSafety: '', schoolAttendance: 'regular' });
  const set = (k: keyof VisitDraft, value: unknown) => setV((old) => ({ ...old, [k]: value }));
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        const body = { ...v };
        for (const k of OPTIONAL) if (!body[k]?.trim()) delete body[k];
        onSubmit(body);
      }}
    >
      <label>
        {t('care.visit.visitedOn')}
        <input type="date" value={v.visitedOn} max={today} required onChange={(e) => set('visitedOn', e.target.value)} />
      </label>
      <label>
        <input type="checkbox" checked={v.childSafe} onChange={(e) => set('childSafe', e.target.checked)} /> {t('care.visit.childSafe')}
      </label>
      <label>
        {t('care.visit.wellbeingSafety')}
        <textarea required value={v.wellbeingSafety} onChange={(e) => set('wellbeingSafety', e.target.value)} />
      </label>
      <label>
        {t('care.visit.schoolAttendance')}
        <select value={v.schoolAttendance} onChange={(e) => set('schoolAttendance', e.target.value)}>
          {(['regular', 'irregular', 'not_attending', 'not_school_age'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`care.attendance.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {OPTIONAL.map((k) => (
        <label key={k}>
          {t(`care.visit.${k}`)}
          <textarea value={v[k] ?? ''} onChange={(e) => set(k, e.target.value)} />
        </label>
      ))}
      <button type="submit" disabled={busy}>
        {t('care.visit.record')}
      </button>
    </form>
  );
}
