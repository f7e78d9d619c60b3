import { useTranslation } from "react-i18next";
import { STAGES, STANCES } from "./labels";

type Change = { stage: string } | { stance: string };

/** The stage and stance filter selects shared by the bloggers list and the leaderboard. */
export function StageStanceFilters({
  stage,
  stance,
  onChange,
}: {
  stage?: string;
  stance?: string;
  onChange: (change: Change) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label className="field">
        <span>{t("blogger.stage")}</span>
        <select value={stage ?? ""} onChange={(e) => onChange({ stage: e.target.value })}>
          <option value="">{t("common.any")}</option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {t(`stage.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("blogger.stance")}</span>
        <select value={stance ?? ""} onChange={(e) => onChange({ stance: e.target.value })}>
          <option value="">{t("common.any")}</option>
          {STANCES.map((s) => (
            <option key={s} value={s}>
              {t(`stance.${s}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
