/** Time left until a deadline, for countdowns in the inbox and the incident card. */
import { localDate, localDateOf } from "./dates";

export interface Countdown {
  overdue: boolean;
  days: number;
  hours: number;
  minutes: number;
}

/**
 * Whole days, hours and minutes between `now` and `due` (either way: past a deadline
 * it counts the time overdue). A deadline is overdue from its very minute on.
 */
export function countdown(due: string | number, now: number): Countdown | null {
  const dueMs = typeof due === "number" ? due : Date.parse(due);
  if (Number.isNaN(dueMs)) return null;
  const left = dueMs - now;
  const overdue = left <= 0;
  const total = Math.floor(Math.abs(left) / 60_000) + (overdue && left % 60_000 !== 0 ? 1 : 0);
  return {
    overdue,
    days: Math.floor(total / 1440),
    hours: Math.floor((total % 1440) / 60),
    minutes: total % 60,
  };
}

/** «2 д 3 ч», «3 ч 05 мин», «12 мин»: the two largest units, given the unit words. */
export function formatCountdown(c: Countdown, units: { d: string; h: string; m: string }): string {
  if (c.days > 0) return `${c.days} ${units.d} ${c.hours} ${units.h}`;
  if (c.hours > 0) return `${c.hours} ${units.h} ${String(c.minutes).padStart(2, "0")} ${units.m}`;
  return `${c.minutes} ${units.m}`;
}

export interface Deadlines {
  is_open: boolean;
  first_response_due: string | null;
  first_response_at: string | null;
  resolution_due: string | null;
  resolved_at: string | null;
}

/**
 * The deadline whose timer still runs: the first response until there is one, then the
 * resolution until it is resolved; none for a closed incident (timers stop there).
 */
export function runningDeadline(incident: Deadlines): { kind: "first_response" | "resolution"; due: string } | null {
  if (!incident.is_open) return null;
  if (!incident.first_response_at && incident.first_response_due)
    return { kind: "first_response", due: incident.first_response_due };
  if (!incident.resolved_at && incident.resolution_due) return { kind: "resolution", due: incident.resolution_due };
  return null;
}

/**
 * The due day ("YYYY-MM-DD", local) of a follow-up set about an incident: the day of
 * its first-response deadline while that timer runs and the day has not passed yet,
 * else tomorrow.
 */
export function followUpDue(incident: Deadlines, now: Date = new Date()): string {
  const running = runningDeadline(incident);
  if (running?.kind === "first_response") {
    const day = localDateOf(new Date(running.due));
    if (day >= localDate(0, now)) return day;
  }
  return localDate(1, now);
}
