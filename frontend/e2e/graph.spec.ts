import type { Locator, Page } from "@playwright/test";
import { expect, login, test } from "./fixtures";

/** Saturated (community-coloured) pixels of the canvas: the drawing is really there. */
async function colouredPixels(page: Page, canvas: Locator): Promise<number> {
  const png = (await canvas.screenshot()).toString("base64");
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const c = document.createElement("canvas");
    c.width = image.width;
    c.height = image.height;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(image, 0, 0);
    const pixels = ctx.getImageData(0, 0, c.width, c.height).data;
    let count = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) count += 1;
    }
    return count;
  }, png);
}

test("graph explorer opens on the communities and expands one into its accounts", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "analyst");
  const overview = page.waitForResponse((r) => r.url().includes("/api/v1/graph/clusters/"));
  await page.getByRole("link", { name: "Граф влияния" }).click();
  // The overview is light: communities and the edges between them, not every account.
  const body = await (await overview).body();
  expect(body.length).toBeLessThan(200_000);

  const canvas = page.getByTestId("graph-canvas");
  await expect(canvas).toBeVisible({ timeout: 60_000 });
  await expect(canvas).toHaveAttribute("data-rendered-nodes", /^[1-9]\d*$/, { timeout: 30_000 });
  const communities = Number(await canvas.getAttribute("data-nodes"));
  expect(communities).toBeGreaterThan(3);
  await page.waitForTimeout(1500); // the layout settles
  expect(await colouredPixels(page, canvas)).toBeGreaterThan(500);

  // The legend sits beside the canvas, never over it.
  const legend = page.getByRole("complementary", { name: "Сообщества" });
  const [a, b] = [await canvas.boundingBox(), await legend.boundingBox()];
  expect(a && b).toBeTruthy();
  const overlap = a!.x < b!.x + b!.width && b!.x < a!.x + a!.width && a!.y < b!.y + b!.height && b!.y < a!.y + a!.height;
  expect(overlap).toBe(false);

  // Open the largest community from the legend: its accounts are drawn.
  await legend.getByRole("listitem").first().getByRole("button").click();
  await expect(page).toHaveURL(/community=\d+/);
  await expect(page.getByTestId("community-summary")).toBeVisible({ timeout: 60_000 });
  await expect(canvas).toHaveAttribute("data-rendered-nodes", /^[1-9]\d*$/, { timeout: 30_000 });
  expect(Number(await canvas.getAttribute("data-nodes"))).toBeGreaterThan(10);
  await page.getByRole("button", { name: /Все сообщества/ }).click();
  await expect(page).not.toHaveURL(/community=/);
});
