import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import i18n from "../../i18n";
import { mockApi, renderWithClient } from "../../test/utils";
import { VkSyncCard } from "./VkSyncCard";

afterEach(() => {
  vi.unstubAllGlobals();
  void i18n.changeLanguage("ru");
});

const account = (id: number, extra: object) => ({
  id, external_id: String(id), screen_name: `page${id}`, display_name: `Паблик ${id}`,
  url: `https://vk.com/page${id}`, blogger: null, status: "active", last_synced_at: null,
  last_success_at: null, next_sync_at: null, syncing: false, failures: 0, failing: true,
  error_code: "", error: "", gaps: [], missing: 0, ...extra,
});
const page = (results: object[]) => ({ body: { count: results.length, next: null, previous: null, results } });

describe("VK sync card", () => {
  it("flags the accounts whose sync keeps failing, the error in words", async () => {
    const calls = mockApi({
      "GET /api/v1/vk/accounts/": page([
        account(1, {
          failures: 4, error_code: "vk_unavailable", error: "VK не отвечает на execute: ошибка 10",
          blogger: { id: 9, display_name: "Анна" }, last_success_at: "2026-11-30T10:00:00Z",
        }),
        account(2, { failures: 3, error_code: "something_new", error: "VK вернул что-то новое" }),
      ]),
    });
    renderWithClient(<VkSyncCard />);
    expect(await screen.findByText("2 аккаунта не синхронизируются")).toBeInTheDocument();
    expect(screen.getByText("VK не отвечает после повторов")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Паблик 1" })).toHaveAttribute("href", "/bloggers/9");
    expect(screen.getByText(/4 неудачи подряд/)).toBeInTheDocument();
    expect(screen.getByText(/ни разу не удалась/)).toBeInTheDocument();
    expect(screen.getByText("VK вернул что-то новое")).toBeInTheDocument(); // unknown code: as sent
    expect(calls[0]?.url.searchParams.get("failing")).toBe("true");
  });

  it("says all is well in English when nothing fails", async () => {
    await i18n.changeLanguage("en");
    mockApi({ "GET /api/v1/vk/accounts/": page([]) });
    renderWithClient(<VkSyncCard />);
    expect(await screen.findByText("Every tracked account is syncing.")).toBeInTheDocument();
  });
});
