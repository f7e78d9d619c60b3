import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import { unwrap } from "../../api/errors";
import type { Page, Schema } from "../../api/types";
import { localDate, weekEnd } from "../../lib/dates";

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

/** Severity bands as the interface colours them (lib/severity.ts): [band, from, to). */
export const SEVERITY_BANDS = [
  ["critical", 60, undefined],
  ["high", 40, 60],
  ["medium", 20, 40],
  ["low", undefined, 20],
] as const;

/** How many open incidents fall in each severity band (one count query per band). */
export function useOpenIncidentBands() {
  return useQuery({
    queryKey: ["incidents", "bands"],
    queryFn: async () => {
      const counts = await Promise.all(
        SEVERITY_BANDS.map(async ([, from, to]) => {
          const page = unwrap(
            await api.GET("/api/v1/incidents/", {
              params: { query: { is_open: true, severity__gte: from, severity__lt: to, page_size: 1 } },
            }),
          ) as Page<Schema<"Incident">>;
          return page.count;
        }),
      );
      return SEVERITY_BANDS.map(([band], i) => ({ band, count: counts[i] ?? 0 }));
    },
    refetchInterval: 60_000,
  });
}

/** Today so far (local midnight on): posts, posts that need a response, new incidents. */
export function useToday() {
  return useQuery({
    queryKey: ["dashboard", "today", localDate()],
    queryFn: async () => {
      const midnight = new Date(`${localDate()}T00:00:00`).toISOString();
      const [posts, needs, incidents] = await Promise.all([
        api.GET("/api/v1/posts/", { params: { query: { published_after: midnight, page_size: 1 } } }),
        api.GET("/api/v1/posts/", {
          params: { query: { published_after: midnight, needs_response: true, page_size: 1 } },
        }),
        api.GET("/api/v1/incidents/", { params: { query: { detected_after: midnight, page_size: 1 } } }),
      ]);
      return {
        posts: (unwrap(posts) as Page<unknown>).count,
        needsResponse: (unwrap(needs) as Page<unknown>).count,
        incidents: (unwrap(incidents) as Page<unknown>).count,
      };
    },
    refetchInterval: 60_000,
  });
}

/** The total of a page asked for with page_size 1. */
const count = (result: { data?: unknown; error?: unknown; response: Response }) =>
  (unwrap(result) as Page<unknown>).count;

/** Open incidents nobody has taken yet, and those whose running deadline runs out later today. */
export function useIncidentDeadlines() {
  return useQuery({
    queryKey: ["incidents", "attention"],
    queryFn: async () => {
      const [fresh, dueToday] = await Promise.all([
        api.GET("/api/v1/incidents/", { params: { query: { state: ["new"], page_size: 1 } } }),
        api.GET("/api/v1/incidents/", { params: { query: { due_today: true, page_size: 1 } } }),
      ]);
      return { fresh: count(fresh), dueToday: count(dueToday) };
    },
    refetchInterval: 60_000,
  });
}

/** How many open follow-ups of this user are due by the end of this week (overdue ones too). */
export function useMyTasksThisWeek(userId: number | undefined) {
  const until = weekEnd();
  return useQuery({
    queryKey: ["dashboard", "my-tasks", userId, until],
    queryFn: async () =>
      count(
        await api.GET("/api/v1/followups/", {
          params: { query: { assignee: userId, status: ["open"], due_date__lte: until, page_size: 1 } },
        }),
      ),
    enabled: userId !== undefined,
  });
}
