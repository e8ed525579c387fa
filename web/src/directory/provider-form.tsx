import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { answer, client, type ApiError } from '../api/client.js';
import { useProvider } from '../api/queries.js';
import type { Provider } from '../api/types.js';
import { SelectField, TextField } from '../cases/fields.js';
import { ErrorMessage } from '../components/error-message.js';
import { PlacePicker, UserPicker } from '../components/pickers.js';
import { QueryView } from '../components/query-view.js';
import { sharedResolver, useServerForm } from '../components/server-form.js';
import { useTitle } from '../components/use-title.js';
import { kindName } from '../labels.js';
import { ORGANISATION_KINDS } from '../roles.js';
import { providerInputSchema, type ProviderInput as ParsedProvider } from '../../../src/directory/directory.schemas.js';
import { providerFieldLabel } from './labels.js';
import { bodyOf, draftOf, providerField, refusedBeforeSending, type ProviderDraft, type ProviderForm } from './provider-draft.js';
import { LocationsFields, PhonesFields } from './provider-locations-fields.js';
import { ServicesFields } from './provider-services-fields.js';

// Adding or changing a provider: the whole provider is sent at once (PUT), so
// what the form shows is what is saved. The server's own schema checks it
// before it is sent; what only the server can tell (the map, the service
// types, an age range, a phone number) comes back as a refusal shown beside
// the field it names, and named by its label in the summary.

export function ProviderCreateScreen() {
  return <ProviderFormScreen provider={null} />;
}

export function ProviderEditScreen({ id }: { id: string }) {
  const provider = useProvider(id);
  return <QueryView query={provider}>{(p) => <ProviderFormScreen provider={p} />}</QueryView>;
}

function ProviderFormScreen({ provider }: { provider: Provider | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const active = provider?.active ?? true;
  const [initial] = useState(() => draftOf(provider));
  const sf: ProviderForm = useServerForm<ProviderDraft, ParsedProvider>({
    defaultValues: initial,
    resolver: sharedResolver(providerInputSchema, t, (d: ProviderDraft) => bodyOf(d, active)),
    fieldOf: providerField,
    keepInSummary: true,
  });
  const { form, bind, bindValue, run, busy, error } = sf;
  // What the schema refused in the browser, for the summary (the server's refusals are in `error`).
  const [refused, setRefused] = useState<ApiError | null>(null);
  const title = provider ? t('directory.editTitle', { name: provider.name }) : t('directory.createTitle');
  useTitle(title);

  const submit = form.handleSubmit(
    async (body) => {
      setRefused(null);
      const saved = await run(() =>
        provider
          ? answer(client.PUT('/api/v1/directory/providers/{id}', { params: { path: { id: provider.id } }, body }))
          : answer(client.POST('/api/v1/directory/providers', { body })),
      );
      if (saved) navigate(`/directory/providers/${saved.id}`);
    },
    (errors) => setRefused(refusedBeforeSending(errors)),
  );

  return (
    <form className="form panel" onSubmit={submit} aria-labelledby="provider-form-title">
      <h1 id="provider-form-title">{title}</h1>
      <TextField label={t('directory.name')} {...bind('name')} />
      <SelectField label={t('directory.kind')} options={ORGANISATION_KINDS.map((k) => ({ value: k, label: kindName(t, k) }))} {...bind('kind')} />
      <PlacePicker label={t('directory.seat')} required {...bindValue('placeId')} />
      <TextField label={t('directory.description')} multiline maxLength={2000} {...bind('description')} />
      <TextField label={t('directory.email')} type="email" {...bind('email')} />
      <TextField label={t('directory.website')} type="url" {...bind('website')} />
      <fieldset>
        <legend>{t('directory.quality')}</legend>
        <TextField label={t('directory.qualityRating')} type="number" min={1} max={5} {...bind('quality.rating')} />
        <TextField label={t('directory.qualityReviewedOn')} type="date" {...bind('quality.reviewedOn')} />
        <TextField label={t('directory.qualityNote')} {...bind('quality.note')} />
      </fieldset>

      <PhonesFields sf={sf} />
      <LocationsFields sf={sf} />
      <ServicesFields sf={sf} />
      {provider && <FocalPersonsFields sf={sf} organisationId={provider.id} />}

      <ErrorMessage error={refused ?? error} labelOf={(path) => providerFieldLabel(t, path)} />
      <p className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('common.save')}
        </button>
        <Link className="button" to={provider ? `/directory/providers/${provider.id}` : '/directory'}>
          {t('common.cancel')}
        </Link>
      </p>
    </form>
  );
}

/** Who receives the provider's referrals: service provider users of this organisation. */
function FocalPersonsFields({ sf, organisationId }: { sf: ProviderForm; organisationId: string }) {
  const { t } = useTranslation();
  const focal = sf.bindValue('focalPersonIds');
  return (
    <fieldset>
      <legend>{t('directory.focalPersons')}</legend>
      <ul>
        {focal.value.map((f) => (
          <li key={f.id}>
            {f.label}{' '}
            <button type="button" className="link-button" onClick={() => focal.onChange(focal.value.filter((x) => x.id !== f.id))}>
              {t('directory.removeNamed', { name: f.label })}
            </button>
          </li>
        ))}
      </ul>
      <UserPicker
        label={t('directory.addFocalPerson')}
        role="service_provider"
        organisationId={organisationId}
        value={null}
        onChange={(c) => c && !focal.value.some((x) => x.id === c.id) && focal.onChange([...focal.value, c])}
        error={focal.error}
      />
    </fieldset>
  );
}
