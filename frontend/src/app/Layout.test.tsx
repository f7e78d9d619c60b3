import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ME, mockApi, renderRoutes } from "../test/utils";
import { Layout } from "./Layout";

afterEach(() => vi.unstubAllGlobals());

const grants = (overrides: object) => ({ ...ME.viewer.permissions, ...overrides });
const USERS = {
  admin: { ...ME.officer, role: "admin", permissions: grants({ edit_crm: true, run_rerank: true, import_edges: true, export: true, view_personal_data: true, manage_tokens: true }) },
  officer: ME.officer,
  analyst: { ...ME.officer, role: "analyst", permissions: grants({ run_rerank: true, import_edges: true, export: true, view_personal_data: true }) },
  viewer: ME.viewer,
};
const EVERYONE = [
  "Сводка",
  "Инциденты",
  "Лента",
  "Тренды",
  "Темы",
  "Блогеры",
  "Задачи",
  "Граф влияния",
  "Рейтинги",
  "Накрутка",
  "Кампании",
  "Оповещения",
];

describe("navigation follows the role", () => {
  it.each([
    ["admin", [...EVERYONE, "Импорт"]],
    ["analyst", [...EVERYONE, "Импорт"]],
    ["officer", EVERYONE],
    ["viewer", EVERYONE],
  ] as const)("%s sees %j", async (role, expected) => {
    mockApi({ "GET /api/v1/auth/me/": { body: USERS[role] } });
    renderRoutes([{ path: "/", element: <Layout />, children: [{ index: true, element: <p>home</p> }] }], "/");
    await screen.findByText(new RegExp(USERS[role].full_name));
    const nav = screen.getByRole("navigation");
    expect(within(nav).getAllByRole("link").map((link) => link.textContent)).toEqual(expected);
  });

  it("folds the navigation behind a menu button that says whether it is open", async () => {
    mockApi({ "GET /api/v1/auth/me/": { body: ME.officer } });
    renderRoutes([{ path: "/", element: <Layout />, children: [{ index: true, element: <p>home</p> }] }], "/");
    const menu = await screen.findByRole("button", { name: "Меню" });
    expect(menu).toHaveAttribute("aria-expanded", "false");
    menu.click();
    expect(await screen.findByRole("button", { name: "Меню", expanded: true })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Выйти" })).toBeInTheDocument();
  });
});
