import { useTranslation } from "react-i18next";
import { ApiError, NETWORK_ERROR } from "../../api/errors";

/** Words for an API error: the server's message, else one for its status. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error: unknown) => {
    if (error instanceof ApiError) {
      if (error.code === NETWORK_ERROR) return t("errors.network");
      if (error.code === "graph_unavailable") return t("errors.graph_unavailable");
      if (error.message) return error.message;
      if (error.status === 401) return t("errors.401");
      if (error.status === 403) return t("errors.403");
      if (error.status === 404) return t("errors.404");
      if (error.status >= 500) return t("errors.5xx");
      return t("errors.generic", { status: error.status });
    }
    return t("errors.unexpected");
  };
}
