import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCan, useMe } from "../../api/auth";
import { useUsers } from "../../api/choices";
import { ApiError } from "../../api/errors";
import type { Incident } from "../../api/monitoring";
import type { Schema } from "../../api/types";
import { Countdown } from "../../components/ui/Countdown";
import { useErrorText } from "../../components/ui/errorText";
import { QueryView } from "../../components/ui/States";
import { formatDateTime } from "../../lib/format";
import { useAddComment, useIncidentComments, useIncidentHistory, useTransition, useUpdateIncident } from "./api";

type State = Schema<"IncidentStateEnum">;
const PRIORITIES = ["urgent", "high", "normal"] as const;
// Moves that need more than a click open a small form first.
const NEEDS_FORM = new Set<string>(["answered", "duplicate"]);

/** State, deadlines, assignee and priority, and the buttons of the moves allowed now. */
export function Workflow({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const canWork = useCan("work_incidents");
  const { data: me } = useMe();
  const users = useUsers();
  const transition = useTransition();
  const update = useUpdateIncident();
  const errorText = useErrorText();
  const [pending, setPending] = useState<string | null>(null);
  const error = transition.error ?? update.error;
  const move = (to: State, extra: Partial<Schema<"IncidentTransitionRequest">> = {}) =>
    transition.mutate(
      { id: incident.id, body: { to, version: incident.version, ...extra } },
      { onSuccess: () => setPending(null) },
    );
  const stopped = !incident.is_open;
  return (
    <section className="card" aria-labelledby="incident-workflow" data-testid="workflow">
      <h2 id="incident-workflow">{t("workflow.title")}</h2>
      <dl className="kv">
        <dt>{t("incidents.state")}</dt>
        <dd>
          <span className={`pill pill-state-${incident.state}`} data-testid="incident-state">
            {t(`incident_state.${incident.state}`)}
          </span>
        </dd>
        <dt>{t("workflow.first_response")}</dt>
        <dd data-testid="first-response-deadline">
          {incident.first_response_at ? (
            <span className="delta-up">
              {t("workflow.done_at", { at: formatDateTime(incident.first_response_at) })}
            </span>
          ) : (
            <Countdown due={incident.first_response_due} label={t("workflow.due")} stopped={stopped} />
          )}
        </dd>
        <dt>{t("workflow.resolution")}</dt>
        <dd>
          {incident.resolved_at ? (
            <span className="delta-up">{t("workflow.done_at", { at: formatDateTime(incident.resolved_at) })}</span>
          ) : (
            <Countdown due={incident.resolution_due} label={t("workflow.due")} stopped={stopped} />
          )}
        </dd>
        <dt>{t("workflow.assignee")}</dt>
        <dd>
          {canWork ? (
            <select
              aria-label={t("workflow.assignee")}
              value={incident.assignee?.id ?? ""}
              disabled={update.isPending}
              onChange={(e) =>
                update.mutate({
                  id: incident.id,
                  body: { assignee: e.target.value ? Number(e.target.value) : null, version: incident.version },
                })
              }
            >
              <option value="">{t("workflow.nobody")}</option>
              {users.data?.results.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.full_name || user.username}
                </option>
              ))}
            </select>
          ) : (
            (incident.assignee?.full_name || incident.assignee?.username) ?? t("workflow.nobody")
          )}
        </dd>
        <dt>{t("workflow.priority")}</dt>
        <dd>
          {canWork ? (
            <select
              aria-label={t("workflow.priority")}
              value={incident.priority}
              disabled={update.isPending}
              onChange={(e) =>
                update.mutate({
                  id: incident.id,
                  body: { priority: e.target.value as (typeof PRIORITIES)[number], version: incident.version },
                })
              }
            >
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`priority.${p}`)}
                </option>
              ))}
            </select>
          ) : (
            t(`priority.${incident.priority}`)
          )}
        </dd>
        {incident.response_url && (
          <>
            <dt>{t("workflow.response")}</dt>
            <dd>
              <a href={incident.response_url} target="_blank" rel="noreferrer">
                {incident.response_url}
              </a>
              {incident.response_text && <p className="post-body">{incident.response_text}</p>}
            </dd>
          </>
        )}
      </dl>
      {canWork && incident.allowed_transitions.length > 0 && (
        <div className="row section-gap" role="group" aria-label={t("workflow.moves")}>
          {incident.allowed_transitions.map((to) => (
            <button
              key={to}
              type="button"
              className={to === "in_work" || to === "answered" ? "btn btn-primary" : "btn"}
              disabled={transition.isPending}
              onClick={() => (NEEDS_FORM.has(to) ? setPending(to) : move(to as State))}
            >
              {t(`workflow.to_${to}`, { defaultValue: to })}
            </button>
          ))}
          {me && canWork && !incident.assignee && incident.is_open && (
            <button
              type="button"
              className="btn-link"
              onClick={() => update.mutate({ id: incident.id, body: { assignee: me.id, version: incident.version } })}
            >
              {t("workflow.assign_me")}
            </button>
          )}
        </div>
      )}
      {pending === "answered" && (
        <AnswerForm busy={transition.isPending} onCancel={() => setPending(null)} onSubmit={(extra) => move("answered", extra)} error={transition.error} />
      )}
      {pending === "duplicate" && (
        <DuplicateForm busy={transition.isPending} onCancel={() => setPending(null)} onSubmit={(extra) => move("duplicate", extra)} error={transition.error} />
      )}
      {error && !(error instanceof ApiError && Object.keys(error.fields).length) && (
        <div className="form-error" role="alert">
          {errorText(error)}
        </div>
      )}
    </section>
  );
}

