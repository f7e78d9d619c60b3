import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { POST_LABELS, useLabelPost, type Post } from "../../api/monitoring";
import { formatDateTime, formatNumber } from "../../lib/format";
import { Highlighted } from "./Highlighted";
import { useErrorText } from "./errorText";

/**
 * One analysed post: author (and blogger), time, territory, topics, the text with the
 * matched words marked, counters, and — for those allowed — the labelling buttons.
 */
export function PostItem({ post, canLabel }: { post: Post; canLabel: boolean }) {
  const { t } = useTranslation();
  const label = useLabelPost();
  const errorText = useErrorText();
  const author = post.author.display_name || post.author.screen_name || post.author.external_id;
  return (
    <article className="post" data-testid="post" aria-label={`${author}, ${formatDateTime(post.published_at)}`}>
      <header className="post-head">
        <span className="post-author">
          {post.blogger ? <Link to={`/bloggers/${post.blogger.id}`}>{post.blogger.display_name}</Link> : author}
          {post.parent ? <span className="muted"> · {t("posts.comment")}</span> : null}
        </span>
        <span className="muted">
          {post.url ? (
            <a href={post.url} target="_blank" rel="noreferrer">
              {formatDateTime(post.published_at)}
            </a>
          ) : (
            formatDateTime(post.published_at)
          )}
        </span>
      </header>
      <p className="post-body">
        <Highlighted text={post.text} terms={post.matched_terms} />
      </p>
      <div className="post-meta">
        {post.territory && <span className="pill">{post.territory.name}</span>}
        {post.topics.map((topic) => (
          <span key={topic.id} className="pill pill-topic">
            {topic.name}
          </span>
        ))}
        {post.needs_response && <span className="pill pill-critical">{t("posts.needs_response")}</span>}
        <span className="muted" title={t("posts.negativity")}>
          {t("posts.negativity_short")} {formatNumber(post.negativity, 2)}
        </span>
        <span className="muted">
          ♥ {post.likes} · ↻ {post.reposts} · 💬 {post.comments}
        </span>
      </div>
      {canLabel && (
        <div className="post-labels" role="group" aria-label={t("posts.label")}>
          {POST_LABELS.map((value) => {
            const active = post.label === value;
            return (
              <button
                key={value}
                type="button"
                className={`btn btn-small${active ? " btn-on" : ""}`}
                aria-pressed={active}
                disabled={label.isPending}
                onClick={() => label.mutate({ id: post.id, label: active ? null : value })}
              >
                {t(`label.${value}`)}
              </button>
            );
          })}
          {label.error && <span className="field-error">{errorText(label.error)}</span>}
        </div>
      )}
      {!canLabel && post.label && <span className="pill">{t(`label.${post.label}`)}</span>}
    </article>
  );
}
