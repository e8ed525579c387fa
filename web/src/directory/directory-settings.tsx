import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import { useReferralPathways, useServiceTypes, useWrite } from '../api/queries.js';
import type { ServiceType } from '../api/types.js';
import { describedBy, FieldErrorText } from '../cases/fields.js';
import { ErrorMessage } from '../components/error-message.js';
import { sharedResolver, useServerForm } from '../components/server-form.js';
import { QueryView } from '../components/query-view.js';
import { useTitle } from '../components/use-title.js';
import { kindName } from '../labels.js';
import { ORGANISATION_KINDS } from '../roles.js';
import { serviceTypeName } from './labels.js';
import { CASE_TYPES } from '../../../src/cases/case-vocabulary.js';
import { putServiceTypeSchema, type PutServiceTypeInput } from '../../../src/directory/directory.schemas.js';

// The directory's shared lists, kept by administrators: the service types (in
// the three languages; a type is switched off, never deleted) and the
// referral pathways of the framework's Table 4.

const TYPE_LABELS: Record<string, string> = {
  code: 'directory.typeCode',
  nameRw: 'directory.typeNameRw',
  nameEn: 'directory.typeNameEn',
  nameFr: 'directory.typeNameFr',
  sortOrder: 'directory.typeOrder',
};

const blank = { code: '', nameRw: '', nameEn: '', nameFr: '', active: true, sortOrder: 100 };

