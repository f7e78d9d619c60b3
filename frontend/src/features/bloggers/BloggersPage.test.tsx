import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ME, mockApi, renderRoutes } from "../../test/utils";
import BloggersPage from "./BloggersPage";

const page = (results: object[], count = results.length) => ({ body: { count, next: null, previous: null, results } });
const row = (id: number, name: string, extra: object = {}) => ({
  id,
  display_name: name,
  stage: "engaged",
  stance: "supportive",
  territory: { id: 3, name: "Заречный район" },
  owner: null,
  influence_score: 71.25,
  influence_rank: 4,
  influence_rank_delta: 2,
  last_interaction_at: "2026-11-20T10:00:00Z",
  open_task_count: 1,
  overdue_task_count: 0,
  ...extra,
});

afterEach(() => vi.unstubAllGlobals());

function setup(me: object, url = "/bloggers") {
  const calls = mockApi({
    "GET /api/v1/auth/me/": { body: me },
    "GET /api/v1/bloggers/": (req) =>
      req.url.searchParams.get("stage") === "partner"
        ? page([row(2, "Пётр Партнёров", { stage: "partner" })])
        : page([row(1, "Марина из Заречья"), row(2, "Пётр Партнёров", { stage: "partner" })], 120),
    "GET /api/v1/territories/": page([{ id: 3, name: "Заречный район", kind: "municipal_district" }]),
  });
  return { calls, ...renderRoutes([{ path: "/bloggers", element: <BloggersPage /> }], url) };
}

const listCalls = (calls: ReturnType<typeof mockApi>) => calls.filter((c) => c.url.pathname === "/api/v1/bloggers/");

