import { describe, expect, it } from "vitest";
import { buildGraph } from "./graph";
import { type SpreadAccount, spreadGraph, spreadSize } from "./spread";

const account = (id: number, extra: Partial<SpreadAccount> = {}): SpreadAccount => ({
  id,
  screen_name: `acc${id}`,
  display_name: `Аккаунт ${id}`,
  followers: 100,
  influence_score: null,
  blogger_id: null,
  community: null,
  ...extra,
});

describe("spreadSize", () => {
  it("takes the influence score when the account is ranked", () => {
    expect(spreadSize({ influence_score: 42, followers: 1_000_000 })).toBe(42);
    expect(spreadSize({ influence_score: 0, followers: 1_000_000 })).toBe(0);
  });

  it("else grows with the reach on a log scale, capped at 100", () => {
    const small = spreadSize({ influence_score: null, followers: 10 })!;
    const wide = spreadSize({ influence_score: null, followers: 10_000 })!;
    expect(small).toBeCloseTo(17.4, 0);
    expect(wide).toBeCloseTo(66.7, 0);
    expect(spreadSize({ influence_score: null, followers: 50_000_000 })).toBe(100);
  });

  it("is unknown without a score or followers", () => {
    expect(spreadSize({ influence_score: null, followers: null })).toBeNull();
    expect(spreadSize({ influence_score: null, followers: 0 })).toBeNull();
  });
});

describe("spreadGraph", () => {
  const author = account(1, { influence_score: 80, community: 2, community_label: "Заречье", blogger_id: 7 });
  const other = account(4, { display_name: "", screen_name: "" });
  const cascade = [
    { kind: "post" as const, account: author, target: null },
    { kind: "post" as const, account: other, target: null },
    { kind: "repost" as const, account: account(2), target: author },
    { kind: "repost" as const, account: account(2), target: author },
    { kind: "mention" as const, account: account(2), target: author },
    { kind: "mention" as const, account: account(3), target: account(5) },
  ];

  it("has every account of the cascade once, labelled and sized", () => {
    const { nodes } = spreadGraph(cascade);
    expect(nodes.map((n) => n.id)).toEqual([1, 4, 2, 3, 5]);
    expect(nodes[0]).toMatchObject({ label: "Аккаунт 1", score: 80, community: 2, community_label: "Заречье", blogger_id: 7 });
    expect(nodes[1]?.label).toBe("4");
  });

  it("draws one edge per pair from the one who reposts or mentions to whom, counts summed", () => {
    const { edges } = spreadGraph(cascade);
    expect(edges).toEqual([
      { source: 2, target: 1, weight: 3, reposts: 2, mentions: 1 },
      { source: 3, target: 5, weight: 1, reposts: 0, mentions: 1 },
    ]);
    const graph = buildGraph(spreadGraph(cascade));
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttribute("1", "size")).toBeGreaterThan(graph.getNodeAttribute("5", "size"));
  });

  it("is empty for an empty cascade", () => {
    expect(spreadGraph([])).toEqual({ nodes: [], edges: [] });
  });
});
