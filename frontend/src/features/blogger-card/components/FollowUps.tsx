import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../../api/auth";
import { useAddFollowUp } from "../../../api/crm";
import { useErrorText } from "../../../components/ui/errorText";
import { QueryView } from "../../../components/ui/States";
import { localDate } from "../../../lib/dates";
import { formatDate } from "../../../lib/format";
import { type FollowUp, useCompleteFollowUp } from "../api";

export function FollowUps({
  bloggerId,
  query,
  canEdit,
}: {
  bloggerId: number;
  query: { data: FollowUp[] | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const add = useAddFollowUp(bloggerId);
  const { data: me } = useMe();
  const complete = useCompleteFollowUp(bloggerId);
  const errorText = useErrorText();
  const [form, setForm] = useState({ title: "", due_date: localDate() });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Whoever sets a task does it (as with a task set with an interaction): it is in their «Задачи».
    add.mutate({ ...form, assignee: me?.id ?? null }, { onSuccess: () => setForm({ title: "", due_date: localDate() }) });
  };
  return (
    <section className="card" aria-labelledby="followups-title">
      <h2 id="followups-title">{t("card.followups")}</h2>
      <QueryView query={query} isEmpty={(items) => items.length === 0} empty={t("card.no_followups")}>
        {(items) => (
          <ul className="list-plain">
            {items.map((f) => {
              const overdue = f.status === "open" && f.due_date < localDate();
              return (
                <li key={f.id}>
                  <span>
                    {f.title}{" "}
                    <span className={overdue ? "badge-overdue" : "muted"}>
                      {t("card.due", { date: formatDate(f.due_date) })}
                      {overdue ? ` · ${t("bloggers.overdue")}` : ""}
                    </span>
                  </span>
                  {f.status === "open" && canEdit ? (
                    <button type="button" className="btn btn-small" onClick={() => complete.mutate(f.id)}>
                      {t("card.done")}
                    </button>
                  ) : (
                    <span className="muted">{t(`followup_status.${f.status}`, { defaultValue: f.status })}</span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </QueryView>
      {canEdit && (
        <form className="row" onSubmit={submit} style={{ marginTop: 10 }}>
          <input
            aria-label={t("card.followup_title")}
            placeholder={t("card.followup_title")}
            value={form.title}
            onChange={(e) => setForm({ ...form, title: e.target.value })}
            required
            style={{ flex: 1 }}
          />
          <input
            type="date"
            aria-label={t("card.followup_due")}
            value={form.due_date}
            onChange={(e) => setForm({ ...form, due_date: e.target.value })}
            required
          />
          <button type="submit" className="btn" disabled={add.isPending}>
            {t("common.add")}
          </button>
        </form>
      )}
      {(add.error || complete.error) && (
        <div className="field-error" role="alert">
          {errorText(add.error ?? complete.error)}
        </div>
      )}
    </section>
  );
}
