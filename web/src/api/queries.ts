import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { answer, client } from './client.js';
import type { ApiQuery } from './types.js';

// One hook per API resource the screens read, each a typed call of the
// generated client cached under a key that names the resource. Keys start
// with the record they belong to (['case', id, …]), so a case's sections sit
// beside its file in the cache. Lists keep the previous page on screen while
// the next one loads.

const paged = { placeholderData: keepPreviousData };
type Paging = { page?: number; pageSize?: number };

// Cases (steps 4-9)

/** The case file: GET /cases/:id, audited by the server as case.read. */
export function useCase(id: string) {
  return useQuery({ queryKey: ['case', id], queryFn: ({ signal }) => answer(client.GET('/api/v1/cases/{id}', { params: { path: { id } }, signal })) });
}

// The case file's sections that the server answers apart from the file (each audited under its own action).
const SECTIONS = {
  notes: (id: string, query: Paging, signal: AbortSignal) => client.GET('/api/v1/cases/{id}/notes', { params: { path: { id }, query }, signal }),
  feedback: (id: string, query: Paging, signal: AbortSignal) => client.GET('/api/v1/cases/{id}/feedback', { params: { path: { id }, query }, signal }),
  services: (id: string, query: Paging, signal: AbortSignal) => client.GET('/api/v1/cases/{id}/services', { params: { path: { id }, query }, signal }),
  visits: (id: string, query: Paging, signal: AbortSignal) => client.GET('/api/v1/cases/{id}/visits', { params: { path: { id }, query }, signal }),
  'visit-requests': (id: string, query: Paging, signal: AbortSignal) =>
    client.GET('/api/v1/cases/{id}/visit-requests', { params: { path: { id }, query }, signal }),
  reviews: (id: string, query: Paging, signal: AbortSignal) => client.GET('/api/v1/cases/{id}/reviews', { params: { path: { id }, query }, signal }),
  transfers: (id: string, query: Paging, signal: AbortSignal) => client.GET('/api/v1/cases/{id}/transfers', { params: { path: { id }, query }, signal }),
  referrals: (id: string, query: Paging, signal: AbortSignal) => client.GET('/api/v1/cases/{id}/referrals', { params: { path: { id }, query }, signal }),
  attachments: (id: string, query: Paging, signal: AbortSignal) => client.GET('/api/v1/cases/{id}/attachments', { params: { path: { id }, query }, signal }),
  closure: (id: string, _query: Paging, signal: AbortSignal) => client.GET('/api/v1/cases/{id}/closure', { params: { path: { id } }, signal }),
  'paper-file': (id: string, _query: Paging, signal: AbortSignal) => client.GET('/api/v1/cases/{id}/paper-file', { params: { path: { id } }, signal }),
  'allocation-candidates': (id: string, _query: Paging, signal: AbortSignal) =>
    client.GET('/api/v1/cases/{id}/allocation/candidates', { params: { path: { id } }, signal }),
  'eligible-izus': (id: string, _query: Paging, signal: AbortSignal) =>
    client.GET('/api/v1/cases/{id}/visit-requests/izus', { params: { path: { id } }, signal }),
};
type Section = keyof typeof SECTIONS;
type SectionAnswer<S extends Section> = NonNullable<Awaited<ReturnType<(typeof SECTIONS)[S]>>['data']>;

/** One section of a case file (its notes, visits, closure…), a page at a time where it is a list. */
export function useCaseSection<S extends Section>(id: string, section: S, query: Paging = {}) {
  return useQuery({
    queryKey: ['case', id, section, query],
    queryFn: ({ signal }) => answer(SECTIONS[section](id, query, signal) as Promise<{ data?: SectionAnswer<S>; error?: unknown; response: Response }>),
    ...paged,
  });
}

