import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { unwrap } from "../../api/errors";
import type { Page, Schema } from "../../api/types";

export type Task = Schema<"FollowUp">;

/** The list's filters, all in the URL: whose tasks, which status, overdue only, search, page. */
export const TASK_FILTERS = ["who", "status", "overdue", "q", "page"] as const;
export const TASK_STATUSES = ["open", "done", "cancelled"] as const;
export const PAGE_SIZE = 25;

export type TaskQuery = {
  /** Only this user's tasks; undefined: everybody's. */
  assignee?: number;
  status?: (typeof TASK_STATUSES)[number];
  overdue: boolean;
  q?: string;
  page: number;
};

/** Follow-ups across all bloggers: open ones by due date (overdue first), closed ones newest first. */
export function useTasks(query: TaskQuery, enabled = true) {
  return useQuery({
    queryKey: ["tasks", query],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/followups/", {
          params: {
            query: {
              assignee: query.assignee,
              status: query.status ? [query.status] : undefined,
              overdue: query.overdue ? true : undefined,
              q: query.q,
              ordering: query.status === "open" ? "due_date" : "-due_date",
              page: query.page,
              page_size: PAGE_SIZE,
            },
          },
        }),
      ) as Page<Task>,
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Marks a task done; every list of tasks (this one, the dashboard's, the blogger card's) refreshes. */
export function useCompleteTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.PATCH("/api/v1/followups/{id}/", { params: { path: { id } }, body: { status: "done" } })),
    onSuccess: (task) =>
      Promise.all([
        client.invalidateQueries({ queryKey: ["tasks"] }),
        client.invalidateQueries({ queryKey: ["dashboard"] }),
        client.invalidateQueries({ queryKey: ["blogger", (task as Task).blogger.id] }),
      ]),
  });
}
