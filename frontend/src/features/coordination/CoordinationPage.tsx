import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCan } from "../../api/auth";
import { useRuns } from "../../api/influence";
import { useErrorText } from "../../components/ui/errorText";
import { QueryView } from "../../components/ui/States";
import { Toolbar } from "../../components/ui/Toolbar";
import { formatNumber } from "../../lib/format";
import { useCoordinationGroups, useGroupMembers, useMarkAccounts, type Verdict } from "./api";

const percent = (value: number) => `${formatNumber(value * 100, 0)}%`;

/** Groups of accounts that amplify the same posts within seconds, repeatedly, found by the
 * latest run; a group's members, their signals and the officer's marks. */
export default function CoordinationPage() {
  const { t } = useTranslation();
  const runs = useRuns();
  const run = runs.data?.results.find((r) => r.status === "succeeded") ?? null;
  const groups = useCoordinationGroups(run?.id);
  const [selected, setSelected] = useState<number | null>(null);
  const summary = (run?.coordination ?? {}) as { mode?: string; window_seconds?: number; groups?: number };

  return (
    <div>
      <Toolbar title={t("nav.coordination")} />
      <p className="muted" data-testid="coordination-summary">
        {run
          ? t("coordination.summary", {
              run: run.id,
              mode: t(`coordination.mode.${summary.mode ?? "off"}`),
              window: formatNumber(summary.window_seconds ?? 0, 0),
            })
          : t("runs.none")}
      </p>
      <QueryView query={groups} isEmpty={(d) => d.count === 0} empty={t("coordination.none")}>
        {(data) => (
          <table className="table" data-testid="coordination-groups">
            <thead>
              <tr>
                <th>#</th>
                <th className="num">{t("coordination.size")}</th>
                <th className="num">{t("coordination.items")}</th>
                <th className="num">{t("coordination.inauthenticity")}</th>
                <th>{t("coordination.targets")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {data.results.map((g) => (
                <tr key={g.number} aria-selected={selected === g.number}>
                  <td>{g.number + 1}</td>
                  <td className="num">{g.size}</td>
                  <td className="num">{g.items}</td>
                  <td className="num">{percent(g.mean_inauthenticity)}</td>
                  <td>{g.targets.map((target) => `${target.name} (${percent(target.share)})`).join(", ")}</td>
                  <td>
                    <button type="button" className="btn-link" onClick={() => setSelected(g.number)}>
                      {t("coordination.members")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
      {run && selected !== null && <Members runId={run.id} number={selected} />}
    </div>
  );
}

function Members({ runId, number }: { runId: number; number: number }) {
  const { t } = useTranslation();
  const members = useGroupMembers(runId, number);
  const canMark = useCan("edit_crm");
  const mark = useMarkAccounts();
  const errorText = useErrorText();
  const ids = members.data?.results.map((m) => m.account.id) ?? [];
  const send = (accounts: number[], verdict: Verdict) => mark.mutate({ accounts, verdict });

  return (
    <section className="card" style={{ marginTop: 16 }} data-testid="coordination-members">
      <h2>{t("coordination.group", { number: number + 1 })}</h2>
      {canMark && (
        <p>
          <button type="button" className="btn" disabled={!ids.length || mark.isPending} onClick={() => send(ids, "genuine")}>
            {t("coordination.mark_group_genuine")}
          </button>{" "}
          <button
            type="button"
            className="btn"
            disabled={!ids.length || mark.isPending}
            onClick={() => send(ids, "inauthentic")}
          >
            {t("coordination.mark_group_inauthentic")}
          </button>
        </p>
      )}
      {mark.error && (
        <div className="state state-error" role="alert">
          {errorText(mark.error)}
        </div>
      )}
      {mark.isSuccess && <p className="muted">{t("coordination.marked")}</p>}
      <QueryView query={members} isEmpty={(d) => d.count === 0} empty={t("coordination.none")}>
        {(data) => (
          <table className="table">
            <thead>
              <tr>
                <th>{t("coordination.account")}</th>
                <th className="num">{t("coordination.inauthenticity")}</th>
                <th>{t("coordination.signals")}</th>
                <th>{t("coordination.mark")}</th>
              </tr>
            </thead>
            <tbody>
              {data.results.map((m) => (
                <tr key={m.account.id}>
                  <td>
                    {m.blogger_id ? (
                      <Link to={`/bloggers/${m.blogger_id}`}>{m.account.display_name || m.account.screen_name}</Link>
                    ) : (
                      m.account.display_name || m.account.screen_name || m.account.external_id
                    )}
                  </td>
                  <td className="num">{percent(m.inauthenticity)}</td>
                  <td>{(m.signals as string[]).map((s) => t(`signal.${s}`)).join(", ")}</td>
                  <td>
                    {canMark ? (
                      <select
                        aria-label={t("coordination.mark")}
                        value={m.mark ?? ""}
                        disabled={mark.isPending}
                        onChange={(e) => send([m.account.id], (e.target.value || "clear") as Verdict)}
                      >
                        <option value="">—</option>
                        <option value="genuine">{t("verdict.genuine")}</option>
                        <option value="inauthentic">{t("verdict.inauthentic")}</option>
                      </select>
                    ) : m.mark ? (
                      t(`verdict.${m.mark}`)
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
    </section>
  );
}
