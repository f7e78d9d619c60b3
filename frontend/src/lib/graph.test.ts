import { describe, expect, it } from "vitest";
import { buildGraph, communityColor, nodeSize, PALETTE, searchNodes } from "./graph";

const payload = {
  nodes: [
    { id: 1, label: "Новости Заречья", score: 90, community: 0, blogger_id: 7 },
    { id: 2, label: "Типичный Заречный", score: 10, community: 1, blogger_id: null },
    { id: 3, label: "", external_id: "-555", score: null, community: null },
  ],
  edges: [
    { source: 2, target: 1, weight: 3, reposts: 3, mentions: 0 },
    { source: 2, target: 1, weight: 1, reposts: 0, mentions: 2 },
    { source: 3, target: 1, weight: 1, reposts: 1, mentions: 0 },
    { source: 3, target: 99, weight: 5 },
  ],
};

describe("graph model", () => {
  it("sizes nodes by score and colours them by community", () => {
    const graph = buildGraph(payload);
    expect(graph.order).toBe(3);
    const big = graph.getNodeAttributes("1");
    const small = graph.getNodeAttributes("2");
    expect(big.size).toBeGreaterThan(small.size);
    expect(big.size).toBe(nodeSize(90));
    expect(big.color).toBe(PALETTE[0]);
    expect(small.color).toBe(PALETTE[1]);
    expect(graph.getNodeAttribute("3", "color")).toBe(communityColor(null));
    expect(graph.getNodeAttribute("3", "label")).toBe("-555");
    expect(big.bloggerId).toBe(7);
  });

  it("sums parallel edges and drops edges to unknown nodes", () => {
    const graph = buildGraph(payload);
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttributes("2", "1")).toMatchObject({ weight: 4, reposts: 3, mentions: 2 });
    expect(graph.getEdgeAttribute("2", "1", "size")).toBeCloseTo(3);
    expect(graph.getEdgeAttribute("3", "1", "size")).toBeLessThan(3);
  });

  it("places every node at a finite position, the same each time", () => {
    const a = buildGraph(payload);
    const b = buildGraph(payload);
    a.forEachNode((id, attrs) => {
      expect(Number.isFinite(attrs.x) && Number.isFinite(attrs.y)).toBe(true);
      expect(b.getNodeAttribute(id, "x")).toBe(attrs.x);
    });
  });

  it("finds accounts by name, best score first", () => {
    const graph = buildGraph(payload);
    expect(searchNodes(graph, "зареч").map((n) => n.id)).toEqual(["1", "2"]);
    expect(searchNodes(graph, "  ")).toEqual([]);
  });

  it("keeps all 5,000 nodes and 20,000 distinct edges of an explorer-sized graph", () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => ({ id: i, label: `a${i}`, score: i % 100, community: i % 40 }));
    const edges = Array.from({ length: 20000 }, (_, i) => ({
      source: i % 5000,
      target: ((i % 5000) + 1 + Math.floor(i / 5000) * 37) % 5000,
      weight: 1,
    }));
    const graph = buildGraph({ nodes, edges });
    expect(graph.order).toBe(5000);
    expect(graph.size).toBe(20000);
  });
});
