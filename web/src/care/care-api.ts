import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, client } from '../api/client.js';
import type { ApiBody } from '../api/types.js';

// Alternative care's reads and writes, typed from the OpenAPI document.

export function useCaseCare(caseId: string) {
  return useQuery({
    queryKey: ['case', caseId, 'care'],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/cases/{id}/care', { params: { path: { id: caseId } }, signal })),
  });
}

export function useCarerMatches(caseId: string, careForm: 'emergency_foster_care' | 'long_term_foster_care' | null, siblingGroup: number) {
  return useQuery({
    queryKey: ['case', caseId, 'care', 'matches', careForm, siblingGroup],
    queryFn: ({ signal }) =>
      answer(client.GET('/api/v1/cases/{id}/care/carer-matches', { params: { path: { id: caseId }, query: { careForm: careForm!, siblingGroup } }, signal })),
    enabled: careForm !== null,
  });
}

export function useIzuPlacements() {
  return useQuery({ queryKey: ['care', 'izu-placements'], queryFn: ({ signal }) => answer(client.GET('/api/v1/care/izu/placements', { signal })) });
}

type CaseWrite =
  | { kind: 'gatekeeping'; body: ApiBody<'/api/v1/cases/{id}/care/gatekeeping', 'post'> }
  | { kind: 'answer'; body: ApiBody<'/api/v1/cases/{id}/care/gatekeeping/answer', 'post'> }
  | { kind: 'place'; body: ApiBody<'/api/v1/cases/{id}/care/placements', 'post'> }
  | { kind: 'visit'; body: ApiBody<'/api/v1/cases/{id}/care/placement/visits', 'post'> }
  | { kind: 'review'; body: ApiBody<'/api/v1/cases/{id}/care/placement/reviews', 'post'> };

/** One write on the case's care; the case's cached answers are read again after it. */
export function useCareWrite(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (w: CaseWrite) => {
      const path = { params: { path: { id: caseId } } };
      switch (w.kind) {
        case 'gatekeeping':
          return answer(client.POST('/api/v1/cases/{id}/care/gatekeeping', { ...path, body: w.body }));
        case 'answer':
          return answer(client.POST('/api/v1/cases/{id}/care/gatekeeping/answer', { ...path, body: w.body }));
        case 'place':
          return answer(client.POST('/api/v1/cases/{id}/care/placements', { ...path, body: w.body }));
        case 'visit':
          return answer(client.POST('/api/v1/cases/{id}/care/placement/visits', { ...path, body: w.body }));
        case 'review':
          return answer(client.POST('/api/v1/cases/{id}/care/placement/reviews', { ...path, body: w.body }));
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['case', caseId] }),
  });
}

export function useIzuVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { placementId: string; body: ApiBody<'/api/v1/care/izu/placements/{id}/visits', 'post'> }) =>
      answer(client.POST('/api/v1/care/izu/placements/{id}/visits', { params: { path: { id: v.placementId } }, body: v.body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['care', 'izu-placements'] }),
  });
}
