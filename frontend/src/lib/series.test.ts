import { describe, expect, it } from "vitest";
import { binCounts, cellKey, heatLevel, heatMap, HOUR, trendSeries } from "./series";

const T0 = Date.UTC(2026, 0, 5, 10); // a whole hour

describe("binCounts", () => {
  it("counts times per hour with empty hours kept and outsiders left out", () => {
    const times = [
      new Date(T0 + 5 * 60_000).toISOString(),
      new Date(T0 + 59 * 60_000).toISOString(),
      new Date(T0 + 2 * HOUR + 1).toISOString(),
      new Date(T0 - HOUR).toISOString(), // before the range
      "not a date",
    ];
    const bins = binCounts(times, T0, T0 + 2 * HOUR + 30 * 60_000);
    expect(bins.map((b) => b.count)).toEqual([2, 0, 1]);
    expect(bins.map((b) => b.start)).toEqual([T0, T0 + HOUR, T0 + 2 * HOUR]);
  });

  it("gives nothing for an empty or reversed range", () => {
    expect(binCounts([T0], T0 + HOUR, T0)).toEqual([]);
  });
});

describe("trendSeries", () => {
  it("sums rows of all topics and territories into daily bins", () => {
    const day = 24 * HOUR;
    const from = Date.UTC(2026, 0, 5);
    const rows = [
      { hour: new Date(from + 3 * HOUR).toISOString(), topic: 1, territory: 2, count: 4 },
      { hour: new Date(from + 20 * HOUR).toISOString(), topic: 2, territory: null, count: 1 },
      { hour: new Date(from + day + HOUR).toISOString(), topic: 1, territory: 2, count: 7 },
    ];
    expect(trendSeries(rows, from, from + 2 * day - 1, day).map((b) => b.count)).toEqual([5, 7]);
  });
});

describe("heatMap", () => {
  it("totals topic × territory cells and orders rows and columns by volume", () => {
    const rows = [
      { hour: "2026-01-05T10:00:00Z", topic: 1, territory: 10, count: 2 },
      { hour: "2026-01-05T11:00:00Z", topic: 1, territory: 10, count: 3 },
      { hour: "2026-01-05T11:00:00Z", topic: 2, territory: 11, count: 9 },
      { hour: "2026-01-05T12:00:00Z", topic: 1, territory: null, count: 1 },
    ];
    const map = heatMap(rows);
    expect(map.topics).toEqual([2, 1]);
    expect(map.territories).toEqual([11, 10, null]);
    expect(map.counts.get(cellKey(1, 10))).toBe(5);
    expect(map.counts.get(cellKey(1, null))).toBe(1);
    expect(map.counts.get(cellKey(2, 10))).toBeUndefined();
    expect(map.max).toBe(9);
  });

  it("is empty for no rows", () => {
    expect(heatMap([])).toMatchObject({ topics: [], territories: [], max: 0 });
  });
});

describe("heatLevel", () => {
  it("keeps level 0 for no posts only and the top level for the maximum", () => {
    expect(heatLevel(0, 100)).toBe(0);
    expect(heatLevel(1, 100)).toBe(1);
    expect(heatLevel(100, 100)).toBe(5);
    expect(heatLevel(1000, 100)).toBe(5);
  });

  it("grows with the count on a log scale", () => {
    const levels = [1, 3, 10, 30, 100].map((c) => heatLevel(c, 100));
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(heatLevel(10, 100)).toBe(3); // half way on a log scale, not a tenth
  });

  it("handles a single level and an empty map", () => {
    expect(heatLevel(5, 5, 2)).toBe(1);
    expect(heatLevel(5, 0)).toBe(0);
  });
});
