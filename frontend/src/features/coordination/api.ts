/** Coordinated groups of a run, their members, and officers' marks. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { unwrap } from "../../api/errors";

export type Verdict = "genuine" | "inauthentic" | "clear";

export function useCoordinationGroups(runId: number | null | undefined) {
  return useQuery({
    queryKey: ["influence", "coordination-groups", runId],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/influence/runs/{run_id}/coordination-groups/", {
          params: { path: { run_id: runId! }, query: { page_size: 200 } },
        }),
      ),
    enabled: Boolean(runId),
  });
}

export function useGroupMembers(runId: number | null | undefined, number: number | null) {
  return useQuery({
    queryKey: ["influence", "coordination-members", runId, number],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/influence/runs/{run_id}/coordination-groups/{number}/members/", {
          params: { path: { run_id: runId!, number: number! }, query: { page_size: 500 } },
        }),
      ),
    enabled: Boolean(runId) && number !== null,
  });
}

/** Mark accounts genuine or inauthentic (or clear the mark); the next re-rank uses it. */
export function useMarkAccounts() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ accounts, verdict, note = "" }: { accounts: number[]; verdict: Verdict; note?: string }) =>
      unwrap(await api.POST("/api/v1/influence/coordination-marks/", { body: { accounts, verdict, note } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ["influence"] }),
  });
}
