import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ME, mockApi, renderRoutes } from "../../test/utils";
import { LoginPage } from "./LoginPage";
import { RequireAuth } from "./RequireAuth";

const routes = [
  { path: "/login", element: <LoginPage /> },
  {
    path: "/bloggers/:id",
    element: (
      <RequireAuth>
        <p>карточка блогера</p>
      </RequireAuth>
    ),
  },
];
const anonymous = { status: 401, body: { error: { code: "not_authenticated", message: "", fields: {} } } };

afterEach(() => vi.unstubAllGlobals());

describe("login", () => {
  it("sends an anonymous visitor of a deep link to the login page and back after login", async () => {
    let loggedIn = false;
    const calls = mockApi({
      "GET /api/v1/auth/me/": () => (loggedIn ? { body: ME.officer } : anonymous),
      "GET /api/v1/auth/csrf/": () => {
        document.cookie = "csrftoken=abc; path=/";
        return { body: { csrfToken: "abc" } };
      },
      "POST /api/v1/auth/login/": () => {
        loggedIn = true;
        return { body: { user: ME.officer } };
      },
    });
    const { router } = renderRoutes(routes, "/bloggers/12?tab=timeline");
    await screen.findByRole("button", { name: "Войти" });
    expect(router.state.location.pathname).toBe("/login");
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent("/bloggers/12?tab=timeline")}`);

    await userEvent.type(screen.getByLabelText("Имя пользователя"), "officer");
    await userEvent.type(screen.getByLabelText("Пароль"), "secret");
    await userEvent.click(screen.getByRole("button", { name: "Войти" }));

    await screen.findByText("карточка блогера");
    expect(router.state.location.pathname).toBe("/bloggers/12");
    const login = calls.find((c) => c.method === "POST");
    expect(login?.body).toEqual({ username: "officer", password: "secret" });
    expect(login?.headers.get("X-CSRFToken")).toBe("abc");
  });

  it("says in words when the password is wrong", async () => {
    document.cookie = "csrftoken=abc; path=/";
    mockApi({
      "GET /api/v1/auth/me/": anonymous,
      "POST /api/v1/auth/login/": {
        status: 400,
        body: { error: { code: "authentication_failed", message: "Неверное имя пользователя или пароль.", fields: {} } },
      },
    });
    renderRoutes(routes, "/login");
    await userEvent.type(await screen.findByLabelText("Имя пользователя"), "officer");
    await userEvent.type(screen.getByLabelText("Пароль"), "wrong");
    await userEvent.click(screen.getByRole("button", { name: "Войти" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Неверное имя пользователя или пароль.");
  });

  it("does not follow a next= pointing at another site", async () => {
    mockApi({ "GET /api/v1/auth/me/": { body: ME.viewer } });
    const { router } = renderRoutes(
      [...routes, { path: "/", element: <p>сводка</p> }],
      "/login?next=//evil.example/steal",
    );
    await screen.findByText("сводка");
    expect(router.state.location.pathname).toBe("/");
  });

  it("shows a server failure as an error with a retry, not a blank screen", async () => {
    mockApi({ "GET /api/v1/auth/me/": { status: 500, body: "boom" } });
    renderRoutes(routes, "/bloggers/1");
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("Ошибка на сервере"));
    expect(screen.getByRole("button", { name: "Повторить" })).toBeInTheDocument();
  });
});
