import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { unwrap } from "../../api/errors";
import { http, type Page } from "../../api/http";
import type { BloggerRow, Ref } from "../bloggers/api";

/** GET /api/v1/bloggers/{id}/ — personal-data fields are absent for viewers. */
export interface BloggerDetail extends BloggerRow {
  real_name?: string;
  phone?: string;
  email?: string;
  description: string;
  notes?: string;
  tier: string;
  topics: Ref[];
  accounts?: Account[];
}

export interface Account {
  id: number;
  platform: string;
  kind: string;
  external_id: string;
  screen_name: string;
  url: string;
  display_name: string;
  followers: number | null;
  influence_score: number | null;
  influence_rank: number | null;
  community_label?: string;
}

export interface Interaction {
  id: number;
  type: string;
  direction: string;
  occurred_at: string;
  summary: string;
  outcome?: string;
  sentiment?: string;
  author?: Ref | null;
}

export interface FollowUp {
  id: number;
  title: string;
  due_date: string;
  status: string;
  assignee?: Ref | null;
}

export interface Participation {
  id: number;
  campaign: Ref & { title?: string };
  status: string;
}

const key = (id: number) => ["blogger", id] as const;

export const bloggerQuery = (id: number) =>
  queryOptions({ queryKey: key(id), queryFn: () => http<BloggerDetail>("GET", `/api/v1/bloggers/${id}/`) });

export function useBlogger(id: number) {
  return useQuery(bloggerQuery(id));
}

export function useBloggerAccounts(id: number) {
  return useQuery({
    queryKey: [...key(id), "accounts"],
    queryFn: () => http<Page<Account>>("GET", "/api/v1/accounts/", { query: { blogger: id, page_size: 100 } }),
  });
}

export function useInteractions(id: number) {
  return useQuery({
    queryKey: [...key(id), "interactions"],
    queryFn: () =>
      http<Page<Interaction>>("GET", "/api/v1/interactions/", {
        query: { blogger: id, ordering: "-occurred_at", page_size: 50 },
      }),
  });
}

export function useFollowUps(id: number) {
  return useQuery({
    queryKey: [...key(id), "followups"],
    queryFn: () =>
      http<Page<FollowUp>>("GET", "/api/v1/followups/", { query: { blogger: id, ordering: "due_date", page_size: 50 } }),
  });
}

export function useParticipations(id: number) {
  return useQuery({
    queryKey: [...key(id), "participations"],
    queryFn: () => http<Page<Participation>>("GET", "/api/v1/campaign-participants/", { query: { blogger: id, page_size: 50 } }),
  });
}

/** The ego network of one account (depth 1), for the card's small graph. */
export function useEgoNetwork(accountId: number | null) {
  return useQuery({
    queryKey: ["graph", "ego", accountId],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/graph/accounts/{account_id}/ego/", {
          params: { path: { account_id: accountId! }, query: { depth: 1, limit: 60 } },
        }),
      ),
    enabled: accountId !== null,
  });
}

/** PATCH one or more profile fields; the card refreshes from the answer. */
export function useUpdateBlogger(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: Partial<Record<string, unknown>>) =>
      http<BloggerDetail>("PATCH", `/api/v1/bloggers/${id}/`, { body: changes }),
    onSuccess: (data) => {
      client.setQueryData(key(id), data);
      void client.invalidateQueries({ queryKey: ["bloggers", "list"] });
    },
  });
}

export function useAddAccount(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (url: string) => http<Account>("POST", "/api/v1/accounts/add-by-url/", { body: { url, blogger: id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: key(id) }),
  });
}

export function useAddInteraction(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { type: string; direction: string; summary: string; occurred_at: string }) =>
      http<Interaction>("POST", "/api/v1/interactions/", { body: { ...body, blogger: id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: key(id) }),
  });
}

export function useAddFollowUp(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { title: string; due_date: string }) =>
      http<FollowUp>("POST", "/api/v1/followups/", { body: { ...body, blogger: id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: key(id) }),
  });
}

export function useCompleteFollowUp(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (followUpId: number) =>
      http<FollowUp>("PATCH", `/api/v1/followups/${followUpId}/`, { body: { status: "done" } }),
    onSuccess: () => client.invalidateQueries({ queryKey: key(id) }),
  });
}
