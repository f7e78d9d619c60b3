import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type paths } from "../../api/client";
import { unwrap } from "../../api/errors";
import type { Page, Schema } from "../../api/types";

/** GET /api/v1/bloggers/{id}/ — personal-data fields are absent for roles that may not see them. */
export type BloggerDetail = Schema<"Blogger">;
export type Account = Schema<"SocialAccount">;
export type Interaction = Schema<"Interaction">;
export type FollowUp = Schema<"FollowUp">;
type BloggerPatch = NonNullable<paths["/api/v1/bloggers/{id}/"]["patch"]["requestBody"]>["content"]["application/json"];

const key = (id: number) => ["blogger", id] as const;

export function useBlogger(id: number) {
  return useQuery({
    queryKey: key(id),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/bloggers/{id}/", { params: { path: { id } } })) as BloggerDetail,
  });
}

export function useBloggerAccounts(id: number) {
  return useQuery({
    queryKey: [...key(id), "accounts"],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/accounts/", { params: { query: { blogger: id, page_size: 100 } } })) as Page<Account>,
  });
}

export function useInteractions(id: number) {
  return useQuery({
    queryKey: [...key(id), "interactions"],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/interactions/", {
          params: { query: { blogger: id, ordering: "-occurred_at", page_size: 50 } },
        }),
      ) as Page<Interaction>,
  });
}

export function useFollowUps(id: number) {
  return useQuery({
    queryKey: [...key(id), "followups"],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/followups/", {
          params: { query: { blogger: id, ordering: "due_date", page_size: 50 } },
        }),
      ) as Page<FollowUp>,
  });
}

export function useParticipations(id: number) {
  return useQuery({
    queryKey: [...key(id), "participations"],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/campaign-participants/", { params: { query: { blogger: id, page_size: 50 } } }),
      ) as Page<Schema<"CampaignParticipant">>,
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
    mutationFn: async (changes: BloggerPatch) =>
      unwrap(await api.PATCH("/api/v1/bloggers/{id}/", { params: { path: { id } }, body: changes })) as BloggerDetail,
    onSuccess: (data) => {
      client.setQueryData(key(id), data);
      void client.invalidateQueries({ queryKey: ["bloggers", "list"] });
    },
  });
}

export function useAddAccount(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (url: string) =>
      unwrap(await api.POST("/api/v1/accounts/add-by-url/", { body: { url, blogger: id } })),
    onSuccess: () => client.invalidateQueries({ queryKey: key(id) }),
  });
}

export function useCompleteFollowUp(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (followUpId: number) =>
      unwrap(
        await api.PATCH("/api/v1/followups/{id}/", { params: { path: { id: followUpId } }, body: { status: "done" } }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: key(id) }),
  });
}

export type MergeResult = Schema<"BloggerMerge">;
type BloggerBrief = Pick<Schema<"Blogger">, "id" | "display_name" | "is_archived" | "merged_into">;

/** Other bloggers whose name matches, to pick the duplicate from. */
export function useDuplicateSearch(q: string) {
  return useQuery({
    queryKey: ["bloggers", "search", q],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/bloggers/", { params: { query: { q, page_size: 10, ordering: "display_name" } } }),
      ) as Page<BloggerBrief>,
    enabled: q.trim().length >= 2,
  });
}

/** POST /bloggers/{source}/merge/: with ``dry_run`` what would move, else the merge itself. */
export function useMerge() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ source, into, dry_run }: { source: number; into: number; dry_run: boolean }) =>
      unwrap(
        await api.POST("/api/v1/bloggers/{id}/merge/", { params: { path: { id: source } }, body: { into, dry_run } }),
      ) as MergeResult,
    onSuccess: (result) => {
      if (!result.dry_run) void client.invalidateQueries();
    },
  });
}
