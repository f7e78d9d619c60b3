import { test as base, expect, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), "../../var/screenshots");
const PASSWORD = process.env.E2E_PASSWORD ?? "";

export type Role = "admin" | "officer" | "analyst" | "viewer";

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Every test leaves a full-page screenshot of where it ended in var/screenshots/,
 * and every test runs under the server's Content-Security-Policy: the page's first
 * response must carry it, and any violation the browser reports fails the test. */
export const test = base.extend<{ screenshotAfter: void; cspClean: void }>({
  cspClean: [
    async ({ page }, use) => {
      const violations: string[] = [];
      const seen: { policy: string | null } = { policy: null };
      page.on("console", (message) => {
        if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
      });
      page.on("response", async (response) => {
        if (response.request().resourceType() === "document" && seen.policy === null) {
          seen.policy = (await response.allHeaders())["content-security-policy"] ?? "";
        }
      });
      await use();
      if (seen.policy !== null) {
        expect(seen.policy, "Content-Security-Policy header").toContain("script-src 'self'");
      }
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  screenshotAfter: [
    async ({ page }, use, testInfo) => {
      await use();
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({
        path: resolve(SCREENSHOTS, `${slug(testInfo.titlePath.slice(1).join(" "))}.png`),
        fullPage: true,
      });
    },
    { auto: true },
  ],
});

/** Log in through the login form as the e2e user of a role (created by scripts/e2e). */
export async function login(page: Page, role: Role): Promise<void> {
  if (!PASSWORD) throw new Error("E2E_PASSWORD is not set: run the browser tests via scripts/e2e");
  // A redirect may already have brought us to /login?next=…: keep its next.
  if (!new URL(page.url()).pathname.startsWith("/login")) await page.goto("/login");
  await page.getByLabel("Имя пользователя").fill(`e2e-${role}`);
  await page.getByLabel("Пароль").fill(PASSWORD);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByTestId("current-user")).toContainText(`E2E ${role}`);
}

/** Headers for an unsafe API request made with the page's session (the CSRF token, a same-origin Referer). */
export async function csrf(page: Page): Promise<Record<string, string>> {
  await page.request.get("/api/v1/auth/csrf/");
  const token = (await page.context().cookies()).find((c) => c.name === "csrftoken")?.value ?? "";
  return { "X-CSRFToken": token, Referer: page.url() };
}

export { expect };
