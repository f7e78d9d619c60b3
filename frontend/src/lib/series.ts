/**
 * Counting posts over time and over topic × territory, for the burst chart of an
 * incident and the trends screen. Pure functions over plain data.
 */

export const HOUR = 3_600_000;

export interface Bin {
  start: number; // ms since the epoch, inclusive
  count: number;
}

/** Floor `ms` to the start of its bin (bins are aligned to the epoch, so to UTC hours). */
export function binStart(ms: number, step = HOUR): number {
  return Math.floor(ms / step) * step;
}

/**
 * Counts of `times` in consecutive bins of `step` ms covering [from, to]: every bin
 * present, empty ones with 0, so a chart shows silence as well as the burst. Times
 * outside the range are left out.
 */
export function binCounts(times: readonly (string | number)[], from: number, to: number, step = HOUR): Bin[] {
  const first = binStart(from, step);
  const last = binStart(to, step);
  if (!(last >= first)) return [];
  const bins: Bin[] = [];
  for (let start = first; start <= last; start += step) bins.push({ start, count: 0 });
  for (const time of times) {
    const ms = typeof time === "number" ? time : Date.parse(time);
    if (Number.isNaN(ms) || ms < from || ms > to) continue;
    const bin = bins[(binStart(ms, step) - first) / step];
    if (bin) bin.count += 1;
  }
  return bins;
}

/** Hourly rows as /signals/trends/ gives them. */
export interface TrendRow {
  hour: string;
  topic: number;
  territory: number | null;
  count: number;
}

/** Trend rows summed into bins of `step` ms over [from, to] (a daily series: step = 24 h). */
export function trendSeries(rows: readonly TrendRow[], from: number, to: number, step = HOUR): Bin[] {
  const bins = binCounts([], from, to, step);
  const first = bins[0]?.start ?? 0;
  for (const row of rows) {
    const ms = Date.parse(row.hour);
    if (Number.isNaN(ms) || ms < from || ms > to) continue;
    const bin = bins[(binStart(ms, step) - first) / step];
    if (bin) bin.count += row.count;
  }
  return bins;
}

export interface HeatMap {
  topics: number[]; // rows, busiest first
  territories: (number | null)[]; // columns, busiest first; null: no territory found
  counts: Map<string, number>; // `${topic}:${territory}` → posts
  max: number;
}

export const cellKey = (topic: number, territory: number | null) => `${topic}:${territory ?? "-"}`;

/** Topic × territory totals of trend rows, rows and columns ordered by their totals. */
export function heatMap(rows: readonly TrendRow[]): HeatMap {
  const counts = new Map<string, number>();
  const byTopic = new Map<number, number>();
  const byTerritory = new Map<number | null, number>();
  for (const row of rows) {
    const key = cellKey(row.topic, row.territory);
    counts.set(key, (counts.get(key) ?? 0) + row.count);
    byTopic.set(row.topic, (byTopic.get(row.topic) ?? 0) + row.count);
    byTerritory.set(row.territory, (byTerritory.get(row.territory) ?? 0) + row.count);
  }
  const order = <K,>(totals: Map<K, number>) => [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  return {
    topics: order(byTopic),
    territories: order(byTerritory),
    counts,
    max: Math.max(0, ...counts.values()),
  };
}

/**
 * The colour level (0 … levels − 1) of a heat-map cell: 0 only for no posts, then on a
 * logarithmic scale up to `max`, so one loud cell does not wash out all the others.
 */
export function heatLevel(count: number, max: number, levels = 6): number {
  if (count <= 0 || max <= 0) return 0;
  if (levels <= 2) return levels - 1;
  const share = Math.log1p(Math.min(count, max)) / Math.log1p(max);
  return Math.min(levels - 1, 1 + Math.floor(share * (levels - 2) + 1e-9));
}