export function DirectorySettingsScreen() {
  const { t } = useTranslation();
  const types = useServiceTypes(true);
  const pathways = useReferralPathways();
  const [editing, setEditing] = useState<ServiceType | null>(null);
  const [pathway, setPathway] = useState<string | null>(null);
  useTitle(t('directory.settings'));
  return (
    <section aria-labelledby="dir-settings-title">
      <h1 id="dir-settings-title">{t('directory.settings')}</h1>
      <h2>{t('directory.typesTitle')}</h2>
      <QueryView query={types}>
        {(data) => (
          <table className="responsive">
            <caption className="visually-hidden">{t('directory.typesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('directory.typeCode')}</th>
                <th scope="col">{t('directory.typeNameRw')}</th>
                <th scope="col">{t('directory.typeNameEn')}</th>
                <th scope="col">{t('directory.typeNameFr')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((x) => (
                <tr key={x.code}>
                  <td>
                    {x.code}
                    {!x.active && <span className="badge badge-off"> {t('directory.inactive')}</span>}
                  </td>
                  <td>{x.nameRw}</td>
                  <td>{x.nameEn}</td>
                  <td>{x.nameFr}</td>
                  <td>
                    <button type="button" onClick={() => setEditing(x)}>
                      {t('common.edit')}
                      <span className="visually-hidden"> {x.code}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
      <TypeForm key={editing?.code ?? 'new'} type={editing} onDone={() => setEditing(null)} />
      <h2>{t('directory.pathwaysTitle')}</h2>
      <QueryView query={pathways}>
        {(data) => (
          <>
            <div className="field">
              <label htmlFor="pw-case-type">{t('directory.editPathway')}</label>
              <select id="pw-case-type" value={pathway ?? ''} onChange={(e) => setPathway(e.target.value || null)}>
                <option value="" />
                {CASE_TYPES.map((c) => (
                  <option key={c} value={c}>
                    {t(`vocab.caseTypes.${c}`)}
                  </option>
                ))}
              </select>
            </div>
            {pathway && (
              <PathwayForm
                key={pathway}
                caseType={pathway}
                types={types.data?.items ?? []}
                entries={data.items.filter((p) => p.caseType === pathway)}
                onDone={() => setPathway(null)}
              />
            )}
            <table className="responsive">
              <caption className="visually-hidden">{t('directory.pathwaysTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('directory.caseType')}</th>
                  <th scope="col">{t('directory.serviceType')}</th>
                  <th scope="col">{t('directory.agencyKind')}</th>
                  <th scope="col">{t('directory.lead')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((p) => (
                  <tr key={`${p.caseType}/${p.serviceType}/${p.agencyKind}`}>
                    <td>{t(`vocab.caseTypes.${p.caseType}`, { defaultValue: p.caseType })}</td>
                    <td>{serviceTypeName(types.data?.items, p.serviceType)}</td>
                    <td>{kindName(t, p.agencyKind)}</td>
                    <td>{p.lead ? t('directory.lead') : t('directory.support')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </QueryView>
    </section>
  );
}

type Entry = { serviceType: string; agencyKind: (typeof ORGANISATION_KINDS)[number]; lead: boolean };

/** One case type's pathway (framework Table 4), replaced whole. */
function PathwayForm({
  caseType,
  types,
  entries,
  onDone,
}: {
  caseType: string;
  types: ServiceType[];
  entries: { serviceType: string; agencyKind: string; lead: boolean }[];
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Entry[]>(
    entries.map((e) => ({ serviceType: e.serviceType, agencyKind: e.agencyKind as Entry['agencyKind'], lead: e.lead })),
  );
  const write = useWrite();
  const change = (i: number, patch: Partial<Entry>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  async function submit(e: FormEvent) {
    e.preventDefault();
    const ok = await write.run(() =>
      answer(client.PUT('/api/v1/directory/referral-pathways', { body: { caseType: caseType as (typeof CASE_TYPES)[number], entries: rows } })),
    );
    if (ok) onDone();
  }
  return (
    <form className="form panel" onSubmit={submit}>
      <h3>{t(`vocab.caseTypes.${caseType}`)}</h3>
      {rows.map((r, i) => (
        <div className="inline-fields" key={i}>
          <div className="field">
            <label htmlFor={`pw-${i}-type`}>{t('directory.serviceType')}</label>
            <select id={`pw-${i}-type`} value={r.serviceType} onChange={(e) => change(i, { serviceType: e.target.value })}>
              {types.map((x) => (
                <option key={x.code} value={x.code}>
                  {serviceTypeName(types, x.code)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`pw-${i}-kind`}>{t('directory.agencyKind')}</label>
            <select id={`pw-${i}-kind`} value={r.agencyKind} onChange={(e) => change(i, { agencyKind: e.target.value as Entry['agencyKind'] })}>
              {ORGANISATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindName(t, k)}
                </option>
              ))}
            </select>
          </div>
          <label>
            <input type="checkbox" checked={r.lead} onChange={(e) => change(i, { lead: e.target.checked })} /> {t('directory.lead')}
          </label>
          <button type="button" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
            {t('directory.remove')}
          </button>
        </div>
      ))}
      <p>
        <button type="button" onClick={() => setRows([...rows, { serviceType: types[0]?.code ?? '', agencyKind: 'ngo', lead: false }])}>
          {t('directory.addEntry')}
        </button>
      </p>
      <ErrorMessage
        error={write.error}
        labelOf={(path) => (/^entries\.\d+/.test(path) ? `${t('directory.serviceType')} ${Number(path.split('.')[1]) + 1}` : undefined)}
      />
      <p className="actions">
        <button type="submit" className="primary" disabled={write.busy}>
          {t('common.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </p>
    </form>
  );
}

function TypeForm({ type, onDone }: { type: ServiceType | null; onDone(): void }) {
  const { t } = useTranslation();
  // The server's own schema checks the form before it is sent, in the same words.
  const { form, busy, error, run, errorOf } = useServerForm<PutServiceTypeInput>({
    defaultValues: type ?? blank,
    resolver: sharedResolver(putServiceTypeSchema, t),
  });
  const submit = form.handleSubmit(async (body) => {
    const ok = await run(() => answer(client.PUT('/api/v1/directory/service-types', { body })));
    if (ok) {
      form.reset(blank);
      onDone();
    }
  });
  const field = (key: 'code' | 'nameRw' | 'nameEn' | 'nameFr', label: string) => {
    const fieldError = errorOf(key);
    return (
      <div className="field">
        <label htmlFor={`st-${key}`}>{label}</label>
        <input id={`st-${key}`} readOnly={key === 'code' && !!type} {...describedBy(`st-${key}`, undefined, fieldError)} {...form.register(key)} />
        <FieldErrorText id={`st-${key}`} error={fieldError} />
      </div>
    );
  };
  const orderError = errorOf('sortOrder');
  return (
    <form className="form panel" onSubmit={submit}>
      <h3>{type ? `${t('common.edit')} ${type.code}` : t('directory.addType')}</h3>
      {field('code', t('directory.typeCode'))}
      {field('nameRw', t('directory.typeNameRw'))}
      {field('nameEn', t('directory.typeNameEn'))}
      {field('nameFr', t('directory.typeNameFr'))}
      <div className="field">
        <label htmlFor="st-order">{t('directory.typeOrder')}</label>
        <input
          id="st-order"
          type="number"
          min={0}
          {...describedBy('st-order', undefined, orderError)}
          {...form.register('sortOrder', { valueAsNumber: true })}
        />
        <FieldErrorText id="st-order" error={orderError} />
      </div>
      <label>
        <input type="checkbox" {...form.register('active')} /> {t('directory.active')}
      </label>
      <ErrorMessage error={error} labelOf={(path) => TYPE_LABELS[path] && t(TYPE_LABELS[path])} />
      <p className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('common.save')}
        </button>
      </p>
    </form>
  );
}
