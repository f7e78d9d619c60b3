import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { unwrap } from "../../api/errors";
import type { Incident } from "../../api/monitoring";
import type { Schema } from "../../api/types";

/** Filters of the inbox; all of them live in the URL. */
export const INCIDENT_FILTERS = [
  "topic",
  "territory",
  "state",
  "closed",
  "severity_min",
  "severity_below",
  "mine",
  "overdue",
  "due_today",
  "ordering",
  "page",
] as const;

/** Inbox orderings: the most severe first, then the nearest deadline. */
export const INCIDENT_ORDERINGS = {
  severity: "-severity,first_response_due,resolution_due,detected_at",
  deadline: "first_response_due,resolution_due,-severity",
  detected: "-detected_at",
  started: "-started_at",
  posts: "-post_count",
} as const;

/** The weekly report for the governor's office (the last complete week) as a file download URL. */
export function weeklyReportUrl(format: "docx" | "pdf"): string {
  return `/api/v1/reports/weekly/?format=${format}`;
}

export function useIncident(id: number) {
  return useQuery({
    queryKey: ["incidents", "detail", id],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/incidents/{id}/", { params: { path: { id } } })) as Incident,
  });
}

type TransitionBody = Schema<"IncidentTransitionRequest">;
type UpdateBody = Schema<"PatchedIncidentUpdateRequest">;

function useIncidentWrite<T>(write: (id: number, body: T) => Promise<Incident>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: T }) => write(id, body),
    onSuccess: (incident) => {
      client.setQueryData(["incidents", "detail", incident.id], incident);
      void client.invalidateQueries({ queryKey: ["incidents", "list"] });
      void client.invalidateQueries({ queryKey: ["incidents", "bands"] });
      void client.invalidateQueries({ queryKey: ["incidents", "attention"] });
      void client.invalidateQueries({ queryKey: ["incidents", "history", incident.id] });
    },
  });
}

/** Move an incident to another state (with the version seen, so a concurrent change is a 409). */
export function useTransition() {
  return useIncidentWrite<TransitionBody>(
    async (id, body) =>
      unwrap(await api.POST("/api/v1/incidents/{id}/transition/", { params: { path: { id } }, body })) as Incident,
  );
}

/** Assign or change the priority. */
export function useUpdateIncident() {
  return useIncidentWrite<UpdateBody>(
    async (id, body) =>
      unwrap(await api.PATCH("/api/v1/incidents/{id}/", { params: { path: { id } }, body })) as Incident,
  );
}

export function useIncidentHistory(id: number) {
  return useQuery({
    queryKey: ["incidents", "history", id],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/incidents/{id}/history/", { params: { path: { id } } })) as Schema<"IncidentEvent">[],
  });
}

export function useIncidentComments(id: number) {
  return useQuery({
    queryKey: ["incidents", "comments", id],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/incidents/{id}/comments/", { params: { path: { id } } })) as Schema<"IncidentComment">[],
  });
}

export function useAddComment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, text }: { id: number; text: string }) =>
      unwrap(await api.POST("/api/v1/incidents/{id}/comments/", { params: { path: { id } }, body: { text } })),
    onSuccess: (_data, { id }) => void client.invalidateQueries({ queryKey: ["incidents", "comments", id] }),
  });
}

export type IncidentSpread = Schema<"IncidentSpread">;
export type Messenger = Schema<"Messenger">;

/** Who started the incident, its cascade, top amplifiers, communities and CRM bloggers. */
export function useIncidentSpread(id: number) {
  return useQuery({
    queryKey: ["incidents", "spread", id],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/incidents/{id}/spread/", { params: { path: { id } } })) as IncidentSpread,
  });
}

/** Loyal or partner bloggers with the widest reach where the incident spread, not involved yet. */
export function useIncidentMessengers(id: number) {
  return useQuery({
    queryKey: ["incidents", "messengers", id],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/incidents/{id}/messengers/", { params: { path: { id }, query: { limit: 5 } } }),
      ) as Schema<"IncidentMessengers">,
  });
}
