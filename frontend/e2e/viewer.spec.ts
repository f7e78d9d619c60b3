import { expect, login, test } from "./fixtures";

test("viewer sees bloggers and a card without any edit control", async ({ page }) => {
  await login(page, "viewer");
  await expect(page.getByTestId("current-user")).toContainText("наблюдатель");
  await page.goto("/bloggers");
  const firstLink = page.getByRole("table", { name: "Блогеры" }).getByRole("link").first();
  await expect(firstLink).toBeVisible();
  await expect(page.getByRole("button", { name: "Добавить блогера" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Экспорт CSV" })).toHaveCount(0);

  await firstLink.click();
  await expect(page.getByTestId("blogger-name")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Взаимодействия" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Изменить/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Записать" })).toHaveCount(0);
  await expect(page.getByLabel("Ссылка на аккаунт")).toHaveCount(0);
  // No personal data either (the API leaves those fields out for viewers): no field
  // labels (interaction texts may well say «телефон»).
  const personal = (name: string) => page.getByRole("term").filter({ hasText: new RegExp(`^${name}$`) });
  for (const name of ["ФИО", "Телефон", "E-mail"]) await expect(personal(name)).toHaveCount(0);

  // The control: an officer sees those fields on the same card.
  const card = page.url();
  await page.context().clearCookies();
  await page.goto("/login");
  await login(page, "officer");
  await page.goto(card);
  await expect(page.getByTestId("blogger-name")).toBeVisible();
  for (const name of ["ФИО", "Телефон", "E-mail"]) await expect(personal(name)).toHaveCount(1);
});
