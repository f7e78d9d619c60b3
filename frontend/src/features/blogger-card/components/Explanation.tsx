import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../lib/format";
import type { Explanation as ExplanationData } from "../api";

/** Why the blogger ranks where they do: the score's components and who amplifies them. */
export function Explanation({ data }: { data: ExplanationData }) {
  const { t } = useTranslation();
  const components = Object.entries(data.components ?? {});
  const amplifiers = data.top_amplifiers ?? [];
  return (
    <div data-testid="score-explanation">
      <p>
        {t("card.score_line", {
          score: formatNumber(data.score, 1),
          rank: data.rank ?? "—",
          percentile: formatNumber(data.percentile, 0),
        })}
      </p>
      {components.length > 0 && (
        <dl className="kv">
          {components.map(([name, value]) => (
            <div key={name} style={{ display: "contents" }}>
              <dt>{t(`component.${name}`, { defaultValue: name })}</dt>
              <dd>
                <div className="bar" title={formatNumber(value, 2)}>
                  <div style={{ width: `${Math.round(Math.max(0, Math.min(1, value)) * 100)}%` }} />
                </div>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {(data.community_label || data.community !== undefined) && (
        <p className="muted">
          {t("card.community", { name: data.community_label || String(data.community ?? "—") })}
        </p>
      )}
      {amplifiers.length > 0 && (
        <>
          <h3>{t("card.top_amplifiers")}</h3>
          <ol>
            {amplifiers.map((a, i) => (
              <li key={a.id ?? i}>
                {a.display_name || a.label || a.screen_name || a.id}
                {a.share !== undefined ? ` — ${formatNumber(a.share * 100, 0)}%` : ""}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
