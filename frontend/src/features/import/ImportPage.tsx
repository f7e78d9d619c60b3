import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCan } from "../../api/auth";
import { ApiError } from "../../api/errors";
import { useErrorText } from "../../components/ui/errorText";
import { Pagination } from "../../components/ui/Pagination";
import { ProgressBar } from "../../components/ui/ProgressBar";
import { QueryView } from "../../components/ui/States";
import { Toolbar } from "../../components/ui/Toolbar";
import { formatDateTime, formatNumber } from "../../lib/format";
import { type ImportJob, useImportErrors, useImportJob, useImportJobs, useUploadEdges } from "./api";
import { useReasonText } from "./reasons";

export default function ImportPage() {
  const { t } = useTranslation();
  const canImport = useCan("import_edges");
  const jobs = useImportJobs(canImport);
  const [selected, setSelected] = useState<number | null>(null);
  if (!canImport) {
    return (
      <div>
        <Toolbar title={t("nav.import")} />
        <p className="muted" data-testid="not-allowed">
          {t("import.not_allowed")}
        </p>
      </div>
    );
  }
  return (
    <div>
      <Toolbar title={t("nav.import")} />
      <UploadForm onUploaded={setSelected} />
      {selected !== null && <JobDetail id={selected} />}
      <section className="card" style={{ marginTop: 16 }}>
        <h2>{t("import.jobs")}</h2>
        <QueryView query={jobs} isEmpty={(d) => d.count === 0} empty={t("import.no_jobs")}>
          {(data) => (
            <table className="table">
              <thead>
                <tr>
                  <th>{t("import.file")}</th>
                  <th>{t("import.status")}</th>
                  <th className="num col-more">{t("import.read")}</th>
                  <th className="num col-more">{t("import.created")}</th>
                  <th className="num">{t("import.rejected")}</th>
                  <th className="col-more">{t("import.when")}</th>
                </tr>
              </thead>
              <tbody>
                {data.results.map((job) => (
                  <tr key={job.id}>
                    <td>
                      <button type="button" className="btn-link" onClick={() => setSelected(job.id)}>
                        {job.filename}
                      </button>
                    </td>
                    <td>{t(`run_status.${job.status}`)}</td>
                    <td className="num col-more">{formatNumber(job.rows_read)}</td>
                    <td className="num col-more">{formatNumber(job.rows_created)}</td>
                    <td className="num">{formatNumber(job.rows_rejected)}</td>
                    <td className="col-more">{formatDateTime(job.created_at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryView>
      </section>
    </div>
  );
}

function UploadForm({ onUploaded }: { onUploaded: (id: number) => void }) {
  const { t } = useTranslation();
  const upload = useUploadEdges();
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<"" | "repost" | "mention">("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate({ file, ...(kind ? { kind } : {}) }, { onSuccess: (job) => onUploaded(job.id) });
  };
  const fileError = upload.error instanceof ApiError ? upload.error.field("file") : undefined;
  return (
    <form className="card filters" onSubmit={submit} aria-label={t("import.upload")}>
      <label className="field">
        <span>{t("import.file_hint")}</span>
        <input type="file" accept=".csv,.jsonl,.json,.txt,.edgelist" onChange={(e) => setFile(e.target.files?.[0] ?? null)} required />
      </label>
      <label className="field">
        <span>{t("import.kind")}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          <option value="">{t("import.kind_from_file")}</option>
          <option value="repost">{t("import.repost")}</option>
          <option value="mention">{t("import.mention")}</option>
        </select>
      </label>
      <button type="submit" className="btn btn-primary" disabled={!file || upload.isPending}>
        {t("import.upload")}
      </button>
      {upload.error && (
        <div className="form-error" role="alert">
          {fileError ?? errorText(upload.error)}
        </div>
      )}
    </form>
  );
}

function JobDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const job = useImportJob(id);
  const [page, setPage] = useState(1);
  const errors = useImportErrors(id, page, job.data?.rows_rejected);
  const reason = useReasonText();
  return (
    <section className="card" style={{ marginTop: 16 }} data-testid="import-job">
      <QueryView query={job}>
        {(data: ImportJob) => (
          <>
            <h2>
              {data.filename} — {t(`run_status.${data.status}`)}
            </h2>
            {(data.status === "pending" || data.status === "running") && (
              <ProgressBar value={data.progress} label={t("import.progress")} />
            )}
            <p>
              {t("import.summary", {
                read: formatNumber(data.rows_read),
                created: formatNumber(data.rows_created),
                present: formatNumber(data.rows_present),
                rejected: formatNumber(data.rows_rejected),
                accounts: formatNumber(data.new_accounts),
              })}
            </p>
            {data.error && (
              <div className="state state-error">
                {reason({ code: data.error_code, params: data.error_params, reason: data.error })}
              </div>
            )}
          </>
        )}
      </QueryView>
      <h3>{t("import.rejected_rows")}</h3>
      <QueryView query={errors} isEmpty={(d) => d.count === 0} empty={t("import.no_rejected")}>
        {(data) => (
          <>
            <table className="table">
              <thead>
                <tr>
                  <th className="num">{t("import.line")}</th>
                  <th>{t("import.reason")}</th>
                </tr>
              </thead>
              <tbody>
                {data.results.map((e) => (
                  <tr key={`${e.line_no}-${e.reason}`}>
                    <td className="num">{e.line_no}</td>
                    <td>{reason(e)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pagination page={page} pageSize={50} count={data.count} onPage={setPage} />
          </>
        )}
      </QueryView>
    </section>
  );
}
