import type { Page } from "@playwright/test";
import { csrf, expect, login, test } from "./fixtures";

const STREETS = ["Садовой", "Лесной", "Школьной", "Победы", "Полевой", "Заводской"];

/**
 * A new heating incident in Ключевск, spread by the demo's most influential accounts:
 * an admin imports 30 residents' complaints of the last hour and the reposts of them;
 * the worker analyses the posts and the scan opens the incident. Returns its id.
 */
async function seedIncident(page: Page, stamp: number): Promise<number> {
  const headers = await csrf(page);
  const upload = async (kind: "posts" | "edges", name: string, body: string) => {
    const response = await page.request.post(`/api/v1/imports/${kind}/`, {
      headers,
      multipart: { platform: "vk", file: { name, mimeType: "text/plain", buffer: Buffer.from(body, "utf-8") } },
    });
    expect(response.status()).toBe(202);
    const { id } = (await response.json()) as { id: number };
    await expect
      .poll(async () => ((await (await page.request.get(`/api/v1/imports/${kind}/${id}/`)).json()) as { status: string }).status, {
        timeout: 90_000,
      })
      .toBe("succeeded");
  };
  const now = Date.now();
  const posts = STREETS.flatMap((street, s) =>
    [0, 1, 2, 3, 4].map((n) => {
      const i = s * 5 + n;
      return {
        author: String(990_000_000 + (stamp % 100_000) * 100 + i),
        external_id: `${stamp}${i}`,
        published_at: new Date(now - (50 - i) * 60_000).toISOString(),
        text: `Ключевск: нет отопления на ул. ${street}, батареи холодные, дети мёрзнут, сколько можно терпеть! (${i})`,
      };
    }),
  );
  await upload("posts", `posts-${stamp}.jsonl`, posts.map((p) => JSON.stringify(p)).join("\n"));
  const accounts = (await (
    await page.request.get("/api/v1/accounts/?platform=vk&ordering=-influence_score&page_size=6")
  ).json()) as { results: { external_id: string }[] };
  const edges = ["kind,source,target,occurred_at,post_id"];
  accounts.results.forEach((account, a) => {
    for (const post of posts.slice(a * 3, a * 3 + 3))
      edges.push(`repost,${account.external_id},${post.author},${new Date(now).toISOString()},${post.external_id}`);
  });
  await upload("edges", `reposts-${stamp}.csv`, edges.join("\n"));
  let id = 0;
  await expect
    .poll(
      async () => {
        const page1 = (await (
          await page.request.get("/api/v1/incidents/?state=new&ordering=-detected_at&page_size=20")
        ).json()) as { results: { id: number; title: string }[] };
        id = page1.results.find((incident) => incident.title.includes("Ключевск"))?.id ?? 0;
        return id;
      },
      { timeout: 90_000, message: "the scan opens an incident of the imported burst" },
    )
    .toBeGreaterThan(0);
  return id;
}

async function newCount(page: Page): Promise<number> {
  await page.goto("/");
  const cell = page.getByTestId("attention-new").locator("strong");
  await expect(cell).toHaveText(/^\d+$/);
  return Number(await cell.textContent());
}

test("officer answers a new incident: spread, a messenger reminded, the answer recorded, the timer stopped, the dashboard updated", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  await login(page, "admin");
  const id = await seedIncident(page, stamp);
  await page.getByRole("button", { name: "Выйти" }).click();
  await login(page, "officer");
  const before = await newCount(page);
  expect(before).toBeGreaterThan(0);

  await page.goto("/incidents");
  const row = page.getByTestId("incident-row").filter({ has: page.locator(`a[href="/incidents/${id}"]`) });
  await expect(row).toContainText("новый");
  await row.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${id}$`));
  const workflow = page.getByTestId("workflow");
  await workflow.getByRole("button", { name: "Взять в работу" }).click();
  await expect(workflow.getByTestId("incident-state")).toHaveText("в работе");

  // The spread: who started it, the amplifiers (the accounts that reposted), the graph.
  const spread = page.getByTestId("spread");
  await expect(spread.getByTestId("spread-origin")).toBeVisible();
  await expect(spread.getByTestId("spread-amplifiers").getByRole("listitem")).toHaveCount(5);
  await expect(spread.getByTestId("graph-canvas")).toHaveAttribute("data-edges", /^[1-9]\d*$/);

  // A suggested messenger, reminded in one click.
  const messenger = page.getByTestId("messenger").first();
  await expect(messenger).toBeVisible();
  await messenger.getByRole("button", { name: /Напомнить/ }).click();
  await expect(messenger.getByRole("status")).toContainText("Задача поставлена на");
  await messenger.getByRole("button", { name: "Записать контакт" }).click();
  await expect(messenger.getByRole("status").filter({ hasText: "Контакт записан" })).toBeVisible();

  // The answer: link and text; the first-response timer stops.
  await workflow.getByRole("button", { name: "Ответ дан" }).click();
  await page.getByLabel("Ссылка на ответ").fill(`https://vk.com/wall-1_${stamp}`);
  await page.getByLabel("Текст ответа").fill("Подача тепла восстановлена в 18:00, проверяем все дома.");
  await page.getByRole("button", { name: "Записать ответ" }).click();
  await expect(workflow.getByTestId("incident-state")).toHaveText("ответ дан");
  await expect(workflow.getByTestId("first-response-deadline")).toContainText("дан ");
  await expect(workflow.getByTestId("first-response-deadline")).not.toContainText(/осталось|просрочено/);

  // The dashboard counts one new incident fewer; the reminder is among the officer's tasks.
  expect(await newCount(page)).toBe(before - 1);
  await expect(page.getByTestId("attention-my-tasks")).toBeVisible();
  await expect(page.getByTestId("attention-due-today").locator("strong")).toHaveText(/^\d+$/);
});

test("the inbox links the weekly report as DOCX and PDF", async ({ page }) => {
  await login(page, "viewer");
  await page.goto("/incidents");
  const report = page.getByRole("group", { name: "Отчёт за неделю" });
  const docx = await page.request.get((await report.getByRole("link", { name: "DOCX" }).getAttribute("href"))!);
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-disposition"]).toMatch(/rezonans-weekly-.*\.docx/);
  await expect(report.getByRole("link", { name: "PDF" })).toHaveAttribute("href", /format=pdf/);
});

test("a viewer sees the spread and the messengers but no one-click actions", async ({ page }) => {
  await login(page, "viewer");
  await page.goto("/incidents?closed=1&ordering=posts");
  await page.getByTestId("incident-row").first().getByRole("link").first().click();
  await expect(page.getByTestId("spread").getByTestId("spread-origin")).toBeVisible();
  await expect(page.getByTestId("messenger").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Записать контакт" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Напомнить/ })).toHaveCount(0);
});
