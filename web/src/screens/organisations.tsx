import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../api.js';
import { ErrorMessage } from '../components/error-message.js';
import { Pager } from '../components/pager.js';
import { PlacePicker } from '../components/pickers.js';
import type { Choice } from '../components/search-picker.js';
import { kindName } from '../labels.js';
import { ORGANISATION_KINDS } from '../roles.js';
import type { Organisation, OrganisationPage } from '../api/types.js';

const PAGE_SIZE = 20;

export function Organisations() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState('');
  const [active, setActive] = useState('true');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<OrganisationPage | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api
        .get<OrganisationPage>(`/organisations${query({ q: q.trim(), kind, active, page, pageSize: PAGE_SIZE })}`)
        .then((d) => live && (setData(d), setError(null)))
        .catch((e) => live && setError(e));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, kind, active, page, version]);

  async function setActiveFlag(o: Organisation, value: boolean) {
    setError(null);
    try {
      await api.patch(`/organisations/${o.id}`, { active: value });
      setVersion((v) => v + 1);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <section aria-labelledby="organisations-title">
      <div className="page-head">
        <h1 id="organisations-title">{t('organisations.title')}</h1>
        {!editing && (
          <p className="actions">
            <button type="button" className="primary" onClick={() => setEditing('new')}>
              {t('organisations.create')}
            </button>
          </p>
        )}
      </div>
      {editing && (
        <OrganisationForm
          organisation={editing === 'new' ? null : editing}
          onDone={() => {
            setEditing(null);
            setVersion((v) => v + 1);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {!editing && (
        <OrganisationList
          {...{ q, setQ, kind, setKind, active, setActive, page, setPage, data, error }}
          onEdit={setEditing}
          onToggle={(o) => void setActiveFlag(o, !o.active)}
        />
      )}
    </section>
  );
}

type ListProps = {
  q: string;
  setQ(v: string): void;
  kind: string;
  setKind(v: string): void;
  active: string;
  setActive(v: string): void;
  page: number;
  setPage(v: number): void;
  data: OrganisationPage | null;
  error: unknown;
  onEdit(o: Organisation): void;
  onToggle(o: Organisation): void;
};

function OrganisationList({ q, setQ, kind, setKind, active, setActive, page, setPage, data, error, onEdit, onToggle }: ListProps) {
  const { t } = useTranslation();
  return (
    <>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="org-q">{t('organisations.search')}</label>
          <input id="org-q" type="search" value={q} onChange={(e) => (setQ(e.target.value), setPage(1))} />
        </div>
        <div className="field">
          <label htmlFor="org-kind-filter">{t('organisations.kind')}</label>
          <select id="org-kind-filter" value={kind} onChange={(e) => (setKind(e.target.value), setPage(1))}>
            <option value="">{t('common.all')}</option>
            {ORGANISATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindName(t, k)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="org-active">{t('users.status')}</label>
          <select id="org-active" value={active} onChange={(e) => (setActive(e.target.value), setPage(1))}>
            <option value="">{t('common.all')}</option>
            <option value="true">{t('users.active')}</option>
            <option value="false">{t('users.inactive')}</option>
          </select>
        </div>
      </form>
      <ErrorMessage error={error} />
      {data && data.items.length === 0 && <p>{t('common.noneFound')}</p>}
      {data && data.items.length > 0 && (
        <table className="responsive">
          <caption className="visually-hidden">{t('organisations.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organisations.name')}</th>
              <th scope="col">{t('organisations.kind')}</th>
              <th scope="col">{t('organisations.place')}</th>
              <th scope="col">{t('users.status')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((o) => (
              <tr key={o.id}>
                <td data-label={t('organisations.name')}>{o.name}</td>
                <td data-label={t('organisations.kind')}>{kindName(t, o.kind)}</td>
                <td data-label={t('organisations.place')}>{o.placeName}</td>
                <td data-label={t('users.status')}>
                  <span className={o.active ? 'badge badge-ok' : 'badge badge-off'}>{o.active ? t('users.active') : t('users.inactive')}</span>
                </td>
                <td data-label={t('common.actions')}>
                  <div className="row-actions">
                    <button type="button" onClick={() => onEdit(o)}>
                      {t('common.edit')}
                      <span className="visually-hidden"> {o.name}</span>
                    </button>
                    <button type="button" onClick={() => onToggle(o)}>
                      {o.active ? t('organisations.deactivate') : t('organisations.reactivate')}
                      <span className="visually-hidden"> {o.name}</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} />}
    </>
  );
}

function OrganisationForm({ organisation, onDone, onCancel }: { organisation: Organisation | null; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(organisation?.name ?? '');
  const [kind, setKind] = useState<string>(organisation?.kind ?? 'district_office');
  const [place, setPlace] = useState<Choice | null>(organisation ? { id: organisation.placeId, label: organisation.placeName } : null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { name: name.trim(), kind, placeId: place?.id ?? '' };
      if (organisation) await api.patch(`/organisations/${organisation.id}`, body);
      else await api.post('/organisations', body);
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form panel" onSubmit={submit} aria-labelledby="org-form-title">
      <h2 id="org-form-title">{organisation ? t('organisations.edit', { name: organisation.name }) : t('organisations.create')}</h2>
      <div className="field">
        <label htmlFor="org-name">{t('organisations.name')}</label>
        <input id="org-name" required value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="org-kind">{t('organisations.kind')}</label>
        <select id="org-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          {ORGANISATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindName(t, k)}
            </option>
          ))}
        </select>
      </div>
      <PlacePicker label={t('organisations.place')} value={place} onChange={setPlace} required />
      <ErrorMessage error={error} />
      <p className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </p>
    </form>
  );
}
