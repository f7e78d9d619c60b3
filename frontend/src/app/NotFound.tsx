import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="state state-empty">
      <p>{t("errors.page_not_found")}</p>
      <Link to="/">{t("nav.dashboard")}</Link>
    </div>
  );
}
