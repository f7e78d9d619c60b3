import { useQuery } from "@tanstack/react-query";
import { http, type Page } from "../../api/http";
import type { FollowUp, Interaction } from "../blogger-card/api";

type WithBlogger<T> = T & { blogger: { id: number; display_name: string } };

function isoDate(offsetDays: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 10);
}

/** Open follow-ups due within a week (overdue ones first, as they sort by due date). */
export function useFollowUpsDue() {
  return useQuery({
    queryKey: ["dashboard", "followups"],
    queryFn: () =>
      http<Page<WithBlogger<FollowUp>>>("GET", "/api/v1/followups/", {
        query: { status: "open", due_date__lte: isoDate(7), ordering: "due_date", page_size: 15 },
      }),
  });
}

export function useRecentInteractions() {
  return useQuery({
    queryKey: ["dashboard", "interactions"],
    queryFn: () =>
      http<Page<WithBlogger<Interaction>>>("GET", "/api/v1/interactions/", {
        query: { ordering: "-occurred_at", page_size: 10 },
      }),
  });
}
