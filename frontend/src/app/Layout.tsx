import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useNavigate } from "react-router";
import { useLogout, useMe } from "../api/auth";
import { LanguageSwitch } from "../components/ui/LanguageSwitch";

const NAV = [
  { to: "/", key: "nav.dashboard", end: true },
  { to: "/bloggers", key: "nav.bloggers" },
  { to: "/graph", key: "nav.graph" },
  { to: "/rankings", key: "nav.rankings" },
  { to: "/campaigns", key: "nav.campaigns" },
  { to: "/import", key: "nav.import" },
] as const;

export function Layout() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t("app.name")}
        </div>
        <nav aria-label={t("nav.label")}>
          {NAV.map((item) => (
            <NavLink key={item.to} to={item.to} end={"end" in item}>
              {t(item.key)}
            </NavLink>
          ))}
        </nav>
      </aside>
      <div className="main">
        <header className="topbar">
          <div />
          <div className="topbar-right">
            <LanguageSwitch />
            {me && (
              <span className="user" data-testid="current-user">
                {me.full_name || me.username}
                <span className={`role-badge role-${me.role}`}>{t(`roles.${me.role}`)}</span>
              </span>
            )}
            <button
              type="button"
              className="btn btn-small"
              onClick={() =>
                logout.mutate(undefined, { onSettled: () => void navigate("/login") })
              }
            >
              {t("nav.logout")}
            </button>
          </div>
        </header>
        <main className="content">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
