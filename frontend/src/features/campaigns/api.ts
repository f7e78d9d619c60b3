import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type paths } from "../../api/client";
import { unwrap } from "../../api/errors";
import type { Page, Schema } from "../../api/types";

export type Campaign = Schema<"Campaign">;
export type Participant = Schema<"CampaignParticipant">;
export type Results = Schema<"CampaignResults">;
export type CampaignInput = paths["/api/v1/campaigns/"]["post"]["requestBody"]["content"]["application/json"];
type Status = NonNullable<Participant["status"]>;
type BloggerBrief = Pick<Schema<"Blogger">, "id" | "display_name">;

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

/** Create (no id) or change a campaign; the list and the campaign refresh. */
export function useSaveCampaign(id: number | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CampaignInput) =>
      (id === null
        ? unwrap(await api.POST("/api/v1/campaigns/", { body }))
        : unwrap(await api.PATCH("/api/v1/campaigns/{id}/", { params: { path: { id } }, body }))) as Campaign,
    onSuccess: () => client.invalidateQueries({ queryKey: ["campaigns"] }),
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

/** What the campaign achieved, measured from the ledger, against its goals. */
export function useResults(campaignId: number) {
  return useQuery({
    queryKey: ["campaigns", campaignId, "results"],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/campaigns/{id}/results/", { params: { path: { id: campaignId } } })) as Results,
  });
}

/** Bloggers whose name matches, for the participant picker. */
export function useBloggerSearch(q: string) {
  return useQuery({
    queryKey: ["bloggers", "search", q],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/bloggers/", { params: { query: { q, page_size: 10, ordering: "display_name" } } }),
      ) as Page<BloggerBrief>,
    enabled: q.trim().length >= 2,
  });
}

export function useAddParticipant(campaignId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (blogger: number) =>
      unwrap(await api.POST("/api/v1/campaign-participants/", { body: { campaign: campaignId, blogger } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ["campaigns"] }),
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

/** Record a participant's publication by its link (the participant moves to "published"). */
export function useRecordPublication(campaignId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { participant: number; url: string; published_at?: string | null }) =>
      unwrap(await api.POST("/api/v1/campaign-publications/", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ["campaigns", campaignId] }),
  });
}
