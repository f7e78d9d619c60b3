import { expect, login, test } from "./fixtures";

test("officer logs in, sees the role and logs out", async ({ page }) => {
  await page.goto("/bloggers");
  // Anonymous: the deep link leads to the login form and back after login.
  await expect(page).toHaveURL(/\/login\?next=%2Fbloggers/);
  await login(page, "officer");
  await expect(page).toHaveURL(/\/bloggers$/);
  await expect(page.getByTestId("current-user")).toContainText("специалист");
  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page.getByRole("button", { name: "Войти" })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("wrong password is refused in words", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Имя пользователя").fill("e2e-officer");
  await page.getByLabel("Пароль").fill("definitely-not-the-password");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByRole("alert")).toContainText(/невер/i);
});
