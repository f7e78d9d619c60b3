import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCan } from "../../api/auth";
import { ApiError } from "../../api/errors";
import { useWatchTopics, type WatchTopic } from "../../api/monitoring";
import { BarChart } from "../../components/ui/BarChart";
import { useErrorText } from "../../components/ui/errorText";
import { PostItem } from "../../components/ui/PostItem";
import { QueryView } from "../../components/ui/States";
import { TerritorySelect } from "../../components/ui/TerritorySelect";
import { Toolbar } from "../../components/ui/Toolbar";
import { formatDate, formatNumber } from "../../lib/format";
import { useUrlState } from "../../lib/useUrlState";
import { type TopicBody, type TopicPreview, usePreviewTopic, useSaveTopic } from "./api";

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** Watch topics: the list, and the editor of one (new or existing) with its preview. */
export default function TopicsPage() {
  const { t } = useTranslation();
  const topics = useWatchTopics();
  const canEdit = useCan("edit_crm");
  const [state, setState] = useUrlState(["edit"]);
  const editing = state.edit === "new" ? null : topics.data?.results.find((x) => String(x.id) === state.edit);
  return (
    <div>
      <Toolbar title={t("nav.topics")}>
        {canEdit && (
          <button type="button" className="btn btn-primary" onClick={() => setState({ edit: "new" })}>
            {t("topics.add")}
          </button>
        )}
      </Toolbar>
      <div className="grid grid-2">
        <section className="card" aria-labelledby="topics-list">
          <h2 id="topics-list">{t("topics.list")}</h2>
          <QueryView query={topics} isEmpty={(d) => d.count === 0} empty={t("topics.none")}>
            {(data) => (
              <ul className="topic-list" data-testid="topics">
                {data.results.map((topic) => (
                  <li key={topic.id}>
                    <span>
                      <button type="button" className="btn-link" onClick={() => setState({ edit: String(topic.id) })}>
                        {topic.name}
                      </button>
                      {!topic.is_active && <span className="muted"> · {t("topics.inactive")}</span>}
                      <br />
                      <span className="muted">{topic.keywords.join(", ")}</span>
                    </span>
                    <span className="muted">
                      {topic.territory?.name ?? t("topics.everywhere")} · ×{formatNumber(topic.weight, 1)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </QueryView>
        </section>
        {state.edit && (state.edit === "new" || editing) && (
          <TopicEditor
            key={state.edit}
            topic={editing ?? null}
            canEdit={canEdit}
            onDone={(id) => setState({ edit: id ? String(id) : null })}
          />
        )}
      </div>
    </div>
  );
}

interface Form {
  name: string;
  keywords: string;
  exclusions: string;
  territory: string;
  weight: string;
  is_active: boolean;
}

function toForm(topic: WatchTopic | null): Form {
  return {
    name: topic?.name ?? "",
    keywords: topic?.keywords.join("\n") ?? "",
    exclusions: topic?.exclusions?.join("\n") ?? "",
    territory: topic?.territory ? String(topic.territory.id) : "",
    weight: String(topic?.weight ?? 1),
    is_active: topic?.is_active ?? true,
  };
}

function TopicEditor({
  topic,
  canEdit,
  onDone,
}: {
  topic: WatchTopic | null;
  canEdit: boolean;
  onDone: (id: number | null) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [form, setForm] = useState<Form>(() => toForm(topic));
  const [saved, setSaved] = useState(false);
  const save = useSaveTopic();
  const preview = usePreviewTopic();
  const error = save.error ?? preview.error;
  const fieldError = (name: string) => (error instanceof ApiError ? error.field(name) : undefined);
  const body = (): TopicBody => ({
    name: form.name.trim(),
    keywords: lines(form.keywords),
    exclusions: lines(form.exclusions),
    territory: form.territory ? Number(form.territory) : null,
    weight: Number(form.weight),
    is_active: form.is_active,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    preview.reset();
    setSaved(false);
    save.mutate(
      { id: topic?.id, body: body() },
      {
        onSuccess: (result) => {
          setSaved(true);
          if (!topic) onDone(result.id);
        },
      },
    );
  };
  const runPreview = () => {
    save.reset();
    const { keywords, exclusions = [], territory = null } = body();
    preview.mutate({ keywords, exclusions, territory, days: 7 });
  };
  const field = (name: keyof Form, label: string, input: React.ReactNode, hint?: string) => (
    <label className="field">
      <span>{label}</span>
      {input}
      {hint && <span className="muted">{hint}</span>}
      {fieldError(name) && <span className="field-error">{fieldError(name)}</span>}
    </label>
  );
  const title = topic ? topic.name : t("topics.add");
  return (
    <section className="card" aria-labelledby="topic-editor">
      <h2 id="topic-editor">{title}</h2>
      <form onSubmit={submit} aria-label={t("topics.editor")}>
        <fieldset disabled={!canEdit} className="plain-fieldset">
          {field(
            "name",
            t("topics.name"),
            <input required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />,
          )}
          {field(
            "keywords",
            t("topics.keywords"),
            <textarea
              rows={5}
              value={form.keywords}
              onChange={(e) => setForm({ ...form, keywords: e.target.value })}
            />,
            t("topics.keywords_hint"),
          )}
          {field(
            "exclusions",
            t("topics.exclusions"),
            <textarea
              rows={2}
              value={form.exclusions}
              onChange={(e) => setForm({ ...form, exclusions: e.target.value })}
            />,
          )}
          <TerritorySelect
            value={form.territory}
            emptyLabel={t("topics.everywhere")}
            onChange={(territory) => setForm({ ...form, territory })}
          />
          {fieldError("territory") && <span className="field-error">{fieldError("territory")}</span>}
          {field(
            "weight",
            t("topics.weight"),
            <input
              type="number"
              min="0.1"
              step="0.1"
              value={form.weight}
              onChange={(e) => setForm({ ...form, weight: e.target.value })}
            />,
          )}
          <label className="field checkbox">
            <span>{t("topics.active")}</span>
            <input
              type="checkbox"
              checked={form.is_active}
              onChange={(e) => setForm({ ...form, is_active: e.target.checked })}
            />
          </label>
        </fieldset>
        {error instanceof ApiError && Object.keys(error.fields).length === 0 && (
          <div className="form-error" role="alert">
            {errorText(error)}
          </div>
        )}
        {error && !(error instanceof ApiError) && (
          <div className="form-error" role="alert">
            {errorText(error)}
          </div>
        )}
        <div className="row">
          {canEdit && (
            <button type="submit" className="btn btn-primary" disabled={save.isPending}>
              {t("common.save")}
            </button>
          )}
          <button type="button" className="btn" onClick={runPreview} disabled={preview.isPending}>
            {t("topics.preview")}
          </button>
          <button type="button" className="btn-link" onClick={() => onDone(null)}>
            {t("topics.close")}
          </button>
          {saved && (
            <span className="delta-up" role="status">
              {t("topics.saved")}
            </span>
          )}
        </div>
      </form>
      {preview.isPending && <p className="muted">{t("common.loading")}</p>}
      {preview.data && <Preview data={preview.data} />}
    </section>
  );
}

function Preview({ data }: { data: TopicPreview }) {
  const { t } = useTranslation();
  const bins = data.by_day.map((d) => ({ start: Date.parse(`${d.day}T12:00:00`), count: d.count }));
  return (
    <div className="section-gap" data-testid="topic-preview">
      <h3>{t("topics.preview_title", { count: data.count })}</h3>
      <BarChart
        bins={bins}
        label={t("topics.preview_chart")}
        formatTick={(ms) => formatDate(new Date(ms).toISOString())}
        height={90}
      />
      {data.by_territory.length > 0 && (
        <p className="muted">
          {data.by_territory
            .slice(0, 5)
            .map((row) => `${row.territory?.name ?? t("incidents.no_territory")}: ${row.count}`)
            .join(" · ")}
        </p>
      )}
      <div className="post-list">
        {data.posts.map((post) => (
          <PostItem key={post.id} post={post} canLabel={false} />
        ))}
      </div>
    </div>
  );
}
