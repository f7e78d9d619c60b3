import { useTranslation } from "react-i18next";
import { type InfluenceRun, isActive } from "../../api/influence";
import { formatDateTime, formatNumber } from "../../lib/format";
import { ProgressBar } from "./ProgressBar";

/** One ranking run in words, with a live progress bar while it runs. */
export function RunStatus({ run }: { run: InfluenceRun }) {
  const { t } = useTranslation();
  return (
    <div data-testid="run-status" data-status={run.status}>
      <div className="row">
        <strong>{t("runs.run", { id: run.id })}</strong>
        <span className={`pill run-${run.status}`}>{t(`run_status.${run.status}`)}</span>
        <span className="muted">{formatDateTime(run.finished_at ?? run.started_at ?? run.created_at)}</span>
      </div>
      {isActive(run) && (
        <div style={{ marginTop: 8 }}>
          <div className="muted">{t(`run_stage.${run.stage}`)}</div>
          <ProgressBar value={run.progress} label={t("runs.progress")} />
        </div>
      )}
      {run.status === "succeeded" && (
        <div className="muted">
          {t("runs.counts", {
            nodes: formatNumber(run.node_count),
            edges: formatNumber(run.edge_count),
            communities: formatNumber(run.community_count),
          })}
        </div>
      )}
      {run.status === "failed" && run.error && <div className="field-error">{run.error}</div>}
    </div>
  );
}
