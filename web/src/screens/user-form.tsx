import { useTranslation } from 'react-i18next';
import { describedBy, FieldErrorText } from '../cases/fields.js';
import { ErrorMessage } from '../components/error-message.js';
import { useServerForm } from '../components/server-form.js';
import { OrganisationPicker, PlacePicker, UserPicker } from '../components/pickers.js';
import type { Choice } from '../components/search-picker.js';
import { LANGUAGES } from '../i18n.js';
import { roleName } from '../labels.js';
import { hasProfession, jurisdictionLevelsFor, NATIONAL_PLACE_ID, needsOrganisation, needsSupervisor, PROFESSIONS, ROLES } from '../roles.js';
import type { ApiBody, Language, Role } from '../api/types.js';

export type Profession = (typeof PROFESSIONS)[number];

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
  /** '' when not recorded */
  profession: Profession | '';
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
  profession: '',
};

type Props = {
  initial: UserFormValues;
  mode: 'create' | 'edit';
  onSubmit(values: UserFormValues): Promise<void>;
  onCancel?: () => void;
};

/** The form's field for a path of the user's body: the pickers stand for the ids. */
const userField = (path: string) => ({ organisationId: 'organisation', jurisdictionId: 'jurisdiction', supervisorId: 'supervisor' })[path];

export function UserForm({ initial, mode, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const { form, busy, error, run, errorOf, bindValue } = useServerForm<UserFormValues>({ defaultValues: initial, fieldOf: userField });
  const { role, organisation } = form.watch();
  const levels = jurisdictionLevelsFor(role);
  const nationalOnly = levels?.length === 1 && levels[0] === 0;
  /** A plain input of this screen (its own id, for its label), registered, with its error beside it. */
  const input = (id: string, name: 'username' | 'fullName' | 'trainingCompletedOn' | 'phone' | 'email', hint?: string) => {
    const e = errorOf(name);
    return { props: { id, ...describedBy(id, hint, e), ...form.register(name) }, error: <FieldErrorText id={id} error={e} /> };
  };

  function changeRole(next: Role) {
    const allowed = jurisdictionLevelsFor(next);
    let jurisdiction = form.getValues('jurisdiction');
    if (allowed?.length === 1 && allowed[0] === 0) jurisdiction = { id: NATIONAL_PLACE_ID, level: 0, label: t('places.wholeCountry') };
    else if (jurisdiction && allowed && jurisdiction.level !== undefined && !allowed.includes(jurisdiction.level)) jurisdiction = null;
    form.setValue('jurisdiction', jurisdiction);
  }

  const submit = form.handleSubmit((v) => run(() => onSubmit(v)));

  const username = input('user-username', 'username', t('users.usernameHint'));
  const fullName = input('user-full-name', 'fullName');
  const training = input('user-training', 'trainingCompletedOn');
  const phone = input('user-phone', 'phone');
  const email = input('user-email', 'email');
  const roleError = errorOf('role');
  const languageError = errorOf('language');
  const professionError = errorOf('profession');
  return (
    <form onSubmit={submit} className="form" aria-label={mode === 'create' ? t('users.create') : t('users.edit')}>
      {mode === 'create' && (
        <div className="field">
          <label htmlFor="user-username">{t('auth.username')}</label>
          <p className="hint" id="user-username-hint">
            {t('users.usernameHint')}
          </p>
          <input required autoComplete="off" autoCapitalize="none" spellCheck={false} {...username.props} />
          {username.error}
        </div>
      )}
      <div className="field">
        <label htmlFor="user-full-name">{t('users.fullName')}</label>
        <input required autoComplete="off" {...fullName.props} />
        {fullName.error}
      </div>
      <div className="field">
        <label htmlFor="user-role">{t('users.role')}</label>
        <select
          id="user-role"
          {...describedBy('user-role', undefined, roleError)}
          {...form.register('role', { onChange: (e: { target: { value: string } }) => changeRole(e.target.value as Role) })}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleName(t, r)}
            </option>
          ))}
        </select>
        <FieldErrorText id="user-role" error={roleError} />
      </div>
      <OrganisationPicker
        label={t('users.organisation')}
        {...bindValue('organisation')}
        onChange={(c) => {
          // Another organisation has other supervisors.
          if (c?.id !== organisation?.id) form.setValue('supervisor', null);
          bindValue('organisation').onChange(c);
        }}
        required={needsOrganisation(role)}
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
          {...bindValue('jurisdiction')}
          required
          hint={t(`users.jurisdictionHint.${role}`, { defaultValue: t('users.jurisdictionHint.any') })}
        />
      )}
      <UserPicker
        label={t('users.supervisor')}
        role="supervisor"
        organisationId={organisation?.id ?? null}
        {...bindValue('supervisor')}
        required={needsSupervisor(role)}
        hint={needsSupervisor(role) ? t('users.supervisorHint') : undefined}
      />
      {hasProfession(role) && (
        <div className="field">
          <label htmlFor="user-profession">{t('users.profession')}</label>
          <p className="hint" id="user-profession-hint">
            {t('users.professionHint')}
          </p>
          <select id="user-profession" {...describedBy('user-profession', t('users.professionHint'), professionError)} {...form.register('profession')}>
            <option value="">{t('users.professionNone')}</option>
            {PROFESSIONS.map((p) => (
              <option key={p} value={p}>
                {t(`users.professions.${p}`)}
              </option>
            ))}
          </select>
          <FieldErrorText id="user-profession" error={professionError} />
        </div>
      )}
      <div className="field">
        <label htmlFor="user-training">{t('users.trainingCompletedOn')}</label>
        <input type="date" {...training.props} />
        {training.error}
      </div>
      <div className="field">
        <label htmlFor="user-phone">{t('users.phone')}</label>
        <input type="tel" autoComplete="off" placeholder="+250 7…" {...phone.props} />
        {phone.error}
      </div>
      <div className="field">
        <label htmlFor="user-email">{t('users.email')}</label>
        <input type="email" autoComplete="off" {...email.props} />
        {email.error}
      </div>
      <div className="field">
        <label htmlFor="user-language">{t('users.language')}</label>
        <select id="user-language" {...describedBy('user-language', undefined, languageError)} {...form.register('language')}>
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </select>
        <FieldErrorText id="user-language" error={languageError} />
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
  if (v.profession && hasProfession(v.role)) body.profession = v.profession;
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
  // A role without a profession clears it (the server refuses one kept).
  const profession = hasProfession(after.role) && after.profession ? after.profession : null;
  if (profession !== (before.profession || null)) body.profession = profession;
  return body;
}
