import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { useCan } from "../../api/auth";
import { ApiError } from "../../api/errors";
import { useErrorText } from "../../components/ui/errorText";
import { QueryView } from "../../components/ui/States";
import { Toolbar } from "../../components/ui/Toolbar";
import { formatDate } from "../../lib/format";
import { PARTICIPANT_STATUSES } from "../../lib/labels";
import {
  type Campaign,
  type Participant,
  type Results,
  useAddParticipant,
  useBloggerSearch,
  useCampaign,
  useCampaigns,
  useMoveParticipant,
  useParticipants,
  useRecordPublication,
  useResults,
} from "./api";
import { CampaignForm } from "./CampaignForm";
import { ResultsPanel } from "./ResultsPanel";

export default function CampaignsPage() {
  const { t } = useTranslation();
  const params = useParams();
  const navigate = useNavigate();
  const id = params.id ? Number(params.id) : null;
  const campaigns = useCampaigns();
  const canEdit = useCan("edit_crm");
  const [creating, setCreating] = useState(false);
  return (
    <div>
      <Toolbar title={t("nav.campaigns")}>
        {canEdit && !creating && (
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            {t("campaigns.new")}
          </button>
        )}
      </Toolbar>
      {creating && (
        <CampaignForm
          campaign={null}
          onCancel={() => setCreating(false)}
          onDone={(saved) => {
            setCreating(false);
            void navigate(`/campaigns/${saved.id}`);
          }}
        />
      )}
      <div className="campaigns-layout">
        <section className="card">
          <QueryView query={campaigns} isEmpty={(d) => d.count === 0} empty={t("campaigns.none")}>
            {(data) => (
              <ul className="list-plain">
                {data.results.map((c) => (
                  <li key={c.id}>
                    <Link to={`/campaigns/${c.id}`} style={{ fontWeight: c.id === id ? 700 : 400 }}>
                      {c.title}
                    </Link>
                    <span className="muted">{c.participant_count}</span>
                  </li>
                ))}
              </ul>
            )}
          </QueryView>
        </section>
        {id !== null ? <CampaignDetail id={id} key={id} /> : <p className="muted">{t("campaigns.pick")}</p>}
      </div>
    </div>
  );
}

function CampaignDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const campaign = useCampaign(id);
  const results = useResults(id);
  const canEdit = useCan("edit_crm");
  const [editing, setEditing] = useState(false);
  return (
    <section className="campaign-detail">
      <QueryView query={campaign}>
        {(c: Campaign) =>
          editing ? (
            <CampaignForm campaign={c} onCancel={() => setEditing(false)} onDone={() => setEditing(false)} />
          ) : (
            <div className="card">
              <div className="toolbar">
                <h2 data-testid="campaign-title">{c.title}</h2>
                <span className="spacer" />
                {canEdit && (
                  <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
                    {t("campaigns.edit")}
                  </button>
                )}
              </div>
              <p className="muted">
                {formatDate(c.starts_on)} — {formatDate(c.ends_on)}
              </p>
              {c.description && <p>{c.description}</p>}
              {c.goal && (
                <p>
                  <strong>{t("campaign.goal")}:</strong> {c.goal}
                </p>
              )}
            </div>
          )
        }
      </QueryView>
      <QueryView query={results}>{(data) => <ResultsPanel results={data} />}</QueryView>
      <Pipeline id={id} results={results.data} />
    </section>
  );
}

