import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useState } from "react";
import { useCan } from "../../api/auth";
import { useUsers } from "../../api/choices";
import { useBulkAssign, useIncidents, type Incident } from "../../api/monitoring";
import { Countdown } from "../../components/ui/Countdown";
import { useErrorText } from "../../components/ui/errorText";
import { FlagFilter } from "../../components/ui/FlagFilter";
import { runningDeadline } from "../../lib/countdown";
import { Pagination } from "../../components/ui/Pagination";
import { Severity } from "../../components/ui/Severity";
import { QueryView } from "../../components/ui/States";
import { TerritorySelect } from "../../components/ui/TerritorySelect";
import { Toolbar } from "../../components/ui/Toolbar";
import { TopicSelect } from "../../components/ui/TopicSelect";
import { formatDateTime } from "../../lib/format";
import { useUrlState } from "../../lib/useUrlState";
import { INCIDENT_FILTERS, INCIDENT_ORDERINGS, weeklyReportUrl } from "./api";

const PAGE_SIZE = 50;
const STATES = ["new", "in_work", "answered", "closed", "not_ours", "duplicate", "false_alarm"] as const;
type Ordering = keyof typeof INCIDENT_ORDERINGS;

/** The inbox: open incidents, most severe first, filtered by topic, territory and state. */
export default function IncidentsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlState(INCIDENT_FILTERS);
  const page = Number(filters.page ?? 1);
  const ordering = (filters.ordering ?? "severity") as Ordering;
  const canWork = useCan("work_incidents");
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const toggle = (id: number) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const list = useIncidents(
    {
      topic: filters.topic ? Number(filters.topic) : undefined,
      territory: filters.territory ? Number(filters.territory) : undefined,
      state: filters.state ? [filters.state as (typeof STATES)[number]] : undefined,
      is_open: filters.closed === "1" ? undefined : true,
      severity__gte: filters.severity_min ? Number(filters.severity_min) : undefined,
      severity__lt: filters.severity_below ? Number(filters.severity_below) : undefined,
      mine: filters.mine === "1" ? true : undefined,
      overdue: filters.overdue === "1" ? true : undefined,
      due_today: filters.due_today === "1" ? true : undefined,
      ordering: INCIDENT_ORDERINGS[ordering] ?? INCIDENT_ORDERINGS.severity,
      page,
      page_size: PAGE_SIZE,
    },
    { refetchInterval: 60_000 },
  );

  return (
    <div>
      <Toolbar title={t("nav.incidents")}>
        {/* Every role may download it: the report holds no personal data. */}
        <span className="row" role="group" aria-label={t("incidents.weekly_report")}>
          <span className="muted">{t("incidents.weekly_report")}:</span>
          <a className="btn btn-small" href={weeklyReportUrl("docx")} download>
            DOCX
          </a>
          <a className="btn btn-small" href={weeklyReportUrl("pdf")} download>
            PDF
          </a>
        </span>
      </Toolbar>
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
        {(["mine", "overdue", "due_today"] as const).map((key) => (
          <FlagFilter key={key} label={t(`incidents.${key}`)} name={key} filters={filters} setFilters={setFilters} />
        ))}
        <FlagFilter label={t("incidents.with_closed")} name="closed" filters={filters} setFilters={setFilters} />
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
            {canWork && (
              <BulkAssign
                ids={data.results.map((i) => i.id).filter((id) => selected.has(id))}
                onAllOnPage={(all) => setSelected(all ? new Set(data.results.map((i) => i.id)) : new Set())}
                onDone={() => setSelected(new Set())}
              />
            )}
            <ul className="incident-list" aria-label={t("nav.incidents")}>
              {data.results.map((incident) => (
                <IncidentRow
                  key={incident.id}
                  incident={incident}
                  selected={canWork ? selected.has(incident.id) : undefined}
                  onSelect={() => toggle(incident.id)}
                />
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

function BulkAssign({
  ids,
  onAllOnPage,
  onDone,
}: {
  ids: number[];
  onAllOnPage: (all: boolean) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const users = useUsers();
  const assign = useBulkAssign();
  const errorText = useErrorText();
  const [assignee, setAssignee] = useState("");
  return (
    <div className="bulk-bar" role="group" aria-label={t("incidents.assign_to")}>
      <label className="field checkbox">
        <span>{t("incidents.select_all")}</span>
        <input type="checkbox" onChange={(e) => onAllOnPage(e.target.checked)} />
      </label>
      <span className="muted">{t("incidents.selected", { count: ids.length })}</span>
      <select aria-label={t("workflow.assignee")} value={assignee} onChange={(e) => setAssignee(e.target.value)}>
        <option value="">{t("workflow.nobody")}</option>
        {users.data?.results.map((user) => (
          <option key={user.id} value={user.id}>
            {user.full_name || user.username}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="btn btn-small"
        disabled={ids.length === 0 || assign.isPending}
        onClick={() =>
          assign.mutate({ ids, assignee: assignee ? Number(assignee) : null }, { onSuccess: () => onDone() })
        }
      >
        {t("incidents.assign")}
      </button>
      {assign.data && (
        <span className="delta-up" role="status">
          {t("incidents.assigned_n", { count: assign.data.changed })}
        </span>
      )}
      {assign.error && <span className="field-error">{errorText(assign.error)}</span>}
    </div>
  );
}

function IncidentRow({
  incident,
  selected,
  onSelect,
}: {
  incident: Incident;
  selected?: boolean;
  onSelect: () => void;
}) {
  const { t } = useTranslation();
  const deadline = runningDeadline(incident);
  const overdue =
    (incident.first_response_overdue && !incident.first_response_at) ||
    (incident.resolution_overdue && !incident.resolved_at);
  return (
    <li className={overdue && incident.is_open ? "incident-row overdue" : "incident-row"} data-testid="incident-row">
      {selected !== undefined && (
        <input type="checkbox" aria-label={`${t("incidents.select")}: ${incident.title}`} checked={selected} onChange={onSelect} />
      )}
      <Severity value={incident.severity} />
      <div className="incident-main">
        <Link to={`/incidents/${incident.id}`} className="incident-title">
          {incident.title}
        </Link>
        <div className="incident-meta">
          <span className="pill pill-topic">{incident.topic?.name ?? t("incidents.no_topic")}</span>
          <span className="pill">{incident.territory?.name ?? t("incidents.no_territory")}</span>
          <span className={`pill pill-state-${incident.state}`}>{t(`incident_state.${incident.state}`)}</span>
          <span className={`pill pill-priority-${incident.priority}`}>{t(`priority.${incident.priority}`)}</span>
          <span className="muted">{t("incidents.posts", { count: incident.post_count })}</span>
          <span className="muted">
            {incident.assignee ? incident.assignee.full_name || incident.assignee.username : t("workflow.nobody")}
          </span>
        </div>
        {deadline && (
          <Countdown
            due={deadline.due}
            label={deadline.kind === "first_response" ? t("workflow.first_response") : t("workflow.resolution")}
          />
        )}
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
