import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ME, mockApi, renderRoutes } from "../../test/utils";
import BloggerCardPage from "./BloggerCardPage";

// jsdom has no WebGL: the ego network's canvas is drawn by the browser tests instead.
vi.mock("../../components/ui/GraphCanvas", () => ({ GraphCanvas: () => <div data-testid="graph-canvas" /> }));

afterEach(() => vi.unstubAllGlobals());

const page = (results: object[]) => ({ body: { count: results.length, next: null, previous: null, results } });
const blogger = {
  id: 7,
  display_name: "Марина из Заречья",
  description: "Городские новости",
  stage: "engaged",
  stance: "neutral",
  tier: "b",
  territory: { id: 3, name: "Заречный район" },
  topics: [{ id: 1, name: "ЖКХ" }],
  owner: null,
  influence_score: 55,
  influence_rank: 9,
  influence_rank_delta: -1,
  last_interaction_at: null,
  accounts: [],
};

function setup(me: object) {
  document.cookie = "csrftoken=tok; path=/";
  const interactions: object[] = [];
  const accounts: object[] = [];
  const calls = mockApi({
    "GET /api/v1/auth/me/": { body: me },
    "GET /api/v1/bloggers/7/": { body: blogger },
    "PATCH /api/v1/bloggers/7/": (req) => ({ body: { ...blogger, ...(req.body as object) } }),
    "GET /api/v1/accounts/": () => page(accounts),
    "POST /api/v1/accounts/add-by-url/": (req) => {
      const { url } = req.body as { url: string };
      if (!url.includes("vk.com")) {
        return {
          status: 400,
          body: { error: { code: "validation_failed", message: "Проверьте поля.", fields: { url: ["Ссылка не похожа на страницу VK."] } } },
        };
      }
      const account = { id: 40, platform: "vk", kind: "person", external_id: "", screen_name: "marina", url, display_name: "", followers: null, influence_score: null, influence_rank: null };
      accounts.push(account);
      return { status: 201, body: account };
    },
    "GET /api/v1/interactions/": () => page(interactions),
    "POST /api/v1/interactions/": (req) => {
      const item = { id: 90 + interactions.length, author: null, ...(req.body as object) };
      interactions.unshift(item);
      return { status: 201, body: item };
    },
    "GET /api/v1/followups/": page([]),
    "GET /api/v1/campaign-participants/": page([]),
    "GET /api/v1/influence/bloggers/7/history/": page([
      { run: { id: 1, status: "succeeded", created_at: "2026-11-01T03:00:00Z", finished_at: "2026-11-01T03:01:00Z" }, account: {}, score: 40, rank: 12, previous_rank: null, rank_delta: null, score_delta: null },
      { run: { id: 2, status: "succeeded", created_at: "2026-11-02T03:00:00Z", finished_at: "2026-11-02T03:01:00Z" }, account: {}, score: 55, rank: 9, previous_rank: 12, rank_delta: 3, score_delta: 15 },
    ]),
    "GET /api/v1/influence/bloggers/7/explanation/": {
      body: {
        run: { id: 2 },
        blogger_score: { score: 55, rank: 9 },
        community: { number: 4, label: "Заречье онлайн", size: 80, central_account: null },
        accounts: [
          {
            score: { account: { id: 3, screen_name: "marina", display_name: "Марина" }, percentile: 97.5, components: { pagerank: 0.8, hub: 0.1, reach: 0.5, engagement: 0.3, kcore: 0.6 } },
            contributors: [{ account_id: 5, name: "Новости Заречья", share: 0.42 }],
          },
        ],
      },
    },
  });
  renderRoutes([{ path: "/bloggers/:id", element: <BloggerCardPage /> }], "/bloggers/7");
  return calls;
}

describe("blogger card", () => {
  it("officer logs an interaction and sees it in the timeline", async () => {
    const calls = setup(ME.officer);
    await screen.findByText("Взаимодействий пока не было.");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Тип" }), "meeting");
    await userEvent.type(screen.getByRole("textbox", { name: "Содержание" }), "Договорились о публикации");
    await userEvent.click(screen.getByRole("button", { name: "Записать" }));
    const timeline = await screen.findByTestId("timeline");
    expect(timeline).toHaveTextContent("встреча");
    expect(timeline).toHaveTextContent("Договорились о публикации");
    const post = calls.find((c) => c.method === "POST" && c.url.pathname === "/api/v1/interactions/")!;
    expect(post.body).toMatchObject({ blogger: 7, type: "meeting", direction: "out", summary: "Договорились о публикации" });
    expect(post.headers.get("X-CSRFToken")).toBe("tok");
  });

  it("adds an account by URL and shows a refused link in words", async () => {
    setup(ME.officer);
    const input = await screen.findByRole("textbox", { name: "Ссылка на аккаунт" });
    await userEvent.type(input, "https://example.org/x");
    await userEvent.click(screen.getByRole("button", { name: "Добавить по ссылке" }));
    expect(await screen.findByText("Ссылка не похожа на страницу VK.")).toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.type(input, "https://vk.com/marina");
    await userEvent.click(screen.getByRole("button", { name: "Добавить по ссылке" }));
    const list = await screen.findByTestId("accounts");
    expect(within(list).getByRole("link", { name: "marina" })).toHaveAttribute("href", "https://vk.com/marina");
  });

  it("edits the stage in place", async () => {
    const calls = setup(ME.officer);
    await userEvent.click(await screen.findByRole("button", { name: "Изменить: Этап" }));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Этап" }), "partner");
    await userEvent.click(screen.getByRole("button", { name: "Сохранить" }));
    await waitFor(() => expect(calls.some((c) => c.method === "PATCH")).toBe(true));
    expect(calls.find((c) => c.method === "PATCH")!.body).toEqual({ stage: "partner" });
    expect(await screen.findByRole("button", { name: "Изменить: Этап" })).toHaveTextContent("партнёр");
  });

  it("explains the score and draws its history", async () => {
    setup(ME.viewer);
    const why = await screen.findByTestId("score-explanation");
    // the place is among bloggers, the percentile among every account of the graph
    expect(why).toHaveTextContent("Влияние 55,0 из 100. Место 9 среди блогеров");
    expect(why).toHaveTextContent("Аккаунт «Марина» влиятельнее 98% всех аккаунтов графа (не только блогеров).");
    expect(why).toHaveTextContent("Сообщество: Заречье онлайн");
    expect(why).toHaveTextContent("Новости Заречья — 42%");
    const chart = await screen.findByTestId("rank-history-chart");
    expect(chart.querySelectorAll("circle")).toHaveLength(2);
    expect([...chart.querySelectorAll("text")].map((t) => t.textContent).slice(-2)).toEqual([
      "01.11.2026",
      "02.11.2026",
    ]);
  });

  it("gives a viewer no edit controls at all", async () => {
    setup(ME.viewer);
    await screen.findByText("Взаимодействий пока не было.");
    expect(screen.getByTestId("blogger-name")).toHaveTextContent("Марина из Заречья");
    expect(screen.queryByRole("button", { name: /Изменить/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Записать" })).not.toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: "Ссылка на аккаунт" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Добавить" })).not.toBeInTheDocument();
  });
});
