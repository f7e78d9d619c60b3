import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { http, type Page } from "../../api/http";

export interface Campaign {
  id: number;
  title: string;
  description: string;
  starts_on: string;
  ends_on: string;
  goal: string;
  participant_count: number;
}

export interface Participant {
  id: number;
  status: string;
  notes: string;
  blogger: { id: number; display_name: string };
  campaign: { id: number; title?: string };
}

export function useCampaigns() {
  return useQuery({
    queryKey: ["campaigns"],
    queryFn: () => http<Page<Campaign>>("GET", "/api/v1/campaigns/", { query: { page_size: 100 } }),
  });
}

export function useCampaign(id: number | null) {
  return useQuery({
    queryKey: ["campaigns", id],
    queryFn: () => http<Campaign>("GET", `/api/v1/campaigns/${id}/`),
    enabled: id !== null,
  });
}

export function useParticipants(campaignId: number | null) {
  return useQuery({
    queryKey: ["campaigns", campaignId, "participants"],
    queryFn: () =>
      http<Page<Participant>>("GET", "/api/v1/campaign-participants/", {
        query: { campaign: campaignId, page_size: 500 },
      }),
    enabled: campaignId !== null,
  });
}

/** Move a participant along the pipeline (invited → agreed → published, or declined). */
export function useMoveParticipant(campaignId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: number; status: string }) =>
      http<Participant>("PATCH", `/api/v1/campaign-participants/${id}/`, { body: { status } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["campaigns", campaignId] }),
  });
}
