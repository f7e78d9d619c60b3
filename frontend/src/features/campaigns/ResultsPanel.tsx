import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate, formatNumber } from "../../lib/format";
import type { Results } from "./api";

/** The measured result: each goal with its progress, the totals, and every publication's figures. */
export function ResultsPanel({ results }: { results: Results }) {
  const { t } = useTranslation();
  const { totals } = results;
  return (
    <section className="card" aria-labelledby="results-title" data-testid="campaign-results">
      <h2 id="results-title">{t("campaigns.results")}</h2>
      <div className="goal-grid">
        {results.goals.map((g) => {
          const percent = g.progress === null ? null : Math.round(g.progress * 100);
          return (
            <div key={g.metric} className="goal" data-testid={`goal-${g.metric}`}>
              <div className="goal-label">{t(`campaigns.metric.${g.metric}`)}</div>
              <div className="goal-value">
                <strong>{formatNumber(g.value)}</strong>
                {g.goal !== null && (
                  <span className="muted">
                    {" "}
                    / {formatNumber(g.goal)} ({percent}%)
                  </span>
                )}
              </div>
              {percent !== null && (
                <div
                  className="bar"
                  role="progressbar"
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={Math.min(100, percent)}
                  aria-label={t(`campaigns.metric.${g.metric}`)}
                >
                  <div style={{ width: `${Math.min(100, percent)}%` }} className={percent >= 100 ? "bar-done" : ""} />
                </div>
              )}
              {g.goal === null && <div className="muted goal-none">{t("campaigns.no_goal")}</div>}
            </div>
          );
        })}
      </div>
      <p className="muted">
        {t("campaigns.totals", {
          matched: totals.matched,
          publications: totals.publications,
          reposters: formatNumber(totals.reposters),
          views: formatNumber(totals.views),
        })}{" "}
        {t("campaigns.mentions_window", {
          since: formatDate(results.mentions_since),
          until: formatDate(results.mentions_until),
        })}
      </p>
      {results.publications.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th>{t("campaigns.publication")}</th>
                <th>{t("campaigns.blogger")}</th>
                <th>{t("campaigns.published_at")}</th>
                <th className="num">{t("campaigns.metric.reposts")}</th>
                <th className="num">{t("campaigns.metric.reach")}</th>
                <th className="num">{t("campaigns.views")}</th>
              </tr>
            </thead>
            <tbody>
              {results.publications.map((p) => (
                <tr key={p.id}>
                  <td>
                    <a href={p.url} target="_blank" rel="noreferrer">
                      {p.url.replace(/^https?:\/\/(www\.)?/, "")}
                    </a>
                    {p.post === null && <div className="muted">{t("campaigns.not_in_ledger")}</div>}
                  </td>
                  <td>
                    <Link to={`/bloggers/${p.blogger.id}`}>{p.blogger.display_name}</Link>
                  </td>
                  <td>{formatDate(p.published_at)}</td>
                  <td className="num">{formatNumber(p.reposts)}</td>
                  <td className="num">{formatNumber(p.reach)}</td>
                  <td className="num">{formatNumber(p.views)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
