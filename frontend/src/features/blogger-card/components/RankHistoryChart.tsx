import { useTranslation } from "react-i18next";
import { formatDate } from "../../../lib/format";

export interface RankPoint {
  date: string | null;
  score: number;
  rank: number;
}

const W = 520;
const H = 170;
const PAD = { left: 36, right: 12, top: 12, bottom: 26 };

/**
 * Score over the ranking runs as a small SVG line chart (0–100 scale), with the rank
 * at each point in the tooltip. Pure SVG: no chart library for one line.
 */
export function RankHistoryChart({ points }: { points: RankPoint[] }) {
  const { t } = useTranslation();
  if (points.length === 0) return <p className="muted">{t("card.no_history")}</p>;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length === 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const y = (score: number) => PAD.top + innerH - (Math.max(0, Math.min(100, score)) / 100) * innerH;
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(" ");
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-label={t("card.history_chart", { count: points.length })}
      data-testid="rank-history-chart"
    >
      {[0, 25, 50, 75, 100].map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#e8ecf3" />
          <text x={PAD.left - 6} y={y(v) + 4} fontSize="10" textAnchor="end" fill="#667085">
            {v}
          </text>
        </g>
      ))}
      <path d={path} fill="none" stroke="#2b59c3" strokeWidth="2" />
      {points.map((p, i) => (
        <circle key={i} cx={x(i)} cy={y(p.score)} r="3.5" fill="#2b59c3">
          <title>{`${formatDate(p.date)}: ${p.score.toFixed(1)} · ${t("blogger.rank")} ${p.rank}`}</title>
        </circle>
      ))}
      {points.length === 1 && (
        <text x={x(0)} y={H - 8} fontSize="10" fill="#667085" textAnchor="middle">
          {formatDate(points[0]!.date)}
        </text>
      )}
      {points.length > 1 && (
        <>
          <text x={x(0)} y={H - 8} fontSize="10" fill="#667085" textAnchor="start">
            {formatDate(points[0]!.date)}
          </text>
          <text x={x(points.length - 1)} y={H - 8} fontSize="10" fill="#667085" textAnchor="end">
            {formatDate(points[points.length - 1]!.date)}
          </text>
        </>
      )}
    </svg>
  );
}
