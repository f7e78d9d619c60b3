import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useSearchParams } from "react-router";
import { useLogin, useMe } from "../../api/auth";
import { ApiError } from "../../api/errors";
import { useErrorText } from "../../components/ui/errorText";
import { LanguageSwitch } from "../../components/ui/LanguageSwitch";

/** Only same-site paths are followed after login (no open redirect). */
function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const me = useMe();
  const login = useLogin();
  const errorText = useErrorText();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");

  if (me.data) return <Navigate to={safeNext(params.get("next"))} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ username, password });
  };
  const error = login.error;
  const badCredentials =
    error instanceof ApiError && (error.status === 400 || error.status === 401) && !error.message;

  return (
    <div className="login-screen">
      <form className="card login-card" onSubmit={submit} aria-label={t("login.title")}>
        <div className="login-brand">
          <span className="brand-mark" aria-hidden="true" />
          <h1>{t("app.name")}</h1>
        </div>
        <p className="muted">{t("login.subtitle")}</p>
        <label className="field">
          <span>{t("login.username")}</span>
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
            autoFocus
          />
        </label>
        <label className="field">
          <span>{t("login.password")}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {error && (
          <div className="form-error" role="alert">
            {badCredentials ? t("login.bad_credentials") : errorText(error)}
          </div>
        )}
        <button type="submit" className="btn btn-primary" disabled={login.isPending}>
          {login.isPending ? t("login.signing_in") : t("login.submit")}
        </button>
        <div className="login-footer">
          <LanguageSwitch />
        </div>
      </form>
    </div>
  );
}
