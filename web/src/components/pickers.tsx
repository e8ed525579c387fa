import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import { levelName } from '../labels.js';
import { NATIONAL_PLACE_ID } from '../roles.js';
import type { ApiQuery } from '../api/types.js';
import { SearchPicker, type Choice } from './search-picker.js';

type PickerProps = { label: string; value: Choice | null; onChange(c: Choice | null): void; required?: boolean; hint?: string; error?: string };

/** A place, found by name; each result shows its full path and level (e.g. "Gasabo, Kigali · Akarere"). */
export function PlacePicker({ levels, ...props }: PickerProps & { levels?: number[] | null }) {
  const { t } = useTranslation();
  const key = levels?.join(',') ?? '';
  const search = useCallback(
    async (q: string) => {
      const wanted = key ? key.split(',').map(Number) : null;
      const only = wanted && wanted.filter((l) => l > 0);
      const res = await answer(client.GET('/api/v1/places', { params: { query: { q, level: only && only.length === 1 ? only[0] : undefined, limit: 15 } } }));
      return res.items
        .filter((p) => !wanted || wanted.includes(p.level))
        .map((p) => ({ id: p.id, level: p.level, label: `${p.label} · ${levelName(t, p.level)}` }));
    },
    [key, t],
  );
  const national = !levels || levels.includes(0);
  const extra = national ? [{ id: NATIONAL_PLACE_ID, level: 0, label: t('places.wholeCountry') }] : [];
  return <SearchPicker {...props} search={search} extra={extra} />;
}

export function OrganisationPicker(props: PickerProps) {
  const search = useCallback(async (q: string) => {
    const res = await answer(client.GET('/api/v1/organisations', { params: { query: { q, active: 'true', pageSize: 15 } } }));
    return res.items.map((o) => ({ id: o.id, label: `${o.name} (${o.placeName})` }));
  }, []);
  return <SearchPicker {...props} search={search} />;
}

/** People, optionally only supervisors of one organisation (a caseworker's supervisor is in their organisation). */
export function UserPicker({ role, organisationId, ...props }: PickerProps & { role?: string; organisationId?: string | null }) {
  const search = useCallback(
    async (q: string) => {
      const res = await answer(
        client.GET('/api/v1/users', {
          params: {
            query: {
              q: q || undefined,
              role: role as ApiQuery<'/api/v1/users'>['role'],
              organisationId: organisationId ?? undefined,
              active: 'true',
              pageSize: 15,
            },
          },
        }),
      );
      return res.items.map((u) => ({ id: u.id, label: `${u.fullName} (${u.username})` }));
    },
    [role, organisationId],
  );
  return <SearchPicker {...props} search={search} minChars={role ? 0 : 2} />;
}
