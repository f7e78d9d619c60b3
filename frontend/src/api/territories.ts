import { useQuery } from "@tanstack/react-query";
import { api } from "./client";
import { unwrap } from "./errors";
import type { Page, Schema } from "./types";

/** Every territory by name, for pickers; they rarely change, so the list is kept five minutes. */
export function useTerritories() {
  return useQuery({
    queryKey: ["territories", "options"],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/territories/", {
          params: { query: { page_size: 500, ordering: "name" } },
        }),
      ) as Page<Schema<"Territory">>,
    staleTime: 5 * 60_000,
  });
}
