import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCan } from "../../api/auth";
import { useTopics, useUsers } from "../../api/choices";
import { ChoiceField } from "../../components/ui/ChoiceField";
import { Delta } from "../../components/ui/Delta";
import { Pagination } from "../../components/ui/Pagination";
import { SearchBox } from "../../components/ui/SearchBox";
import { StageStanceFilters } from "../../components/ui/StageStanceFilters";
import { QueryView } from "../../components/ui/States";
import { TerritorySelect } from "../../components/ui/TerritorySelect";
import { Toolbar } from "../../components/ui/Toolbar";
import { formatDate, formatNumber } from "../../lib/format";
import { PLATFORMS, TIERS } from "../../lib/labels";
import { toggleOrdering, useUrlState } from "../../lib/useUrlState";
import { BLOGGER_FILTERS, DEFAULT_ORDERING, exportUrl, SORTS, useBloggerList } from "./api";
import { CreateBloggerForm } from "./CreateBloggerForm";

const PAGE_SIZE = 50;

// `more`: left out on a phone, where the list keeps its key columns (name, score, place).
const COLUMNS: { field: string | null; key: string; num?: boolean; descFirst?: boolean; more?: boolean }[] = [
  { field: "display_name", key: "blogger.display_name" },
  { field: "influence_score", key: "blogger.score", num: true, descFirst: true },
  { field: "influence_rank", key: "blogger.rank", num: true },
  { field: "influence_rank_delta", key: "blogger.rank_delta", num: true, descFirst: true, more: true },
  { field: "stage", key: "blogger.stage", more: true },
  { field: "stance", key: "blogger.stance", more: true },
  { field: null, key: "blogger.territory", more: true },
  { field: "last_interaction_at", key: "blogger.last_contact", descFirst: true, more: true },
  { field: null, key: "blogger.open_tasks", num: true, more: true },
];

const className = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(" ") || undefined;

