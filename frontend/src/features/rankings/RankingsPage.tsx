import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCan } from "../../api/auth";
import { isActive, useLatestRun, useLeaderboard, useRuns, useTriggerRerank } from "../../api/influence";
import { Delta } from "../../components/ui/Delta";
import { useErrorText } from "../../components/ui/errorText";
import { Pagination } from "../../components/ui/Pagination";
import { RunStatus } from "../../components/ui/RunStatus";
import { SearchBox } from "../../components/ui/SearchBox";
import { StageStanceFilters } from "../../components/ui/StageStanceFilters";
import { QueryView } from "../../components/ui/States";
import { TerritorySelect } from "../../components/ui/TerritorySelect";
import { Toolbar } from "../../components/ui/Toolbar";
import { formatDateTime, formatNumber } from "../../lib/format";
import { useUrlState } from "../../lib/useUrlState";

const KEYS = ["q", "territory", "stage", "stance", "page"] as const;

export default function RankingsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlState(KEYS);
  const leaderboard = useLeaderboard(filters);
  const latest = useLatestRun();
  const runs = useRuns();
  const canRerank = useCan("run_rerank");
  const trigger = useTriggerRerank();
  const errorText = useErrorText();
  const [search, setSearch] = useState(filters.q ?? "");
  const running = isActive(latest.data);

  return (
    <div>
      <Toolbar title={t("nav.rankings")}>
        {canRerank && (
          <button
            type="button"
            className="btn btn-primary"
            disabled={running || trigger.isPending}
            onClick={() => trigger.mutate()}
          >
            {running ? t("runs.running") : t("runs.rerank")}
          </button>
        )}
      </Toolbar>
      {trigger.error && (
        <div className="state state-error" role="alert">
          {errorText(trigger.error)}
        </div>
      )}
      <div className="grid grid-2" style={{ marginBottom: 16 }}>
        <section className="card">
          <h2>{t("runs.latest")}</h2>
          <QueryView query={latest} isEmpty={(r) => r === null} empty={t("runs.none")}>
            {(run) => run && <RunStatus run={run} />}
          </QueryView>
        </section>
        <section className="card">
          <h2>{t("runs.history")}</h2>
          <QueryView query={runs} isEmpty={(d) => d.count === 0} empty={t("runs.none")}>
            {(data) => (
              <table className="table">
                <thead>
                  <tr>
                    <th>#</th>
                    <th>{t("runs.status")}</th>
                    <th>{t("runs.finished")}</th>
                    <th className="num col-more">{t("runs.accounts")}</th>
                    <th className="num col-more">{t("runs.edges")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.results.slice(0, 8).map((run) => (
                    <tr key={run.id}>
                      <td>{run.id}</td>
                      <td>
                        {t(`run_status.${run.status}`)}
                        {isActive(run) ? ` · ${run.progress}%` : ""}
                      </td>
                      <td>{formatDateTime(run.finished_at)}</td>
                      <td className="num col-more">{formatNumber(run.node_count)}</td>
                      <td className="num col-more">{formatNumber(run.edge_count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </QueryView>
        </section>
      </div>

      <SearchBox
        label={t("bloggers.search")}
        placeholder={t("bloggers.search_placeholder")}
        submitLabel={t("bloggers.find")}
        name="q"
        value={search}
        onChange={setSearch}
        onSubmit={() => setFilters({ q: search.trim() })}
      >
        <TerritorySelect value={filters.territory ?? ""} onChange={(territory) => setFilters({ territory })} />
        <StageStanceFilters stage={filters.stage} stance={filters.stance} onChange={setFilters} />
      </SearchBox>

      <QueryView query={leaderboard} isEmpty={(d) => d.count === 0} empty={t("runs.leaderboard_empty")}>
        {(data) => (
          <>
            <table className="table" aria-label={t("runs.leaderboard")}>
              <thead>
                <tr>
                  <th className="num">{t("blogger.rank")}</th>
                  <th>{t("blogger.display_name")}</th>
                  <th className="col-more">{t("runs.account")}</th>
                  <th className="col-more">{t("blogger.territory")}</th>
                  <th className="num">{t("blogger.score")}</th>
                  <th className="num">{t("blogger.rank_delta")}</th>
                </tr>
              </thead>
              <tbody>
                {data.results.map((row) => (
                  <tr key={row.id}>
                    <td className="num">{row.rank}</td>
                    <td>
                      <Link to={`/bloggers/${row.blogger.id}`}>{row.blogger.display_name}</Link>
                    </td>
                    <td className="muted col-more">{row.account.display_name || row.account.screen_name || row.account.external_id}</td>
                    <td className="col-more">{row.blogger.territory?.name ?? "—"}</td>
                    <td className="num">{formatNumber(row.score, 1)}</td>
                    <td className="num">
                      <Delta value={row.rank_delta} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pagination
              page={Number(filters.page ?? 1)}
              pageSize={50}
              count={data.count}
              onPage={(p) => setFilters({ page: String(p) })}
            />
          </>
        )}
      </QueryView>
    </div>
  );
}
