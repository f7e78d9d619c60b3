import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../../api/errors";
import { Pagination } from "../../components/ui/Pagination";
import { QueryView } from "../../components/ui/States";
import { TerritorySelect } from "../../components/ui/TerritorySelect";
import { Toolbar } from "../../components/ui/Toolbar";
import { formatDateTime } from "../../lib/format";
import {
  type Alert,
  type Subscription,
  type SubscriptionInput,
  useAlerts,
  useDeleteSubscription,
  useMarkRead,
  useSaveSubscription,
  useSubscriptions,
  useWatchTopicChoices,
} from "./api";

/** «Оповещения»: the user's alerts (newest first, unread marked) and their alert rules. */
export default function AlertsPage() {
  const { t } = useTranslation();
  return (
    <>
      <Toolbar title={t("alerts.title")} />
      <AlertList />
      <Subscriptions />
    </>
  );
}

function deliveryText(t: (key: string) => string, alert: Alert): string {
  const parts: string[] = [];
  if (alert.telegram_state) parts.push(`Telegram: ${t(`alerts.delivery.${alert.telegram_state}`)}`);
  if (alert.email_state) parts.push(`e-mail: ${t(`alerts.delivery.${alert.email_state}`)}`);
  return parts.join(" · ");
}

function AlertList() {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const alerts = useAlerts(unreadOnly, page);
  const markRead = useMarkRead();
  return (
    <section className="card" aria-labelledby="alerts-list">
      <div className="toolbar">
        <h2 id="alerts-list">{t("alerts.list")}</h2>
        <span className="spacer" />
        <label className="row">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(e) => {
              setUnreadOnly(e.target.checked);
              setPage(1);
            }}
          />
          {t("alerts.unread_only")}
        </label>
        <button type="button" className="btn btn-small" onClick={() => markRead.mutate("all")}>
          {t("alerts.read_all")}
        </button>
      </div>
      <QueryView query={alerts} isEmpty={(d) => d.count === 0} empty={t("alerts.empty")}>
        {(data) => (
          <>
            <ul className="list-plain">
              {data.results.map((alert) => (
                <li key={alert.id} style={alert.read_at ? undefined : { fontWeight: 600 }}>
                  <span>
                    <strong>{t(`alerts.event.${alert.event}`)}</strong>:{" "}
                    <Link to={`/incidents/${alert.incident.id}`}>{alert.incident.title}</Link>
                  </span>
                  <span className="muted">
                    {t("alerts.severity", { value: Math.round(alert.severity) })} ·{" "}
                    {formatDateTime(alert.created_at)}
                    {deliveryText(t, alert) && ` · ${deliveryText(t, alert)}`}
                    {alert.last_error && <span title={alert.last_error}> ⚠</span>}
                  </span>
                  {!alert.read_at && (
                    <button type="button" className="btn btn-small" onClick={() => markRead.mutate(alert.id)}>
                      {t("alerts.mark_read")}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            <Pagination page={page} pageSize={25} count={data.count} onPage={setPage} />
          </>
        )}
      </QueryView>
    </section>
  );
}

const EMPTY: SubscriptionInput = {
  topics: [],
  territory: null,
  min_severity: 0,
  email: false,
  telegram_chat_id: "",
  quiet_from: null,
  quiet_to: null,
  is_active: true,
};

function toInput(sub: Subscription): SubscriptionInput {
  return {
    topics: (sub.topics ?? []).map((topic) => topic.id),
    territory: sub.territory?.id ?? null,
    min_severity: sub.min_severity,
    email: sub.email,
    telegram_chat_id: sub.telegram_chat_id,
    quiet_from: sub.quiet_from,
    quiet_to: sub.quiet_to,
    is_active: sub.is_active,
  };
}

function Subscriptions() {
  const { t } = useTranslation();
  const subscriptions = useSubscriptions();
  const remove = useDeleteSubscription();
  const [editing, setEditing] = useState<{ id?: number; body: SubscriptionInput } | null>(null);
  return (
    <section className="card" aria-labelledby="alerts-subscriptions">
      <div className="toolbar">
        <h2 id="alerts-subscriptions">{t("alerts.subscriptions")}</h2>
        <span className="spacer" />
        <button type="button" className="btn btn-small" onClick={() => setEditing({ body: EMPTY })}>
          {t("alerts.add")}
        </button>
      </div>
      {editing && (
        <SubscriptionForm key={editing.id ?? "new"} initial={editing} onDone={() => setEditing(null)} />
      )}
      <QueryView query={subscriptions} isEmpty={(d) => d.count === 0} empty={t("alerts.no_subscriptions")}>
        {(data) => (
          <ul className="list-plain">
            {data.results.map((sub) => (
              <li key={sub.id}>
                <span>
                  {sub.topics?.length ? sub.topics.map((topic) => topic.name).join(", ") : t("alerts.all_topics")} ·{" "}
                  {sub.territory?.name ?? t("alerts.everywhere")} · {t("alerts.from_severity", { value: sub.min_severity })}
                  {!sub.is_active && ` · ${t("alerts.paused")}`}
                </span>
                <span className="muted">
                  {[
                    sub.telegram_chat_id && "Telegram",
                    sub.email && "e-mail",
                    sub.quiet_from && t("alerts.quiet", { from: sub.quiet_from, to: sub.quiet_to }),
                  ]
                    .filter(Boolean)
                    .join(" · ") || t("alerts.in_app_only")}
                </span>
                <span>
                  <button type="button" className="btn btn-small" onClick={() => setEditing({ id: sub.id, body: toInput(sub) })}>
                    {t("alerts.edit")}
                  </button>{" "}
                  <button type="button" className="btn btn-small" onClick={() => remove.mutate(sub.id)}>
                    {t("alerts.delete")}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}

function SubscriptionForm({
  initial,
  onDone,
}: {
  initial: { id?: number; body: SubscriptionInput };
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const topics = useWatchTopicChoices();
  const save = useSaveSubscription();
  const [body, setBody] = useState<SubscriptionInput>(initial.body);
  const fieldError = (name: string) => (save.error instanceof ApiError ? save.error.field(name) : undefined);
  const set = (patch: Partial<SubscriptionInput>) => setBody((current) => ({ ...current, ...patch }));
  return (
    <form
      className="card"
      aria-label={t("alerts.form")}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ id: initial.id, body }, { onSuccess: onDone });
      }}
    >
      <label className="field">
        {t("alerts.topics")}
        <select
          multiple
          value={(body.topics ?? []).map(String)}
          onChange={(e) => set({ topics: Array.from(e.target.selectedOptions, (o) => Number(o.value)) })}
        >
          {(topics.data?.results ?? []).map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.name}
            </option>
          ))}
        </select>
        <small className="muted">{t("alerts.topics_hint")}</small>
      </label>
      <TerritorySelect
        value={body.territory ? String(body.territory) : ""}
        onChange={(id) => set({ territory: id ? Number(id) : null })}
        emptyLabel={t("alerts.everywhere")}
      />
      <label className="field">
        {t("alerts.min_severity")}
        <input
          type="number"
          min={0}
          max={100}
          value={body.min_severity ?? 0}
          onChange={(e) => set({ min_severity: Number(e.target.value) })}
        />
        {fieldError("min_severity") && <span className="field-error">{fieldError("min_severity")}</span>}
      </label>
      <label className="row">
        <input type="checkbox" checked={body.email ?? false} onChange={(e) => set({ email: e.target.checked })} />
        {t("alerts.by_email")}
      </label>
      <label className="field">
        {t("alerts.telegram_chat")}
        <input
          inputMode="numeric"
          value={body.telegram_chat_id ?? ""}
          onChange={(e) => set({ telegram_chat_id: e.target.value.trim() })}
        />
        {fieldError("telegram_chat_id") && <span className="field-error">{fieldError("telegram_chat_id")}</span>}
      </label>
      <label className="field">
        {t("alerts.quiet_from")}
        <input type="time" value={body.quiet_from ?? ""} onChange={(e) => set({ quiet_from: e.target.value || null })} />
      </label>
      <label className="field">
        {t("alerts.quiet_to")}
        <input type="time" value={body.quiet_to ?? ""} onChange={(e) => set({ quiet_to: e.target.value || null })} />
        {fieldError("quiet_to") && <span className="field-error">{fieldError("quiet_to")}</span>}
      </label>
      <label className="row">
        <input type="checkbox" checked={body.is_active ?? true} onChange={(e) => set({ is_active: e.target.checked })} />
        {t("alerts.active")}
      </label>
      <div>
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t("common.save")}
        </button>{" "}
        <button type="button" className="btn btn-small" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
