import { useState } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useNavigate } from "react-router";
import { type Permission, useLogout, useMe } from "../api/auth";
import { LanguageSwitch } from "../components/ui/LanguageSwitch";

/** The screens in the navigation; one with a `permission` is listed only for roles that hold it. */
const NAV: { to: string; key: string; end?: boolean; permission?: Permission }[] = [
  { to: "/", key: "nav.dashboard", end: true },
  { to: "/incidents", key: "nav.incidents" },
  { to: "/feed", key: "nav.feed" },
  { to: "/trends", key: "nav.trends" },
  { to: "/topics", key: "nav.topics" },
  { to: "/bloggers", key: "nav.bloggers" },
  { to: "/tasks", key: "nav.tasks" },
  { to: "/graph", key: "nav.graph" },
  { to: "/rankings", key: "nav.rankings" },
  { to: "/coordination", key: "nav.coordination" },
  { to: "/campaigns", key: "nav.campaigns" },
  { to: "/alerts", key: "nav.alerts" },
  { to: "/import", key: "nav.import", permission: "import_edges" },
];

export function Layout() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  // On a phone the navigation folds away behind the menu button (see styles.css).
  const [menuOpen, setMenuOpen] = useState(false);
  const items = NAV.filter((item) => !item.permission || me?.permissions[item.permission]);
  return (
    <div className={menuOpen ? "shell menu-open" : "shell"}>
      <aside className="sidebar" id="main-nav">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t("app.name")}
        </div>
        <nav aria-label={t("nav.label")}>
          {items.map((item) => (
            <NavLink key={item.to} to={item.to} end={item.end} onClick={() => setMenuOpen(false)}>
              {t(item.key)}
            </NavLink>
          ))}
        </nav>
      </aside>
      <div className="main">
        <header className="topbar">
          <button
            type="button"
            className="btn btn-small menu-button"
            aria-controls="main-nav"
            aria-expanded={menuOpen}
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t("nav.menu")}
          </button>
          <div className="topbar-right">
            <LanguageSwitch />
            {me && (
              <span className="user" data-testid="current-user">
                <span className="user-name">{me.full_name || me.username}</span>
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