/** Children already known who may be the one being taken in (intake: framework step 4). */
export function useChildMatches(query: ApiQuery<'/api/v1/children/matches'> | null) {
  return useQuery({
    queryKey: ['child-matches', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/children/matches', { params: { query: query! }, signal })),
    enabled: query !== null,
    ...paged,
  });
}

export function usePlanVersion(id: string, version: number) {
  return useQuery({
    queryKey: ['case', id, 'plan', version],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/cases/{id}/plan/versions/{version}', { params: { path: { id, version } }, signal })),
  });
}

export function useCases(query: ApiQuery<'/api/v1/cases'>) {
  return useQuery({ queryKey: ['cases', query], queryFn: ({ signal }) => answer(client.GET('/api/v1/cases', { params: { query }, signal })), ...paged });
}

export function useConference(id: string) {
  return useQuery({
    queryKey: ['conference', id],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/conferences/{id}', { params: { path: { id } }, signal })),
  });
}

export function useInvitations() {
  return useQuery({ queryKey: ['invitations'], queryFn: ({ signal }) => answer(client.GET('/api/v1/conferences/invitations', { signal })) });
}

export function usePaperFiles(query: ApiQuery<'/api/v1/paper-files'>) {
  return useQuery({
    queryKey: ['paper-files', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/paper-files', { params: { query }, signal })),
    ...paged,
  });
}

export function useIncomingTransfers(query: Paging) {
  return useQuery({
    queryKey: ['transfers-incoming', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/transfers/incoming', { params: { query }, signal })),
    ...paged,
  });
}

// Referrals (step 7): the providers a case may be referred to, and a provider's inbox and referral.
export function useReferralProviders(caseId: string, serviceType: string) {
  return useQuery({
    queryKey: ['case', caseId, 'referral-providers', serviceType],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/cases/{id}/referral-providers', { params: { path: { id: caseId }, query: { serviceType } }, signal })),
    enabled: serviceType !== '',
  });
}

export function useReportReferralProviders(reportId: string, serviceType: string) {
  return useQuery({
    queryKey: ['report', reportId, 'referral-providers', serviceType],
    queryFn: ({ signal }) =>
      answer(client.GET('/api/v1/reports/{id}/referral-providers', { params: { path: { id: reportId }, query: { serviceType } }, signal })),
    enabled: serviceType !== '',
  });
}

export function useReportReferrals(reportId: string) {
  return useQuery({
    queryKey: ['report', reportId, 'referrals'],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/reports/{id}/referrals', { params: { path: { id: reportId } }, signal })),
  });
}

export function useReferralInbox(query: ApiQuery<'/api/v1/referrals/inbox'>) {
  return useQuery({
    queryKey: ['referral-inbox', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/referrals/inbox', { params: { query }, signal })),
    ...paged,
  });
}

export function useProviderReferral(id: string) {
  return useQuery({ queryKey: ['referral', id], queryFn: ({ signal }) => answer(client.GET('/api/v1/referrals/{id}', { params: { path: { id } }, signal })) });
}

export function usePendingClosures(query: Paging) {
  return useQuery({
    queryKey: ['closure-requests', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/closure-requests/pending', { params: { query }, signal })),
    ...paged,
  });
}

// An IZU's visit tasks (step 8: monitoring)
export function useVisitTasks(query: Paging) {
  return useQuery({
    queryKey: ['visit-tasks', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/visit-tasks', { params: { query }, signal })),
    ...paged,
  });
}

export function useVisitTask(id: string) {
  return useQuery({
    queryKey: ['visit-task', id],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/visit-tasks/{id}', { params: { path: { id } }, signal })),
  });
}

// Reports, worklist, notifications, deadlines (steps 1-3)
export function useReports(query: ApiQuery<'/api/v1/reports'>) {
  return useQuery({ queryKey: ['reports', query], queryFn: ({ signal }) => answer(client.GET('/api/v1/reports', { params: { query }, signal })), ...paged });
}

export function useReport(id: string) {
  return useQuery({ queryKey: ['report', id], queryFn: ({ signal }) => answer(client.GET('/api/v1/reports/{id}', { params: { path: { id } }, signal })) });
}

export function useWorklist(query: ApiQuery<'/api/v1/worklist'>) {
  return useQuery({ queryKey: ['worklist', query], queryFn: ({ signal }) => answer(client.GET('/api/v1/worklist', { params: { query }, signal })), ...paged });
}

export function useNotifications(query: ApiQuery<'/api/v1/notifications'>) {
  return useQuery({
    queryKey: ['notifications', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/notifications', { params: { query }, signal })),
    ...paged,
  });
}

export function useDeadlinePolicy() {
  return useQuery({ queryKey: ['deadline-policy'], queryFn: ({ signal }) => answer(client.GET('/api/v1/settings/deadline-policy', { signal })) });
}

// People, places, audit
export function useUsers(query: ApiQuery<'/api/v1/users'>) {
  return useQuery({ queryKey: ['users', query], queryFn: ({ signal }) => answer(client.GET('/api/v1/users', { params: { query }, signal })), ...paged });
}

export function useUser(id: string) {
  return useQuery({ queryKey: ['user', id], queryFn: ({ signal }) => answer(client.GET('/api/v1/users/{id}', { params: { path: { id } }, signal })) });
}

export function useOrganisations(query: ApiQuery<'/api/v1/organisations'>) {
  return useQuery({
    queryKey: ['organisations', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/organisations', { params: { query }, signal })),
    ...paged,
  });
}

export function usePlace(id: string) {
  return useQuery({ queryKey: ['place', id], queryFn: ({ signal }) => answer(client.GET('/api/v1/places/{id}', { params: { path: { id } }, signal })) });
}

export function usePlaceChildren(id: string) {
  return useQuery({
    queryKey: ['place', id, 'children'],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/places/{id}/children', { params: { path: { id } }, signal })),
  });
}

/** Places whose name is like `q` (2 letters at least; spelling is forgiven). */
export function usePlaceSearch(q: string) {
  return useQuery({
    queryKey: ['places', q],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/places', { params: { query: { q, limit: 20 } }, signal })),
    enabled: q.length >= 2,
  });
}

/** The audit log, newest first, a page at a time (each page ends where the next one starts: `before`). */
export function useAuditEvents(query: Omit<ApiQuery<'/api/v1/audit'>, 'before'>) {
  return useInfiniteQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal, pageParam }) => answer(client.GET('/api/v1/audit', { params: { query: { ...query, before: pageParam ?? undefined } }, signal })),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
  });
}

export function useAuditVerification(enabled: boolean) {
  return useQuery({ queryKey: ['audit-verification'], queryFn: ({ signal }) => answer(client.GET('/api/v1/audit/verify', { signal })), enabled, staleTime: 0 });
}

// The IZU registry (issue 12)
export function useIzuRegistry(query: ApiQuery<'/api/v1/izu/registry'>) {
  return useQuery({
    queryKey: ['izu-registry', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/izu/registry', { params: { query }, signal })),
    ...paged,
  });
}

export function useVolunteer(id: string) {
  return useQuery({
    queryKey: ['volunteer', id],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/izu/volunteers/{id}', { params: { path: { id } }, signal })),
  });
}

// The IZU's household visits (their own; a place's for coordinators and the CPWO)
export function useHouseholdVisits(query: ApiQuery<'/api/v1/izu/household-visits'>) {
  return useQuery({
    queryKey: ['household-visits', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/izu/household-visits', { params: { query }, signal })),
    ...paged,
  });
}

export function useHouseholdVisitSummary(query: ApiQuery<'/api/v1/izu/household-visits/summary'>) {
  return useQuery({
    queryKey: ['household-visit-summary', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/izu/household-visits/summary', { params: { query }, signal })),
    ...paged,
  });
}

/**
 * A write: a mutation around one call of the API. `run` answers the result,
 * or undefined when the server refused (the error is in `error`, for the form
 * to show). After it succeeds every cached answer is stale
 * (web/src/api/query-client.ts), so the screen shows what the write changed.
 */
export function useWrite() {
  const mutation = useMutation({ mutationFn: (call: () => Promise<unknown>) => call() });
  const { mutateAsync, reset } = mutation;
  return {
    busy: mutation.isPending,
    error: mutation.error,
    reset,
    run: async <T>(call: () => Promise<T>): Promise<T | undefined> => {
      try {
        return (await mutateAsync(call)) as T;
      } catch {
        return undefined;
      }
    },
  };
}

// The service directory (web/src/directory)

export function useProviders(query: ApiQuery<'/api/v1/directory/providers'>) {
  return useQuery({
    queryKey: ['providers', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/directory/providers', { params: { query }, signal })),
    ...paged,
  });
}

export function useProvider(id: string) {
  return useQuery({
    queryKey: ['provider', id],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/directory/providers/{id}', { params: { path: { id } }, signal })),
  });
}

/** The shared list of service types (named in the three languages). */
export function useServiceTypes(includeInactive = false) {
  return useQuery({
    queryKey: ['service-types', includeInactive],
    queryFn: ({ signal }) =>
      answer(client.GET('/api/v1/directory/service-types', { params: { query: includeInactive ? { includeInactive: 'true' } : {} }, signal })),
  });
}

export function useReferralPathways() {
  return useQuery({
    queryKey: ['referral-pathways'],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/directory/referral-pathways', { signal })),
  });
}

export function useCoverage(districtId: string | null) {
  return useQuery({
    queryKey: ['coverage', districtId],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/directory/coverage', { params: { query: { districtId: districtId! } }, signal })),
    enabled: !!districtId,
  });
}

/** Providers for one of a case's needs (framework step 7), best first: for the referral form. */
export function useProviderSuggestions(caseId: string, serviceType: string | null) {
  return useQuery({
    queryKey: ['case', caseId, 'provider-suggestions', serviceType],
    queryFn: ({ signal }) =>
      answer(
        client.GET('/api/v1/cases/{id}/provider-suggestions', { params: { path: { id: caseId }, query: { serviceType: serviceType!, limit: 10 } }, signal }),
      ),
    enabled: !!serviceType,
  });
}

// The IZU monthly report (web/src/izu)

export function useMonthlyRollup(query: ApiQuery<'/api/v1/izu/monthly-reports/rollup'>) {
  return useQuery({
    queryKey: ['izu-monthly-rollup', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/izu/monthly-reports/rollup', { params: { query }, signal })),
    ...paged,
  });
}

export function useVillageReports(query: ApiQuery<'/api/v1/izu/monthly-reports/village'>) {
  return useQuery({
    queryKey: ['izu-village-reports', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/izu/monthly-reports/village', { params: { query }, signal })),
    ...paged,
  });
}

// Workforce (web/src/workforce): supervision, caseloads, the training register

export function useWorkforcePolicy() {
  return useQuery({ queryKey: ['workforce-policy'], queryFn: ({ signal }) => answer(client.GET('/api/v1/settings/workforce-policy', { signal })) });
}

/** A district's supervision schedule: a district CPWO's own (no district named), or the one an administrator names. */
export function useSupervisionSchedule(districtId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['supervision-schedule', districtId ?? null],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/workforce/supervision/schedule', { params: { query: districtId ? { districtId } : {} }, signal })),
    enabled,
  });
}

export function useSupervisionSession(id: string | null) {
  return useQuery({
    queryKey: ['supervision-session', id],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/workforce/supervision/sessions/{id}', { params: { path: { id: id! } }, signal })),
    enabled: id !== null,
  });
}

export function useSupervisionBoard() {
  return useQuery({ queryKey: ['supervision-board'], queryFn: ({ signal }) => answer(client.GET('/api/v1/workforce/supervision/board', { signal })) });
}

export function useSupervisionSessions(query: ApiQuery<'/api/v1/workforce/supervision/sessions'>) {
  return useQuery({
    queryKey: ['supervision-sessions', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/workforce/supervision/sessions', { params: { query }, signal })),
    ...paged,
  });
}

export function useCaseloadBoard(query: ApiQuery<'/api/v1/workforce/caseload'>) {
  return useQuery({ queryKey: ['caseload', query], queryFn: ({ signal }) => answer(client.GET('/api/v1/workforce/caseload', { params: { query }, signal })) });
}

export function useWorkforcePlanning() {
  return useQuery({ queryKey: ['workforce-planning'], queryFn: ({ signal }) => answer(client.GET('/api/v1/workforce/planning', { signal })) });
}

export function useTrainingRegister(query: ApiQuery<'/api/v1/workforce/trainings/register'>) {
  return useQuery({
    queryKey: ['training-register', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/workforce/trainings/register', { params: { query }, signal })),
    ...paged,
  });
}

export function useOwnTraining() {
  return useQuery({ queryKey: ['training-mine'], queryFn: ({ signal }) => answer(client.GET('/api/v1/workforce/trainings/mine', { signal })) });
}

// The rights of the people in the records and emergency access (web/src/data-protection)

export function useDpRequests(query: ApiQuery<'/api/v1/data-protection/requests'>) {
  return useQuery({
    queryKey: ['dp-requests', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/data-protection/requests', { params: { query }, signal })),
    ...paged,
  });
}

export function useDpRequest(id: string) {
  return useQuery({
    queryKey: ['dp-request', id],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/data-protection/requests/{id}', { params: { path: { id } }, signal })),
  });
}

export function useEmergencyReviews(open: boolean) {
  return useQuery({
    queryKey: ['emergency-access', open],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/data-protection/emergency-access', { params: { query: { open: open ? 'true' : 'false' } }, signal })),
  });
}

// Monitoring and evaluation (issue 17): aggregates only, never a child.

/** The indicators as the registry defines them (docs/indicators.md says the same). */
export function useIndicatorDefinitions() {
  return useQuery({
    queryKey: ['indicators', 'definitions'],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/indicators', { signal })),
    staleTime: Infinity,
  });
}

/** The figures of a place and a period, by one disaggregation; small numbers hidden where the reader may not see identities. */
export function useIndicatorFigures(query: ApiQuery<'/api/v1/indicators/figures'>, enabled = true) {
  return useQuery({
    queryKey: ['indicators', 'figures', query],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/indicators/figures', { params: { query }, signal })),
    enabled,
    ...paged,
  });
}

/** Retention (src/retention/): the rules in force, the record of runs, the holds. */
export function useRetentionRules() {
  return useQuery({ queryKey: ['retention', 'rules'], queryFn: ({ signal }) => answer(client.GET('/api/v1/retention/rules', { signal })) });
}
export function useRetentionRuns() {
  return useQuery({ queryKey: ['retention', 'runs'], queryFn: ({ signal }) => answer(client.GET('/api/v1/retention/runs', { signal })) });
}
export function useRetentionHolds() {
  return useQuery({
    queryKey: ['retention', 'holds'],
    queryFn: ({ signal }) => answer(client.GET('/api/v1/retention/holds', { params: { query: { active: 'true' } }, signal })),
  });
}
