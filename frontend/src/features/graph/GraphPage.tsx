import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { GraphCanvas } from "../../components/ui/GraphCanvas";
import { SearchBox } from "../../components/ui/SearchBox";
import { QueryView } from "../../components/ui/States";
import { TerritorySelect } from "../../components/ui/TerritorySelect";
import { Toolbar } from "../../components/ui/Toolbar";
import { formatNumber } from "../../lib/format";
import { buildGraph, communityColor, searchNodes } from "../../lib/graph";
import { useUrlState } from "../../lib/useUrlState";
import { useCommunities, useGraphOverview } from "./api";

const KEYS = ["territory", "community", "min_score", "coordination", "focus"] as const;

function num(value: string | undefined): number | undefined {
  const n = Number(value);
  return value !== undefined && value !== "" && Number.isFinite(n) ? n : undefined;
}

export default function GraphPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useUrlState(KEYS);
  const coordination: "hide" | "only" | undefined =
    params.coordination === "hide" || params.coordination === "only" ? params.coordination : undefined;
  const filters = {
    territory: num(params.territory),
    community: num(params.community),
    min_score: num(params.min_score),
    coordination,
  };
  const overview = useGraphOverview(filters);
  const communities = useCommunities(overview.data?.run?.id);
  const graph = useMemo(() => (overview.data ? buildGraph(overview.data) : null), [overview.data]);
  const [search, setSearch] = useState("");
  const matches = useMemo(() => (graph ? searchNodes(graph, search, 8) : []), [graph, search]);
  const focus = params.focus && graph?.hasNode(params.focus) ? params.focus : null;

  return (
    <div>
      <Toolbar title={t("nav.graph")}>
        {overview.data && (
          <span className="muted" data-testid="graph-summary">
            {t("graph.summary", {
              nodes: formatNumber(overview.data.nodes.length),
              edges: formatNumber(overview.data.edges.length),
              total: formatNumber(overview.data.total_nodes),
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
          if (first) setParams({ focus: first.id, page: null });
        }}
        submitDisabled={!matches.length}
        suggestions={matches.map((m) => m.label)}
      >
        {focus && (
          <button type="button" className="btn-link" onClick={() => setParams({ focus: null, page: null })}>
            {t("graph.unfocus")}
          </button>
        )}
        <TerritorySelect
          value={params.territory ?? ""}
          onChange={(territory) => setParams({ territory, focus: null })}
        />
        <label className="field">
          <span>{t("graph.community")}</span>
          <select value={params.community ?? ""} onChange={(e) => setParams({ community: e.target.value, focus: null })}>
            <option value="">{t("common.any")}</option>
            {communities.data?.results.map((c) => (
              <option key={c.number} value={c.number}>
                {c.label || `#${c.number}`} ({c.size})
              </option>
            ))}
          </select>
        </label>
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
      <QueryView
        query={{ ...overview, data: graph ?? undefined }}
        isEmpty={(g) => g.order === 0}
        empty={t("graph.empty")}
      >
        {(g) => (
          <div style={{ position: "relative" }}>
            <GraphCanvas
              graph={g}
              focus={focus}
              label={t("nav.graph")}
              onNodeClick={(id, attrs) => {
                if (attrs.bloggerId) void navigate(`/bloggers/${attrs.bloggerId}`);
                else setParams({ focus: id, page: null });
              }}
            />
            {communities.data && communities.data.results.length > 0 && (
              <div className="graph-legend" aria-label={t("graph.legend")}>
                {communities.data.results.slice(0, 12).map((c) => (
                  <div key={c.number}>
                    <span className="legend-dot" style={{ background: communityColor(c.number) }} />
                    {c.label || `#${c.number}`} · {c.size}
                  </div>
                ))}
              </div>
            )}
            <p className="muted">{t("graph.hint")}</p>
          </div>
        )}
      </QueryView>
    </div>
  );
}
