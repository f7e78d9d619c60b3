import { lazy, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { useCan } from "../../api/auth";
import { ApiError } from "../../api/errors";
import { useExplanation, useScoreHistory } from "../../api/influence";
import { Delta } from "../../components/ui/Delta";
import { ErrorState, Loading, QueryView } from "../../components/ui/States";
import { formatDate, formatNumber } from "../../lib/format";
import { buildGraph } from "../../lib/graph";
import { STAGES, STANCES, TIERS } from "../../lib/labels";
import {
  type Account,
  type BloggerDetail,
  useBlogger,
  useBloggerAccounts,
  useEgoNetwork,
  useFollowUps,
  useInteractions,
  useParticipations,
  useUpdateBlogger,
} from "./api";
import { Accounts } from "./components/Accounts";
import { EditableField } from "./components/EditableField";
import { Explanation } from "./components/Explanation";
import { FollowUps } from "./components/FollowUps";
import { MergePanel } from "./components/MergePanel";
import { RankHistoryChart } from "./components/RankHistoryChart";
import { Timeline } from "./components/Timeline";

// sigma.js (WebGL) loads only when the ego network is drawn.
const GraphCanvas = lazy(() =>
  import("../../components/ui/GraphCanvas").then((m) => ({ default: m.GraphCanvas })),
);

function list<T>(query: { data?: { results: T[] } | undefined; error: unknown; isPending: boolean; refetch: () => unknown }) {
  return { data: query.data?.results, error: query.error, isPending: query.isPending, refetch: query.refetch };
}

export default function BloggerCardPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const blogger = useBlogger(id);
  if (!Number.isInteger(id) || id <= 0) return <ErrorState error={new ApiError(404, "not_found", "")} />;
  if (blogger.isPending) return <Loading />;
  if (blogger.error || !blogger.data)
    return <ErrorState error={blogger.error} onRetry={() => void blogger.refetch()} />;
  return <Card blogger={blogger.data} key={id} t={t} />;
}

