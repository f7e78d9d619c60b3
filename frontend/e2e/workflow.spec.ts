import { expect, login, test } from "./fixtures";

test("officer takes a new incident, sees its deadline, comments, and the history records it", async ({ page }) => {
  await login(page, "officer");
  await page.goto("/incidents?state=new");
  const row = page.getByTestId("incident-row").first();
  await expect(row).toBeVisible();
  await row.getByRole("link").click();
  const workflow = page.getByTestId("workflow");
  await expect(workflow.getByTestId("incident-state")).toHaveText("новый");
  await expect(workflow.getByTestId("first-response-deadline")).toContainText(/осталось|просрочено/);

  await workflow.getByRole("button", { name: "Взять в работу" }).click();
  await expect(workflow.getByTestId("incident-state")).toHaveText("в работе");
  // Taking a new incident nobody had assigns it to the one who took it.
  await expect(workflow.getByLabel("Ответственный")).toHaveValue(/\d+/);
  await expect(page.getByTestId("history")).toContainText("новый → в работе");

  await page.getByRole("textbox", { name: "Комментарий" }).fill("Позвонили в управляющую компанию");
  await page.getByRole("button", { name: "Добавить комментарий" }).click();
  await expect(page.getByTestId("comments")).toContainText("Позвонили в управляющую компанию");
});

test("officer assigns several incidents at once from the inbox", async ({ page }) => {
  await login(page, "officer");
  await page.goto("/incidents");
  const rows = page.getByTestId("incident-row");
  await expect(rows.nth(1)).toBeVisible();
  await rows.nth(0).getByRole("checkbox").check();
  await rows.nth(1).getByRole("checkbox").check();
  const bar = page.getByRole("group", { name: "Назначить выбранные" });
  await expect(bar).toContainText("Выбрано: 2");
  await bar.getByLabel("Ответственный").selectOption({ label: "E2E officer" });
  await bar.getByRole("button", { name: "Назначить" }).click();
  await expect(bar.getByRole("status")).toContainText(/Назначен/);
  await page.goto("/incidents?mine=1");
  await expect(page.getByLabel("Мои")).toBeChecked();
  await expect
    .poll(async () => {
      const texts = await rows.allTextContents();
      return texts.length >= 2 && texts.every((text) => text.includes("E2E officer"));
    })
    .toBe(true);
});
