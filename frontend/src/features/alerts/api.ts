import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { unwrap } from "../../api/errors";
import type { Page, Schema } from "../../api/types";

export type Alert = Schema<"Alert">;
export type Subscription = Schema<"Subscription">;
/** What the subscription form sends: ids for topics and territory. */
export type SubscriptionInput = Schema<"SubscriptionRequest">;

export function useAlerts(unreadOnly: boolean, page: number) {
  return useQuery({
    queryKey: ["alerts", { unreadOnly, page }],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/alerts/", {
          params: { query: { unread: unreadOnly ? true : undefined, page, page_size: 25 } },
        }),
      ) as Page<Alert>,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number | "all") =>
      id === "all"
        ? unwrap(await api.POST("/api/v1/alerts/read-all/"))
        : unwrap(await api.POST("/api/v1/alerts/{id}/read/", { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ["alerts"] }),
  });
}

export function useSubscriptions() {
  return useQuery({
    queryKey: ["alert-subscriptions"],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/alert-subscriptions/", { params: { query: { page_size: 100 } } }),
      ) as Page<Subscription>,
  });
}

export function useWatchTopicChoices() {
  return useQuery({
    queryKey: ["watch-topics", "choices"],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/watch-topics/", {
          params: { query: { is_active: true, ordering: "name", page_size: 200 } },
        }),
      ) as Page<Schema<"WatchTopic">>,
  });
}

export function useSaveSubscription() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id?: number; body: SubscriptionInput }) =>
      id
        ? unwrap(await api.PUT("/api/v1/alert-subscriptions/{id}/", { params: { path: { id } }, body }))
        : unwrap(await api.POST("/api/v1/alert-subscriptions/", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ["alert-subscriptions"] }),
  });
}

export function useDeleteSubscription() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.DELETE("/api/v1/alert-subscriptions/{id}/", { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ["alert-subscriptions"] }),
  });
}
