import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import i18n from "../../i18n";
import { mockApi, renderWithClient } from "../../test/utils";
import AlertsPage from "./AlertsPage";

afterEach(() => {
  vi.unstubAllGlobals();
  void i18n.changeLanguage("ru");
});

const page = (results: object[]) => ({ body: { count: results.length, next: null, previous: null, results } });
const incident = { id: 7, title: "Отопление — Заречье", state: "new", severity: 62, detected_at: "2026-12-02T09:00:00Z" };
const alert = (id: number, extra: object) => ({
  id, incident, event: "new", severity: 62, created_at: "2026-12-02T09:01:00Z", read_at: null,
  telegram_state: "sent", email_state: "", last_error: "", ...extra,
});

describe("Alerts screen", () => {
  it("lists alerts with their delivery and marks one read", async () => {
    const calls = mockApi({
      "GET /api/v1/alerts/": page([alert(1, {}), alert(2, { event: "severity", read_at: "2026-12-02T10:00:00Z", telegram_state: "failed", last_error: "Telegram ответил 502" })]),
      "POST /api/v1/alerts/1/read/": { body: alert(1, { read_at: "2026-12-02T11:00:00Z" }) },
      "GET /api/v1/alert-subscriptions/": page([]),
      "GET /api/v1/watch-topics/": page([]),
    });
    renderWithClient(<AlertsPage />);
    expect(await screen.findByText("Серьёзность выросла")).toBeInTheDocument();
    expect(screen.getAllByRole("link", { name: "Отопление — Заречье" })[0]).toHaveAttribute("href", "/incidents/7");
    expect(screen.getByText(/Telegram: не удалось/)).toBeInTheDocument();
    expect(screen.getByText("Подписок нет: оповещения приходят только по подпискам.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Прочитано" }));
    await waitFor(() => expect(calls.some((c) => c.method === "POST" && c.url.pathname === "/api/v1/alerts/1/read/")).toBe(true));
  });

  it("creates a subscription and shows a field error in words", async () => {
    const calls = mockApi({
      "GET /api/v1/alerts/": page([]),
      "GET /api/v1/alert-subscriptions/": page([]),
      "GET /api/v1/watch-topics/": page([{ id: 3, name: "Дороги и ямы" }]),
      "GET /api/v1/territories/": page([]),
      "POST /api/v1/alert-subscriptions/": {
        status: 400,
        body: { error: { code: "validation_error", message: "Проверьте поля.", fields: { telegram_chat_id: ["Введите номер чата."] } } },
      },
    });
    renderWithClient(<AlertsPage />);
    fireEvent.click(await screen.findByRole("button", { name: "Добавить подписку" }));
    const form = screen.getByRole("form", { name: "Подписка на оповещения" });
    fireEvent.change(within(form).getByLabelText("Чат Telegram (номер)"), { target: { value: "@me" } });
    fireEvent.change(within(form).getByLabelText("Серьёзность от (0–100)"), { target: { value: "40" } });
    fireEvent.click(within(form).getByRole("button", { name: "Сохранить" }));
    expect(await within(form).findByText("Введите номер чата.")).toBeInTheDocument();
    const sent = calls.find((c) => c.method === "POST")?.body as Record<string, unknown>;
    expect(sent).toMatchObject({ telegram_chat_id: "@me", min_severity: 40, topics: [], territory: null });
  });
});
