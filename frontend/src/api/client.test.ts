import { afterEach, describe, expect, it, vi } from "vitest";
import { mockApi } from "../test/utils";
import { api } from "./client";
import { ApiError, unwrap } from "./errors";

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = "csrftoken=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/";
});

describe("API client", () => {
  it("sends Django's CSRF token on unsafe requests only", async () => {
    document.cookie = "csrftoken=tok123; path=/";
    const calls = mockApi({
      "GET /api/v1/auth/me/": { body: { id: 1 } },
      "POST /api/v1/auth/logout/": { status: 204 },
    });
    await api.GET("/api/v1/auth/me/");
    await api.POST("/api/v1/auth/logout/");
    expect(calls[0]!.headers.get("X-CSRFToken")).toBeNull();
    expect(calls[1]!.headers.get("X-CSRFToken")).toBe("tok123");
  });

  it("fetches the CSRF cookie first when it is missing", async () => {
    const calls = mockApi({
      "GET /api/v1/auth/csrf/": () => {
        document.cookie = "csrftoken=fresh456; path=/";
        return { body: { csrfToken: "fresh456" } };
      },
      "POST /api/v1/auth/login/": { status: 400, body: { error: { code: "invalid", message: "x", fields: {} } } },
    });
    await api.POST("/api/v1/auth/login/", { body: { username: "a", password: "b" } });
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      "GET /api/v1/auth/csrf/",
      "POST /api/v1/auth/login/",
    ]);
    expect(calls[1]!.headers.get("X-CSRFToken")).toBe("fresh456");
  });

  it("turns the error shape into an ApiError with the server's words and fields", async () => {
    mockApi({
      "POST /api/v1/auth/login/": {
        status: 400,
        body: {
          error: {
            code: "validation_failed",
            message: "Проверьте поля формы.",
            fields: { username: ["Обязательное поле."] },
          },
        },
      },
    });
    document.cookie = "csrftoken=t; path=/";
    const result = await api.POST("/api/v1/auth/login/", { body: { username: "", password: "" } });
    let caught: unknown;
    try {
      unwrap(result);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    const error = caught as ApiError;
    expect(error.status).toBe(400);
    expect(error.code).toBe("validation_failed");
    expect(error.message).toBe("Проверьте поля формы.");
    expect(error.field("username")).toBe("Обязательное поле.");
  });

  it("reports a dead server as a network error, not a crash", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    await expect(api.GET("/api/v1/auth/me/")).rejects.toMatchObject({ code: "network_error", status: 0 });
  });
});
