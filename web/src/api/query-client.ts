import { MutationCache, QueryClient } from '@tanstack/react-query';

// The one cache of the API's answers. Reads of a child's record are audited
// by the server, so nothing is fetched again behind the user's back: no
// refetch on focus or reconnect, no retry of a refused read, and an answer
// stays fresh for the minute a user spends moving between tabs.
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: { staleTime: 60_000, refetchOnWindowFocus: false, refetchOnReconnect: false, retry: false },
      mutations: { retry: false },
    },
    // A write can change any list or record on screen (a case's stage shows in
    // the file, the caseload and the worklist): after one succeeds, every
    // cached answer is stale and those on screen are read again.
    mutationCache: new MutationCache({ onSuccess: () => client.invalidateQueries() }),
  });
  return client;
}
