import { lazy, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useCan, useMe } from "../../api/auth";
import { useAddFollowUp, useAddInteraction } from "../../api/crm";
import type { Incident } from "../../api/monitoring";
import { useErrorText } from "../../components/ui/errorText";
import { Loading, QueryView } from "../../components/ui/States";
import { followUpDue } from "../../lib/countdown";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format";
import { buildGraph } from "../../lib/graph";
import { spreadGraph } from "../../lib/spread";
import { type IncidentSpread, type Messenger, useIncidentMessengers, useIncidentSpread } from "./api";

// sigma.js (WebGL) loads only when a spread is drawn.
const GraphCanvas = lazy(() =>
  import("../../components/ui/GraphCanvas").then((m) => ({ default: m.GraphCanvas })),
);

const LISTED = 5;

type Account = IncidentSpread["amplifiers"][number];
type Blogger = IncidentSpread["bloggers"][number];

/** An account's name, linked to its blogger card when it is one of ours, else to the account. */
function AccountName({ account }: { account: Pick<Account, "display_name" | "screen_name" | "url" | "blogger_id" | "id"> }) {
  const name = account.display_name || account.screen_name || `#${account.id}`;
  if (account.blogger_id) return <Link to={`/bloggers/${account.blogger_id}`}>{name}</Link>;
  if (account.url)
    return (
      <a href={account.url} target="_blank" rel="noreferrer">
        {name}
      </a>
    );
  return <>{name}</>;
}

