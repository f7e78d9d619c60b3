import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import { unwrap } from "../../api/errors";

export interface OverviewFilters {
  territory?: number;
  min_score?: number;
  coordination?: "hide" | "only";
}

/** The overview as communities with the edges between them summed (a few kilobytes). */
export function useGraphClusters(filters: OverviewFilters, enabled: boolean) {
  return useQuery({
    queryKey: ["graph", "clusters", filters],
    queryFn: async () => unwrap(await api.GET("/api/v1/graph/clusters/", { params: { query: filters } })),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** One opened community: its most influential accounts and the strongest edges among them. */
export function useCommunityGraph(filters: OverviewFilters, community: number | undefined) {
  return useQuery({
    queryKey: ["graph", "overview", filters, community],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/graph/overview/", {
          params: { query: { ...filters, community, max_nodes: 400, max_edges: 1600 } },
        }),
      ),
    enabled: community !== undefined,
    staleTime: 5 * 60_000,
  });
}
