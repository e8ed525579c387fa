import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServiceTypes } from '../api/queries.js';
import { CheckField, CheckGroup, SelectField, TextField } from '../cases/fields.js';
import { PlacePicker } from '../components/pickers.js';
import { placeWithLevel } from '../labels.js';
import { serviceTypeName } from './labels.js';
import { emptyService, WEEKDAYS, type ProviderForm } from './provider-draft.js';

// A provider's services: what each is, for whom (ages, sex), how many places
// it has now, the places it covers, its opening hours and the provider's
// locations where it is given. Each field shows its own refusal beside it.

export function ServicesFields({ sf }: { sf: ProviderForm }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: sf.form.control, name: 'services' });
  return (
    <>
      <h2>{t('directory.services')}</h2>
      {fields.map((f, i) => (
        <ServiceFields key={f.id} sf={sf} i={i} onRemove={() => remove(i)} />
      ))}
      <p>
        <button type="button" onClick={() => append(emptyService())}>
          {t('directory.addService')}
        </button>
      </p>
    </>
  );
}

function ServiceFields({ sf, i, onRemove }: { sf: ProviderForm; i: number; onRemove(): void }) {
  const { t } = useTranslation();
  const types = useServiceTypes();
  const { form, bind, bindValue, errorOf } = sf;
  const at = `services.${i}` as const;
  const name = form.watch(`${at}.name`);
  const areas = form.watch(`${at}.areaPlaceIds`);
  const locations = form.watch('locations');
  const serviceType = bindValue(`${at}.serviceType`);
  const addArea = bindValue(`${at}.areaPlaceIds`);
  return (
    <fieldset className="panel">
      <legend>{t('directory.service', { n: i + 1 })}</legend>
      <SelectField
        label={t('directory.serviceType')}
        empty=""
        options={(types.data?.items ?? []).map((x) => ({ value: x.code, label: serviceTypeName(types.data?.items, x.code) }))}
        {...serviceType}
        onChange={(code) => {
          serviceType.onChange(code);
          // A new service is named after its type until someone names it.
          if (!form.getValues(`${at}.name`)) form.setValue(`${at}.name`, serviceTypeName(types.data?.items, code));
        }}
      />
      <TextField label={t('directory.serviceName')} {...bind(`${at}.name`)} />
      <div className="inline-fields">
        <TextField label={t('directory.minAge')} type="number" min={0} max={25} {...bind(`${at}.minAge`)} />
        <TextField label={t('directory.maxAge')} type="number" min={0} max={25} {...bind(`${at}.maxAge`)} />
        <SelectField
          label={t('directory.sexes')}
          empty={t('directory.anySex')}
          options={[
            { value: 'female', label: t('directory.female') },
            { value: 'male', label: t('directory.male') },
          ]}
          {...bind(`${at}.sexes`)}
        />
        <TextField label={t('directory.capacity')} hint={t('directory.capacityHint')} type="number" min={0} {...bind(`${at}.capacityAvailable`)} />
      </div>
      <div className="field">
        <span className="label">{t('directory.areas')}</span>
        <ul>
          {areas.map((a) => (
            <li key={a.id}>
              {a.level !== undefined ? placeWithLevel(t, { name: a.label.split(' · ')[0]!, level: a.level }) : a.label}{' '}
              <button type="button" className="link-button" onClick={() => addArea.onChange(areas.filter((x) => x.id !== a.id))}>
                {t('directory.removeNamed', { name: a.label })}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <PlacePicker
        label={t('directory.addArea')}
        hint={t('directory.areaHint')}
        value={null}
        onChange={(c) => c && !areas.some((a) => a.id === c.id) && addArea.onChange([...areas, c])}
        error={addArea.error}
      />
      <SchedulesFields sf={sf} i={i} />
      {locations.length > 0 && (
        <CheckGroup
          legend={t('directory.givenAt')}
          options={locations.map((l) => ({ value: l.id, label: l.name || t('directory.locationName') }))}
          {...bindValue(`${at}.locationIds`)}
        />
      )}
      <CheckField label={t('directory.active')} field={form.register(`${at}.active`)} error={errorOf(`${at}.active`)} />
      <p>
        <button type="button" onClick={onRemove}>
          {t('directory.removeNamed', { name: name || t('directory.service', { n: i + 1 }) })}
        </button>
      </p>
    </fieldset>
  );
}

/** A service's opening hours: the days, and the hours on them. */
function SchedulesFields({ sf, i }: { sf: ProviderForm; i: number }) {
  const { t } = useTranslation();
  const { fields } = useFieldArray({ control: sf.form.control, name: `services.${i}.schedules` });
  const days = WEEKDAYS.map((day) => ({ value: day, label: t(`directory.weekdays.${day}`) }));
  return fields.map((f, j) => {
    const at = `services.${i}.schedules.${j}` as const;
    return (
      <fieldset key={f.id}>
        <legend>{t('directory.schedule')}</legend>
        <CheckGroup legend={t('directory.days')} options={days} {...sf.bindValue(`${at}.byday`)} />
        <div className="inline-fields">
          <TextField label={t('directory.opensAt')} type="time" {...sf.bind(`${at}.opensAt`)} />
          <TextField label={t('directory.closesAt')} type="time" {...sf.bind(`${at}.closesAt`)} />
          <TextField label={t('directory.scheduleNote')} {...sf.bind(`${at}.description`)} />
        </div>
      </fieldset>
    );
  });
}
