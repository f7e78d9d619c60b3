import { expect, login, type Role, test } from "./fixtures";

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
const NAVIGATION: Record<Role, string[]> = {
  admin: [...EVERYONE, "Импорт"],
  analyst: [...EVERYONE, "Импорт"],
  officer: EVERYONE,
  viewer: EVERYONE,
};

for (const role of ["admin", "officer", "analyst", "viewer"] as const) {
  test(`navigation of the ${role} lists only what the role can use`, async ({ page }) => {
    const refused: string[] = [];
    page.on("response", (response) => {
      if (response.status() === 403) refused.push(response.url());
    });
    await login(page, role);
    const nav = page.getByRole("navigation", { name: "Разделы" });
    await expect(nav.getByRole("link")).toHaveText(NAVIGATION[role]);
    for (const name of NAVIGATION[role]) {
      await nav.getByRole("link", { name }).click();
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    }
    if (!NAVIGATION[role].includes("Импорт")) {
      // Typed by hand, the screen says who may import and asks the server for nothing.
      await page.goto("/import");
      await expect(page.getByTestId("not-allowed")).toContainText("аналитики и администраторы");
    }
    await page.waitForLoadState("networkidle");
    expect(refused).toEqual([]);
  });
}