function fieldError(error: unknown, name: string) {
  return error instanceof ApiError ? error.field(name) : undefined;
}

function AnswerForm({
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  busy: boolean;
  error: unknown;
  onSubmit: (extra: { response_url: string; response_text: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [url, setUrl] = useState("");
  const [text, setText] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ response_url: url.trim(), response_text: text.trim() });
  };
  return (
    <form className="section-gap" onSubmit={submit} aria-label={t("workflow.answer_form")}>
      <label className="field">
        <span>{t("workflow.response_url")}</span>
        <input type="url" required value={url} onChange={(e) => setUrl(e.target.value)} />
        {fieldError(error, "response_url") && <span className="field-error">{fieldError(error, "response_url")}</span>}
      </label>
      <label className="field">
        <span>{t("workflow.response_text")}</span>
        <textarea required rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        {fieldError(error, "response_text") && (
          <span className="field-error">{fieldError(error, "response_text")}</span>
        )}
      </label>
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t("workflow.record_answer")}
        </button>
        <button type="button" className="btn-link" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

function DuplicateForm({
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  busy: boolean;
  error: unknown;
  onSubmit: (extra: { duplicate_of: number }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [original, setOriginal] = useState("");
  return (
    <form
      className="section-gap"
      aria-label={t("workflow.duplicate_form")}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ duplicate_of: Number(original) });
      }}
    >
      <label className="field">
        <span>{t("workflow.duplicate_of")}</span>
        <input type="number" min="1" required value={original} onChange={(e) => setOriginal(e.target.value)} />
        {fieldError(error, "duplicate_of") && <span className="field-error">{fieldError(error, "duplicate_of")}</span>}
      </label>
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t("workflow.to_duplicate")}
        </button>
        <button type="button" className="btn-link" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

/** Officers' comments, oldest first, and a box to add one. */
export function Comments({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const comments = useIncidentComments(incident.id);
  const add = useAddComment();
  const canWork = useCan("work_incidents");
  const errorText = useErrorText();
  const [text, setText] = useState("");
  return (
    <section className="card" aria-labelledby="incident-comments">
      <h2 id="incident-comments">{t("workflow.comments")}</h2>
      <QueryView query={comments} isEmpty={(rows) => rows.length === 0} empty={t("workflow.no_comments")}>
        {(rows) => (
          <ul className="list-plain" data-testid="comments">
            {rows.map((c) => (
              <li key={c.id}>
                <span className="post-body">{c.text}</span>
                <span className="muted">
                  {c.author?.full_name || c.author?.username} · {formatDateTime(c.created_at)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      {canWork && (
        <form
          className="section-gap"
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim())
              add.mutate({ id: incident.id, text: text.trim() }, { onSuccess: () => setText("") });
          }}
        >
          <label className="field">
            <span>{t("workflow.comment")}</span>
            <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          {add.error && <div className="form-error">{errorText(add.error)}</div>}
          <button type="submit" className="btn" disabled={add.isPending || !text.trim()}>
            {t("workflow.add_comment")}
          </button>
        </form>
      )}
    </section>
  );
}

/** Transitions, assignments, priority changes and escalations with who and when. */
export function History({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const history = useIncidentHistory(incident.id);
  const users = useUsers();
  const name = (id: unknown) => {
    if (id === null || id === undefined) return t("workflow.nobody");
    const user = users.data?.results.find((u) => u.id === id);
    return user ? user.full_name || user.username : `#${String(id)}`;
  };
  const say = (event: Schema<"IncidentEvent">) => {
    const data = event.data as Record<string, unknown>;
    switch (event.kind) {
      case "transition":
        return `${t(`incident_state.${event.from_state}`, { defaultValue: event.from_state })} → ${t(
          `incident_state.${event.to_state}`,
          { defaultValue: event.to_state },
        )}`;
      case "assign":
        return t("workflow.event_assign", { to: name(data.to) });
      case "priority":
        return t("workflow.event_priority", {
          to: t(`priority.${String(data.to)}`, { defaultValue: String(data.to) }),
        });
      default:
        return t("workflow.event_escalation", {
          deadline: t(`workflow.${String(data.deadline)}`, { defaultValue: String(data.deadline ?? "") }),
        });
    }
  };
  return (
    <section className="card" aria-labelledby="incident-history">
      <h2 id="incident-history">{t("workflow.history")}</h2>
      <QueryView query={history} isEmpty={(rows) => rows.length === 0} empty={t("workflow.no_history")}>
        {(rows) => (
          <ul className="timeline" data-testid="history">
            {rows.map((event) => (
              <li key={event.id}>
                <div>{say(event)}</div>
                <div className="muted">
                  {event.actor ? event.actor.full_name || event.actor.username : t("workflow.system")} ·{" "}
                  {formatDateTime(event.at)}
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}
