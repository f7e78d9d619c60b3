import { expect, login, test } from "./fixtures";

test("officer labels a post in the feed and the label stays after a reload", async ({ page }) => {
  await login(page, "officer");
  await page.getByRole("link", { name: "Лента", exact: true }).click();
  await page.getByLabel("Отмечена").selectOption("false");
  await expect(page).toHaveURL(/labelled=false/);
  const post = page.getByTestId("feed").getByTestId("post").first();
  await expect(post).toBeVisible();
  const name = (await post.getAttribute("aria-label")) ?? "";
  const button = post.getByRole("button", { name: "не по теме" });
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await Promise.all([
    page.waitForResponse((r) => r.url().includes("/label/") && r.status() === 200),
    button.click(),
  ]);
  await expect(page.getByRole("article", { name }).getByRole("button", { name: "не по теме" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // Stored: among the labelled posts after a reload, pressed.
  await page.goto("/feed?labelled=true");
  const labelled = page.getByRole("article", { name });
  await expect(labelled.getByRole("button", { name: "не по теме" })).toHaveAttribute("aria-pressed", "true");
  // Pressing it again takes the label off.
  await Promise.all([
    page.waitForResponse((r) => r.url().includes("/label/") && r.status() === 200),
    labelled.getByRole("button", { name: "не по теме" }).click(),
  ]);
  await expect(labelled.getByRole("button", { name: "не по теме" })).toHaveAttribute("aria-pressed", "false");
});

test("officer edits a watch topic: a bad keyword is refused by field, the preview shows what it catches", async ({
  page,
}) => {
  await login(page, "officer");
  await page.getByRole("link", { name: "Темы", exact: true }).click();
  await page.getByTestId("topics").getByRole("button", { name: "Отопление и горячая вода" }).click();
  const form = page.getByRole("form", { name: "Тема мониторинга" });
  const keywords = form.getByLabel("Ключевые слова и фразы");
  const original = await keywords.inputValue();

  await keywords.fill(`${original}\nгород`);
  await form.getByRole("button", { name: "Сохранить" }).click();
  await expect(form.locator(".field-error")).toContainText("Слишком общее слово: «город»");

  await keywords.fill(original);
  await form.getByRole("button", { name: "Что поймала бы за 7 дней" }).click();
  const preview = page.getByTestId("topic-preview");
  await expect(preview).toContainText("За 7 дней тема поймала бы");
  await expect(preview.getByTestId("post").first()).toBeVisible();
  await expect(preview.locator("mark").first()).toBeVisible();

  await form.getByLabel("Вес серьёзности").fill("1.6");
  await form.getByRole("button", { name: "Сохранить" }).click();
  await expect(form.getByRole("status")).toHaveText("Сохранено.");
  await page.reload();
  await expect(page.getByRole("form", { name: "Тема мониторинга" }).getByLabel("Вес серьёзности")).toHaveValue("1.6");
});

test("trends show the topic × territory heat map and the series; a cell filters both", async ({ page }) => {
  await login(page, "analyst");
  await page.getByRole("link", { name: "Тренды", exact: true }).click();
  const heat = page.getByTestId("heatmap");
  await expect(heat.getByRole("button").first()).toBeVisible();
  await expect(page.getByRole("img", { name: "Записей в день" })).toBeVisible();
  await heat.getByRole("button").first().click();
  await expect(page).toHaveURL(/topic=\d+&territory=\d+|territory=\d+&topic=\d+/);
  await expect(heat.locator("tbody tr")).toHaveCount(1);
});

test("viewer sees topics read-only", async ({ page }) => {
  await login(page, "viewer");
  await page.goto("/topics");
  await expect(page.getByRole("button", { name: "Новая тема" })).toHaveCount(0);
  await page.getByTestId("topics").getByRole("button").first().click();
  await expect(page.getByRole("form", { name: "Тема мониторинга" }).getByRole("button", { name: "Сохранить" })).toHaveCount(0);
});

test("the dashboard opens with what needs attention now; a severity band opens the inbox filtered", async ({ page }) => {
  await login(page, "officer");
  const attention = page.getByTestId("attention");
  await expect(attention.getByRole("heading", { name: "Требует внимания сейчас" })).toBeVisible();
  const bands = ["critical", "high", "medium", "low"];
  const counts = await Promise.all(
    bands.map(async (band) => Number(await page.getByTestId(`band-${band}`).locator("strong").textContent())),
  );
  const band = bands[counts.findIndex((n) => n > 0)]!;
  const count = counts[bands.indexOf(band)]!;
  await page.getByTestId(`band-${band}`).click();
  await expect(page).toHaveURL(/\/incidents\?severity_/);
  await expect(page.getByTestId("incident-row")).toHaveCount(count);
  await expect(page.getByTestId("today")).toHaveCount(0);
});
