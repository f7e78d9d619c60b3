import type { Page } from "@playwright/test";
import { csrf, expect, login, test } from "./fixtures";

type Publication = { url: string; post: number | null; reposts: number; blogger: { id: number; display_name: string } };

/** A demo publication the ledger knows and that was reposted: its link and its author. */
async function repostedPublication(page: Page): Promise<Publication> {
  const campaigns = await (await page.request.get("/api/v1/campaigns/?page_size=100")).json();
  for (const campaign of campaigns.results as { id: number }[]) {
    const results = await (await page.request.get(`/api/v1/campaigns/${campaign.id}/results/`)).json();
    const found = (results.publications as Publication[]).find((p) => p.post !== null && p.reposts > 0);
    if (found) return found;
  }
  throw new Error("the demo has no reposted campaign publication");
}

test("officer creates a campaign, adds a participant, records a publication and sees the measured result", async ({
  page,
}) => {
  const title = `Кампания e2e ${Date.now()}`;
  await login(page, "officer");
  const publication = await repostedPublication(page);
  const name = publication.blogger.display_name;

  await page.getByRole("link", { name: "Кампании" }).click();
  await page.getByRole("button", { name: "Новая кампания" }).click();
  const form = page.getByRole("form", { name: "Новая кампания" });
  await form.getByLabel("Название").fill(title);
  await form.getByLabel("Начало").fill("2026-01-01");
  await form.getByLabel("Окончание").fill("2026-12-31");
  await form.getByLabel("Цель: репостов").fill("1000");
  await form.getByLabel("Цель: публикаций").fill("2");
  await form.getByRole("button", { name: "Создать" }).click();
  await expect(page).toHaveURL(/\/campaigns\/\d+$/);
  await expect(page.getByTestId("campaign-title")).toHaveText(title);
  await expect(page.getByTestId("goal-reposts")).toContainText("0");

  // Edit: the goal in words.
  await page.getByRole("button", { name: "Изменить" }).click();
  await page.getByRole("form", { name: "Изменить" }).getByLabel("Цель", { exact: true }).fill("Рассказать о новом парке");
  await page.getByRole("form", { name: "Изменить" }).getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByText("Рассказать о новом парке")).toBeVisible();

  // A participant, found by name, enters the pipeline as invited.
  await page.getByRole("button", { name: "Добавить участника" }).click();
  await page.getByLabel("Имя блогера").fill(name);
  await page.getByRole("button", { name: `Добавить ${name}` }).first().click();
  const invited = page.getByLabel("приглашён", { exact: true });
  await expect(invited).toContainText(name);

  // Moved along the pipeline, then the publication is recorded by its link.
  await page.getByLabel(`Этап для ${name}`).selectOption("agreed");
  await expect(page.getByLabel("согласился", { exact: true })).toContainText(name);
  await page.getByRole("button", { name: `Записать публикацию ${name}` }).click();
  const record = page.getByRole("form", { name: `Записать публикацию ${name}` });
  await record.getByLabel("Ссылка на публикацию").fill(publication.url);
  await record.getByRole("button", { name: "Сохранить" }).click();

  // Recording it moves the participant to "published"; the result comes from the ledger.
  await expect(page.getByLabel("опубликовал", { exact: true })).toContainText(name);
  const results = page.getByTestId("campaign-results");
  await expect(results).toContainText(publication.url.replace(/^https?:\/\//, ""));
  await expect(page.getByTestId("goal-publications")).toContainText("1 / 2 (50%)");
  await expect(page.getByTestId("goal-reposts")).toContainText(`${publication.reposts} / 1`);
  await expect(results.getByRole("progressbar", { name: "Репосты" })).toBeVisible();

  // Stored: a reload shows the same result.
  await page.reload();
  await expect(page.getByTestId("goal-publications")).toContainText("1 / 2 (50%)");
});

test("viewer sees a campaign's result but no editing controls", async ({ page }) => {
  await login(page, "viewer");
  await page.goto("/campaigns");
  await page.getByRole("listitem").getByRole("link").first().click();
  await expect(page.getByTestId("campaign-results")).toBeVisible();
  await expect(page.getByRole("button", { name: "Новая кампания" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Изменить" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Добавить участника" })).toHaveCount(0);
});

test("officer merges a duplicate blogger from the card after a preview of what moves", async ({ page }) => {
  const stamp = Date.now();
  await login(page, "officer");
  const headers = await csrf(page);
  const create = async (display_name: string, url: string) =>
    (await (await page.request.post("/api/v1/bloggers/", { headers, data: { display_name, account_urls: [url] } })).json()) as {
      id: number;
    };
  const kept = await create(`Марина e2e ${stamp}`, `https://vk.com/marina_${stamp}`);
  const duplicate = await create(`Канал Марины e2e ${stamp}`, `https://t.me/marina_ch_${stamp}`);
  const interaction = await page.request.post("/api/v1/interactions/", {
    headers,
    data: { blogger: duplicate.id, type: "call", direction: "out", summary: "Договорились о посте" },
  });
  expect(interaction.status()).toBe(201);

  await page.goto(`/bloggers/${kept.id}`);
  await page.getByRole("button", { name: "Объединить с дубликатом" }).click();
  await page.getByLabel("Найдите другую запись этого человека").fill(`Канал Марины e2e ${stamp}`);
  await page.getByRole("button", { name: "Выбрать" }).click();
  const preview = page.getByTestId("merge-preview");
  await expect(preview).toContainText(`marina_ch_${stamp}`);
  await expect(preview).toContainText("Взаимодействия1");
  await expect(page.getByRole("radio", { name: /эта карточка/ })).toBeChecked();
  await page.getByRole("button", { name: "Объединить", exact: true }).click();

  // The kept card now holds both accounts and the interaction.
  await expect(page.getByRole("button", { name: "Объединить", exact: true })).toHaveCount(0);
  await expect(page.getByTestId("accounts")).toContainText(`marina_ch_${stamp}`);
  await expect(page.getByTestId("accounts")).toContainText(`marina_${stamp}`);
  await expect(page.getByTestId("timeline")).toContainText("Договорились о посте");
  // The duplicate is archived and points at the kept record.
  await page.goto(`/bloggers/${duplicate.id}`);
  await expect(page.getByTestId("merged-into")).toContainText(`id ${kept.id}`);
  await expect(page.getByRole("button", { name: "Объединить с дубликатом" })).toHaveCount(0);
});
