import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import { useReferralPathways, useServiceTypes, useWrite } from '../api/queries.js';
import type { ServiceType } from '../api/types.js';
import { ErrorMessage } from '../components/error-message.js';
import { QueryView } from '../components/query-view.js';
import { useTitle } from '../components/use-title.js';
import { kindName } from '../labels.js';
import { serviceTypeName } from './labels.js';

// The directory's shared lists, kept by administrators: the service types (in
// the three languages; a type is switched off, never deleted) and the
// referral pathways of the framework's Table 4.

const blank = { code: '', nameRw: '', nameEn: '', nameFr: '', active: true, sortOrder: 100 };

export function DirectorySettingsScreen() {
  const { t } = useTranslation();
  const types = useServiceTypes(true);
  const pathways = useReferralPathways();
  const [editing, setEditing] = useState<ServiceType | null>(null);
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
                  <td>{x.code}{!x.active && <span className="badge badge-off"> {t('directory.inactive')}</span>}</td>
                  <td>{x.nameRw}</td>
                  <td>{x.nameEn}</td>
                  <td>{x.nameFr}</td>
                  <td><button type="button" onClick={() => setEditing(x)}>{t('common.edit')}<span className="visually-hidden"> {x.code}</span></button></td>
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
        )}
      </QueryView>
    </section>
  );
}

function TypeForm({ type, onDone }: { type: ServiceType | null; onDone(): void }) {
  const { t } = useTranslation();
  const [v, setV] = useState(type ?? blank);
  const write = useWrite();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const ok = await write.run(() => answer(client.PUT('/api/v1/directory/service-types', { body: v })));
    if (ok) {
      setV(blank);
      onDone();
    }
  }
  const field = (key: 'code' | 'nameRw' | 'nameEn' | 'nameFr', label: string) => (
    <div className="field">
      <label htmlFor={`st-${key}`}>{label}</label>
      <input id={`st-${key}`} required value={v[key]} readOnly={key === 'code' && !!type} onChange={(e) => setV({ ...v, [key]: e.target.value })} />
    </div>
  );
  return (
    <form className="form panel" onSubmit={submit}>
      <h3>{type ? `${t('common.edit')} ${type.code}` : t('directory.addType')}</h3>
      {field('code', t('directory.typeCode'))}
      {field('nameRw', t('directory.typeNameRw'))}
      {field('nameEn', t('directory.typeNameEn'))}
      {field('nameFr', t('directory.typeNameFr'))}
      <div className="field">
        <label htmlFor="st-order">{t('directory.typeOrder')}</label>
        <input id="st-order" type="number" min={0} value={v.sortOrder} onChange={(e) => setV({ ...v, sortOrder: Number(e.target.value) })} />
      </div>
      <label><input type="checkbox" checked={v.active} onChange={(e) => setV({ ...v, active: e.target.checked })} /> {t('directory.active')}</label>
      <ErrorMessage error={write.error} />
      <p className="actions"><button type="submit" className="primary" disabled={write.busy}>{t('common.save')}</button></p>
    </form>
  );
}
