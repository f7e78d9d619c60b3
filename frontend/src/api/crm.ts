/**
 * CRM writes several screens share (the blogger card, the incident card's suggested
 * messengers): record an interaction with a blogger, set a follow-up task.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type paths } from "./client";
import { unwrap } from "./errors";
import type { Schema } from "./types";

type InteractionCreate = paths["/api/v1/interactions/"]["post"]["requestBody"]["content"]["application/json"];
type FollowUpCreate = Pick<Schema<"FollowUpRequest">, "title" | "due_date" | "assignee">;

/** Record an interaction with the blogger; the blogger's card and the dashboard refresh. */
export function useAddInteraction(bloggerId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: Omit<InteractionCreate, "blogger">) =>
      unwrap(await api.POST("/api/v1/interactions/", { body: { ...body, blogger: bloggerId } })) as Schema<"Interaction">,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["blogger", bloggerId] });
      void client.invalidateQueries({ queryKey: ["dashboard"] });
    },
  });
}

/** Set a follow-up task on the blogger (optionally assigned); the card and the dashboard refresh. */
export function useAddFollowUp(bloggerId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: FollowUpCreate) =>
      unwrap(await api.POST("/api/v1/followups/", { body: { ...body, blogger: bloggerId } })) as Schema<"FollowUp">,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["blogger", bloggerId] });
      void client.invalidateQueries({ queryKey: ["dashboard"] });
    },
  });
}
