import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import { unwrap } from "../../api/errors";
import type { Incident } from "../../api/monitoring";

/** Filters of the inbox; all of them live in the URL. */
export const INCIDENT_FILTERS = [
  "topic",
  "territory",
  "state",
  "closed",
  "severity_min",
  "severity_below",
  "ordering",
  "page",
] as const;

/** Inbox orderings: the most severe first, then the oldest detection (the longest waiting). */
export const INCIDENT_ORDERINGS = {
  severity: "-severity,detected_at",
  detected: "-detected_at",
  started: "-started_at",
  posts: "-post_count",
} as const;

export function useIncident(id: number) {
  return useQuery({
    queryKey: ["incidents", "detail", id],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/incidents/{id}/", { params: { path: { id } } })) as Incident,
  });
}
