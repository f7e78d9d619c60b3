import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { GraphCanvas } from "../../components/ui/GraphCanvas";
import { SearchBox } from "../../components/ui/SearchBox";
import { QueryView } from "../../components/ui/States";
import { TerritorySelect } from "../../components/ui/TerritorySelect";
import { Toolbar } from "../../components/ui/Toolbar";
import { formatNumber } from "../../lib/format";
import { buildClusterGraph, buildGraph, communityColor, searchNodes } from "../../lib/graph";
import { useUrlState } from "../../lib/useUrlState";
import { useCommunityGraph, useGraphClusters } from "./api";

const KEYS = ["territory", "community", "min_score", "coordination", "focus"] as const;

function num(value: string | undefined): number | undefined {
  const n = Number(value);
  return value !== undefined && value !== "" && Number.isFinite(n) ? n : undefined;
}

/**
 * The explorer opens on the communities (one node each, edges between them summed);
 * clicking one opens it: its most influential accounts and the edges among them. The
 * list of communities sits beside the canvas, never over it.
 */
export default function GraphPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useUrlState(KEYS);
  const coordination: "hide" | "only" | undefined =
    params.coordination === "hide" || params.coordination === "only" ? params.coordination : undefined;
  const filters = { territory: num(params.territory), min_score: num(params.min_score) };
  const community = num(params.community);
  const clusters = useGraphClusters(filters, true);
  const members = useCommunityGraph({ ...filters, coordination }, community);
  const clusterGraph = useMemo(() => (clusters.data ? buildClusterGraph(clusters.data) : null), [clusters.data]);
  const memberGraph = useMemo(() => (members.data ? buildGraph(members.data) : null), [members.data]);
  const opened = clusters.data?.clusters.find((c) => c.number === community);
  const [search, setSearch] = useState("");
  // Search the opened community's accounts, else the communities' leading accounts.
  const matches = useMemo(() => {
    if (community !== undefined) return memberGraph ? searchNodes(memberGraph, search, 8) : [];
    const needle = search.trim().toLowerCase();
    if (!needle || !clusters.data) return [];
    return clusters.data.clusters
      .flatMap((c) => c.top.map((m) => ({ id: String(m.id), label: m.label, community: c.number })))
      .filter((m) => m.label.toLowerCase().includes(needle))
      .slice(0, 8);
  }, [community, memberGraph, clusters.data, search]);
  const focus = params.focus && memberGraph?.hasNode(params.focus) ? params.focus : null;

  return (
    <div>
      <Toolbar title={t("nav.graph")}>
        {clusters.data && (
          <span className="muted" data-testid="graph-summary">
            {t("graph.clusters_summary", {
              communities: formatNumber(clusters.data.clusters.length),
              nodes: formatNumber(clusters.data.total_nodes),
              edges: formatNumber(clusters.data.total_edges),
            })}
          </span>
        )}
      </Toolbar>
      <SearchBox
        label={t("graph.search")}
        placeholder={t("graph.search_placeholder")}
        submitLabel={t("graph.focus")}
        value={search}
        onChange={setSearch}
        onSubmit={() => {
          const first = matches[0];
          if (!first) return;
          if ("community" in first) setParams({ community: String(first.community), focus: first.id });
          else setParams({ focus: first.id });
        }}
        submitDisabled={!matches.length}
        suggestions={matches.map((m) => m.label)}
      >
        {focus && (
          <button type="button" className="btn-link" onClick={() => setParams({ focus: null })}>
            {t("graph.unfocus")}
          </button>
        )}
        <TerritorySelect
          value={params.territory ?? ""}
          onChange={(territory) => setParams({ territory, focus: null })}
        />
        <label className="field">
          <span>{t("graph.min_score")}</span>
          <select value={params.min_score ?? ""} onChange={(e) => setParams({ min_score: e.target.value, focus: null })}>
            <option value="">{t("common.any")}</option>
            {["5", "10", "20", "40", "60"].map((v) => (
              <option key={v} value={v}>
                ≥ {v}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("coordination.filter")}</span>
          <select
            value={coordination ?? ""}
            onChange={(e) => setParams({ coordination: e.target.value, focus: null })}
          >
            <option value="">{t("common.any")}</option>
            <option value="hide">{t("coordination.filter_hide")}</option>
            <option value="only">{t("coordination.filter_only")}</option>
          </select>
        </label>
      </SearchBox>
      <div className="graph-layout">
        <div className="graph-main">
          {community === undefined ? (
            <QueryView
              query={{ ...clusters, data: clusterGraph ?? undefined }}
              isEmpty={(g) => g.order === 0}
              empty={t("graph.empty")}
            >
              {(g) => (
                <GraphCanvas
                  graph={g}
                  label={t("graph.communities_view")}
                  layoutMs={0}
                  onNodeClick={(_id, attrs) => setParams({ community: attrs.community, focus: null })}
                />
              )}
            </QueryView>
          ) : (
            <QueryView
              query={{ ...members, data: memberGraph ?? undefined }}
              isEmpty={(g) => g.order === 0}
              empty={t("graph.empty")}
            >
              {(g) => (
                <GraphCanvas
                  graph={g}
                  focus={focus}
                  label={t("nav.graph")}
                  onNodeClick={(id, attrs) => {
                    if (attrs.bloggerId) void navigate(`/bloggers/${attrs.bloggerId}`);
                    else setParams({ focus: id });
                  }}
                />
              )}
            </QueryView>
          )}
          <p className="muted">{community === undefined ? t("graph.hint_communities") : t("graph.hint")}</p>
        </div>
        <aside className="card graph-side" aria-label={t("graph.legend")}>
          {community !== undefined ? (
            <>
              <button type="button" className="btn-link" onClick={() => setParams({ community: null, focus: null })}>
                ← {t("graph.all_communities")}
              </button>
              <h2>
                <span className="legend-dot" style={{ background: communityColor(community) }} />
                {opened?.label || `#${community}`}
              </h2>
              {members.data && (
                <p className="muted" data-testid="community-summary">
                  {t("graph.summary", {
                    nodes: formatNumber(members.data.nodes.length),
                    edges: formatNumber(members.data.edges.length),
                    total: formatNumber(members.data.total_nodes),
                  })}
                </p>
              )}
            </>
          ) : (
            <h2>{t("graph.legend")}</h2>
          )}
          {community === undefined && clusters.data && (
            <ol className="list-plain legend-list">
              {clusters.data.clusters.slice(0, 30).map((c) => (
                <li key={c.number}>
                  <button
                    type="button"
                    className="btn-link"
                    onClick={() => setParams({ community: String(c.number), focus: null })}
                  >
                    <span className="legend-dot" style={{ background: communityColor(c.number) }} />
                    {c.label || `#${c.number}`}
                  </button>
                  <span className="muted">{formatNumber(c.size)}</span>
                </li>
              ))}
            </ol>
          )}
        </aside>
      </div>
    </div>
  );
}
