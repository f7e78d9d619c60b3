import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/errors";
import { useErrorText } from "../../../components/ui/errorText";
import { QueryView } from "../../../components/ui/States";
import { formatNumber } from "../../../lib/format";
import { type Account, useAddAccount } from "../api";

export function Accounts({
  bloggerId,
  query,
  canEdit,
}: {
  bloggerId: number;
  query: { data: Account[] | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const add = useAddAccount(bloggerId);
  const errorText = useErrorText();
  const [url, setUrl] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(url.trim(), { onSuccess: () => setUrl("") });
  };
  const error = add.error instanceof ApiError ? add.error.field("url") ?? errorText(add.error) : add.error ? errorText(add.error) : null;
  return (
    <section className="card" aria-labelledby="accounts-title">
      <h2 id="accounts-title">{t("card.accounts")}</h2>
      <QueryView query={query} isEmpty={(a) => a.length === 0} empty={t("card.no_accounts")}>
        {(accounts) => (
          <ul className="list-plain" data-testid="accounts">
            {accounts.map((a) => (
              <li key={a.id}>
                <span>
                  <span className="pill">{t(`platform.${a.platform}`, { defaultValue: a.platform })}</span>{" "}
                  {a.url ? (
                    <a href={a.url} target="_blank" rel="noreferrer noopener">
                      {a.display_name || a.screen_name || a.external_id}
                    </a>
                  ) : (
                    a.display_name || a.screen_name || a.external_id
                  )}
                </span>
                <span className="muted">
                  {a.followers !== null ? t("card.followers", { count: a.followers, n: formatNumber(a.followers) }) : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      {canEdit && (
        <form className="row" onSubmit={submit} style={{ marginTop: 10 }}>
          <input
            aria-label={t("card.account_url")}
            placeholder="https://vk.com/…"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            style={{ flex: 1 }}
            required
          />
          <button type="submit" className="btn" disabled={add.isPending}>
            {t("card.add_account")}
          </button>
          {error && (
            <div className="field-error" role="alert" style={{ width: "100%" }}>
              {error}
            </div>
          )}
        </form>
      )}
    </section>
  );
}