/** «Распространение»: who started it, the cascade as a small graph, amplifiers, communities, our bloggers. */
export function Spread({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const spread = useIncidentSpread(incident.id);
  return (
    <section className="card section-gap" aria-labelledby="incident-spread" data-testid="spread">
      <h2 id="incident-spread">{t("spread.title")}</h2>
      <QueryView query={spread} isEmpty={(s) => s.cascade.length === 0} empty={t("spread.none")}>
        {(data) => <SpreadBody spread={data} />}
      </QueryView>
    </section>
  );
}

function SpreadBody({ spread }: { spread: IncidentSpread }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const graph = useMemo(() => buildGraph(spreadGraph(spread.cascade)), [spread.cascade]);
  const { totals, origin } = spread;
  return (
    <div className="grid grid-2 spread">
      <div>
        <dl className="kv">
          {origin && (
            <>
              <dt>{t("spread.origin")}</dt>
              <dd data-testid="spread-origin">
                <AccountName account={origin.account} /> · {formatDateTime(origin.at)}
                {origin.url && (
                  <>
                    {" "}
                    ·{" "}
                    <a href={origin.url} target="_blank" rel="noreferrer">
                      {t("spread.origin_post")}
                    </a>
                  </>
                )}
              </dd>
            </>
          )}
          <dt>{t("spread.volume")}</dt>
          <dd>
            {t("spread.totals", {
              posts: formatNumber(totals.posts),
              authors: formatNumber(totals.authors),
              reposts: formatNumber(totals.reposts),
              mentions: formatNumber(totals.mentions),
            })}
          </dd>
          <dt>{t("spread.reach")}</dt>
          <dd>{formatNumber(totals.reach)}</dd>
        </dl>
        {graph.size > 0 ? (
          <>
            <Suspense fallback={<Loading />}>
              <GraphCanvas
                graph={graph}
                className="graph-canvas graph-small"
                compact
                label={t("spread.graph")}
                layoutMs={1500}
                onNodeClick={(_node, attrs) => {
                  if (attrs.bloggerId) void navigate(`/bloggers/${attrs.bloggerId}`);
                }}
              />
            </Suspense>
            <p className="muted">
              {t("spread.graph_hint")}
              {spread.cascade_truncated ? ` ${t("spread.truncated", { count: spread.cascade.length })}` : ""}
            </p>
          </>
        ) : (
          <p className="muted">{t("spread.no_reposts")}</p>
        )}
      </div>
      <div>
        <h3>{t("spread.amplifiers")}</h3>
        {spread.amplifiers.length === 0 ? (
          <p className="muted">{t("spread.no_amplifiers")}</p>
        ) : (
          <ul className="list-plain" data-testid="spread-amplifiers">
            {spread.amplifiers.slice(0, LISTED).map((a) => (
              <li key={a.id}>
                <AccountName account={a} />
                <span className="muted">
                  {t("spread.amplifier_figures", {
                    reposts: formatNumber(a.reposts),
                    reach: formatNumber(a.followers),
                    score: formatNumber(a.influence_score, 1),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
        <h3>{t("spread.communities")}</h3>
        {spread.communities.length === 0 ? (
          <p className="muted">{t("spread.no_communities")}</p>
        ) : (
          <ul className="list-plain">
            {spread.communities.slice(0, LISTED).map((c) => (
              <li key={c.number}>
                <span>{c.label || t("spread.community", { number: c.number })}</span>
                <span className="muted">{t("spread.community_involved", { involved: c.involved, size: c.size })}</span>
              </li>
            ))}
          </ul>
        )}
        <h3>{t("spread.bloggers")}</h3>
        {spread.bloggers.length === 0 ? (
          <p className="muted">{t("spread.no_bloggers")}</p>
        ) : (
          <ul className="list-plain" data-testid="spread-bloggers">
            {spread.bloggers.map((b) => (
              <li key={b.id}>
                <span>
                  <Link to={`/bloggers/${b.id}`}>{b.display_name}</Link>{" "}
                  <span className="muted">({b.roles.map((r) => t(`spread.role_${r}`)).join(", ")})</span>
                </span>
                <BloggerFacts blogger={b} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** Stance, stage, owner and last contact of a CRM blogger, as far as the answer holds them. */
function BloggerFacts({ blogger }: { blogger: Omit<Blogger, "roles" | "accounts"> }) {
  const { t } = useTranslation();
  const parts = [
    t(`stance.${blogger.stance}`, { defaultValue: blogger.stance }),
    t(`stage.${blogger.stage}`, { defaultValue: blogger.stage }),
  ];
  if (blogger.owner) parts.push(blogger.owner.full_name || blogger.owner.username);
  parts.push(
    blogger.last_contact_at
      ? t("spread.last_contact", { date: formatDate(blogger.last_contact_at) })
      : t("spread.no_contact"),
  );
  return <span className="muted">{parts.join(" · ")}</span>;
}

/** «Кто может донести ответ»: suggested messengers, with one-click contact and reminder for CRM editors. */
export function Messengers({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const messengers = useIncidentMessengers(incident.id);
  const canAct = useCan("edit_crm");
  return (
    <section className="card section-gap" aria-labelledby="incident-messengers" data-testid="messengers">
      <h2 id="incident-messengers">{t("messengers.title")}</h2>
      <QueryView query={messengers} isEmpty={(m) => m.messengers.length === 0} empty={t("messengers.none")}>
        {(data) => (
          <>
            <p className="muted">{t(`messengers.basis_${data.basis}`)}</p>
            <ul className="list-plain messenger-list">
              {data.messengers.map((m) => (
                <MessengerRow key={m.blogger.id} messenger={m} incident={incident} canAct={canAct} />
              ))}
            </ul>
          </>
        )}
      </QueryView>
    </section>
  );
}

function MessengerRow({ messenger, incident, canAct }: { messenger: Messenger; incident: Incident; canAct: boolean }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const errorText = useErrorText();
  const contact = useAddInteraction(messenger.blogger.id);
  const remind = useAddFollowUp(messenger.blogger.id);
  const [due] = useState(() => followUpDue(incident));
  const about = { id: incident.id, title: incident.title };
  const link = `${window.location.origin}/incidents/${incident.id}`;
  const { blogger, account } = messenger;
  return (
    <li data-testid="messenger">
      <div className="messenger-main">
        <Link to={`/bloggers/${blogger.id}`}>{blogger.display_name}</Link>{" "}
        <span className="muted">
          {t("messengers.figures", {
            reach: formatNumber(messenger.reach),
            score: formatNumber(messenger.score, 1),
          })}
          {messenger.community_label ? ` · ${messenger.community_label}` : ""}
          {account.screen_name ? ` · @${account.screen_name}` : ""}
        </span>
        <div>
          <BloggerFacts blogger={blogger} />
        </div>
        {contact.isSuccess && (
          <div className="delta-up" role="status">
            {t("messengers.contact_done")}
          </div>
        )}
        {remind.isSuccess && (
          <div className="delta-up" role="status">
            {t("messengers.remind_done", { date: formatDate(remind.data.due_date) })}
          </div>
        )}
        {(contact.error || remind.error) && (
          <div className="field-error" role="alert">
            {errorText(contact.error ?? remind.error)}
          </div>
        )}
      </div>
      {canAct && (
        <div className="row messenger-actions">
          <button
            type="button"
            className="btn btn-small"
            disabled={contact.isPending || contact.isSuccess}
            onClick={() =>
              contact.mutate({
                type: "message",
                direction: "out",
                summary: t("messengers.contact_summary", { ...about, link }),
              })
            }
          >
            {t("messengers.contact")}
          </button>
          <button
            type="button"
            className="btn btn-small"
            disabled={remind.isPending || remind.isSuccess}
            onClick={() =>
              remind.mutate({
                title: t("messengers.remind_title", about).slice(0, 300),
                due_date: due,
                assignee: me?.id ?? null,
              })
            }
          >
            {t("messengers.remind", { date: formatDate(due) })}
          </button>
        </div>
      )}
    </li>
  );
}