function Card({ blogger, t }: { blogger: BloggerDetail; t: ReturnType<typeof useTranslation>["t"] }) {
  const id = blogger.id;
  const canEdit = useCan("edit_crm");
  const update = useUpdateBlogger(id);
  const accountsQuery = useBloggerAccounts(id);
  const interactions = useInteractions(id);
  const followups = useFollowUps(id);
  const participations = useParticipations(id);
  const history = useScoreHistory(id);
  const explanation = useExplanation(id);
  const navigate = useNavigate();
  const [merging, setMerging] = useState(false);

  // The accounts list (not the card's brief ones): it carries followers and scores.
  const accounts = list<Account>(accountsQuery);
  const best = useMemo(() => {
    const all = accounts.data ?? [];
    return [...all].sort((a, b) => (b.influence_score ?? -1) - (a.influence_score ?? -1))[0] ?? null;
  }, [accounts.data]);
  const ego = useEgoNetwork(best?.id ?? null);
  const egoGraph = useMemo(() => (ego.data ? buildGraph(ego.data, { scale: 1.4 }) : null), [ego.data]);

  const save = (field: string) => (value: string) => update.mutate({ [field]: value } as never);
  const fieldError = (field: string) => (update.error instanceof ApiError ? update.error.field(field) : undefined);
  // Oldest run first; one point per run (the blogger's best account at that run).
  const points = [...(history.data?.results ?? [])]
    .sort((a, b) => a.run.created_at.localeCompare(b.run.created_at))
    .map((p) => ({ date: p.run.finished_at ?? p.run.created_at, score: p.score, rank: p.rank }));

  return (
    <div>
      <div className="toolbar">
        <Link to="/bloggers">← {t("nav.bloggers")}</Link>
      </div>
      <div className="toolbar">
        <h1 data-testid="blogger-name">
          <EditableField
            label={t("blogger.display_name")}
            value={blogger.display_name}
            canEdit={canEdit}
            onSave={save("display_name")}
            error={fieldError("display_name")}
          />
        </h1>
        <span className={`pill pill-${blogger.stance}`}>{t(`stance.${blogger.stance}`)}</span>
        <span className="pill">{t(`stage.${blogger.stage}`)}</span>
        <span className="spacer" />
        <span>
          {t("blogger.score")}: <strong>{formatNumber(blogger.influence_score, 1)}</strong> · {t("blogger.rank")}:{" "}
          <strong>{blogger.influence_rank ?? "—"}</strong> <Delta value={blogger.influence_rank_delta} />
        </span>
        {canEdit && !blogger.merged_into && !merging && (
          <button type="button" className="btn btn-small" onClick={() => setMerging(true)}>
            {t("merge.open")}
          </button>
        )}
      </div>
      {blogger.merged_into && (
        <div className="state" role="status" data-testid="merged-into">
          {t("merge.merged_into")} <Link to={`/bloggers/${blogger.merged_into}`}>id {blogger.merged_into}</Link>
        </div>
      )}
      {merging && <MergePanel blogger={blogger} onClose={() => setMerging(false)} />}
      {update.error && !fieldError("display_name") && <ErrorState error={update.error} />}

      <div className="grid grid-2">
        <section className="card" aria-labelledby="profile-title">
          <h2 id="profile-title">{t("card.profile")}</h2>
          <dl className="kv">
            <dt>{t("blogger.stage")}</dt>
            <dd>
              <EditableField
                label={t("blogger.stage")}
                value={blogger.stage ?? "new"}
                display={t(`stage.${blogger.stage ?? "new"}`)}
                options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
                canEdit={canEdit}
                onSave={save("stage")}
              />
            </dd>
            <dt>{t("blogger.stance")}</dt>
            <dd>
              <EditableField
                label={t("blogger.stance")}
                value={blogger.stance ?? "unknown"}
                display={t(`stance.${blogger.stance ?? "unknown"}`)}
                options={STANCES.map((s) => ({ value: s, label: t(`stance.${s}`) }))}
                canEdit={canEdit}
                onSave={save("stance")}
              />
            </dd>
            <dt>{t("blogger.tier")}</dt>
            <dd>
              <EditableField
                label={t("blogger.tier")}
                value={blogger.tier ?? "c"}
                display={t(`tier.${blogger.tier ?? "c"}`)}
                options={TIERS.map((s) => ({ value: s, label: t(`tier.${s}`) }))}
                canEdit={canEdit}
                onSave={save("tier")}
              />
            </dd>
            <dt>{t("blogger.territory")}</dt>
            <dd>{blogger.territory?.name ?? "—"}</dd>
            <dt>{t("blogger.topics")}</dt>
            <dd>{blogger.topics?.map((topic) => topic.name).join(", ") || "—"}</dd>
            <dt>{t("blogger.owner")}</dt>
            <dd>{blogger.owner?.full_name || blogger.owner?.username || "—"}</dd>
            {/* Personal data: the API leaves these fields out for roles that may not see them. */}
            {blogger.real_name !== undefined && (
              <>
                <dt>{t("blogger.real_name")}</dt>
                <dd>
                  <EditableField label={t("blogger.real_name")} value={blogger.real_name} canEdit={canEdit} onSave={save("real_name")} error={fieldError("real_name")} />
                </dd>
              </>
            )}
            {blogger.phone !== undefined && (
              <>
                <dt>{t("blogger.phone")}</dt>
                <dd>
                  <EditableField label={t("blogger.phone")} value={blogger.phone} canEdit={canEdit} onSave={save("phone")} error={fieldError("phone")} />
                </dd>
              </>
            )}
            {blogger.email !== undefined && (
              <>
                <dt>{t("blogger.email")}</dt>
                <dd>
                  <EditableField label={t("blogger.email")} value={blogger.email} canEdit={canEdit} onSave={save("email")} error={fieldError("email")} />
                </dd>
              </>
            )}
            <dt>{t("blogger.description")}</dt>
            <dd>
              <EditableField
                label={t("blogger.description")}
                value={blogger.description ?? ""}
                canEdit={canEdit}
                multiline
                onSave={save("description")}
              />
            </dd>
            <dt>{t("blogger.last_contact")}</dt>
            <dd>{formatDate(blogger.last_interaction_at)}</dd>
          </dl>
        </section>

        <Accounts bloggerId={id} query={accounts} canEdit={canEdit} />

        <Timeline bloggerId={id} query={list(interactions)} canEdit={canEdit} />

        <div className="grid">
          <FollowUps bloggerId={id} query={list(followups)} canEdit={canEdit} />
          <section className="card" aria-labelledby="campaigns-title">
            <h2 id="campaigns-title">{t("nav.campaigns")}</h2>
            <QueryView query={list(participations)} isEmpty={(p) => p.length === 0} empty={t("card.no_campaigns")}>
              {(items) => (
                <ul className="list-plain">
                  {items.map((p) => (
                    <li key={p.id}>
                      <Link to={`/campaigns/${p.campaign.id}`}>{p.campaign.title}</Link>
                      <span className="pill">{t(`participant.${p.status}`, { defaultValue: p.status })}</span>
                    </li>
                  ))}
                </ul>
              )}
            </QueryView>
          </section>
        </div>

        <section className="card" aria-labelledby="history-title">
          <h2 id="history-title">{t("card.rank_history")}</h2>
          <QueryView query={{ ...history, data: points }}>{(p) => <RankHistoryChart points={p} />}</QueryView>
        </section>

        <section className="card" aria-labelledby="why-title">
          <h2 id="why-title">{t("card.why")}</h2>
          <QueryView query={explanation} notFound={t("card.no_history")}>{(data) => <Explanation data={data} />}</QueryView>
        </section>

        <section className="card" aria-labelledby="ego-title" style={{ gridColumn: "1 / -1" }}>
          <h2 id="ego-title">{t("card.ego_network")}</h2>
          {!best ? (
            <p className="muted">{t("card.no_accounts")}</p>
          ) : (
            <QueryView
              query={{ ...ego, data: egoGraph ?? undefined }}
              isEmpty={(g) => g.order === 0}
              empty={t("graph.empty")}
              notFound={t("graph.empty")}
            >
              {(graph) => (
                <Suspense fallback={<Loading />}>
                <GraphCanvas
                  graph={graph}
                  className="graph-canvas graph-small"
                  compact
                  focus={String(best.id)}
                  label={t("card.ego_network")}
                  layoutMs={1500}
                  onNodeClick={(_node, attrs) => {
                    if (attrs.bloggerId && attrs.bloggerId !== id) void navigate(`/bloggers/${attrs.bloggerId}`);
                  }}
                />
                </Suspense>
              )}
            </QueryView>
          )}
        </section>
      </div>
    </div>
  );
}
