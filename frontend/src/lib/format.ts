import i18n from "../i18n";

function locale(): string {
  return i18n.language === "en" ? "en-GB" : "ru-RU";
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return "—";
  return date.toLocaleDateString(locale(), { day: "2-digit", month: "2-digit", year: "numeric" });
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return "—";
  return date.toLocaleString(locale(), {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}

export function formatNumber(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined) return "—";
  return value.toLocaleString(locale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** "+3" for a rise of three places, "−2" for a fall; rank deltas are previous − current. */
export function formatDelta(value: number | null | undefined): string {
  if (value === null || value === undefined || value === 0) return "—";
  return value > 0 ? `+${value}` : `−${Math.abs(value)}`;
}
