import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useCan } from "../../api/auth";
import { useErrorText } from "../../components/ui/errorText";
import { QueryView } from "../../components/ui/States";
import { Toolbar } from "../../components/ui/Toolbar";
import { formatDate } from "../../lib/format";
import { PARTICIPANT_STATUSES } from "../../lib/labels";
import { type Campaign, useCampaign, useCampaigns, useMoveParticipant, useParticipants } from "./api";

export default function CampaignsPage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = params.id ? Number(params.id) : null;
  const campaigns = useCampaigns();
  return (
    <div>
      <Toolbar title={t("nav.campaigns")} />
      <div className="grid" style={{ gridTemplateColumns: "280px 1fr" }}>
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
        {id !== null ? <Pipeline id={id} /> : <p className="muted">{t("campaigns.pick")}</p>}
      </div>
    </div>
  );
}

function Pipeline({ id }: { id: number }) {
  const { t } = useTranslation();
  const campaign = useCampaign(id);
  const participants = useParticipants(id);
  const canEdit = useCan("edit_crm");
  const move = useMoveParticipant(id);
  const errorText = useErrorText();
  return (
    <section>
      <QueryView query={campaign}>
        {(c: Campaign) => (
          <div className="card" style={{ marginBottom: 12 }}>
            <h2>{c.title}</h2>
            <p className="muted">
              {formatDate(c.starts_on)} — {formatDate(c.ends_on)}
            </p>
            {c.goal && <p>{c.goal}</p>}
          </div>
        )}
      </QueryView>
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
                    <div key={p.id} className="pipeline-card">
                      <Link to={`/bloggers/${p.blogger.id}`}>{p.blogger.display_name}</Link>
                      {p.notes && <div className="muted">{p.notes}</div>}
                      {canEdit && (
                        <select
                          aria-label={t("campaigns.move", { name: p.blogger.display_name })}
                          value={p.status}
                          onChange={(e) => move.mutate({ id: p.id, status: e.target.value as (typeof PARTICIPANT_STATUSES)[number] })}
                          style={{ marginTop: 6, width: "100%" }}
                        >
                          {PARTICIPANT_STATUSES.map((s) => (
                            <option key={s} value={s}>
                              {t(`participant.${s}`)}
                            </option>
                          ))}
                        </select>
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
