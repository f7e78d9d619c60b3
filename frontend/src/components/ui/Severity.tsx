import { useTranslation } from "react-i18next";
import { formatNumber } from "../../lib/format";
import { severityBand } from "../../lib/severity";

export function Severity({ value }: { value: number }) {
  const { t } = useTranslation();
  const band = severityBand(value);
  return (
    <span className={`sev sev-${band}`} title={t(`severity.${band}`)}>
      {formatNumber(value)}
      <span className="sr-only"> — {t(`severity.${band}`)}</span>
    </span>
  );
}
