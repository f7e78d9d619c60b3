import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Explanation as ExplanationData } from "../../../api/influence";
import { formatNumber } from "../../../lib/format";

const COMPONENTS = ["pagerank", "hub", "reach", "engagement", "kcore"] as const;

const accountName = (account: { display_name?: string; screen_name?: string; external_id?: string }) =>
  account.display_name || account.screen_name || account.external_id || "—";

/** Why the blogger ranks where they do: the score's components and who amplifies them. */
export function Explanation({ data }: { data: ExplanationData }) {
  const { t } = useTranslation();
  const best = data.accounts[0];
  const components = (best?.score.components ?? {}) as Record<string, number>;
  const shown = COMPONENTS.filter((name) => typeof components[name] === "number");
  return (
    <div data-testid="score-explanation">
      <CoordinationWarning accounts={data.accounts} />
      {/* Each figure names its population: the place is among bloggers, the
          percentile among every account of the graph. */}
      <p>
        {t("card.score_line", { score: formatNumber(data.blogger_score.score, 1) })}{" "}
        {t("card.rank_line", { rank: data.blogger_score.rank })}
        {best && (
          <>
            {" "}
            {t("card.percentile_line", {
              account: accountName(best.score.account),
              percentile: formatNumber(best.score.percentile, 0),
            })}
          </>
        )}
      </p>
      {shown.length > 0 && (
        <dl className="kv">
          {shown.map((name) => (
            <div key={name} style={{ display: "contents" }}>
              <dt>{t(`component.${name}`)}</dt>
              <dd>
                <div className="bar" title={formatNumber(components[name], 2)}>
                  <div style={{ width: `${Math.round(Math.max(0, Math.min(1, components[name] ?? 0)) * 100)}%` }} />
                </div>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {data.community && (
        <p className="muted">{t("card.community", { name: data.community.label || `#${data.community.number}` })}</p>
      )}
      {best && best.contributors.length > 0 && (
        <>
          <h3>{t("card.top_amplifiers")}</h3>
          <ol>
            {best.contributors.map((c) => (
              <li key={c.account_id}>
                {c.name} — {formatNumber(c.share * 100, 0)}%
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

/** The evidence of coordinated amplification: what it cost the score, and whether one
 * of the blogger's own accounts belongs to a coordinated group. */
function CoordinationWarning({ accounts }: { accounts: ExplanationData["accounts"] }) {
  const { t } = useTranslation();
  const lines: string[] = [];
  for (const { score } of accounts) {
    const note = score.coordination;
    if (note && note.share >= 0.05) {
      const share = `${formatNumber(note.share * 100, 0)} %`;
      lines.push(
        note.points < 0
          ? t("coordination.card_discount", { points: `−${formatNumber(-note.points, 0)}`, share, size: note.group_size })
          : t("coordination.card_detected", { share, size: note.group_size }),
      );
    }
    if (score.coordination_group !== null && score.coordination_group !== undefined) {
      lines.push(
        t("coordination.card_member", {
          account: accountName(score.account),
          number: score.coordination_group + 1,
          value: `${formatNumber(score.inauthenticity * 100, 0)} %`,
        }),
      );
    }
    const signals = ((score.signals ?? []) as string[]).filter((s) => s !== "group");
    if (signals.length && (score.inauthenticity ?? 0) >= 0.3) {
      lines.push(t("coordination.card_signals", { signals: signals.map((s) => t(`signal.${s}`)).join(", ") }));
    }
  }
  if (!lines.length) return null;
  return (
    <div className="state state-error" role="alert" data-testid="coordination-warning">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <Link to="/coordination">{t("coordination.card_link")}</Link>
    </div>
  );
}
