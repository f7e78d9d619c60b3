import { useTranslation } from "react-i18next";
import { countdown, formatCountdown } from "../../lib/countdown";
import { formatDateTime } from "../../lib/format";
import { useNow } from "../../lib/useNow";

/**
 * Time left to a deadline («через 2 ч 05 мин»), red once it has passed («просрочено на
 * 12 мин»); `stopped` (the timer no longer runs: answered, closed) shows the due time only.
 */
export function Countdown({ due, label, stopped = false }: { due: string | null; label: string; stopped?: boolean }) {
  const { t } = useTranslation();
  const now = useNow();
  if (!due) return null;
  const left = countdown(due, now);
  if (!left) return null;
  const units = { d: t("countdown.d"), h: t("countdown.h"), m: t("countdown.m") };
  if (stopped)
    return (
      <span className="countdown muted" title={formatDateTime(due)}>
        {label}: {formatDateTime(due)}
      </span>
    );
  return (
    <span
      className={left.overdue ? "countdown countdown-overdue" : "countdown"}
      title={`${label}: ${formatDateTime(due)}`}
      data-overdue={left.overdue}
    >
      {label}:{" "}
      {left.overdue
        ? t("countdown.overdue", { time: formatCountdown(left, units) })
        : t("countdown.left", { time: formatCountdown(left, units) })}
    </span>
  );
}
