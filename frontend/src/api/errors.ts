/** The API's one error shape: {"error": {"code", "message", "fields"}}. */
interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string[]> };
}

/** An API call that failed: HTTP status plus the server's words (already in Russian). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string[]>;

  constructor(status: number, code: string, message: string, fields: Record<string, string[]> = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  /** Field messages joined for a form field, or undefined. */
  field(name: string): string | undefined {
    const messages = this.fields[name];
    return messages && messages.length ? messages.join(" ") : undefined;
  }
}

/** Status 0: the request never got an answer (server down, network gone). */
export const NETWORK_ERROR = "network_error";

function isErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === "object" && error !== null && "code" in error;
}

/** Build an ApiError from a failed response and its parsed body (any shape). */
function toApiError(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) {
    const { code, message, fields } = body.error;
    return new ApiError(status, code, message || "", fields ?? {});
  }
  return new ApiError(status, `http_${status}`, "");
}

/**
 * Unwrap an openapi-fetch result: the data, or throw an ApiError. Keeps components free
 * of response handling; TanStack Query catches the error and the UI shows it in words.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    throw toApiError(result.response.status, result.error);
  }
  return result.data as T;
}
