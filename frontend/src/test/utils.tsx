import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { createMemoryRouter, RouterProvider, type RouteObject } from "react-router";
import { vi } from "vitest";
import { createQueryClient } from "../app/queryClient";

export interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

type Handler = (req: Recorded) => { status?: number; body?: unknown } | undefined;

/**
 * Replace fetch with a tiny HTTP fake: handlers keyed "METHOD /path/" answer JSON;
 * anything unhandled is a 404 in the API's error shape. Returns the recorded requests.
 */
export function mockApi(handlers: Record<string, Handler | { status?: number; body?: unknown }>) {
  const calls: Recorded[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request =
      input instanceof Request
        ? input
        : new Request(new URL(String(input), window.location.origin), init);
    const url = new URL(request.url);
    const text = request.method === "GET" || request.method === "HEAD" ? "" : await request.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    const recorded = { method: request.method, url, headers: request.headers, body };
    calls.push(recorded);
    const handler = handlers[`${request.method} ${url.pathname}`];
    const answer =
      typeof handler === "function" ? handler(recorded) : handler;
    const status = answer?.status ?? (answer ? 200 : 404);
    const payload =
      answer?.body ??
      (answer ? {} : { error: { code: "not_found", message: "Не найдено.", fields: {} } });
    return new Response(status === 204 ? null : JSON.stringify(payload), {
      status,
      headers: { "Content-Type": "application/json" },
    });
  });
  vi.stubGlobal("fetch", fetchMock);
  return calls;
}

/** Render routes at a URL with a fresh QueryClient, as the app does. */
export function renderRoutes(routes: RouteObject[], url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  const view = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, client };
}

export function renderWithClient(ui: ReactElement, url = "/") {
  return renderRoutes([{ path: "*", element: ui }], url);
}

export const ME = {
  officer: {
    id: 2,
    username: "officer",
    full_name: "Ольга Специалист",
    role: "officer",
    permissions: {
      edit_crm: true,
      run_rerank: false,
      import_edges: false,
      export: true,
      view_personal_data: true,
      manage_tokens: false,
      work_incidents: true,
    },
  },
  viewer: {
    id: 3,
    username: "viewer",
    full_name: "Виктор Наблюдатель",
    role: "viewer",
    permissions: {
      edit_crm: false,
      run_rerank: false,
      import_edges: false,
      export: false,
      view_personal_data: false,
      manage_tokens: false,
      work_incidents: false,
    },
  },
} as const;
