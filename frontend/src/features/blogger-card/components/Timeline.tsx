import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAddInteraction } from "../../../api/crm";
import { ApiError } from "../../../api/errors";
import { useErrorText } from "../../../components/ui/errorText";
import { QueryView } from "../../../components/ui/States";
import { localDateTime } from "../../../lib/dates";
import { formatDateTime } from "../../../lib/format";
import { INTERACTION_TYPES } from "../../../lib/labels";
import type { Interaction } from "../api";

type InteractionType = (typeof INTERACTION_TYPES)[number];

export function Timeline({
  bloggerId,
  query,
  canEdit,
}: {
  bloggerId: number;
  query: { data: Interaction[] | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const add = useAddInteraction(bloggerId);
  const errorText = useErrorText();
  const [form, setForm] = useState<{ type: InteractionType; direction: "in" | "out"; summary: string; occurred_at: string }>(
    { type: "call", direction: "out", summary: "", occurred_at: localDateTime() },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { ...form, occurred_at: new Date(form.occurred_at).toISOString() },
      { onSuccess: () => setForm({ ...form, summary: "", occurred_at: localDateTime() }) },
    );
  };
  const summaryError = add.error instanceof ApiError ? add.error.field("summary") : undefined;
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("card.timeline")}</h2>
      {canEdit && (
        <form onSubmit={submit} aria-label={t("card.quick_add")} style={{ marginBottom: 14 }}>
          <div className="row">
            <select aria-label={t("interaction.type")} value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value as InteractionType })}>
              {INTERACTION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`interaction_type.${type}`)}
                </option>
              ))}
            </select>
            <select
              aria-label={t("interaction.direction")}
              value={form.direction}
              onChange={(e) => setForm({ ...form, direction: e.target.value as "in" | "out" })}
            >
              <option value="out">{t("interaction.out")}</option>
              <option value="in">{t("interaction.in")}</option>
            </select>
            <input
              type="datetime-local"
              aria-label={t("interaction.when")}
              value={form.occurred_at}
              onChange={(e) => setForm({ ...form, occurred_at: e.target.value })}
            />
          </div>
          <div className="row" style={{ marginTop: 8 }}>
            <input
              aria-label={t("interaction.summary")}
              placeholder={t("interaction.summary_placeholder")}
              value={form.summary}
              onChange={(e) => setForm({ ...form, summary: e.target.value })}
              required
              style={{ flex: 1 }}
            />
            <button type="submit" className="btn btn-primary" disabled={add.isPending}>
              {t("card.log_interaction")}
            </button>
          </div>
          {add.error && (
            <div className="field-error" role="alert">
              {summaryError ?? errorText(add.error)}
            </div>
          )}
        </form>
      )}
      <QueryView query={query} isEmpty={(items) => items.length === 0} empty={t("card.no_interactions")}>
        {(items) => (
          <ol className="timeline" data-testid="timeline">
            {items.map((item) => (
              <li key={item.id}>
                <div className="row">
                  <strong>{t(`interaction_type.${item.type}`, { defaultValue: item.type })}</strong>
                  <span className="muted">
                    {t(`interaction.${item.direction}`, { defaultValue: item.direction })} · {formatDateTime(item.occurred_at)}
                    {item.author?.full_name || item.author?.username ? ` · ${item.author.full_name || item.author.username}` : ""}
                  </span>
                </div>
                <div>{item.summary}</div>
                {item.outcome && <div className="muted">{item.outcome}</div>}
              </li>
            ))}
          </ol>
        )}
      </QueryView>
    </section>
  );
}
