import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCan } from "../../api/auth";
import { usePosts } from "../../api/monitoring";
import { Pagination } from "../../components/ui/Pagination";
import { PostItem } from "../../components/ui/PostItem";
import { SearchBox } from "../../components/ui/SearchBox";
import { QueryView } from "../../components/ui/States";
import { TerritorySelect } from "../../components/ui/TerritorySelect";
import { Toolbar } from "../../components/ui/Toolbar";
import { TopicSelect } from "../../components/ui/TopicSelect";
import { useUrlState } from "../../lib/useUrlState";

const PAGE_SIZE = 25;
const FILTERS = ["q", "topic", "territory", "needs_response", "labelled", "period", "page"] as const;
const PERIODS = { "24h": 1, "7d": 7, "30d": 30 } as const;
type Period = keyof typeof PERIODS;

function since(period: string | undefined): string | undefined {
  const days = PERIODS[period as Period];
  if (!days) return undefined;
  // Rounded to the minute, so the query (and its cache key) holds still between renders.
  const now = Math.floor(Date.now() / 60_000) * 60_000;
  return new Date(now - days * 86_400_000).toISOString();
}

/** Analysed posts, newest first, with filters and the officer's labelling buttons. */
export default function FeedPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlState(FILTERS);
  const [search, setSearch] = useState(filters.q ?? "");
  const canLabel = useCan("edit_crm");
  const page = Number(filters.page ?? 1);
  const bool = (value: string | undefined) => (value === "true" ? true : value === "false" ? false : undefined);
  const posts = usePosts({
    q: filters.q,
    topic: filters.topic ? [Number(filters.topic)] : undefined,
    territory: filters.territory ? Number(filters.territory) : undefined,
    needs_response: bool(filters.needs_response),
    labelled: bool(filters.labelled),
    published_after: since(filters.period),
    page,
    page_size: PAGE_SIZE,
  });
  const yesNo = (key: "needs_response" | "labelled", label: string) => (
    <label className="field">
      <span>{label}</span>
      <select value={filters[key] ?? ""} onChange={(e) => setFilters({ [key]: e.target.value })}>
        <option value="">{t("common.any")}</option>
        <option value="true">{t("feed.yes")}</option>
        <option value="false">{t("feed.no")}</option>
      </select>
    </label>
  );

  return (
    <div>
      <Toolbar title={t("nav.feed")} />
      <SearchBox
        label={t("feed.search")}
        placeholder={t("feed.search_placeholder")}
        submitLabel={t("bloggers.find")}
        name="q"
        value={search}
        onChange={setSearch}
        onSubmit={() => setFilters({ q: search.trim() })}
      >
        <TopicSelect value={filters.topic ?? ""} onChange={(topic) => setFilters({ topic })} />
        <TerritorySelect value={filters.territory ?? ""} onChange={(territory) => setFilters({ territory })} />
        {yesNo("needs_response", t("feed.needs_response"))}
        {yesNo("labelled", t("feed.labelled"))}
        <label className="field">
          <span>{t("feed.period")}</span>
          <select value={filters.period ?? ""} onChange={(e) => setFilters({ period: e.target.value })}>
            <option value="">{t("feed.all_time")}</option>
            {Object.keys(PERIODS).map((key) => (
              <option key={key} value={key}>
                {t(`feed.period_${key}`)}
              </option>
            ))}
          </select>
        </label>
      </SearchBox>
      <QueryView query={posts} isEmpty={(data) => data.count === 0} empty={t("feed.none")}>
        {(data) => (
          <>
            <p className="muted" data-testid="feed-count">
              {t("feed.found", { count: data.count })}
            </p>
            <div className="post-list" data-testid="feed">
              {data.results.map((post) => (
                <PostItem key={post.id} post={post} canLabel={canLabel} />
              ))}
            </div>
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
