import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ME, mockApi, renderRoutes } from "../../test/utils";
import RankingsPage from "./RankingsPage";

afterEach(() => vi.unstubAllGlobals());

const run = (id: number, status: string, progress: number, stage = "ranking") => ({
  id, status, stage, progress, trigger: "manual", triggered_by: null, backend: "sql", parameters: {},
  window_start: null, window_end: null, node_count: 5153, edge_count: 67151, community_count: 129,
  timings: {}, error: "", created_at: "2026-11-26T10:00:00Z", started_at: null, finished_at: null,
});
const page = (results: object[]) => ({ body: { count: results.length, next: null, previous: null, results } });
const analyst = { ...ME.officer, role: "analyst", permissions: { ...ME.officer.permissions, edit_crm: false, run_rerank: true } };

describe("rankings", () => {
  it("re-ranks on request and follows the run's progress until it is done", async () => {
    document.cookie = "csrftoken=tok; path=/";
    let current = run(1, "succeeded", 100, "done");
    let polls = 0;
    const calls = mockApi({
      "GET /api/v1/auth/me/": { body: analyst },
      "GET /api/v1/influence/runs/": () => {
        if (current.status === "running") {
          polls += 1;
          current = polls >= 2 ? run(2, "succeeded", 100, "done") : run(2, "running", 60, "saving");
        }
        return page([current]);
      },
      "POST /api/v1/influence/runs/": () => {
        current = run(2, "running", 35, "ranking");
        return { status: 202, body: current };
      },
      "GET /api/v1/influence/leaderboard/": page([]),
      "GET /api/v1/territories/": page([]),
    });
    renderRoutes([{ path: "/rankings", element: <RankingsPage /> }], "/rankings");
    const button = await screen.findByRole("button", { name: "Пересчитать рейтинг" }, { timeout: 5000 });
    await userEvent.click(button);
    expect(await screen.findByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Идёт расчёт…" })).toBeDisabled();
    await waitFor(() => expect(screen.getAllByTestId("run-status")[0]).toHaveAttribute("data-status", "succeeded"), {
      timeout: 5000,
    });
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(1);
  });

  it("offers no re-rank button to an officer", async () => {
    mockApi({
      "GET /api/v1/auth/me/": { body: ME.officer },
      "GET /api/v1/influence/runs/": page([run(1, "succeeded", 100, "done")]),
      "GET /api/v1/influence/leaderboard/": page([]),
      "GET /api/v1/territories/": page([]),
    });
    renderRoutes([{ path: "/rankings", element: <RankingsPage /> }], "/rankings");
    expect(await screen.findByText("Расчёт №1")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Пересчитать рейтинг" })).not.toBeInTheDocument();
  });
});
