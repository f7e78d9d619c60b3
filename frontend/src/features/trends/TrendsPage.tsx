import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTerritories } from "../../api/territories";
import { useTrends, useWatchTopics } from "../../api/monitoring";
import { BarChart } from "../../components/ui/BarChart";
import { QueryView } from "../../components/ui/States";
import { TerritorySelect } from "../../components/ui/TerritorySelect";
import { Toolbar } from "../../components/ui/Toolbar";
import { TopicSelect } from "../../components/ui/TopicSelect";
import { formatDate, formatDateTime } from "../../lib/format";
import { cellKey, heatLevel, heatMap, HOUR, trendSeries, type TrendRow } from "../../lib/series";
import { useUrlState } from "../../lib/useUrlState";

const PERIODS = { "1": 1, "7": 7, "30": 30, "90": 90 } as const;
const DAY = 24 * HOUR;

/** Posts per topic × territory (a heat map) and over time, from /signals/trends/. */
export default function TrendsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlState(["days", "topic", "territory"]);
  const days = PERIODS[(filters.days ?? "7") as keyof typeof PERIODS] ?? 7;
  // The window ends at the next whole hour, so the query holds still while the page is open.
  const [to] = useState(() => Math.ceil(Date.now() / HOUR) * HOUR);
  const from = to - days * DAY;
  const trends = useTrends({
    since: new Date(from).toISOString(),
    until: new Date(to).toISOString(),
    topic: filters.topic ? [Number(filters.topic)] : undefined,
    territory: filters.territory ? Number(filters.territory) : undefined,
  });
  return (
    <div>
      <Toolbar title={t("nav.trends")} />
      <div className="filters">
        <label className="field">
          <span>{t("feed.period")}</span>
          <select value={String(days)} onChange={(e) => setFilters({ days: e.target.value })}>
            {Object.keys(PERIODS).map((key) => (
              <option key={key} value={key}>
                {t("trends.days", { count: Number(key) })}
              </option>
            ))}
          </select>
        </label>
        <TopicSelect value={filters.topic ?? ""} onChange={(topic) => setFilters({ topic })} />
        <TerritorySelect value={filters.territory ?? ""} onChange={(territory) => setFilters({ territory })} />
      </div>
      <QueryView query={trends} isEmpty={(rows) => rows.length === 0} empty={t("trends.none")}>
        {(rows) => (
          <>
            <section className="card" aria-labelledby="trends-series">
              <h2 id="trends-series">{days > 2 ? t("trends.per_day") : t("trends.per_hour")}</h2>
              <BarChart
                bins={trendSeries(rows, from, to - 1, days > 2 ? DAY : HOUR)}
                label={days > 2 ? t("trends.per_day") : t("trends.per_hour")}
                formatTick={(ms) => (days > 2 ? formatDate : formatDateTime)(new Date(ms).toISOString())}
              />
            </section>
            <section className="card section-gap" aria-labelledby="trends-heat">
              <h2 id="trends-heat">{t("trends.heat")}</h2>
              <HeatMap rows={rows} onPick={(topic, territory) => setFilters({ topic, territory })} />
            </section>
          </>
        )}
      </QueryView>
    </div>
  );
}

function HeatMap({ rows, onPick }: { rows: TrendRow[]; onPick: (topic: string, territory: string) => void }) {
  const { t } = useTranslation();
  const topics = useWatchTopics();
  const territories = useTerritories();
  const map = useMemo(() => heatMap(rows), [rows]);
  const topicName = (id: number) => topics.data?.results.find((x) => x.id === id)?.name ?? `#${id}`;
  const territoryName = (id: number | null) =>
    id === null ? t("incidents.no_territory") : (territories.data?.results.find((x) => x.id === id)?.name ?? `#${id}`);
  return (
    <div className="scroll-x">
      <table className="heat" aria-label={t("trends.heat")} data-testid="heatmap">
        <thead>
          <tr>
            <th scope="col">{t("monitoring.topic")}</th>
            {map.territories.map((territory) => (
              <th key={territory ?? "none"} scope="col">
                {territoryName(territory)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.topics.map((topic) => (
            <tr key={topic}>
              <th scope="row">{topicName(topic)}</th>
              {map.territories.map((territory) => {
                const count = map.counts.get(cellKey(topic, territory)) ?? 0;
                return (
                  <td key={territory ?? "none"} className={`heat-${heatLevel(count, map.max)}`}>
                    {count > 0 && territory !== null ? (
                      <button
                        type="button"
                        title={`${topicName(topic)} · ${territoryName(territory)}: ${count}`}
                        onClick={() => onPick(String(topic), String(territory))}
                      >
                        {count}
                      </button>
                    ) : (
                      count || ""
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
