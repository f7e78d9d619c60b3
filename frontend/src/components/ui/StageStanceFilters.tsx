import { useTranslation } from "react-i18next";
import { STAGES, STANCES } from "../../lib/labels";
import { ChoiceField } from "./ChoiceField";

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
      <ChoiceField
        label={t("blogger.stage")}
        value={stage ?? ""}
        choices={STAGES}
        prefix="stage"
        anyLabel={t("common.any")}
        onChange={(value) => onChange({ stage: value })}
      />
      <ChoiceField
        label={t("blogger.stance")}
        value={stance ?? ""}
        choices={STANCES}
        prefix="stance"
        anyLabel={t("common.any")}
        onChange={(value) => onChange({ stance: value })}
      />
    </>
  );
}
