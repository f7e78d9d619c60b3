import createClient, { type Middleware } from "openapi-fetch";
import i18n from "../i18n";
import { getCookie } from "../lib/cookies";
import { ApiError, NETWORK_ERROR } from "./errors";
import type { paths } from "./schema";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS", "TRACE"]);

/** Make sure the csrftoken cookie exists (Django sets it on GET /api/v1/auth/csrf/). */
async function csrfToken(): Promise<string | null> {
  let token = getCookie("csrftoken");
  if (!token) {
    await fetch("/api/v1/auth/csrf/", { credentials: "same-origin" });
    token = getCookie("csrftoken");
  }
  return token;
}

/** Session auth: unsafe requests carry Django's CSRF token in X-CSRFToken. */
const csrfMiddleware: Middleware = {
  async onRequest({ request }) {
    // Server messages (validation, errors) in the interface's language.
    request.headers.set("Accept-Language", i18n.language);
    if (!SAFE_METHODS.has(request.method)) {
      const token = await csrfToken();
      if (token) request.headers.set("X-CSRFToken", token);
    }
    return request;
  },
};

/** Wrap network failures so the UI can say "no connection" instead of a stack trace. */
const fetchWithNetworkError: typeof fetch = async (input, init) => {
  try {
    return await fetch(input, init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, NETWORK_ERROR, "");
  }
};

/** The one API client of the app: typed from api/openapi.json. */
export const api = createClient<paths>({
  // Absolute, so Request objects also build in tests (jsdom) — same origin in the browser.
  baseUrl: window.location.origin,
  credentials: "same-origin",
  fetch: fetchWithNetworkError,
});
api.use(csrfMiddleware);

export type { paths };
