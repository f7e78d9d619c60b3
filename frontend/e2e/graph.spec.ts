import { expect, login, test } from "./fixtures";

test("graph explorer renders the amplification graph with WebGL", async ({ page }) => {
  // The overview of 5,000 accounts is the heaviest answer of the API (tens of seconds on SQLite).
  test.setTimeout(180_000);
  await login(page, "analyst");
  await page.getByRole("link", { name: "Граф влияния" }).click();
  const canvas = page.getByTestId("graph-canvas");
  await expect(canvas).toBeVisible({ timeout: 120_000 });
  // Sigma drew its first frame and reports how many nodes it drew.
  await expect(canvas).toHaveAttribute("data-rendered-nodes", /^[1-9]\d*$/, { timeout: 30_000 });
  const nodes = Number(await canvas.getAttribute("data-nodes"));
  expect(nodes).toBeGreaterThan(100);
  await page.waitForTimeout(3500); // the layout settles (ForceAtlas2 runs for 3 s)

  // And the pixels are really there: count coloured (non-background) pixels of the canvas.
  const png = (await canvas.screenshot()).toString("base64");
  const coloured = await page.evaluate(async (data) => {
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
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) count += 1; // saturated: a community colour
    }
    return count;
  }, png);
  expect(coloured).toBeGreaterThan(500);
});
