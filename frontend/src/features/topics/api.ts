import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type paths } from "../../api/client";
import { unwrap } from "../../api/errors";
import type { Schema } from "../../api/types";

export type TopicBody = paths["/api/v1/watch-topics/"]["post"]["requestBody"]["content"]["application/json"];
export type TopicPreview = Schema<"WatchTopicPreview">;

/** Create a topic (no id) or save an existing one; topic lists refresh. */
export function useSaveTopic() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id?: number; body: TopicBody }) =>
      id
        ? unwrap(await api.PUT("/api/v1/watch-topics/{id}/", { params: { path: { id } }, body }))
        : unwrap(await api.POST("/api/v1/watch-topics/", { body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["watch-topics"] }),
  });
}

/** What the topic as typed would have caught in the last `days` days (nothing is saved). */
export function usePreviewTopic() {
  return useMutation({
    mutationFn: async (body: { keywords: string[]; exclusions: string[]; territory: number | null; days: number }) =>
      unwrap(await api.POST("/api/v1/watch-topics/preview/", { body })) as TopicPreview,
  });
}
