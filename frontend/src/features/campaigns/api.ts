import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { unwrap } from "../../api/errors";
import type { Page, Schema } from "../../api/types";

export type Campaign = Schema<"Campaign">;
export type Participant = Schema<"CampaignParticipant">;
type Status = NonNullable<Participant["status"]>;

export function useCampaigns() {
  return useQuery({
    queryKey: ["campaigns"],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/campaigns/", { params: { query: { page_size: 100 } } })) as Page<Campaign>,
  });
}

export function useCampaign(id: number | null) {
  return useQuery({
    queryKey: ["campaigns", id],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/campaigns/{id}/", { params: { path: { id: id! } } })) as Campaign,
    enabled: id !== null,
  });
}

export function useParticipants(campaignId: number | null) {
  return useQuery({
    queryKey: ["campaigns", campaignId, "participants"],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/campaign-participants/", {
          params: { query: { campaign: campaignId!, page_size: 500 } },
        }),
      ) as Page<Participant>,
    enabled: campaignId !== null,
  });
}

/** Move a participant along the pipeline (invited → agreed → published, or declined). */
export function useMoveParticipant(campaignId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, status }: { id: number; status: Status }) =>
      unwrap(
        await api.PATCH("/api/v1/campaign-participants/{id}/", {
          params: { path: { id } },
          body: { status },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ["campaigns", campaignId] }),
  });
}
