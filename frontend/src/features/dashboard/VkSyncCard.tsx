import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Schema } from "../../api/types";
import { QueryView } from "../../components/ui/States";
import { formatDateTime } from "../../lib/format";
import { useFailingVkAccounts } from "./api";

type VkAccount = Schema<"VkAccountStatus">;

/** The last error in the interface's language (`vk_sync.errors.<code>`); the collector's
 * own sentence for a code this interface does not know. */
function useErrorText(): (account: VkAccount) => string {
  const { t, i18n } = useTranslation();
  return ({ error_code, error }) => {
    const key = `vk_sync.errors.${error_code ?? ""}`;
    return error_code && i18n.exists(key) ? t(key) : (error ?? "");
  };
}

/** Dashboard card: VK accounts whose sync keeps failing. */
export function VkSyncCard() {
  const { t } = useTranslation();
  const failing = useFailingVkAccounts();
  const errorText = useErrorText();
  return (
    <section className="card" aria-labelledby="vk-sync-title">
      <h2 id="vk-sync-title">{t("vk_sync.title")}</h2>
      <QueryView query={failing} isEmpty={(d) => d.count === 0} empty={t("vk_sync.all_ok")}>
        {(data) => (
          <>
            <p className="badge-overdue">{t("vk_sync.failing", { count: data.count })}</p>
            <ul className="list-plain">
              {data.results.map((a) => {
                const name = a.display_name || a.screen_name || a.external_id;
                return (
                  <li key={a.id}>
                    <span>
                      {a.blogger ? <Link to={`/bloggers/${a.blogger.id}`}>{name}</Link> : name} —{" "}
                      <span title={a.error ?? undefined}>{errorText(a)}</span>
                    </span>
                    <span className="muted">
                      {t("vk_sync.failures", { count: a.failures })} ·{" "}
                      {a.last_success_at
                        ? t("vk_sync.last_success", { when: formatDateTime(a.last_success_at) })
                        : t("vk_sync.never_succeeded")}
                    </span>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </QueryView>
    </section>
  );
}
