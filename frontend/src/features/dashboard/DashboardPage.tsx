import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLatestRun, useMovers } from "../../api/influence";
import { RunStatus } from "../../components/ui/RunStatus";
import { QueryView } from "../../components/ui/States";
import { Toolbar } from "../../components/ui/Toolbar";
import { localDate } from "../../lib/dates";
import { formatDate, formatDateTime } from "../../lib/format";
import { useIncidents } from "../../api/monitoring";
import { Severity } from "../../components/ui/Severity";
import { useMe } from "../../api/auth";
import {
  SEVERITY_BANDS,
  useFollowUpsDue,
  useIncidentDeadlines,
  useMyTasksThisWeek,
  useOpenIncidentBands,
  useRecentInteractions,
  useToday,
} from "./api";
import { VkSyncCard } from "./VkSyncCard";

export default function DashboardPage() {
  const { t } = useTranslation();
  const followups = useFollowUpsDue();
  const interactions = useRecentInteractions();
  const latest = useLatestRun();
  const movers = useMovers(8);
  return (
    <div>
      <Toolbar title={t("nav.dashboard")} />
      <AttentionNow />
      <div className="grid grid-2">
        <section className="card" aria-labelledby="due-title" id="followups">
          <h2 id="due-title">{t("dashboard.followups")}</h2>
          <QueryView query={followups} isEmpty={(d) => d.count === 0} empty={t("dashboard.no_followups")}>
            {(data) => (
              <ul className="list-plain">
                {data.results.map((f) => {
                  const overdue = f.due_date < localDate();
                  return (
                    <li key={f.id}>
                      <span>
                        <Link to={`/bloggers/${f.blogger.id}`}>{f.blogger.display_name}</Link> — {f.title}
                      </span>
                      <span className={overdue ? "badge-overdue" : "muted"}>
                        {overdue ? `${t("bloggers.overdue")} · ` : ""}
                        {formatDate(f.due_date)}
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </QueryView>
        </section>
        <section className="card" aria-labelledby="run-title">
          <h2 id="run-title">{t("dashboard.ranking")}</h2>
          <QueryView query={latest} isEmpty={(r) => r === null} empty={t("runs.none")}>
            {(run) => run && <RunStatus run={run} />}
          </QueryView>
        </section>
        <section className="card" aria-labelledby="movers-title">
          <h2 id="movers-title">{t("dashboard.movers")}</h2>
          <QueryView
            query={movers}
            isEmpty={(m) => m.risers.length === 0 && m.fallers.length === 0}
            empty={t("dashboard.no_movers")}
          >
            {(data) => (
              <div className="grid grid-2" style={{ gridTemplateColumns: "1fr 1fr" }}>
                {(["risers", "fallers"] as const).map((side) => (
                  <div key={side}>
                    <h3>{t(`dashboard.${side}`)}</h3>
                    <ul className="list-plain">
                      {data[side].map((m) => (
                        <li key={m.blogger.id}>
                          <Link to={`/bloggers/${m.blogger.id}`}>{m.blogger.display_name}</Link>
                          <span className={side === "risers" ? "delta-up" : "delta-down"}>
                            {m.previous_rank ?? "—"} → {m.rank}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            )}
          </QueryView>
        </section>
        <VkSyncCard />
        <section className="card" aria-labelledby="recent-title">
          <h2 id="recent-title">{t("dashboard.recent")}</h2>
          <QueryView query={interactions} isEmpty={(d) => d.count === 0} empty={t("card.no_interactions")}>
            {(data) => (
              <ul className="list-plain">
                {data.results.map((i) => (
                  <li key={i.id}>
                    <span>
                      <Link to={`/bloggers/${i.blogger.id}`}>{i.blogger.display_name}</Link>:{" "}
                      {t(`interaction_type.${i.type}`, { defaultValue: i.type })} — {i.summary}
                    </span>
                    <span className="muted">{formatDateTime(i.occurred_at)}</span>
                  </li>
                ))}
              </ul>
            )}
          </QueryView>
        </section>
      </div>
    </div>
  );
}

/** What needs the officer now: open incidents by severity band, the worst of them, today so far. */
function AttentionNow() {
  const { t } = useTranslation();
  const bands = useOpenIncidentBands();
  const worst = useIncidents({ is_open: true, ordering: "-severity,detected_at", page_size: 5 }, { refetchInterval: 60_000 });
  const todayCounts = useToday();
  return (
    <section className="card attention-card" aria-labelledby="attention-title" data-testid="attention">
      <h2 id="attention-title">{t("dashboard.attention")}</h2>
      <QueryView query={bands}>
        {(rows) => (
          <div className="attention">
            {rows.map(({ band, count }) => {
              const [, from, to] = SEVERITY_BANDS.find(([b]) => b === band)!;
              const query = new URLSearchParams();
              if (from !== undefined) query.set("severity_min", String(from));
              if (to !== undefined) query.set("severity_below", String(to));
              return (
                <Link key={band} to={`/incidents?${query.toString()}`} className={`sev-${band}`} data-testid={`band-${band}`}>
                  <strong>{count}</strong>
                  <span>{t(`severity.${band}`)}</span>
                </Link>
              );
            })}
          </div>
        )}
      </QueryView>
      <QueryView query={worst} isEmpty={(d) => d.count === 0} empty={t("incidents.none")}>
        {(data) => (
          <ul className="list-plain">
            {data.results.map((incident) => (
              <li key={incident.id}>
                <span className="row" style={{ flexWrap: "nowrap", minWidth: 0 }}>
                  <Severity value={incident.severity} />
                  <Link to={`/incidents/${incident.id}`} className="incident-title">
                    {incident.title}
                  </Link>
                </span>
                <span className="muted">{formatDateTime(incident.detected_at)}</span>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      <p>
        <Link to="/incidents">{t("dashboard.all_incidents")}</Link>
      </p>
      <WorkNow />
      <h3>{t("dashboard.today", { date: formatDate(localDate()) })}</h3>
      <QueryView query={todayCounts}>
        {(counts) => (
          <ul className="list-plain" data-testid="today">
            <li>
              <Link to="/feed?period=24h">{t("dashboard.today_posts")}</Link>
              <strong>{counts.posts}</strong>
            </li>
            <li>
              <Link to="/feed?period=24h&needs_response=true">{t("dashboard.today_needs_response")}</Link>
              <strong>{counts.needsResponse}</strong>
            </li>
            <li>
              <Link to="/incidents">{t("dashboard.today_incidents")}</Link>
              <strong>{counts.incidents}</strong>
            </li>
          </ul>
        )}
      </QueryView>
    </section>
  );
}

/** New incidents, deadlines running out today, and the user's own tasks this week: each a count and a link. */
function WorkNow() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const incidents = useIncidentDeadlines();
  const tasks = useMyTasksThisWeek(me?.id);
  return (
    <div data-testid="work-now">
      <QueryView query={incidents}>
        {(counts) => (
          <ul className="list-plain">
            <li data-testid="attention-new">
              <Link to="/incidents?state=new">{t("dashboard.new_incidents")}</Link>
              <strong>{counts.fresh}</strong>
            </li>
            <li data-testid="attention-due-today">
              <Link to="/incidents?due_today=1&ordering=deadline">{t("dashboard.due_today")}</Link>
              <strong>{counts.dueToday}</strong>
            </li>
          </ul>
        )}
      </QueryView>
      <QueryView query={tasks}>
        {(count) => (
          <ul className="list-plain">
            <li data-testid="attention-my-tasks">
              <span>
                {t("dashboard.my_tasks")} · <Link to="/tasks">{t("dashboard.all_tasks")}</Link>
              </span>
              <strong>{count}</strong>
            </li>
          </ul>
        )}
      </QueryView>
    </div>
  );
}
