import { expect, login, test } from "./fixtures";

test("an edge import shows its one bad row among many good ones without a reload", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "analyst");
  await page.getByRole("link", { name: "Импорт" }).click();
  const stamp = Date.now();
  const lines = ["kind,source,target,occurred_at"];
  for (let i = 0; i < 400; i += 1) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    lines.push(`repost,e2e-${stamp}-${i},e2e-${stamp}-hub${i % 9},2026-11-${day}T10:00:00+03:00`);
  }
  // Line 203 of the file (the header is line 1): a date the importer cannot read.
  lines.splice(202, 0, `mention,e2e-${stamp}-bad,e2e-${stamp}-hub1,вчера вечером`);
  await page.getByLabel("Файл связей: CSV, JSON lines или список рёбер").setInputFiles({
    name: `edges-${stamp}.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from(lines.join("\n"), "utf-8"),
  });
  await page.getByRole("button", { name: "Загрузить" }).click();

  // The worker imports the file; the job and its rejected rows follow without a reload.
  const job = page.getByTestId("import-job");
  await expect(job).toContainText("Прочитано 401, новых 400", { timeout: 90_000 });
  await expect(job).toContainText("отклонено 1");
  const rejected = job.getByRole("row").filter({ hasText: "вчера вечером" });
  await expect(rejected).toHaveCount(1);
  await expect(rejected.getByRole("cell").first()).toHaveText("203");
  // In the interface's words, not the importer's English.
  await expect(rejected).toContainText("occurred_at: «вчера вечером» — не дата и время в формате ISO 8601");
  await expect(job).not.toContainText("is not an ISO 8601 timestamp");
});
