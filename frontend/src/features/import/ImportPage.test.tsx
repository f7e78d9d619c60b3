import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import i18n from "../../i18n";
import { ME, mockApi, renderRoutes } from "../../test/utils";
import ImportPage from "./ImportPage";

afterEach(() => {
  vi.unstubAllGlobals();
  void i18n.changeLanguage("ru");
});

const analyst = {
  ...ME.officer,
  role: "analyst",
  permissions: { ...ME.officer.permissions, edit_crm: false, import_edges: true },
};
const job = (status: string, rejected: number, extra: object = {}) => ({
  id: 7, status, data: "edges", progress: status === "running" ? 40 : 100, filename: "edges.csv",
  format: "csv", platform: "vk", kind: "", occurred_at: null, size: 100, rows_read: 40,
  rows_created: 40 - rejected, rows_present: 0, rows_rejected: rejected, new_accounts: 3, error: "",
  error_code: "", error_params: {}, created_by: "analyst", created_at: "2026-12-01T10:00:00Z",
  started_at: null, finished_at: null, ...extra,
});
const page = (results: object[]) => ({ body: { count: results.length, next: null, previous: null, results } });
const badRow = {
  line_no: 17,
  code: "not_a_timestamp",
  params: { field: "occurred_at", value: "вчера вечером" },
  reason: "bad occurred_at: 'вчера вечером' is not an ISO 8601 timestamp",
};

function serve(polls: { count: number }) {
  // The job runs for two polls with nothing rejected yet, then reports one rejected row.
  const current = () => (polls.count < 2 ? job("running", 0) : job("succeeded", 1));
  return mockApi({
    "GET /api/v1/auth/me/": { body: analyst },
    "GET /api/v1/imports/edges/": () => page([current()]),
    "GET /api/v1/imports/edges/7/": () => {
      polls.count += 1;
      return { body: current() };
    },
    "GET /api/v1/imports/edges/7/errors/": () => page(current().rows_rejected ? [badRow] : []),
  });
}

describe("import", () => {
  it("shows the rows rejected while the job ran without a reload, in words", async () => {
    serve({ count: 0 });
    renderRoutes([{ path: "/import", element: <ImportPage /> }], "/import");
    await userEvent.click(await screen.findByRole("button", { name: "edges.csv" }));
    expect(await screen.findByText("Отклонённых строк нет.")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText("17")).toBeInTheDocument(), { timeout: 6000 });
    expect(
      screen.getByText(/occurred_at: «вчера вечером» — не дата и время в формате ISO 8601/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/is not an ISO 8601 timestamp/)).not.toBeInTheDocument();
  });

  it("words the reasons in English when the interface is in English", async () => {
    await i18n.changeLanguage("en");
    serve({ count: 5 });
    renderRoutes([{ path: "/import", element: <ImportPage /> }], "/import");
    await userEvent.click(await screen.findByRole("button", { name: "edges.csv" }));
    expect(
      await screen.findByText(/occurred_at: “вчера вечером” is not an ISO 8601 date and time/),
    ).toBeInTheDocument();
  });

  it("names the line of a header that stops the whole file", async () => {
    const failed = job("failed", 0, {
      error: "line 1: the header lacks column(s) kind",
      error_code: "missing_columns",
      error_params: { line: 1, missing: "kind", required: "kind, source, target, occurred_at", optional: "weight" },
    });
    mockApi({
      "GET /api/v1/auth/me/": { body: analyst },
      "GET /api/v1/imports/edges/": page([failed]),
      "GET /api/v1/imports/edges/7/": { body: failed },
      "GET /api/v1/imports/edges/7/errors/": page([]),
    });
    renderRoutes([{ path: "/import", element: <ImportPage /> }], "/import");
    await userEvent.click(await screen.findByRole("button", { name: "edges.csv" }));
    expect(await screen.findByText(/^Строка 1: В заголовке нет столбцов: kind/)).toBeInTheDocument();
  });
});
