import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useIncidents, type Incident } from "../../api/monitoring";
import { Pagination } from "../../components/ui/Pagination";
import { Severity } from "../../components/ui/Severity";
import { QueryView } from "../../components/ui/States";
import { TerritorySelect } from "../../components/ui/TerritorySelect";
import { Toolbar } from "../../components/ui/Toolbar";
import { TopicSelect } from "../../components/ui/TopicSelect";
import { formatDateTime } from "../../lib/format";
import { useUrlState } from "../../lib/useUrlState";
import { INCIDENT_FILTERS, INCIDENT_ORDERINGS } from "./api";

const PAGE_SIZE = 50;
const STATES = ["new", "in_work", "answered", "closed", "not_ours", "duplicate", "false_alarm"] as const;
type Ordering = keyof typeof INCIDENT_ORDERINGS;

/** The inbox: open incidents, most severe first, filtered by topic, territory and state. */
export default function IncidentsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlState(INCIDENT_FILTERS);
  const page = Number(filters.page ?? 1);
  const ordering = (filters.ordering ?? "severity") as Ordering;
  const list = useIncidents(
    {
      topic: filters.topic ? Number(filters.topic) : undefined,
      territory: filters.territory ? Number(filters.territory) : undefined,
      state: filters.state ? [filters.state as (typeof STATES)[number]] : undefined,
      is_open: filters.closed === "1" ? undefined : true,
      severity__gte: filters.severity_min ? Number(filters.severity_min) : undefined,
      severity__lt: filters.severity_below ? Number(filters.severity_below) : undefined,
      ordering: INCIDENT_ORDERINGS[ordering] ?? INCIDENT_ORDERINGS.severity,
      page,
      page_size: PAGE_SIZE,
    },
    { refetchInterval: 60_000 },
  );

  return (
    <div>
      <Toolbar title={t("nav.incidents")} />
      <div className="filters">
        <TopicSelect value={filters.topic ?? ""} onChange={(topic) => setFilters({ topic })} />
        <TerritorySelect value={filters.territory ?? ""} onChange={(territory) => setFilters({ territory })} />
        <label className="field">
          <span>{t("incidents.state")}</span>
          <select value={filters.state ?? ""} onChange={(e) => setFilters({ state: e.target.value })}>
            <option value="">{t("common.any")}</option>
            {STATES.map((state) => (
              <option key={state} value={state}>
                {t(`incident_state.${state}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("incidents.sort")}</span>
          <select value={ordering} onChange={(e) => setFilters({ ordering: e.target.value })}>
            {Object.keys(INCIDENT_ORDERINGS).map((key) => (
              <option key={key} value={key}>
                {t(`incidents.sort_${key}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field checkbox">
          <span>{t("incidents.with_closed")}</span>
          <input
            type="checkbox"
            checked={filters.closed === "1"}
            onChange={(e) => setFilters({ closed: e.target.checked ? "1" : null })}
          />
        </label>
      </div>
      <QueryView
        query={list}
        isEmpty={(data) => data.count === 0}
        empty={
          <span data-testid="incidents-empty">
            {Object.keys(filters).some((k) => k !== "ordering" && k !== "page")
              ? t("incidents.none_filtered")
              : t("incidents.none")}
          </span>
        }
      >
        {(data) => (
          <>
            <p className="muted" data-testid="incidents-count">
              {t("incidents.found", { count: data.count })}
            </p>
            <ul className="incident-list" aria-label={t("nav.incidents")}>
              {data.results.map((incident) => (
                <IncidentRow key={incident.id} incident={incident} />
              ))}
            </ul>
            <Pagination
              page={page}
              pageSize={PAGE_SIZE}
              count={data.count}
              onPage={(p) => setFilters({ page: String(p) })}
            />
          </>
        )}
      </QueryView>
    </div>
  );
}

function IncidentRow({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  return (
    <li className="incident-row" data-testid="incident-row">
      <Severity value={incident.severity} />
      <div className="incident-main">
        <Link to={`/incidents/${incident.id}`} className="incident-title">
          {incident.title}
        </Link>
        <div className="incident-meta">
          <span className="pill pill-topic">{incident.topic?.name ?? t("incidents.no_topic")}</span>
          <span className="pill">{incident.territory?.name ?? t("incidents.no_territory")}</span>
          <span className={`pill pill-state-${incident.state}`}>{t(`incident_state.${incident.state}`)}</span>
          <span className="muted">{t("incidents.posts", { count: incident.post_count })}</span>
        </div>
        <div className="incident-times muted">
          <span>
            {t("incidents.started")}: {formatDateTime(incident.started_at)}
          </span>
          <span>
            {t("incidents.detected")}: {formatDateTime(incident.detected_at)}
          </span>
        </div>
      </div>
    </li>
  );
}