function Pipeline({ id, results }: { id: number; results: Results | undefined }) {
  const { t } = useTranslation();
  const participants = useParticipants(id);
  const canEdit = useCan("edit_crm");
  const move = useMoveParticipant(id);
  const errorText = useErrorText();
  const publications = (bloggerId: number) => (results?.publications ?? []).filter((p) => p.blogger.id === bloggerId);
  return (
    <section className="card" aria-labelledby="pipeline-title">
      <div className="toolbar">
        <h2 id="pipeline-title">{t("campaigns.participants")}</h2>
        <span className="spacer" />
        {canEdit && <AddParticipant campaignId={id} />}
      </div>
      {move.error && (
        <div className="state state-error" role="alert">
          {errorText(move.error)}
        </div>
      )}
      <QueryView query={participants} isEmpty={(d) => d.count === 0} empty={t("campaigns.no_participants")}>
        {(data) => (
          <div className="pipeline" data-testid="pipeline">
            {PARTICIPANT_STATUSES.map((status) => {
              const column = data.results.filter((p) => p.status === status);
              return (
                <div key={status} className="pipeline-col" aria-label={t(`participant.${status}`)}>
                  <h3>
                    {t(`participant.${status}`)} · {column.length}
                  </h3>
                  {column.map((p) => (
                    <div key={p.id} className="pipeline-card" data-testid="participant">
                      <Link to={`/bloggers/${p.blogger.id}`}>{p.blogger.display_name}</Link>
                      {p.notes && <div className="muted">{p.notes}</div>}
                      {publications(p.blogger.id).map((pub) => (
                        <div key={pub.id} className="publication-link">
                          <a href={pub.url} target="_blank" rel="noreferrer">
                            {shortUrl(pub.url)}
                          </a>
                        </div>
                      ))}
                      {canEdit && (
                        <>
                          <select
                            aria-label={t("campaigns.move", { name: p.blogger.display_name })}
                            value={p.status}
                            onChange={(e) =>
                              move.mutate({ id: p.id, status: e.target.value as (typeof PARTICIPANT_STATUSES)[number] })
                            }
                            style={{ marginTop: 6, width: "100%" }}
                          >
                            {PARTICIPANT_STATUSES.map((s) => (
                              <option key={s} value={s}>
                                {t(`participant.${s}`)}
                              </option>
                            ))}
                          </select>
                          {p.status !== "declined" && <PublicationForm campaignId={id} participant={p} />}
                        </>
                      )}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        )}
      </QueryView>
    </section>
  );
}

function shortUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, "");
}

/** Find a blogger by name and add them to the campaign (as invited). */
function AddParticipant({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState("");
  const found = useBloggerSearch(q);
  const add = useAddParticipant(campaignId);
  if (!open)
    return (
      <button type="button" className="btn btn-small" onClick={() => setOpen(true)}>
        {t("campaigns.add_participant")}
      </button>
    );
  return (
    <div className="picker">
      <input
        type="search"
        autoFocus
        aria-label={t("campaigns.find_blogger")}
        placeholder={t("campaigns.find_blogger")}
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <button type="button" className="btn btn-small" onClick={() => setOpen(false)}>
        {t("common.cancel")}
      </button>
      {found.data && (
        <ul className="list-plain picker-results">
          {found.data.results.length === 0 && <li className="muted">{t("campaigns.nobody_found")}</li>}
          {found.data.results.map((b) => (
            <li key={b.id}>
              <span>{b.display_name}</span>
              <button
                type="button"
                className="btn btn-small"
                disabled={add.isPending}
                onClick={() => add.mutate(b.id, { onSuccess: () => setQ("") })}
                aria-label={t("campaigns.add_named", { name: b.display_name })}
              >
                {t("common.add")}
              </button>
            </li>
          ))}
        </ul>
      )}
      {add.error && (
        <div className="state state-error" role="alert">
          {errorText(add.error)}
        </div>
      )}
    </div>
  );
}

/** Record a publication of one participant: the link to the post and, optionally, its date. */
function PublicationForm({ campaignId, participant }: { campaignId: number; participant: Participant }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState("");
  const [date, setDate] = useState("");
  const record = useRecordPublication(campaignId);
  if (!open)
    return (
      <button
        type="button"
        className="btn-link"
        onClick={() => setOpen(true)}
        aria-label={t("campaigns.record_for", { name: participant.blogger.display_name })}
      >
        + {t("campaigns.record_publication")}
      </button>
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      { participant: participant.id, url, published_at: date ? new Date(date).toISOString() : null },
      {
        onSuccess: () => {
          setUrl("");
          setDate("");
          setOpen(false);
        },
      },
    );
  };
  const urlError = record.error instanceof ApiError ? record.error.field("url") : undefined;
  return (
    <form className="publication-form" onSubmit={submit} aria-label={t("campaigns.record_for", { name: participant.blogger.display_name })}>
      <input
        type="url"
        required
        placeholder="https://vk.com/wall-1_2"
        aria-label={t("campaigns.publication_url")}
        value={url}
        onChange={(e) => setUrl(e.target.value)}
      />
      <input
        type="datetime-local"
        aria-label={t("campaigns.published_at")}
        value={date}
        onChange={(e) => setDate(e.target.value)}
      />
      <div className="row">
        <button type="submit" className="btn btn-small btn-primary" disabled={record.isPending}>
          {t("common.save")}
        </button>
        <button type="button" className="btn btn-small" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </button>
      </div>
      {record.error && (
        <div className="field-error" role="alert">
          {urlError ?? errorText(record.error)}
        </div>
      )}
    </form>
  );
}
