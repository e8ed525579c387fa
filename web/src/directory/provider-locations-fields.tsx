import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../cases/fields.js';
import { PlacePicker } from '../components/pickers.js';
import { emptyLocation, emptyPhone, type ProviderForm } from './provider-draft.js';

// Where a provider is found and how it is reached: its locations (each on the
// map; the services given at each are chosen with the service) and its phones.

const PHONE_TYPES = ['voice', 'cell', 'sms', 'hotline', 'text', 'fax'] as const;

export function LocationsFields({ sf }: { sf: ProviderForm }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: sf.form.control, name: 'locations' });
  const locations = sf.form.watch('locations');
  return (
    <fieldset>
      <legend>{t('directory.locations')}</legend>
      {fields.map((f, i) => (
        <div key={f.id} className="panel">
          <TextField label={t('directory.locationName')} {...sf.bind(`locations.${i}.name`)} />
          <PlacePicker label={t('directory.locationPlace')} required {...sf.bindValue(`locations.${i}.placeId`)} />
          <TextField label={t('directory.address')} {...sf.bind(`locations.${i}.address`)} />
          <button type="button" onClick={() => remove(i)}>
            {t('directory.removeNamed', { name: locations[i]?.name || t('directory.locationName') })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => append(emptyLocation())}>
        {t('directory.addLocation')}
      </button>
    </fieldset>
  );
}

export function PhonesFields({ sf }: { sf: ProviderForm }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: sf.form.control, name: 'phones' });
  const phones = sf.form.watch('phones');
  return (
    <fieldset>
      <legend>{t('directory.phones')}</legend>
      {fields.map((f, i) => (
        <div className="inline-fields" key={f.id}>
          <TextField label={t('directory.phoneNumber')} type="tel" {...sf.bind(`phones.${i}.number`)} />
          <SelectField
            label={t('directory.phoneType')}
            options={PHONE_TYPES.map((k) => ({ value: k, label: t(`directory.phoneTypes.${k}`) }))}
            {...sf.bind(`phones.${i}.type`)}
          />
          <button type="button" onClick={() => remove(i)}>
            {t('directory.removeNamed', { name: phones[i]?.number || t('directory.phoneNumber') })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => append(emptyPhone())}>
        {t('directory.addPhone')}
      </button>
    </fieldset>
  );
}
