import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import { SearchPicker, type Choice } from '../components/search-picker.js';
import { roleName } from '../labels.js';

// A Rinda user picked while working a case (a conference participant, the
// person responsible for an action), found by name or organisation among the
// users the case may take in (GET /cases/:id/conference-candidates; any caseworker of the case).

export function CaseUserPicker({
  caseId,
  label,
  value,
  onChange,
  required,
  hint,
  error,
}: {
  caseId: string;
  label: string;
  value: Choice | null;
  onChange(c: Choice | null): void;
  required?: boolean;
  hint?: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const search = useCallback(
    async (q: string) => {
      const res = await answer(client.GET('/api/v1/cases/{id}/conference-candidates', { params: { path: { id: caseId }, query: { q } } }));
      return res.items.map((u) => ({ id: u.id, label: [u.fullName, roleName(t, u.role), u.organisationName].filter(Boolean).join(' · ') }));
    },
    [caseId, t],
  );
  return <SearchPicker label={label} value={value} onChange={onChange} search={search} required={required} hint={hint} error={error} />;
}
