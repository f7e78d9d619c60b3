/**
 * Rapid response reads and writes several screens share: watch topics (pickers),
 * incidents (inbox, dashboard), analysed posts with the officers' labels (feed,
 * incident card, topic preview).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type paths } from "./client";
import { unwrap } from "./errors";
import type { Page, Schema } from "./types";

export type WatchTopic = Schema<"WatchTopic">;
export type Incident = Schema<"Incident">;
export type Post = Schema<"Post">;
export type PostLabel = Schema<"LabelEnum">;

export const POST_LABELS: readonly PostLabel[] = ["needs_response", "off_topic", "positive"];

/** Every watch topic by name, for pickers and for naming topics in charts. */
export function useWatchTopics() {
  return useQuery({
    queryKey: ["watch-topics", "options"],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/watch-topics/", { params: { query: { page_size: 500, ordering: "name" } } }),
      ) as Page<WatchTopic>,
    staleTime: 60_000,
  });
}

type IncidentQuery = NonNullable<paths["/api/v1/incidents/"]["get"]["parameters"]["query"]>;

/** A page of incidents; `query` as the API takes it (filters, ordering, page). */
export function useIncidents(query: IncidentQuery, options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: ["incidents", "list", query],
    queryFn: async () => unwrap(await api.GET("/api/v1/incidents/", { params: { query } })) as Page<Incident>,
    placeholderData: keepPreviousData,
    refetchInterval: options.refetchInterval,
  });
}

type PostQuery = NonNullable<paths["/api/v1/posts/"]["get"]["parameters"]["query"]>;

/** A page of analysed posts, newest first unless `query.ordering` says otherwise. */
export function usePosts(query: PostQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ["posts", "list", query],
    queryFn: async () => unwrap(await api.GET("/api/v1/posts/", { params: { query } })) as Page<Post>,
    placeholderData: keepPreviousData,
    enabled: options.enabled,
  });
}

/** Set (or clear, with null) an officer's label on a post; the post lists show it at once. */
export function useLabelPost() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, label }: { id: number; label: PostLabel | null }) =>
      unwrap(await api.POST("/api/v1/posts/{id}/label/", { params: { path: { id } }, body: { label } })),
    onSuccess: (post) => {
      client.setQueriesData<Page<Post>>({ queryKey: ["posts", "list"] }, (page) =>
        page ? { ...page, results: page.results.map((p) => (p.id === post.id ? post : p)) } : page,
      );
    },
  });
}

export type TrendRow = Schema<"TrendRow">;

/** Hourly post counts per topic and territory in [since, until) (at most 92 days). */
export function useTrends(
  query: { since: string; until: string; topic?: number[]; territory?: number },
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    queryKey: ["signals", "trends", query],
    queryFn: async () => unwrap(await api.GET("/api/v1/signals/trends/", { params: { query } })) as TrendRow[],
    placeholderData: keepPreviousData,
    enabled: options.enabled,
  });
}

/** Assign several incidents to one officer (null: nobody); lists refresh. */
export function useBulkAssign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { ids: number[]; assignee: number | null }) =>
      unwrap(await api.POST("/api/v1/incidents/bulk-assign/", { body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["incidents"] }),
  });
}