export default function BloggersPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlState(BLOGGER_FILTERS);
  const list = useBloggerList(filters);
  const ordering = filters.ordering ?? DEFAULT_ORDERING;
  const topics = useTopics();
  const users = useUsers();
  const canEdit = useCan("edit_crm");
  const canExport = useCan("export");
  const [search, setSearch] = useState(filters.q ?? "");
  const [creating, setCreating] = useState(false);
  const page = Number(filters.page ?? 1);
  const pageSize = Number(filters.page_size ?? PAGE_SIZE);

  return (
    <div>
      <Toolbar title={t("nav.bloggers")}>
        {canExport && (
          <>
            <a className="btn btn-small" href={exportUrl("csv", filters)} download>
              {t("bloggers.export_csv")}
            </a>
            <a className="btn btn-small" href={exportUrl("xlsx", filters)} download>
              {t("bloggers.export_xlsx")}
            </a>
          </>
        )}
        {canEdit && (
          <button type="button" className="btn btn-primary" onClick={() => setCreating((v) => !v)}>
            {t("bloggers.add")}
          </button>
        )}
      </Toolbar>
      {creating && canEdit && <CreateBloggerForm onCancel={() => setCreating(false)} />}

      <SearchBox
        label={t("bloggers.search")}
        placeholder={t("bloggers.search_placeholder")}
        submitLabel={t("bloggers.find")}
        name="q"
        value={search}
        onChange={setSearch}
        onSubmit={() => setFilters({ q: search.trim() })}
      >
        <label className="field">
          <span>{t("bloggers.sort")}</span>
          <select value={ordering} onChange={(e) => setFilters({ ordering: e.target.value })}>
            {SORTS.some(([value]) => value === ordering) ? null : <option value={ordering}>{ordering}</option>}
            {SORTS.map(([value, key]) => (
              <option key={value} value={value}>
                {t(key)}
              </option>
            ))}
          </select>
        </label>
        <StageStanceFilters stage={filters.stage} stance={filters.stance} onChange={setFilters} />
        <label className="field">
          <span>{t("bloggers.topic")}</span>
          <select value={filters.topic ?? ""} onChange={(e) => setFilters({ topic: e.target.value })}>
            <option value="">{t("common.any")}</option>
            {topics.data?.results.map((topic) => (
              <option key={topic.id} value={String(topic.id)}>
                {topic.name}
              </option>
            ))}
          </select>
        </label>
        <ChoiceField
          label={t("bloggers.platform")}
          value={filters.platform ?? ""}
          choices={PLATFORMS}
          prefix="platform"
          anyLabel={t("common.any")}
          onChange={(platform) => setFilters({ platform })}
        />
        <ChoiceField
          label={t("bloggers.tier")}
          value={filters.tier ?? ""}
          choices={TIERS}
          prefix="tier"
          anyLabel={t("common.any")}
          onChange={(tier) => setFilters({ tier })}
        />
        <label className="field">
          <span>{t("bloggers.owner")}</span>
          <select value={filters.owner ?? ""} onChange={(e) => setFilters({ owner: e.target.value })}>
            <option value="">{t("common.any")}</option>
            {users.data?.results.map((user) => (
              <option key={user.id} value={String(user.id)}>
                {user.full_name || user.username}
              </option>
            ))}
          </select>
        </label>
        <TerritorySelect value={filters.territory ?? ""} onChange={(territory) => setFilters({ territory })} />
        <label className="field">
          <span>{t("bloggers.no_contact_days")}</span>
          <select
            value={filters.no_contact_days ?? ""}
            onChange={(e) => setFilters({ no_contact_days: e.target.value })}
          >
            <option value="">{t("common.any")}</option>
            {["30", "60", "90", "180"].map((d) => (
              <option key={d} value={d}>
                {t("bloggers.days", { count: Number(d) })}
              </option>
            ))}
          </select>
        </label>
        <label className="field checkbox">
          <span>{t("bloggers.overdue_only")}</span>
          <input
            type="checkbox"
            checked={filters.has_overdue_tasks === "true"}
            onChange={(e) => setFilters({ has_overdue_tasks: e.target.checked ? "true" : null })}
          />
        </label>
        {Object.keys(filters).length > 0 && (
          <button
            type="button"
            className="btn-link"
            onClick={() => {
              setSearch("");
              setFilters(Object.fromEntries(BLOGGER_FILTERS.map((k) => [k, null])));
            }}
          >
            {t("bloggers.reset")}
          </button>
        )}
      </SearchBox>

      <QueryView query={list} isEmpty={(data) => data.count === 0} empty={t("bloggers.none")}>
        {(data) => (
          <>
            <p className="muted" data-testid="bloggers-count">
              {t("bloggers.found", { count: data.count })}
            </p>
            <table className="table" aria-label={t("nav.bloggers")}>
              <thead>
                <tr>
                  {COLUMNS.map((col) => (
                    <th key={col.key} className={className(col.num && "num", col.more && "col-more")}>
                      {col.field ? (
                        <button
                          type="button"
                          className={ordering.replace("-", "") === col.field ? "sorted" : ""}
                          onClick={() =>
                            setFilters({
                              ordering: toggleOrdering(ordering, col.field!, col.descFirst),
                            })
                          }
                        >
                          {t(col.key)}
                          {ordering === col.field ? " ↑" : ordering === `-${col.field}` ? " ↓" : ""}
                        </button>
                      ) : (
                        t(col.key)
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.results.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <Link to={`/bloggers/${row.id}`}>{row.display_name}</Link>
                    </td>
                    <td className="num">{formatNumber(row.influence_score, 1)}</td>
                    <td className="num">{row.influence_rank ?? "—"}</td>
                    <td className="num col-more">
                      <Delta value={row.influence_rank_delta} />
                    </td>
                    <td className="col-more">{t(`stage.${row.stage}`)}</td>
                    <td className="col-more">
                      <span className={`pill pill-${row.stance}`}>{t(`stance.${row.stance}`)}</span>
                    </td>
                    <td className="col-more">{row.territory?.name ?? "—"}</td>
                    <td className="col-more">{formatDate(row.last_interaction_at)}</td>
                    <td className="num col-more">
                      {row.overdue_task_count ? (
                        <span className="badge-overdue" title={t("bloggers.overdue")}>
                          {row.open_task_count ?? 0}
                        </span>
                      ) : (
                        (row.open_task_count ?? "—")
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pagination
              page={page}
              pageSize={pageSize}
              count={data.count}
              onPage={(p) => setFilters({ page: String(p) })}
            />
          </>
        )}
      </QueryView>
    </div>
  );
}
