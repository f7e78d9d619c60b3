import { formatDelta } from "../../lib/format";

/** Rank change: positive is a rise (previous rank − current rank). */
export function Delta({ value }: { value: number | null | undefined }) {
  const cls = !value ? "" : value > 0 ? "delta-up" : "delta-down";
  return <span className={cls}>{value ? (value > 0 ? "▲ " : "▼ ") : ""}{formatDelta(value)}</span>;
}
