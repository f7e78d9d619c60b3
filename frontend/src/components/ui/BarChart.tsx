import type { Bin } from "../../lib/series";

/**
 * Counts over time as bars (SVG scaled to its box, so it fits a phone). `highlight`
 * marks the bins from that time on (an incident's burst); labels under the first,
 * middle and last bars.
 */
export function BarChart({
  bins,
  label,
  formatTick,
  highlightFrom,
  height = 140,
}: {
  bins: readonly Bin[];
  label: string;
  formatTick: (ms: number) => string;
  highlightFrom?: number;
  height?: number;
}) {
  const width = 600;
  const chartHeight = height - 20;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const barWidth = bins.length ? width / bins.length : width;
  const ticks = bins.length ? [0, Math.floor((bins.length - 1) / 2), bins.length - 1] : [];
  return (
    <figure className="chart" aria-label={label}>
      <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img" aria-label={label}>
        <line x1={0} x2={width} y1={chartHeight} y2={chartHeight} className="chart-axis" />
        {bins.map((bin, i) => {
          const h = (bin.count / max) * (chartHeight - 4);
          const hot = highlightFrom !== undefined && bin.start + 3_600_000 > highlightFrom;
          return (
            <rect
              key={bin.start}
              x={i * barWidth + barWidth * 0.1}
              y={chartHeight - h}
              width={Math.max(1, barWidth * 0.8)}
              height={h}
              className={hot ? "chart-bar chart-bar-hot" : "chart-bar"}
            >
              <title>{`${formatTick(bin.start)}: ${bin.count}`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="chart-ticks">
        {ticks.map((i, n) => (
          <span key={n}>{formatTick(bins[i]!.start)}</span>
        ))}
        <span className="muted">max {max}</span>
      </figcaption>
    </figure>
  );
}
