/** Lists for filter pickers that several screens share: topics and users. Kept five minutes. */
import { useQuery } from "@tanstack/react-query";
import { api } from "./client";
import { unwrap } from "./errors";
import type { Page, Schema } from "./types";

export function useTopics() {
  return useQuery({
    queryKey: ["topics", "options"],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/topics/", { params: { query: { page_size: 500, ordering: "name" } } }),
      ) as Page<Schema<"Topic">>,
    staleTime: 5 * 60_000,
  });
}

export function useUsers() {
  return useQuery({
    queryKey: ["users", "options"],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/users/", { params: { query: { page_size: 500, ordering: "username" } } }),
      ) as Page<Schema<"UserBrief">>,
    staleTime: 5 * 60_000,
  });
}
