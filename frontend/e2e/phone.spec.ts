import type { Page } from "@playwright/test";
import { expect, login, test } from "./fixtures";

// Every screen on a 390×844 phone: no sideways page scroll, the navigation behind
// the menu button, «Выйти» on screen.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true });

const SCREENS = [
  ["dashboard", "/"],
  ["incidents", "/incidents"],
  ["incident card", "/incidents/first"],
  ["feed", "/feed"],
  ["trends", "/trends"],
  ["topics", "/topics?edit=new"],
  ["bloggers", "/bloggers"],
  ["tasks", "/tasks?who=all"],
  ["blogger card", "/bloggers/first"],
  ["graph", "/graph"],
  ["rankings", "/rankings"],
  ["campaigns", "/campaigns"],
  ["alerts", "/alerts"],
  ["import", "/import"],
] as const;

/** The screen at `path` fits the phone's width and its navigation is reachable. */
async function fitsThePhone(page: Page, path: string) {
  const sigmaErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("Sigma")) sigmaErrors.push(message.text());
  });
  page.on("pageerror", (error) => {
    if (error.message.includes("Sigma")) sigmaErrors.push(error.message);
  });
  await login(page, "admin");
  if (path === "/incidents/first") {
    await page.goto("/incidents?closed=1&ordering=posts");
    await page.getByTestId("incident-row").first().getByRole("link").first().click();
    await expect(page.getByTestId("spread-origin")).toBeVisible();
    await expect(page.getByTestId("messengers").getByRole("heading")).toBeVisible();
  } else if (path === "/bloggers/first") {
    await page.goto("/bloggers");
    await page.getByRole("table", { name: "Блогеры" }).getByRole("link").first().click();
    await expect(page.getByTestId("blogger-name")).toBeVisible();
    await expect(page.getByTestId("score-explanation")).toBeVisible();
  } else {
    await page.goto(path);
  }
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  const drawsGraph = path === "/graph" || path === "/bloggers/first";
  if (drawsGraph || (path === "/incidents/first" && (await page.getByTestId("graph-canvas").count()) > 0)) {
    await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-rendered-nodes", /^[1-9]\d*$/, {
      timeout: 120_000,
    });
  }
  await page.waitForTimeout(500);

  const sizes = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(sizes.page).toBeLessThanOrEqual(sizes.viewport);
  expect(sizes.body).toBeLessThanOrEqual(sizes.viewport);

  await expect(page.getByRole("button", { name: "Выйти" })).toBeInViewport();
  const nav = page.getByRole("navigation", { name: "Разделы" });
  await expect(nav).toBeHidden();
  await page.getByRole("button", { name: "Меню" }).click();
  await expect(nav.getByRole("link", { name: "Рейтинги" })).toBeInViewport();
  expect(sigmaErrors).toEqual([]);
}

for (const [name, path] of SCREENS) {
  test(`phone: ${name} fits the screen and the navigation is reachable`, async ({ page }) => {
    test.setTimeout(150_000);
    await fitsThePhone(page, path);
  });
}

// The rapid-response screens on the narrowest common phone.
test.describe("360 px wide", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const [name, path] of [
    ["incidents", "/incidents"],
    ["incident card", "/incidents/first"],
  ] as const) {
    test(`phone 360: ${name} fits the screen`, async ({ page }) => {
      test.setTimeout(150_000);
      await fitsThePhone(page, path);
    });
  }
});