describe("bloggers list", () => {
  it("shows rows with score, rank change, stage, stance, territory and last contact", async () => {
    setup(ME.officer);
    const table = await screen.findByRole("table", { name: "Блогеры" });
    const first = within(table).getAllByRole("row")[1]!;
    expect(first).toHaveTextContent("Марина из Заречья");
    expect(first).toHaveTextContent("71,3");
    expect(first).toHaveTextContent("▲ +2");
    expect(first).toHaveTextContent("взаимодействуем");
    expect(first).toHaveTextContent("лоялен");
    expect(first).toHaveTextContent("Заречный район");
    expect(first).toHaveTextContent("20.11.2026");
    expect(within(first).getByRole("link", { name: "Марина из Заречья" })).toHaveAttribute("href", "/bloggers/1");
    expect(screen.getByText("Страница 1 из 3 · всего 120")).toBeInTheDocument();
  });

  it("keeps filters, sorting and page in the URL and asks the server with them", async () => {
    const { calls, router } = setup(ME.officer, "/bloggers?stage=partner&ordering=-influence_score");
    await screen.findByText("Пётр Партнёров");
    const first = listCalls(calls)[0]!;
    expect(first.url.searchParams.get("stage")).toBe("partner");
    expect(first.url.searchParams.get("ordering")).toBe("-influence_score");
    expect(screen.queryByText("Марина из Заречья")).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: /Влияние/ }));
    await waitFor(() => expect(router.state.location.search).toContain("ordering=influence_score"));
    expect(listCalls(calls).at(-1)!.url.searchParams.get("ordering")).toBe("influence_score");

    await userEvent.type(screen.getByRole("textbox", { name: "Поиск" }), "марина");
    await userEvent.click(screen.getByRole("button", { name: "Найти" }));
    await waitFor(() => expect(router.state.location.search).toContain("q=%D0%BC%D0%B0%D1%80%D0%B8%D0%BD%D0%B0"));
    expect(listCalls(calls).at(-1)!.url.searchParams.get("q")).toBe("марина");

    await screen.findByRole("option", { name: "Заречный район" });
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Территория" }), "Заречный район");
    await waitFor(() => expect(router.state.location.search).toContain("territory=3"));
    expect(listCalls(calls).at(-1)!.url.searchParams.get("territory")).toBe("3");
  });

  it("lists the most influential first unless another order is chosen", async () => {
    const { calls, router } = setup(ME.officer);
    await screen.findByText("Марина из Заречья");
    expect(listCalls(calls)[0]!.url.searchParams.get("ordering")).toBe("-influence_score");
    expect(screen.getByRole("button", { name: /Влияние ↓/ })).toHaveClass("sorted");
    const sort = screen.getByRole("combobox", { name: "Сортировка" });
    expect(sort).toHaveValue("-influence_score");
    await userEvent.selectOptions(sort, "по алфавиту");
    await waitFor(() => expect(router.state.location.search).toContain("ordering=display_name"));
    expect(listCalls(calls).at(-1)!.url.searchParams.get("ordering")).toBe("display_name");
  });

  it("filters by topic, platform, tier and owner", async () => {
    const calls = mockApi({
      "GET /api/v1/auth/me/": { body: ME.officer },
      "GET /api/v1/bloggers/": page([row(1, "Марина из Заречья")]),
      "GET /api/v1/territories/": page([]),
      "GET /api/v1/topics/": page([{ id: 5, name: "Дороги", blogger_count: 12 }]),
      "GET /api/v1/users/": page([{ id: 8, username: "olga", full_name: "Ольга Специалист" }]),
    });
    const { router } = renderRoutes([{ path: "/bloggers", element: <BloggersPage /> }], "/bloggers");
    await screen.findByRole("option", { name: "Дороги" });
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Тема" }), "Дороги");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Платформа" }), "Telegram");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Уровень" }), "A — ключевой");
    await screen.findByRole("option", { name: "Ольга Специалист" });
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Ответственный" }), "Ольга Специалист");
    await waitFor(() => expect(router.state.location.search).toContain("owner=8"));
    const last = listCalls(calls).at(-1)!.url.searchParams;
    expect([last.get("topic"), last.get("platform"), last.get("tier"), last.get("owner")]).toEqual([
      "5",
      "telegram",
      "a",
      "8",
    ]);
  });

  it("exports the filtered list for roles with the export right", async () => {
    setup(ME.officer, "/bloggers?stage=partner&page=2");
    const csv = await screen.findByRole("link", { name: "Экспорт CSV" });
    expect(csv).toHaveAttribute("href", "/api/v1/bloggers/export-csv/?ordering=-influence_score&stage=partner");
    expect(screen.getByRole("link", { name: "Экспорт XLSX" })).toHaveAttribute(
      "href",
      "/api/v1/bloggers/export-xlsx/?ordering=-influence_score&stage=partner",
    );
    expect(screen.getByRole("button", { name: "Добавить блогера" })).toBeInTheDocument();
  });

  it("creates a blogger and opens the new card", async () => {
    document.cookie = "csrftoken=tok; path=/";
    const calls = mockApi({
      "GET /api/v1/auth/me/": { body: ME.officer },
      "GET /api/v1/bloggers/": page([]),
      "GET /api/v1/territories/": page([{ id: 3, name: "Заречный район", kind: "municipal_district" }]),
      "POST /api/v1/bloggers/": (req) => ({ status: 201, body: { id: 9, ...(req.body as object) } }),
    });
    const { router } = renderRoutes(
      [
        { path: "/bloggers", element: <BloggersPage /> },
        { path: "/bloggers/:id", element: <p>карточка</p> },
      ],
      "/bloggers",
    );
    await userEvent.click(await screen.findByRole("button", { name: "Добавить блогера" }));
    const form = screen.getByRole("form", { name: "Добавить блогера" });
    await userEvent.type(within(form).getByLabelText("Имя в сети"), "Новый блогер");
    await within(form).findByRole("option", { name: "Заречный район" });
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Территория" }), "Заречный район");
    await userEvent.click(within(form).getByRole("button", { name: "Создать" }));
    await screen.findByText("карточка");
    expect(router.state.location.pathname).toBe("/bloggers/9");
    expect(calls.find((c) => c.method === "POST")!.body).toEqual({
      display_name: "Новый блогер",
      territory: 3,
      stage: "new",
      stance: "unknown",
    });
  });

  it("gives a viewer neither export nor add", async () => {
    setup(ME.viewer);
    await screen.findByText("Марина из Заречья");
    expect(screen.queryByRole("link", { name: "Экспорт CSV" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Добавить блогера" })).not.toBeInTheDocument();
  });

  it("says so when nobody matches", async () => {
    mockApi({
      "GET /api/v1/auth/me/": { body: ME.officer },
      "GET /api/v1/bloggers/": page([]),
      "GET /api/v1/territories/": page([]),
    });
    renderRoutes([{ path: "/bloggers", element: <BloggersPage /> }], "/bloggers?q=nobody");
    expect(await screen.findByText("Никого не нашлось. Измените фильтры.")).toBeInTheDocument();
  });

  it("shows a refused filter in the server's words", async () => {
    mockApi({
      "GET /api/v1/auth/me/": { body: ME.officer },
      "GET /api/v1/bloggers/": {
        status: 400,
        body: { error: { code: "invalid_filter", message: "no_contact_days: введите целое число.", fields: {} } },
      },
      "GET /api/v1/territories/": page([]),
    });
    renderRoutes([{ path: "/bloggers", element: <BloggersPage /> }], "/bloggers?no_contact_days=x");
    expect(await screen.findByRole("alert")).toHaveTextContent("no_contact_days: введите целое число.");
  });
});
