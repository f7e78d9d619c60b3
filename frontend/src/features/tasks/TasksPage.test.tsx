import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { localDate } from "../../lib/dates";
import { ME, mockApi, renderWithClient } from "../../test/utils";
import TasksPage from "./TasksPage";

afterEach(() => vi.unstubAllGlobals());

const page = (results: object[]) => ({ body: { count: results.length, next: null, previous: null, results } });
const task = (id: number, extra: object) => ({
  id,
  blogger: { id: 40 + id, display_name: `Блогер ${id}` },
  title: `Задача ${id}`,
  due_date: localDate(3),
  assignee: { id: 2, username: "officer", full_name: "Ольга Специалист" },
  status: "open",
  interaction: null,
  notes: "",
  completed_at: null,
  created_at: "2026-12-01T09:00:00Z",
  is_overdue: false,
  ...extra,
});

describe("Tasks screen", () => {
  it("lists the user's open tasks, overdue first, and marks one done", async () => {
    const calls = mockApi({
      "GET /api/v1/auth/me/": { body: ME.officer },
      "GET /api/v1/followups/": page([task(1, { due_date: "2026-01-05", is_overdue: true }), task(2, {})]),
      "PATCH /api/v1/followups/1/": { body: task(1, { status: "done" }) },
    });
    renderWithClient(<TasksPage />, "/tasks");
    expect(await screen.findByText("Задача 1")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Блогер 1" })).toHaveAttribute("href", "/bloggers/41");
    expect(screen.getByText(/просрочено/)).toHaveClass("badge-overdue");
    const list = calls.find((c) => c.method === "GET" && c.url.pathname === "/api/v1/followups/")!;
    expect(Object.fromEntries(list.url.searchParams)).toMatchObject({
      assignee: "2",
      status: "open",
      ordering: "due_date",
    });
    fireEvent.click(screen.getAllByRole("button", { name: "Выполнено" })[0]!);
    await waitFor(() => expect(calls.some((c) => c.method === "PATCH")).toBe(true));
    expect(calls.find((c) => c.method === "PATCH")!.body).toEqual({ status: "done" });
  });

  it("shows everybody's overdue tasks with their assignees and an empty state", async () => {
    const calls = mockApi({
      "GET /api/v1/auth/me/": { body: ME.viewer },
      "GET /api/v1/followups/": (req) =>
        req.url.searchParams.get("q") === "ничего" ? page([]) : page([task(3, { assignee: null })]),
    });
    renderWithClient(<TasksPage />, "/tasks?who=all&overdue=1");
    expect(await screen.findByText("Задача 3")).toBeInTheDocument();
    expect(screen.getByText(/без исполнителя/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Выполнено" })).not.toBeInTheDocument(); // a viewer
    const first = calls.find((c) => c.url.pathname === "/api/v1/followups/")!;
    expect(first.url.searchParams.get("assignee")).toBeNull();
    expect(first.url.searchParams.get("overdue")).toBe("true");
    fireEvent.change(screen.getByLabelText("Поиск по задачам"), { target: { value: "ничего" } });
    fireEvent.click(screen.getByRole("button", { name: "Найти" }));
    expect(await screen.findByTestId("tasks-empty")).toHaveTextContent("Под эти условия задач нет.");
  });
});
