import type { Page } from "@playwright/test";
import { expect, login, test } from "./fixtures";

/** Nothing is wider than the screen: neither the page nor the screen's column scrolls sideways. */
async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.locator("main").evaluate((main) => main.scrollWidth - main.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(pageOverflow).toBeLessThanOrEqual(0);
}

test("officer sees the incident inbox, most severe first, and opens an incident with its posts highlighted", async ({
  page,
}) => {
  await login(page, "officer");
  await page.getByRole("link", { name: "Инциденты", exact: true }).click();
  const rows = page.getByTestId("incident-row");
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(1);
  // Sorted by severity, biggest first.
  const severities = (await rows.locator(".sev").allTextContents()).map((v) => Number(v.replace(/\D+.*$/, "")));
  expect(severities).toEqual([...severities].sort((a, b) => b - a));
  // Each row says when it started and when it was detected.
  await expect(rows.first()).toContainText("Первая запись");
  await expect(rows.first()).toContainText("Обнаружен");

  // A territory filter narrows the list and lives in the URL.
  const territory = (await rows.first().locator(".pill").nth(1).textContent()) ?? "";
  await page.getByLabel("Территория").selectOption({ label: territory });
  await expect(page).toHaveURL(/territory=\d+/);
  await expect
    .poll(async () => (await rows.allTextContents()).every((text) => text.includes(territory)))
    .toBe(true);

  const title = (await rows.first().getByRole("link").textContent()) ?? "";
  await rows.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/incidents\/\d+$/);
  await expect(page.getByTestId("incident-title")).toHaveText(title);
  await expect(page.getByRole("img", { name: "Записей в час" })).toBeVisible();
  const posts = page.getByTestId("incident-posts").getByTestId("post");
  await expect(posts.first()).toBeVisible();
  // The words the topic matched are marked in the texts.
  await expect(page.getByTestId("incident-posts").locator("mark").first()).toBeVisible();
  await expect(posts.first().getByRole("button", { name: "нужен ответ" })).toBeVisible();
});

test("an empty inbox says so", async ({ page }) => {
  await login(page, "officer");
  await page.goto("/incidents?state=closed");
  await expect(page.getByTestId("incidents-empty")).toBeVisible();
});

test("viewer reads incidents without labelling buttons", async ({ page }) => {
  await login(page, "viewer");
  await page.getByRole("link", { name: "Инциденты", exact: true }).click();
  await page.getByTestId("incident-row").first().getByRole("link").click();
  await expect(page.getByTestId("incident-posts").getByTestId("post").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "нужен ответ" })).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("inbox and incident card fit the screen", async ({ page }) => {
    await login(page, "officer");
    await page.goto("/incidents");
    await expect(page.getByTestId("incident-row").first()).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await page.getByTestId("incident-row").first().getByRole("link").click();
    await expect(page.getByTestId("incident-posts").getByTestId("post").first()).toBeVisible();
    await expectNoHorizontalOverflow(page);
  });
});
