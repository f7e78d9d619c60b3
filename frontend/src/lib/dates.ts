/** Date and time digits as the officer's clock shows them (toISOString alone is UTC). */
function localIso(date: Date): string {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString();
}

/** The local calendar day of a moment as "YYYY-MM-DD". */
export function localDateOf(date: Date): string {
  return localIso(date).slice(0, 10);
}

/** The local calendar day `offsetDays` from today as "YYYY-MM-DD" (date inputs, due dates). */
export function localDate(offsetDays = 0, now: Date = new Date()): string {
  const date = new Date(now.getTime());
  date.setDate(date.getDate() + offsetDays);
  return localDateOf(date);
}

/** The last day (Sunday) of the local calendar week (Monday to Sunday) holding `now`, as "YYYY-MM-DD". */
export function weekEnd(now: Date = new Date()): string {
  return localDate((7 - now.getDay()) % 7, now);
}

/** Now as "YYYY-MM-DDTHH:MM" in local time, for a datetime-local input. */
export function localDateTime(): string {
  return localIso(new Date()).slice(0, 16);
}
