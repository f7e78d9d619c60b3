/** An incident's spread (GET /incidents/{id}/spread/) as a graph for GraphCanvas. */
import type { GraphPayload } from "./graph";

export interface SpreadAccount {
  id: number;
  screen_name: string;
  display_name: string;
  followers: number | null;
  influence_score: number | null;
  blogger_id: number | null;
  community?: number | null;
  community_label?: string;
}

export interface SpreadEvent {
  kind: "post" | "repost" | "mention";
  account: SpreadAccount;
  target: SpreadAccount | null;
}

/**
 * A 0–100 size for an account: its influence score in the latest ranking, else its
 * reach (followers) on a log scale — 10 followers ≈ 17, 10 000 ≈ 67, a million and
 * more 100 — so an unranked account with a wide audience still stands out.
 */
export function spreadSize(account: Pick<SpreadAccount, "followers" | "influence_score">): number | null {
  if (account.influence_score !== null) return account.influence_score;
  if (!account.followers || account.followers <= 0) return null;
  return Math.min(100, (Math.log10(account.followers + 1) * 100) / 6);
}

/**
 * Nodes: every account of the cascade (authors, those who reposted, those mentioned);
 * edges: who reposted or mentioned whom (the reposter or the one who mentions → the
 * author or the one mentioned), one per pair with the counts summed.
 */
export function spreadGraph(cascade: SpreadEvent[]): GraphPayload {
  const nodes = new Map<number, GraphPayload["nodes"][number]>();
  const add = (a: SpreadAccount) => {
    if (nodes.has(a.id)) return;
    nodes.set(a.id, {
      id: a.id,
      label: a.display_name || a.screen_name || String(a.id),
      blogger_id: a.blogger_id,
      score: spreadSize(a),
      community: a.community ?? null,
      community_label: a.community_label ?? null,
    });
  };
  const edges = new Map<string, GraphPayload["edges"][number]>();
  for (const event of cascade) {
    add(event.account);
    if (!event.target || event.kind === "post") continue;
    add(event.target);
    const key = `${event.account.id}>${event.target.id}`;
    const edge = edges.get(key) ?? { source: event.account.id, target: event.target.id, weight: 0, reposts: 0, mentions: 0 };
    edge.weight = (edge.weight ?? 0) + 1;
    if (event.kind === "repost") edge.reposts = (edge.reposts ?? 0) + 1;
    else edge.mentions = (edge.mentions ?? 0) + 1;
    edges.set(key, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
