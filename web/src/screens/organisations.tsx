import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import { useOrganisations, useWrite } from '../api/queries.js';
import { describedBy, FieldErrorText } from '../cases/fields.js';
import { useServerForm } from '../components/server-form.js';
import { ErrorMessage } from '../components/error-message.js';
import { Pager } from '../components/pager.js';
import { PlacePicker } from '../components/pickers.js';
import type { Choice } from '../components/search-picker.js';
import { kindName } from '../labels.js';
import { ORGANISATION_KINDS } from '../roles.js';
import type { ApiQuery, Organisation, OrganisationPage } from '../api/types.js';
import { QueryStatus } from '../components/query-view.js';
import { useDebounced } from '../components/use-debounced.js';
import { useSearchState } from '../components/use-search-state.js';
import { useTitle } from '../components/use-title.js';

const PAGE_SIZE = 20;
type OrganisationQuery = ApiQuery<'/api/v1/organisations'>;

export function Organisations() {
  const { t } = useTranslation();
  const { values, page, set } = useSearchState({ q: '', kind: '', active: 'true' });
  const { q, kind, active } = values;
  const typed = useDebounced(q.trim());
  const list = useOrganisations({
    q: typed || undefined,
    kind: (kind || undefined) as OrganisationQuery['kind'],
    active: (active || undefined) as OrganisationQuery['active'],
    page,
    pageSize: PAGE_SIZE,
  });
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null);
  const toggle = useWrite();
  useTitle(t('organisations.title'));

  function setActiveFlag(o: Organisation, value: boolean) {
    void toggle.run(() => answer(client.PATCH('/api/v1/organisations/{id}', { params: { path: { id: o.id } }, body: { active: value } })));
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
      {editing && <OrganisationForm organisation={editing === 'new' ? null : editing} onDone={() => setEditing(null)} onCancel={() => setEditing(null)} />}
      {!editing && (
        <OrganisationList
          q={q}
          setQ={(v) => set({ q: v }, { replace: true })}
          kind={kind}
          setKind={(v) => set({ kind: v })}
          active={active}
          setActive={(v) => set({ active: v })}
          page={page}
          setPage={(p) => set({ page: p })}
          list={list}
          writeError={toggle.error}
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
  list: UseQueryResult<OrganisationPage>;
  writeError: unknown;
  onEdit(o: Organisation): void;
  onToggle(o: Organisation): void;
};

function OrganisationList({ q, setQ, kind, setKind, active, setActive, page, setPage, list, writeError, onEdit, onToggle }: ListProps) {
  const { t } = useTranslation();
  const data = list.data;
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
      <QueryStatus query={list} />
      <ErrorMessage error={writeError} />
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
  // The place picker stands for the body's placeId.
  const { form, busy, error, run, errorOf, bindValue } = useServerForm({
    defaultValues: {
      name: organisation?.name ?? '',
      kind: (organisation?.kind ?? 'district_office') as string,
      placeId: organisation ? ({ id: organisation.placeId, label: organisation.placeName } as Choice | null) : null,
    },
  });
  const nameError = errorOf('name');
  const kindError = errorOf('kind');

  const submit = form.handleSubmit(async (v) => {
    const body = { name: v.name.trim(), kind: v.kind as (typeof ORGANISATION_KINDS)[number], placeId: v.placeId?.id ?? '' };
    const saved = await run(() =>
      organisation
        ? answer(client.PATCH('/api/v1/organisations/{id}', { params: { path: { id: organisation.id } }, body }))
        : answer(client.POST('/api/v1/organisations', { body })),
    );
    if (saved) onDone();
  });

  return (
    <form className="form panel" onSubmit={submit} aria-labelledby="org-form-title">
      <h2 id="org-form-title">{organisation ? t('organisations.edit', { name: organisation.name }) : t('organisations.create')}</h2>
      <div className="field">
        <label htmlFor="org-name">{t('organisations.name')}</label>
        <input id="org-name" required {...describedBy('org-name', undefined, nameError)} {...form.register('name')} />
        <FieldErrorText id="org-name" error={nameError} />
      </div>
      <div className="field">
        <label htmlFor="org-kind">{t('organisations.kind')}</label>
        <select id="org-kind" {...describedBy('org-kind', undefined, kindError)} {...form.register('kind')}>
          {ORGANISATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindName(t, k)}
            </option>
          ))}
        </select>
        <FieldErrorText id="org-kind" error={kindError} />
      </div>
      <PlacePicker label={t('organisations.place')} {...bindValue('placeId')} required />
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
