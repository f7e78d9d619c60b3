/**
 * Influence data shared by several screens (dashboard, rankings, blogger card, graph):
 * runs with live progress, the re-rank trigger, movers, leaderboard, history, explanation.
 */
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type paths } from "./client";
import { unwrap } from "./errors";
import type { Page, Schema } from "./types";

export type InfluenceRun = Schema<"InfluenceRun">;
export type Explanation = Schema<"Explanation">;

export const isActive = (run: { status: string } | null | undefined) =>
  run?.status === "pending" || run?.status === "running";

/** Poll every second while a run is queued or running, then stop. */
const POLL_MS = 1000;

const runsQuery = (page = 1) =>
  queryOptions({
    queryKey: ["influence", "runs", page],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/influence/runs/", { params: { query: { page, page_size: 20, ordering: "-created_at" } } }),
      ) as Page<Schema<"InfluenceRun">>,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.results.some(isActive) ? POLL_MS : false),
  });

export function useRuns(page = 1) {
  return useQuery(runsQuery(page));
}

/** The newest run (any status), polled while it is active. */
export function useLatestRun() {
  return useQuery({
    ...runsQuery(1),
    select: (data) => data.results[0] ?? null,
  });
}

/** Ask for a re-rank: 202 with the run to poll (the running one when one is active). */
export function useTriggerRerank() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST("/api/v1/influence/runs/")),
    onSuccess: () => client.invalidateQueries({ queryKey: ["influence"] }),
  });
}

export function useMovers(limit = 10) {
  return useQuery({
    queryKey: ["influence", "movers", limit],
    queryFn: async () => unwrap(await api.GET("/api/v1/influence/movers/", { params: { query: { limit } } })),
  });
}

type LeaderboardQuery = NonNullable<paths["/api/v1/influence/leaderboard/"]["get"]["parameters"]["query"]>;

export function useLeaderboard(filters: Record<string, string>) {
  return useQuery({
    queryKey: ["influence", "leaderboard", filters],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/influence/leaderboard/", { params: { query: filters as LeaderboardQuery } })),
    placeholderData: keepPreviousData,
  });
}

export function useScoreHistory(bloggerId: number) {
  return useQuery({
    queryKey: ["influence", "history", bloggerId],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/influence/bloggers/{blogger_id}/history/", {
          params: { path: { blogger_id: bloggerId }, query: { page_size: 100 } },
        }),
      ),
  });
}

export function useExplanation(bloggerId: number) {
  return useQuery({
    queryKey: ["influence", "explanation", bloggerId],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/influence/bloggers/{blogger_id}/explanation/", {
          params: { path: { blogger_id: bloggerId } },
        }),
      ),
  });
}
