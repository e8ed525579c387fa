import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/error-message.js';
import { OrganisationPicker, PlacePicker, UserPicker } from '../components/pickers.js';
import type { Choice } from '../components/search-picker.js';
import { LANGUAGES } from '../i18n.js';
import { roleName } from '../labels.js';
import { jurisdictionLevelsFor, NATIONAL_PLACE_ID, needsOrganisation, needsSupervisor, ROLES } from '../roles.js';
import type { ApiBody, Language, Role } from '../api/types.js';

export type UserFormValues = {
  username: string;
  fullName: string;
  role: Role;
  organisation: Choice | null;
  jurisdiction: Choice | null;
  supervisor: Choice | null;
  trainingCompletedOn: string;
  phone: string;
  email: string;
  language: Language;
};

export const emptyUser: UserFormValues = {
  username: '',
  fullName: '',
  role: 'izu',
  organisation: null,
  jurisdiction: null,
  supervisor: null,
  trainingCompletedOn: '',
  phone: '',
  email: '',
  language: 'rw',
};

type Props = {
  initial: UserFormValues;
  mode: 'create' | 'edit';
  onSubmit(values: UserFormValues): Promise<void>;
  onCancel?: () => void;
};

export function UserForm({ initial, mode, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [v, setV] = useState<UserFormValues>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const levels = jurisdictionLevelsFor(v.role);
  const nationalOnly = levels?.length === 1 && levels[0] === 0;
  const set = <K extends keyof UserFormValues>(key: K, value: UserFormValues[K]) => setV((old) => ({ ...old, [key]: value }));

  function changeRole(role: Role) {
    const allowed = jurisdictionLevelsFor(role);
    setV((old) => {
      let jurisdiction = old.jurisdiction;
      if (allowed?.length === 1 && allowed[0] === 0) jurisdiction = { id: NATIONAL_PLACE_ID, level: 0, label: t('places.wholeCountry') };
      else if (jurisdiction && allowed && jurisdiction.level !== undefined && !allowed.includes(jurisdiction.level)) jurisdiction = null;
      return { ...old, role, jurisdiction };
    });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(v);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="form" aria-label={mode === 'create' ? t('users.create') : t('users.edit')}>
      {mode === 'create' && (
        <div className="field">
          <label htmlFor="user-username">{t('auth.username')}</label>
          <p className="hint" id="user-username-hint">
            {t('users.usernameHint')}
          </p>
          <input
            id="user-username"
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            aria-describedby="user-username-hint"
            value={v.username}
            onChange={(e) => set('username', e.target.value)}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor="user-full-name">{t('users.fullName')}</label>
        <input id="user-full-name" required autoComplete="off" value={v.fullName} onChange={(e) => set('fullName', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="user-role">{t('users.role')}</label>
        <select id="user-role" value={v.role} onChange={(e) => changeRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleName(t, r)}
            </option>
          ))}
        </select>
      </div>
      <OrganisationPicker
        label={t('users.organisation')}
        value={v.organisation}
        onChange={(c) => setV((old) => ({ ...old, organisation: c, supervisor: c?.id === old.organisation?.id ? old.supervisor : null }))}
        required={needsOrganisation(v.role)}
      />
      {nationalOnly ? (
        <div className="field">
          <span className="label">{t('users.jurisdiction')}</span>
          <p className="picked">{t('places.wholeCountry')}</p>
        </div>
      ) : (
        <PlacePicker
          label={t('users.jurisdiction')}
          levels={levels}
          value={v.jurisdiction}
          onChange={(c) => set('jurisdiction', c)}
          required
          hint={t(`users.jurisdictionHint.${v.role}`, { defaultValue: t('users.jurisdictionHint.any') })}
        />
      )}
      <UserPicker
        label={t('users.supervisor')}
        role="supervisor"
        organisationId={v.organisation?.id ?? null}
        value={v.supervisor}
        onChange={(c) => set('supervisor', c)}
        required={needsSupervisor(v.role)}
        hint={needsSupervisor(v.role) ? t('users.supervisorHint') : undefined}
      />
      <div className="field">
        <label htmlFor="user-training">{t('users.trainingCompletedOn')}</label>
        <input id="user-training" type="date" value={v.trainingCompletedOn} onChange={(e) => set('trainingCompletedOn', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="user-phone">{t('users.phone')}</label>
        <input id="user-phone" type="tel" autoComplete="off" placeholder="+250 7…" value={v.phone} onChange={(e) => set('phone', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="user-email">{t('users.email')}</label>
        <input id="user-email" type="email" autoComplete="off" value={v.email} onChange={(e) => set('email', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="user-language">{t('users.language')}</label>
        <select id="user-language" value={v.language} onChange={(e) => set('language', e.target.value as Language)}>
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <ErrorMessage error={error} />
      <p className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {mode === 'create' ? t('users.createSubmit') : t('common.save')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The POST /users body: empty optional fields are left out. */
type NewUserBody = ApiBody<'/api/v1/users', 'post'>;

export function createBody(v: UserFormValues): NewUserBody {
  const body: NewUserBody = {
    username: v.username.trim(),
    fullName: v.fullName.trim(),
    role: v.role as NewUserBody['role'],
    jurisdictionId: v.jurisdiction?.id ?? (jurisdictionLevelsFor(v.role)?.join() === '0' ? NATIONAL_PLACE_ID : ''),
    language: v.language as NewUserBody['language'],
  };
  if (v.organisation) body.organisationId = v.organisation.id;
  if (v.supervisor) body.supervisorId = v.supervisor.id;
  if (orNull(v.trainingCompletedOn)) body.trainingCompletedOn = v.trainingCompletedOn;
  if (orNull(v.phone)) body.phone = v.phone.trim();
  if (orNull(v.email)) body.email = v.email.trim();
  return body;
}

/** The PATCH /users/:id body: only what changed (a cleared field becomes null). */
export function changesBody(before: UserFormValues, after: UserFormValues) {
  const body: Record<string, unknown> = {};
  if (after.fullName.trim() !== before.fullName) body.fullName = after.fullName.trim();
  if (after.role !== before.role) body.role = after.role;
  if (after.organisation?.id !== before.organisation?.id) body.organisationId = after.organisation?.id ?? null;
  const jurisdictionId = after.jurisdiction?.id ?? (jurisdictionLevelsFor(after.role)?.join() === '0' ? NATIONAL_PLACE_ID : undefined);
  if (jurisdictionId && jurisdictionId !== before.jurisdiction?.id) body.jurisdictionId = jurisdictionId;
  if (after.supervisor?.id !== before.supervisor?.id) body.supervisorId = after.supervisor?.id ?? null;
  for (const key of ['trainingCompletedOn', 'phone', 'email'] as const) {
    if (after[key].trim() !== before[key]) body[key] = orNull(after[key]);
  }
  if (after.language !== before.language) body.language = after.language;
  return body;
}
