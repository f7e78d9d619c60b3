import { describe, expect, it } from "vitest";
import { buildClusterGraph, buildGraph, clusterKey, communityColor, nodeSize, PALETTE, searchNodes } from "./graph";

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

describe("buildClusterGraph", () => {
  const payload = {
    clusters: [
      { number: 3, label: "Новости", size: 400, top: [] },
      { number: 7, label: "", size: 100, top: [] },
      { number: 9, label: "Двор", size: 1, top: [] },
    ],
    edges: [
      { source: 3, target: 7, weight: 10 },
      { source: 7, target: 3, weight: 5 },
      { source: 3, target: 42, weight: 99 }, // a community not drawn: left out
    ],
  };

  it("draws one node per community, the largest biggest, and the summed edges between them", () => {
    const graph = buildClusterGraph(payload);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    const big = graph.getNodeAttributes(clusterKey(3));
    const small = graph.getNodeAttributes(clusterKey(9));
    expect(big.size).toBeGreaterThan(graph.getNodeAttributes(clusterKey(7)).size);
    expect(graph.getNodeAttributes(clusterKey(7)).size).toBeGreaterThan(small.size);
    expect(big.label).toBe("Новости · 400");
    expect(graph.getNodeAttributes(clusterKey(7)).label).toBe("#7 · 100");
    expect(big.community).toBe("3");
    expect(graph.getEdgeAttribute(clusterKey(3), clusterKey(7), "size")).toBeGreaterThan(
      graph.getEdgeAttribute(clusterKey(7), clusterKey(3), "size"),
    );
  });

  it("places no two communities at the same point", () => {
    const graph = buildClusterGraph(payload);
    const points = graph.mapNodes((_n, a) => `${a.x.toFixed(3)}:${a.y.toFixed(3)}`);
    expect(new Set(points).size).toBe(points.length);
  });
});
