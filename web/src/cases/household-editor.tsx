import { useTranslation } from 'react-i18next';
import { CheckField, SelectField, TextField } from './fields.js';
import { options } from './vocab.js';

// The child's household at intake: caregivers, siblings and others living
// with the child (names, relationship, a caregiver's phone).

export type MemberDraft = {
  fullName: string;
  relationship: string;
  sex: string;
  ageYears: string;
  phone: string;
  isCaregiver: boolean;
  livesWithChild: boolean;
};

export const newMember = (): MemberDraft => ({ fullName: '', relationship: 'mother', sex: '', ageYears: '', phone: '', isCaregiver: true, livesWithChild: true });

export function memberBody(m: MemberDraft) {
  const body: Record<string, unknown> = { fullName: m.fullName.trim(), relationship: m.relationship, isCaregiver: m.isCaregiver, livesWithChild: m.livesWithChild };
  if (m.sex) body.sex = m.sex;
  if (m.ageYears !== '') body.ageYears = Number(m.ageYears);
  if (m.phone.trim()) body.phone = m.phone.trim();
  return body;
}

export function HouseholdEditor({ members, onChange }: { members: MemberDraft[]; onChange(m: MemberDraft[]): void }) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<MemberDraft>) => onChange(members.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <fieldset className="subform">
      <legend>{t('intake.household')}</legend>
      <p className="hint">{t('intake.householdHint')}</p>
      {members.map((m, i) => (
        <fieldset key={i} className="subform nested">
          <legend>{t('intake.member', { n: i + 1 })}</legend>
          <TextField label={t('intake.memberName')} required value={m.fullName} onChange={(v) => update(i, { fullName: v })} maxLength={200} />
          <SelectField label={t('intake.relationship')} value={m.relationship} onChange={(v) => update(i, { relationship: v, isCaregiver: v === 'sibling' ? false : m.isCaregiver })} options={options(t, 'relationships')} />
          <SelectField label={t('intake.memberSex')} value={m.sex} onChange={(v) => update(i, { sex: v })} options={options(t, 'sexes', ['female', 'male'])} empty={t('cases.common.notKnown')} />
          <TextField label={t('intake.memberAge')} type="number" inputMode="numeric" min={0} max={120} value={m.ageYears} onChange={(v) => update(i, { ageYears: v })} />
          <TextField label={t('intake.memberPhone')} type="tel" inputMode="tel" value={m.phone} onChange={(v) => update(i, { phone: v })} maxLength={40} />
          <CheckField label={t('intake.isCaregiver')} checked={m.isCaregiver} onChange={(v) => update(i, { isCaregiver: v })} />
          <CheckField label={t('intake.livesWithChild')} checked={m.livesWithChild} onChange={(v) => update(i, { livesWithChild: v })} />
          <p>
            <button type="button" className="danger" onClick={() => onChange(members.filter((_, j) => j !== i))}>
              {t('intake.removeMember', { n: i + 1 })}
            </button>
          </p>
        </fieldset>
      ))}
      <p>
        <button type="button" onClick={() => onChange([...members, newMember()])}>
          {t('intake.addMember')}
        </button>
      </p>
    </fieldset>
  );
}
