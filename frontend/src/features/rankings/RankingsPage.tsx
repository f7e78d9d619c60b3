import { useTranslation } from "react-i18next";

export default function RankingsPage() {
  const { t } = useTranslation();
  return (
    <div>
      <h1>{t("nav.rankings")}</h1>
      <div className="state state-empty">{t("common.coming_soon")}</div>
    </div>
  );
}
