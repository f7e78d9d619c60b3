import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import { unwrap } from "../../api/errors";

export interface OverviewFilters {
  territory?: number;
  community?: number;
  min_score?: number;
  coordination?: "hide" | "only";
}

/** The amplification graph for the explorer: at most 5,000 accounts and 20,000 edges. */
export function useGraphOverview(filters: OverviewFilters) {
  return useQuery({
    queryKey: ["graph", "overview", filters],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/graph/overview/", {
          params: { query: { ...filters, max_nodes: 5000, max_edges: 20000 } },
        }),
      ),
    staleTime: 5 * 60_000,
  });
}

export function useCommunities(runId: number | null | undefined) {
  return useQuery({
    queryKey: ["graph", "communities", runId],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/influence/runs/{run_id}/communities/", {
          params: { path: { run_id: runId! }, query: { page_size: 500 } },
        }),
      ),
    enabled: Boolean(runId),
    staleTime: 5 * 60_000,
  });
}
