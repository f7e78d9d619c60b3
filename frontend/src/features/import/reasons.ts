import { useTranslation } from "react-i18next";

/** Why a row (or a whole import) was refused: a code with parameters from the server. */
export interface Reason {
  code: string;
  params: Record<string, unknown>;
  /** The server's English sentence: shown only for a code this interface does not know. */
  reason: string;
}

/**
 * Words for a rejection in the interface's language (`import.reasons.<code>`); a
 * failure of the whole file names its line (`params.line`).
 */
export function useReasonText(): (reason: Reason) => string {
  const { t, i18n } = useTranslation();
  return ({ code, params, reason }) => {
    const key = `import.reasons.${code}`;
    if (!code || !i18n.exists(key)) return reason;
    const text = t(key, params);
    return typeof params.line === "number" ? t("import.at_line", { line: params.line, reason: text }) : text;
  };
}
