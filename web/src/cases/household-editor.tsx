import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckField, SelectField, TextField } from './fields.js';
import { options } from './vocab.js';

// The child's household at intake: caregivers, siblings and others living
// with the child (names, relationship, a caregiver's phone). A part of the
// intake form (react-hook-form's context), its members a field array.

export type MemberDraft = {
  fullName: string;
  relationship: string;
  sex: string;
  ageYears: string;
  phone: string;
  isCaregiver: boolean;
  livesWithChild: boolean;
};

export type HouseholdDraft = { household: MemberDraft[] };
type MemberField = `household.${number}.${keyof MemberDraft}`;

export const newMember = (): MemberDraft => ({
  fullName: '',
  relationship: 'mother',
  sex: '',
  ageYears: '',
  phone: '',
  isCaregiver: true,
  livesWithChild: true,
});

export function memberBody(m: MemberDraft) {
  const body: Record<string, unknown> = {
    fullName: m.fullName.trim(),
    relationship: m.relationship,
    isCaregiver: m.isCaregiver,
    livesWithChild: m.livesWithChild,
  };
  if (m.sex) body.sex = m.sex;
  if (m.ageYears !== '') body.ageYears = Number(m.ageYears);
  if (m.phone.trim()) body.phone = m.phone.trim();
  return body;
}

/** `errorOf` is the form's (useServerForm), so the server's errors on a member show beside its fields. */
export function HouseholdEditor({ errorOf }: { errorOf(name: MemberField): string | undefined }) {
  const { t } = useTranslation();
  const { control, register, setValue } = useFormContext<HouseholdDraft>();
  const { fields, append, remove } = useFieldArray({ control, name: 'household' });
  const bind = (name: MemberField) => ({ field: register(name), error: errorOf(name) });
  return (
    <fieldset className="subform">
      <legend>{t('intake.household')}</legend>
      <p className="hint">{t('intake.householdHint')}</p>
      {fields.map((m, i) => (
        <fieldset key={m.id} className="subform nested">
          <legend>{t('intake.member', { n: i + 1 })}</legend>
          <TextField label={t('intake.memberName')} required {...bind(`household.${i}.fullName`)} maxLength={200} />
          <SelectField
            label={t('intake.relationship')}
            field={register(`household.${i}.relationship`, {
              // A sibling is not a caregiver unless someone says so.
              onChange: (e: { target: { value: string } }) => e.target.value === 'sibling' && setValue(`household.${i}.isCaregiver`, false),
            })}
            error={errorOf(`household.${i}.relationship`)}
            options={options(t, 'relationships')}
          />
          <SelectField
            label={t('intake.memberSex')}
            {...bind(`household.${i}.sex`)}
            options={options(t, 'sexes', ['female', 'male'])}
            empty={t('cases.common.notKnown')}
          />
          <TextField label={t('intake.memberAge')} type="number" inputMode="numeric" min={0} max={120} {...bind(`household.${i}.ageYears`)} />
          <TextField label={t('intake.memberPhone')} type="tel" inputMode="tel" {...bind(`household.${i}.phone`)} maxLength={40} />
          <CheckField label={t('intake.isCaregiver')} {...bind(`household.${i}.isCaregiver`)} />
          <CheckField label={t('intake.livesWithChild')} {...bind(`household.${i}.livesWithChild`)} />
          <p>
            <button type="button" className="danger" onClick={() => remove(i)}>
              {t('intake.removeMember', { n: i + 1 })}
            </button>
          </p>
        </fieldset>
      ))}
      <p>
        <button type="button" onClick={() => append(newMember())}>
          {t('intake.addMember')}
        </button>
      </p>
    </fieldset>
  );
}
