import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { http, type Page, type Query, toSearch } from "../../api/http";

export interface Ref {
  id: number;
  name?: string;
  display_name?: string;
  username?: string;
  full_name?: string;
}

/** A row of GET /api/v1/bloggers/ (the API issue's contract). */
export interface BloggerRow {
  id: number;
  display_name: string;
  stage: string;
  stance: string;
  tier?: string;
  territory: Ref | null;
  owner: Ref | null;
  influence_score: number | null;
  influence_rank: number | null;
  influence_rank_delta: number | null;
  last_interaction_at: string | null;
  open_task_count?: number;
  overdue_task_count?: number;
}

/** Filters the list understands; all of them live in the URL. */
export const BLOGGER_FILTERS = [
  "q",
  "stage",
  "stance",
  "territory",
  "topic",
  "no_contact_days",
  "has_overdue_tasks",
  "ordering",
  "page",
  "page_size",
] as const;

export const bloggerListQuery = (filters: Query) =>
  queryOptions({
    queryKey: ["bloggers", "list", filters],
    queryFn: () => http<Page<BloggerRow>>("GET", "/api/v1/bloggers/", { query: filters }),
    placeholderData: keepPreviousData,
  });

export function useBloggerList(filters: Query) {
  return useQuery(bloggerListQuery(filters));
}

export interface TerritoryOption {
  id: number;
  name: string;
  kind: string;
}

export function useTerritories() {
  return useQuery({
    queryKey: ["territories", "options"],
    queryFn: () =>
      http<Page<TerritoryOption>>("GET", "/api/v1/territories/", {
        query: { brief: 1, page_size: 500, ordering: "name" },
      }),
    staleTime: 5 * 60_000,
  });
}

/** Export of the filtered list (same filters, no paging) as a file download URL. */
export function exportUrl(format: "csv" | "xlsx", filters: Query): string {
  const { page: _page, page_size: _size, ...rest } = filters;
  return `/api/v1/bloggers/export-${format}/${toSearch(rest)}`;
}
