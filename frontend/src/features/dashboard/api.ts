import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import { unwrap } from "../../api/errors";
import type { Page, Schema } from "../../api/types";
import { localDate } from "../../lib/dates";

/** Open follow-ups due within a week (overdue ones first, as they sort by due date). */
export function useFollowUpsDue() {
  return useQuery({
    queryKey: ["dashboard", "followups"],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/followups/", {
          params: {
            query: { status: ["open"], due_date__lte: localDate(7), ordering: "due_date", page_size: 15 },
          },
        }),
      ) as Page<Schema<"FollowUp">>,
  });
}

export function useRecentInteractions() {
  return useQuery({
    queryKey: ["dashboard", "interactions"],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/interactions/", {
          params: { query: { ordering: "-occurred_at", page_size: 10 } },
        }),
      ) as Page<Schema<"Interaction">>,
  });
}

/** Tracked VK accounts whose sync failed VK_SYNC_FAILURES_ALERT times in a row or more. */
export function useFailingVkAccounts() {
  return useQuery({
    queryKey: ["dashboard", "vk-failing"],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/vk/accounts/", {
          params: { query: { failing: true, page_size: 10 } },
        }),
      ) as Page<Schema<"VkAccountStatus">>,
  });
}
