import Graph from "graphology";

/** One node of a graph answer (the agreed shape of every /api/v1/graph/… endpoint). */
export interface GraphNode {
  id: string | number;
  label?: string | null;
  platform?: string | null;
  external_id?: string | null;
  blogger_id?: number | null;
  score?: number | null;
  community?: string | number | null;
  community_label?: string | null;
  territory_id?: number | null;
  x?: number | null;
  y?: number | null;
}

export interface GraphEdge {
  source: string | number;
  target: string | number;
  weight?: number | null;
  reposts?: number | null;
  mentions?: number | null;
}

export interface GraphPayload {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  score: number | null;
  community: string;
  bloggerId: number | null;
  platform: string;
  hidden?: boolean;
  highlighted?: boolean;
}

export interface EdgeAttributes {
  size: number;
  weight: number;
  reposts: number;
  mentions: number;
  color: string;
}

// Distinct, readable on white; communities beyond the palette reuse it by hash.
export const PALETTE = [
  "#2b59c3", "#e4572e", "#17a398", "#f3a712", "#8e44ad", "#29335c", "#d7263d", "#3bb273",
  "#ff6f59", "#4c6085", "#b5651d", "#0081a7", "#c2185b", "#6a994e", "#7b2cbf", "#ef476f",
];
const NO_COMMUNITY = "#9aa5b8";

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i += 1) h = (h * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(h);
}

export function communityColor(community: string | number | null | undefined): string {
  if (community === null || community === undefined || community === "") return NO_COMMUNITY;
  const key = String(community);
  const n = Number(key);
  const index = Number.isInteger(n) && n >= 0 ? n : hash(key);
  return PALETTE[index % PALETTE.length] ?? NO_COMMUNITY;
}

/** Node radius in pixels from a 0–100 score: unknown scores stay small. */
export function nodeSize(score: number | null | undefined, scale = 1): number {
  if (score === null || score === undefined) return 2 * scale;
  return (2.5 + Math.sqrt(Math.max(0, Math.min(100, score))) * 1.6) * scale;
}

/**
 * A graphology graph ready for sigma: positions (given ones, else communities
 * placed on a circle with members scattered around their centre — a good start
 * for ForceAtlas2), size by score, colour by community. Edges to unknown nodes
 * are dropped; parallel edges are summed.
 */
export function buildGraph(payload: GraphPayload, options: { scale?: number } = {}): Graph<NodeAttributes, EdgeAttributes> {
  const graph = new Graph<NodeAttributes, EdgeAttributes>({ type: "directed", multi: false });
  const communities = [...new Set(payload.nodes.map((n) => String(n.community ?? "")))];
  const centre = new Map(
    communities.map((c, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, communities.length);
      const radius = communities.length > 1 ? 100 : 0;
      return [c, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius }];
    }),
  );
  payload.nodes.forEach((node, i) => {
    const key = String(node.id);
    if (graph.hasNode(key)) return;
    const community = String(node.community ?? "");
    const c = centre.get(community) ?? { x: 0, y: 0 };
    // Deterministic scatter (golden angle) so the same answer always looks the same.
    const r = 4 + 30 * Math.sqrt((i % 97) / 97);
    const a = i * 2.399963;
    graph.addNode(key, {
      x: node.x ?? c.x + Math.cos(a) * r,
      y: node.y ?? c.y + Math.sin(a) * r,
      size: nodeSize(node.score, options.scale),
      color: communityColor(node.community),
      label: node.label || node.external_id || key,
      score: node.score ?? null,
      community,
      bloggerId: node.blogger_id ?? null,
      platform: node.platform ?? "",
    });
  });
  for (const edge of payload.edges) {
    const source = String(edge.source);
    const target = String(edge.target);
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    const weight = edge.weight ?? 1;
    if (graph.hasEdge(source, target)) {
      graph.updateEdgeAttributes(source, target, (attrs) => ({
        ...attrs,
        weight: attrs.weight + weight,
        reposts: attrs.reposts + (edge.reposts ?? 0),
        mentions: attrs.mentions + (edge.mentions ?? 0),
      }));
    } else {
      graph.addEdge(source, target, {
        weight,
        reposts: edge.reposts ?? 0,
        mentions: edge.mentions ?? 0,
        size: 0.5,
        color: "#c9d1de",
      });
    }
  }
  // Edge thickness relative to the heaviest edge: 0.5–3 px.
  let max = 0;
  graph.forEachEdge((_e, attrs) => {
    max = Math.max(max, attrs.weight);
  });
  graph.forEachEdge((e, attrs) => {
    graph.setEdgeAttribute(e, "size", 0.5 + (max > 0 ? (attrs.weight / max) * 2.5 : 0));
  });
  return graph;
}

/** Accounts whose label contains the text (case-insensitive), best score first. */
export function searchNodes(
  graph: Graph<NodeAttributes, EdgeAttributes>,
  text: string,
  limit = 10,
): { id: string; label: string; score: number | null }[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return [];
  const found: { id: string; label: string; score: number | null }[] = [];
  graph.forEachNode((id, attrs) => {
    if (attrs.label.toLowerCase().includes(needle)) found.push({ id, label: attrs.label, score: attrs.score });
  });
  found.sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  return found.slice(0, limit);
}

/** One community of the overview (GET /graph/clusters/). */
export interface ClusterPayload {
  clusters: { number: number; label: string; size: number; top: { id: number; label: string }[] }[];
  edges: { source: number; target: number; weight: number }[];
}

/** Graph key of a community's cluster node. */
export const clusterKey = (number: number) => `c${number}`;

/**
 * The overview as communities: one node per community (area by its number of
 * accounts, coloured as its members, labelled by its name), placed on a spiral from
 * the largest, and one edge per pair of communities carrying the summed weight of
 * the account edges between them. A few hundred elements however large the graph.
 */
export function buildClusterGraph(payload: ClusterPayload): Graph<NodeAttributes, EdgeAttributes> {
  const graph = new Graph<NodeAttributes, EdgeAttributes>({ type: "directed", multi: false });
  const largest = Math.max(1, ...payload.clusters.map((c) => c.size));
  payload.clusters.forEach((cluster, i) => {
    // Largest first on a sunflower spiral (even spacing, big communities near the centre,
    // none on top of another): fixed positions, no force layout to pile them up.
    const r = 10 * Math.sqrt(i + 0.5);
    const a = i * 2.399963;
    graph.addNode(clusterKey(cluster.number), {
      x: Math.cos(a) * r,
      y: Math.sin(a) * r,
      size: 3 + 15 * Math.sqrt(cluster.size / largest),
      color: communityColor(cluster.number),
      label: `${cluster.label || `#${cluster.number}`} · ${cluster.size}`,
      score: cluster.size,
      community: String(cluster.number),
      bloggerId: null,
      platform: "",
    });
  });
  let max = 0;
  for (const edge of payload.edges) max = Math.max(max, edge.weight);
  for (const edge of payload.edges) {
    const source = clusterKey(edge.source);
    const target = clusterKey(edge.target);
    if (!graph.hasNode(source) || !graph.hasNode(target) || graph.hasEdge(source, target)) continue;
    graph.addEdge(source, target, {
      weight: edge.weight,
      reposts: 0,
      mentions: 0,
      size: 0.5 + (max > 0 ? (edge.weight / max) * 6 : 0),
      color: "#c9d1de",
    });
  }
  return graph;
}
