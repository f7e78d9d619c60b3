import { expect, login, test } from "./fixtures";

test("officer creates a blogger, adds a VK account by URL and logs an interaction", async ({ page }) => {
  const name = `Блогер e2e ${Date.now()}`;
  const screenName = `e2e_${Date.now()}`;
  await login(page, "officer");
  await page.getByRole("link", { name: "Блогеры" }).click();
  await page.getByRole("button", { name: "Добавить блогера" }).click();
  const form = page.getByRole("form", { name: "Добавить блогера" });
  await form.getByLabel("Имя в сети").fill(name);
  await form.getByLabel("Позиция").selectOption("supportive");
  await form.getByRole("button", { name: "Создать" }).click();

  // The new card opens.
  await expect(page).toHaveURL(/\/bloggers\/\d+$/);
  await expect(page.getByTestId("blogger-name")).toContainText(name);

  await page.getByLabel("Ссылка на аккаунт").fill(`https://vk.com/${screenName}`);
  await page.getByRole("button", { name: "Добавить по ссылке" }).click();
  await expect(page.getByTestId("accounts")).toContainText(screenName);

  await page.getByLabel("Тип").selectOption("call");
  await page.getByRole("textbox", { name: "Содержание" }).fill("Обсудили освещение субботника");
  await page.getByRole("button", { name: "Записать" }).click();
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toContainText("Обсудили освещение субботника");
  await expect(timeline).toContainText("звонок");

  // It is stored, not just shown: a reload shows the same timeline and account.
  await page.reload();
  await expect(page.getByTestId("timeline")).toContainText("Обсудили освещение субботника");
  await expect(page.getByTestId("accounts")).toContainText(screenName);
});

test("filtered bloggers list survives a reload", async ({ page }) => {
  await login(page, "officer");
  await page.goto("/bloggers");
  await expect(page.getByTestId("bloggers-count")).toBeVisible();
  const total = await page.getByTestId("bloggers-count").textContent();

  const filtered = (url: string) => url.includes("/api/v1/bloggers/?") && url.includes("stage=partner");
  // The list is sorted by influence, the most influential first, without asking.
  await Promise.all([
    page.waitForResponse((r) => filtered(r.url()) && r.url().includes("ordering=-influence_score")),
    page.getByLabel("Этап").selectOption("partner"),
  ]);
  await expect(page.getByTestId("bloggers-count")).not.toHaveText(total ?? "");
  await expect(page).toHaveURL(/stage=partner/);
  await expect(page.getByRole("combobox", { name: "Сортировка" })).toHaveValue("-influence_score");
  const rows = page.getByRole("table", { name: "Блогеры" }).getByRole("row");
  // Sorted by score, biggest first (the score is the second column).
  const scores = page.getByRole("table", { name: "Блогеры" }).locator("tbody tr td:nth-child(2)");
  await expect
    .poll(async () => {
      const values = (await scores.allTextContents())
        .map((v) => Number(v.replace(",", ".").replace(/\s/g, "")))
        .map((v) => (Number.isNaN(v) ? -1 : v)); // "—": no score yet, listed last
      return values.length > 1 && values.every((v, i) => i === 0 || v <= values[i - 1]!);
    })
    .toBe(true);
  const before = await rows.allTextContents();
  expect(before.length).toBeGreaterThan(1);
  for (const row of before.slice(1)) expect(row).toContain("партнёр");

  await page.reload();
  await expect(page.getByLabel("Этап")).toHaveValue("partner");
  await expect(rows).toHaveText(before);
});

test("a task set on a card is in the officer's «Задачи» and is done from there", async ({ page }) => {
  const title = `Позвонить по итогам эфира ${Date.now()}`;
  await login(page, "officer");
  await page.goto("/bloggers");
  await page.getByRole("table", { name: "Блогеры" }).locator("tbody tr a").first().click();
  await expect(page).toHaveURL(/\/bloggers\/\d+$/);
  const card = new URL(page.url()).pathname;
  const tasks = page.getByRole("region", { name: "Задачи" });
  await tasks.getByRole("textbox", { name: "Что сделать" }).fill(title);
  await tasks.getByRole("button", { name: "Добавить" }).click();
  await expect(tasks).toContainText(title);

  await page.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Задачи" }).click();
  await expect(page).toHaveURL(/\/tasks$/);
  const row = page.getByTestId("task").filter({ hasText: title });
  await expect(row.getByRole("link")).toHaveAttribute("href", card);
  await row.getByRole("button", { name: "Выполнено" }).click();
  await expect(page.getByTestId("task").filter({ hasText: title })).toHaveCount(0);

  // Done, it is listed among the done ones (the status lives in the URL).
  await page.getByLabel("Статус").selectOption("done");
  await expect(page).toHaveURL(/status=done/);
  await expect(page.getByTestId("task").filter({ hasText: title })).toContainText("выполнена");
});
