import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { unwrap } from "../../api/errors";
import type { Page, Schema } from "../../api/types";

export type ImportJob = Schema<"EdgeImportJob">;
export type ImportRowError = Schema<"EdgeImportError">;
const active = (job: { status: string } | undefined) => job?.status === "pending" || job?.status === "running";

/** The import jobs; only roles that may import read them (others get 403). */
export function useImportJobs(enabled: boolean) {
  return useQuery({
    queryKey: ["imports"],
    enabled,
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/imports/edges/", { params: { query: { page_size: 20 } } })) as Page<ImportJob>,
    refetchInterval: (query) => (query.state.data?.results.some(active) ? 1000 : false),
  });
}

/** One job, polled every second until it finishes. */
export function useImportJob(id: number | null) {
  return useQuery({
    queryKey: ["imports", id],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/imports/edges/{id}/", { params: { path: { id: id! } } })) as ImportJob,
    enabled: id !== null,
    refetchInterval: (query) => (active(query.state.data) ? 1000 : false),
  });
}

/**
 * The job's rejected rows. The list is keyed by the job's rejected count, so it is
 * fetched again whenever the polled job reports new rejections (while it runs and
 * when it finishes) — never left as it was when the job had only just started.
 */
export function useImportErrors(id: number | null, page: number, rejected: number | undefined) {
  return useQuery({
    queryKey: ["imports", id, "errors", page, rejected ?? 0],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/imports/edges/{id}/errors/", {
          params: { path: { id: id! }, query: { page, page_size: 50 } },
        }),
      ),
    enabled: id !== null && rejected !== undefined,
    placeholderData: keepPreviousData,
  });
}

export interface UploadForm {
  file: File;
  format?: "csv" | "jsonl" | "edgelist";
  kind?: "repost" | "mention";
}

export function useUploadEdges() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, format, kind }: UploadForm) =>
      unwrap(
        await api.POST("/api/v1/imports/edges/", {
          // The schema types `file` as a string (binary); the browser sends the File itself.
          body: { file: file as unknown as string, platform: "vk", ...(format ? { format } : {}), ...(kind ? { kind } : {}) },
          bodySerializer: (body) => {
            const form = new FormData();
            for (const [key, value] of Object.entries(body)) {
              if (value !== undefined) form.append(key, value as string | Blob);
            }
            return form;
          },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ["imports"] }),
  });
}
