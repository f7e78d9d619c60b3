import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { meQueryKey } from "../api/auth";
import { ApiError } from "../api/errors";

/**
 * One QueryClient per app (and per test). A 401 anywhere means the session is gone:
 * forget the user so RequireAuth sends them to the login page.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onApiError(error) }),
    mutationCache: new MutationCache({ onError: (error) => onApiError(error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors will not get better by retrying; server and network ones might.
        retry: (count, error) =>
          count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
  function onApiError(error: unknown) {
    if (error instanceof ApiError && error.status === 401) {
      client.setQueryData(meQueryKey, null);
    }
  }
  return client;
}
