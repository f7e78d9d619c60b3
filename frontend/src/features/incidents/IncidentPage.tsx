import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useCan } from "../../api/auth";
import { usePosts, useTrends, type Incident } from "../../api/monitoring";
import { BarChart } from "../../components/ui/BarChart";
import { Pagination } from "../../components/ui/Pagination";
import { PostItem } from "../../components/ui/PostItem";
import { Severity } from "../../components/ui/Severity";
import { QueryView } from "../../components/ui/States";
import { formatDateTime, formatNumber } from "../../lib/format";
import { binCounts, HOUR, trendSeries } from "../../lib/series";
import { useIncident } from "./api";
import { Messengers, Spread } from "./Spread";
import { Comments, History, Workflow } from "./Workflow";

const POSTS_PAGE = 20;
// The chart shows the day before the first post (the usual level) and the hours after the last.
const BEFORE = 24 * HOUR;
const AFTER = 6 * HOUR;
const MAX_SPAN = 14 * 24 * HOUR;

export default function IncidentPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const incident = useIncident(id);
  return (
    <QueryView query={incident} notFound={t("incidents.not_found")}>
      {(data) => <IncidentCard incident={data} />}
    </QueryView>
  );
}

function IncidentCard({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  return (
    <div>
      <p>
        <Link to="/incidents">← {t("nav.incidents")}</Link>
      </p>
      <div className="toolbar">
        <Severity value={incident.severity} />
        <h1 data-testid="incident-title">{incident.title}</h1>
      </div>
      <div className="grid grid-2">
        <Workflow incident={incident} />
        <section className="card" aria-labelledby="incident-facts">
          <h2 id="incident-facts">{t("incidents.facts")}</h2>
          <dl className="kv">
            <dt>{t("monitoring.topic")}</dt>
            <dd>{incident.topic?.name ?? t("incidents.no_topic")}</dd>
            <dt>{t("blogger.territory")}</dt>
            <dd>{incident.territory?.name ?? t("incidents.no_territory")}</dd>
            <dt>{t("incidents.started")}</dt>
            <dd>{formatDateTime(incident.started_at)}</dd>
            <dt>{t("incidents.detected")}</dt>
            <dd>{formatDateTime(incident.detected_at)}</dd>
            <dt>{t("incidents.last_post")}</dt>
            <dd>{formatDateTime(incident.last_post_at)}</dd>
            <dt>{t("incidents.counts")}</dt>
            <dd>
              {t("incidents.posts", { count: incident.post_count })},{" "}
              {t("incidents.authors", { count: incident.author_count })}
            </dd>
            <dt>{t("incidents.negative_share")}</dt>
            <dd>{formatNumber(incident.negative_share * 100)}%</dd>
            <dt>{t("incidents.reach")}</dt>
            <dd>{formatNumber(incident.reach, 1)}</dd>
            <dt>{t("incidents.significance")}</dt>
            <dd>{formatNumber(incident.significance, 1)}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="incident-chart">
          <h2 id="incident-chart">{t("incidents.chart")}</h2>
          <BurstChart incident={incident} />
        </section>
      </div>
      <Spread incident={incident} />
      <Messengers incident={incident} />
      <IncidentPosts incident={incident} />
      <div className="grid grid-2 section-gap">
        <Comments incident={incident} />
        <History incident={incident} />
      </div>
    </div>
  );
}

function chartRange(startedAt: string, lastPostAt: string): [number, number] {
  const started = Date.parse(startedAt);
  const to = Math.min(Date.parse(lastPostAt) + AFTER, Date.now());
  const from = Math.max(started - BEFORE, to - MAX_SPAN);
  return [from, Math.max(to, started)];
}

/**
 * Posts per hour around the incident: for a watch topic, all of the topic's posts in the
 * territory (the usual level, then the burst); for a problem on no topic, its own posts.
 */
function BurstChart({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  // Fixed when the card opens (and when the incident grows): a range ending at a fresh
  // "now" on every render would be a new query after every answer, without end.
  const { started_at, last_post_at } = incident;
  const [from, to] = useMemo(() => chartRange(started_at, last_post_at), [started_at, last_post_at]);
  const topicId = incident.topic?.id;
  const trends = useTrends(
    {
      since: new Date(from).toISOString(),
      until: new Date(to).toISOString(),
      topic: topicId ? [topicId] : undefined,
      territory: incident.territory?.id,
    },
    { enabled: Boolean(topicId) },
  );
  const posts = usePosts({ incident: incident.id, page_size: 500 }, { enabled: !topicId });
  const tick = (ms: number) => formatDateTime(new Date(ms).toISOString());
  const started = Date.parse(incident.started_at);
  if (topicId) {
    return (
      <QueryView query={trends}>
        {(rows) => (
          <BarChart
            bins={trendSeries(rows, from, to)}
            label={t("incidents.chart")}
            formatTick={tick}
            highlightFrom={started}
          />
        )}
      </QueryView>
    );
  }
  return (
    <QueryView query={posts}>
      {(page) => (
        <BarChart
          bins={binCounts(
            page.results.map((p) => p.published_at),
            from,
            to,
          )}
          label={t("incidents.chart")}
          formatTick={tick}
          highlightFrom={started}
        />
      )}
    </QueryView>
  );
}

function IncidentPosts({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const canLabel = useCan("edit_crm");
  const [page, setPage] = useState(1);
  const posts = usePosts({ incident: incident.id, page, page_size: POSTS_PAGE });
  return (
    <section className="card section-gap" aria-labelledby="incident-posts">
      <h2 id="incident-posts">{t("incidents.posts_title")}</h2>
      <QueryView query={posts} isEmpty={(data) => data.count === 0} empty={t("posts.none")}>
        {(data) => (
          <>
            <div className="post-list" data-testid="incident-posts">
              {data.results.map((post) => (
                <PostItem key={post.id} post={post} canLabel={canLabel} />
              ))}
            </div>
            <Pagination page={page} pageSize={POSTS_PAGE} count={data.count} onPage={setPage} />
          </>
        )}
      </QueryView>
    </section>
  );
}
