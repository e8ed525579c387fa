import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, client } from '../api/client.js';
import type { ApiAnswer, ApiQuery } from '../api/types.js';

// Alternative care's reads, typed from the OpenAPI document. Writes go
// through each form's useServerForm (a refusal shows beside its field); the
// one query cache reads what is on screen again after a write succeeds.

export type CareForm = ApiAnswer<'/api/v1/care/forms'>['items'][number]['code'];
export type Carer = ApiAnswer<'/api/v1/care/carers/{id}'>;
export type CarerQuery = ApiQuery<'/api/v1/care/carers'>;
export type CareLeaver = ApiAnswer<'/api/v1/care-leavers'>['items'][number];

export const CARE_FORMS = [
  'kinship_care',
  'emergency_foster_care',
  'long_term_foster_care',
  'domestic_adoption',
  'supervised_independent_living',
  'residential_care',
] as const satisfies readonly CareForm[];
export const FOSTER_FORMS: readonly CareForm[] = ['emergency_foster_care', 'long_term_foster_care'];
export const CARER_STATUSES = ['applicant', 'assessed', 'trained', 'approved', 'refused'] as const satisfies readonly Carer['status'][];
export const CARER_FOUND_BY = ['izu', 'local_leader', 'community_forum', 'other'] as const satisfies readonly Carer['foundBy'][];

export function useCaseCare(caseId: string) {
  return useQuery({
    queryKey: ['case', caseId, 'care'],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/cases/{id}/care', { params: { path: { id: caseId } }, signal })),
  });
}

export function useCarerMatches(caseId: string, careForm: CareForm | null, siblingGroup: number) {
  const foster = careForm === 'emergency_foster_care' || careForm === 'long_term_foster_care' ? careForm : null;
  return useQuery({
    queryKey: ['case', caseId, 'care', 'matches', foster, siblingGroup],
    queryFn: ({ signal }) =>
      answer(client.GET('/api/v1/cases/{id}/care/carer-matches', { params: { path: { id: caseId }, query: { careForm: foster!, siblingGroup } }, signal })),
    enabled: foster !== null && siblingGroup >= 1,
  });
}

export function useIzuPlacements() {
  return useQuery({ queryKey: ['care', 'izu-placements'], queryFn: ({ signal }) => answer(client.GET('/api/v1/care/izu/placements', { signal })) });
}

export function useCarers(query: CarerQuery) {
  return useQuery({
    queryKey: ['care', 'carers', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/care/carers', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useCarer(id: string) {
  return useQuery({
    queryKey: ['care', 'carer', id],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/care/carers/{id}', { params: { path: { id } }, signal })),
  });
}

export function useCareLeavers(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['care', 'leavers', page, pageSize],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/care-leavers', { params: { query: { page, pageSize } }, signal })),
    placeholderData: keepPreviousData,
  });
}
