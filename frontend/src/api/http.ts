import i18n from "../i18n";
import { csrfToken } from "./client";
import { ApiError, NETWORK_ERROR, toApiError } from "./errors";

export type Query = Record<string, string | number | boolean | string[] | null | undefined>;

/** Query string from a plain object: arrays repeat the key, empty values are left out. */
export function toSearch(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === "") continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, v));
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * JSON request for endpoints that are not in api/openapi.json yet (the agreed
 * contract is followed; each caller moves to the typed `api` client when its path
 * lands in the schema). Same session, CSRF and error handling as `api`.
 */
export async function http<T>(
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
  path: string,
  options: { query?: Query; body?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Accept-Language": i18n.language,
  };
  if (method !== "GET") {
    const token = await csrfToken();
    if (token) headers["X-CSRFToken"] = token;
  }
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(`${window.location.origin}${path}${toSearch(options.query)}`, {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, "");
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = text;
  }
  if (!response.ok) throw toApiError(response.status, data);
  return data as T;
}

/** The paginated list shape of every /api/v1/ list. */
export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}
