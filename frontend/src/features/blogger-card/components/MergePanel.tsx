import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useErrorText } from "../../../components/ui/errorText";
import type { BloggerDetail } from "../api";
import { type MergeResult, useDuplicateSearch, useMerge } from "../api";

type Other = { id: number; display_name: string };

/**
 * Merge a duplicate from the card: find the other record, choose which one is kept,
 * see what moves (a dry run of the merge), confirm. The record not kept is archived
 * and points at the kept one; nothing is deleted and every change keeps its history.
 */
export function MergePanel({ blogger, onClose }: { blogger: BloggerDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [q, setQ] = useState("");
  const [other, setOther] = useState<Other | null>(null);
  const [keepThis, setKeepThis] = useState(true);
  const found = useDuplicateSearch(q);
  const preview = useMerge();
  const merge = useMerge();
  const pair = other && {
    source: keepThis ? other.id : blogger.id,
    into: keepThis ? blogger.id : other.id,
  };
  const choose = (next: Other | null, keep = keepThis) => {
    setOther(next);
    setKeepThis(keep);
    preview.reset();
    if (next) {
      preview.mutate({
        source: keep ? next.id : blogger.id,
        into: keep ? blogger.id : next.id,
        dry_run: true,
      });
    }
  };
  const confirm = () => {
    if (!pair) return;
    merge.mutate(
      { ...pair, dry_run: false },
      {
        onSuccess: (result) => {
          if (result.target.id !== blogger.id) void navigate(`/bloggers/${result.target.id}`);
          onClose();
        },
      },
    );
  };
  const candidates = (found.data?.results ?? []).filter((b) => b.id !== blogger.id && !b.merged_into);
  return (
    <section className="card merge-panel" aria-labelledby="merge-title" style={{ marginBottom: 16 }}>
      <div className="toolbar">
        <h2 id="merge-title">{t("merge.title")}</h2>
        <span className="spacer" />
        <button type="button" className="btn btn-small" onClick={onClose}>
          {t("common.cancel")}
        </button>
      </div>
      {!other ? (
        <>
          <label className="field">
            <span>{t("merge.find")}</span>
            <input type="search" autoFocus value={q} onChange={(e) => setQ(e.target.value)} />
          </label>
          {found.data && (
            <ul className="list-plain">
              {candidates.length === 0 && <li className="muted">{t("merge.nobody")}</li>}
              {candidates.map((b) => (
                <li key={b.id}>
                  <span>
                    {b.display_name} <span className="muted">id {b.id}</span>
                  </span>
                  <button type="button" className="btn btn-small" onClick={() => choose(b)}>
                    {t("merge.pick")}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <>
          <fieldset className="merge-keep">
            <legend>{t("merge.keep")}</legend>
            <label>
              <input type="radio" name="keep" checked={keepThis} onChange={() => choose(other, true)} />{" "}
              {blogger.display_name} <span className="muted">id {blogger.id} · {t("merge.this_card")}</span>
            </label>
            <label>
              <input type="radio" name="keep" checked={!keepThis} onChange={() => choose(other, false)} />{" "}
              {other.display_name} <span className="muted">id {other.id}</span>
            </label>
          </fieldset>
          <button type="button" className="btn-link" onClick={() => choose(null)}>
            {t("merge.other_record")}
          </button>
          {preview.isPending && <p className="muted">{t("common.loading")}</p>}
          {preview.error && (
            <div className="state state-error" role="alert">
              {errorText(preview.error)}
            </div>
          )}
          {preview.data && <MergePreview result={preview.data} />}
          {merge.error && (
            <div className="state state-error" role="alert">
              {errorText(merge.error)}
            </div>
          )}
          <div className="row" style={{ marginTop: 12 }}>
            <button
              type="button"
              className="btn btn-primary"
              disabled={!preview.data || merge.isPending}
              onClick={confirm}
            >
              {t("merge.confirm")}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function MergePreview({ result }: { result: MergeResult }) {
  const { t } = useTranslation();
  return (
    <div data-testid="merge-preview">
      <p>
        {t("merge.summary", { source: result.source.display_name, target: result.target.display_name })}
      </p>
      <dl className="kv">
        <dt>{t("merge.accounts")}</dt>
        <dd>
          {result.accounts.length === 0
            ? "—"
            : result.accounts.map((a) => a.display_name || a.screen_name || a.external_id).join(", ")}
        </dd>
        <dt>{t("merge.interactions")}</dt>
        <dd>{result.interactions}</dd>
        <dt>{t("merge.followups")}</dt>
        <dd>{t("merge.followups_value", { count: result.followups, open: result.open_followups })}</dd>
        <dt>{t("merge.campaigns")}</dt>
        <dd>
          {result.campaigns.length === 0
            ? "—"
            : result.campaigns.map((c) => (
                <div key={c.campaign}>
                  {c.title} · {t(`participant.${c.status}`)}
                  {c.shared && <span className="muted"> · {t("merge.shared")}</span>}
                </div>
              ))}
        </dd>
        <dt>{t("merge.fields")}</dt>
        <dd>
          {[
            ...result.fields_filled.map((f) => t(`blogger.${f}`)),
            ...(result.notes_appended ? [t("merge.notes")] : []),
          ].join(", ") || "—"}
        </dd>
        <dt>{t("merge.topics")}</dt>
        <dd>{result.topics_added.join(", ") || "—"}</dd>
      </dl>
      <p className="muted">{t("merge.history_kept")}</p>
    </div>
  );
}
