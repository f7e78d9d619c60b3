import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCan } from "../../api/auth";
import { Delta } from "../../components/ui/Delta";
import { Pagination } from "../../components/ui/Pagination";
import { SearchBox } from "../../components/ui/SearchBox";
import { StageStanceFilters } from "../../components/ui/StageStanceFilters";
import { QueryView } from "../../components/ui/States";
import { TerritorySelect } from "../../components/ui/TerritorySelect";
import { Toolbar } from "../../components/ui/Toolbar";
import { formatDate, formatNumber } from "../../lib/format";
import { toggleOrdering, useUrlState } from "../../lib/useUrlState";
import { BLOGGER_FILTERS, exportUrl, useBloggerList } from "./api";
import { CreateBloggerForm } from "./CreateBloggerForm";

const PAGE_SIZE = 50;

const COLUMNS: { field: string | null; key: string; num?: boolean; descFirst?: boolean }[] = [
  { field: "display_name", key: "blogger.display_name" },
  { field: "influence_score", key: "blogger.score", num: true, descFirst: true },
  { field: "influence_rank", key: "blogger.rank", num: true },
  { field: "influence_rank_delta", key: "blogger.rank_delta", num: true, descFirst: true },
  { field: "stage", key: "blogger.stage" },
  { field: "stance", key: "blogger.stance" },
  { field: null, key: "blogger.territory" },
  { field: "last_interaction_at", key: "blogger.last_contact", descFirst: true },
  { field: null, key: "blogger.open_tasks", num: true },
];

export default function BloggersPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlState(BLOGGER_FILTERS);
  const list = useBloggerList(filters);
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
        <StageStanceFilters stage={filters.stage} stance={filters.stance} onChange={setFilters} />
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
                    <th key={col.key} className={col.num ? "num" : undefined}>
                      {col.field ? (
                        <button
                          type="button"
                          className={filters.ordering?.replace("-", "") === col.field ? "sorted" : ""}
                          onClick={() =>
                            setFilters({
                              ordering: toggleOrdering(filters.ordering, col.field!, col.descFirst),
                            })
                          }
                        >
                          {t(col.key)}
                          {filters.ordering === col.field ? " ↑" : filters.ordering === `-${col.field}` ? " ↓" : ""}
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
                    <td className="num">
                      <Delta value={row.influence_rank_delta} />
                    </td>
                    <td>{t(`stage.${row.stage}`)}</td>
                    <td>
                      <span className={`pill pill-${row.stance}`}>{t(`stance.${row.stance}`)}</span>
                    </td>
                    <td>{row.territory?.name ?? "—"}</td>
                    <td>{formatDate(row.last_interaction_at)}</td>
                    <td className="num">
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
