import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ME, mockApi, renderRoutes } from "../../test/utils";
import CoordinationPage from "./CoordinationPage";

afterEach(() => vi.unstubAllGlobals());

const page = (results: object[]) => ({ body: { count: results.length, next: null, previous: null, results } });
const run = {
  id: 7, status: "succeeded", stage: "done", progress: 100, trigger: "manual", triggered_by: null, backend: "sql",
  parameters: {}, window_start: null, window_end: null, node_count: 10, edge_count: 10, community_count: 1,
  coordination: { mode: "discount", window_seconds: 60, groups: 1 }, timings: {}, error: "",
  created_at: "2026-11-26T10:00:00Z", started_at: null, finished_at: null,
};
const account = (id: number, name: string) => ({ id, display_name: name, screen_name: "", external_id: String(id) });
const member = (id: number, mark: string | null) => ({
  account: account(id, `Бот ${id}`), blogger_id: null, rank: 900 + id, score: 1, inauthenticity: 0.95,
  signals: ["group", "fresh"], mark,
});

describe("coordination", () => {
  it("lists a run's groups, shows a group's members and lets an officer mark the whole group", async () => {
    document.cookie = "csrftoken=tok; path=/";
    const calls = mockApi({
      "GET /api/v1/auth/me/": { body: ME.officer },
      "GET /api/v1/influence/runs/": page([run]),
      "GET /api/v1/influence/runs/7/coordination-groups/": page([
        { number: 0, size: 2, items: 15, bursts: 15, mean_inauthenticity: 0.95, targets: [{ account_id: 9, name: "Иван", share: 1 }] },
      ]),
      "GET /api/v1/influence/runs/7/coordination-groups/0/members/": page([member(1, null), member(2, "genuine")]),
      "POST /api/v1/influence/coordination-marks/": { body: [] },
    });
    renderRoutes([{ path: "/coordination", element: <CoordinationPage /> }], "/coordination");
    const groups = await screen.findByTestId("coordination-groups");
    expect(within(groups).getByText("Иван (100%)")).toBeInTheDocument();
    expect(screen.getByTestId("coordination-summary")).toHaveTextContent("окно согласованности 60 с");
    await userEvent.click(within(groups).getByRole("button", { name: "Участники" }));
    const members = await screen.findByTestId("coordination-members");
    expect(await within(members).findByText("Бот 1")).toBeInTheDocument();
    expect(within(members).getAllByText("согласованная группа, новый аккаунт")).toHaveLength(2);
    await userEvent.click(within(members).getByRole("button", { name: "Вся группа подлинная" }));
    expect(await within(members).findByText("Отметки сохранены; их учтёт следующий пересчёт.")).toBeInTheDocument();
    const post = calls.find((c) => c.method === "POST");
    expect(post?.body).toEqual({ accounts: [1, 2], verdict: "genuine", note: "" });
  });
});
