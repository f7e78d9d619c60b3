import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type paths } from "../../api/client";
import { unwrap } from "../../api/errors";
import type { Page, Schema } from "../../api/types";
import { toSearch } from "../../lib/query";

/** A row of GET /api/v1/bloggers/ (personal-data fields only for roles allowed to see them). */
export type BloggerRow = Schema<"Blogger">;

/** Filters the list understands; all of them live in the URL. */
export const BLOGGER_FILTERS = [
  "q",
  "stage",
  "stance",
  "territory",
  "topic",
  "platform",
  "tier",
  "owner",
  "no_contact_days",
  "has_overdue_tasks",
  "ordering",
  "page",
  "page_size",
] as const;

type BloggerQuery = NonNullable<paths["/api/v1/bloggers/"]["get"]["parameters"]["query"]>;
type BloggerCreate = paths["/api/v1/bloggers/"]["post"]["requestBody"]["content"]["application/json"];
// Multiple-choice filters take several values (?stage=a&stage=b); the URL holds one.
const MULTI = new Set(["stage", "stance", "topic", "tier", "platform", "account_kind"]);

/** The list's order when the URL names none: the most influential first. */
export const DEFAULT_ORDERING = "-influence_score";

/** The orders offered besides the column headers (URL value → i18n key). */
export const SORTS = [
  ["-influence_score", "bloggers.sort_influence"],
  ["display_name", "bloggers.sort_name"],
  ["-last_interaction_at", "bloggers.sort_contact"],
  ["-influence_rank_delta", "bloggers.sort_score_change"],
] as const;

/** The URL's filters with the default order filled in (what the list and exports ask for). */
export function withDefaults(filters: Record<string, string>): Record<string, string> {
  return { ordering: DEFAULT_ORDERING, ...filters };
}

/** URL values → the list's query parameters. */
function bloggerQuery(filters: Record<string, string>): BloggerQuery {
  return Object.fromEntries(
    Object.entries(filters).map(([key, value]) => [key, MULTI.has(key) ? [value] : value]),
  ) as BloggerQuery;
}

const bloggerListQuery = (filters: Record<string, string>) =>
  queryOptions({
    queryKey: ["bloggers", "list", filters],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/bloggers/", { params: { query: bloggerQuery(withDefaults(filters)) } }),
      ) as Page<BloggerRow>,
    placeholderData: keepPreviousData,
  });

export function useBloggerList(filters: Record<string, string>) {
  return useQuery(bloggerListQuery(filters));
}

/** Create a blogger; lists refresh in the background. */
export function useCreateBlogger() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: BloggerCreate) => unwrap(await api.POST("/api/v1/bloggers/", { body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["bloggers"] });
    },
  });
}

/** Export of the filtered list (same filters, no paging) as a file download URL. */
export function exportUrl(format: "csv" | "xlsx", filters: Record<string, string>): string {
  const { page: _page, page_size: _size, ...rest } = withDefaults(filters);
  return `/api/v1/bloggers/export-${format}/${toSearch(rest)}`;
}
