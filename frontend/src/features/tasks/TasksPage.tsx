import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCan, useMe } from "../../api/auth";
import { useErrorText } from "../../components/ui/errorText";
import { FlagFilter } from "../../components/ui/FlagFilter";
import { Pagination } from "../../components/ui/Pagination";
import { SearchBox } from "../../components/ui/SearchBox";
import { QueryView } from "../../components/ui/States";
import { Toolbar } from "../../components/ui/Toolbar";
import { localDate } from "../../lib/dates";
import { formatDate } from "../../lib/format";
import { useUrlState } from "../../lib/useUrlState";
import { PAGE_SIZE, TASK_FILTERS, TASK_STATUSES, type Task, useCompleteTask, useTasks } from "./api";

type Status = (typeof TASK_STATUSES)[number];

/**
 * «Задачи»: follow-ups across all bloggers — by default the user's own open ones,
 * overdue first — to work through and mark done without opening each card.
 */
export default function TasksPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlState(TASK_FILTERS);
  const me = useMe();
  const mine = filters.who !== "all";
  const status = (filters.status ?? "open") as Status | "any";
  const page = Number(filters.page ?? 1);
  const [search, setSearch] = useState(filters.q ?? "");
  const tasks = useTasks(
    {
      assignee: mine ? me.data?.id : undefined,
      status: status === "any" ? undefined : status,
      overdue: filters.overdue === "1",
      q: filters.q,
      page,
    },
    !mine || me.data !== undefined,
  );
  const filtered = Boolean(filters.q || filters.overdue || (filters.status && filters.status !== "open"));
  return (
    <div>
      <Toolbar title={t("tasks.title")} />
      <SearchBox
        label={t("tasks.search")}
        submitLabel={t("bloggers.find")}
        name="q"
        value={search}
        onChange={setSearch}
        onSubmit={() => setFilters({ q: search.trim() })}
      >
        <label className="field">
          <span>{t("tasks.who")}</span>
          <select value={mine ? "mine" : "all"} onChange={(e) => setFilters({ who: e.target.value === "all" ? "all" : null })}>
            <option value="mine">{t("tasks.mine")}</option>
            <option value="all">{t("tasks.everybody")}</option>
          </select>
        </label>
        <label className="field">
          <span>{t("tasks.status")}</span>
          <select value={status} onChange={(e) => setFilters({ status: e.target.value === "open" ? null : e.target.value })}>
            {TASK_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`followup_status.${value}`)}
              </option>
            ))}
            <option value="any">{t("common.any")}</option>
          </select>
        </label>
        <FlagFilter label={t("tasks.overdue_only")} name="overdue" filters={filters} setFilters={setFilters} />
      </SearchBox>
      <QueryView
        query={tasks}
        isEmpty={(data) => data.count === 0}
        empty={<span data-testid="tasks-empty">{filtered ? t("tasks.none_filtered") : t("tasks.none")}</span>}
      >
        {(data) => (
          <>
            <p className="muted" data-testid="tasks-count">
              {t("tasks.found", { count: data.count })}
            </p>
            <ul className="list-plain card" aria-label={t("tasks.title")}>
              {data.results.map((task) => (
                <TaskRow key={task.id} task={task} showAssignee={!mine} />
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

function TaskRow({ task, showAssignee }: { task: Task; showAssignee: boolean }) {
  const { t } = useTranslation();
  const canEdit = useCan("edit_crm");
  const complete = useCompleteTask();
  const errorText = useErrorText();
  const overdue = task.status === "open" && task.due_date < localDate();
  return (
    <li data-testid="task">
      <span>
        <strong>{task.title}</strong> — <Link to={`/bloggers/${task.blogger.id}`}>{task.blogger.display_name}</Link>
        {showAssignee && (
          <span className="muted">
            {" · "}
            {task.assignee ? task.assignee.full_name || task.assignee.username : t("tasks.nobody")}
          </span>
        )}
      </span>
      <span className={overdue ? "badge-overdue" : "muted"}>
        {overdue ? `${t("bloggers.overdue")} · ` : ""}
        {formatDate(task.due_date)}
      </span>
      {task.status === "open" && canEdit ? (
        <button
          type="button"
          className="btn btn-small"
          disabled={complete.isPending}
          onClick={() => complete.mutate(task.id)}
        >
          {t("card.done")}
        </button>
      ) : (
        <span className="muted">{t(`followup_status.${task.status}`, { defaultValue: task.status })}</span>
      )}
      {complete.error && (
        <span className="field-error" role="alert">
          {errorText(complete.error)}
        </span>
      )}
    </li>
  );
}
