import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";

/**
 * List state (filters, search, sorting, page) kept in the URL, so a view can be
 * shared or reloaded and shows the same rows. Changing a filter goes back to page 1.
 */
export function useUrlState(keys: readonly string[]) {
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const value = params.get(key);
      if (value !== null && value !== "") out[key] = value;
    }
    return out;
  }, [params, keys]);

  const set = useCallback(
    (changes: Record<string, string | null | undefined>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === undefined || value === "") next.delete(key);
            else next.set(key, value);
          }
          if (!("page" in changes)) next.delete("page");
          return next;
        },
        { replace: false },
      );
    },
    [setParams],
  );
  return [values, set] as const;
}

/** Next ordering when a column header is clicked: field → -field → field. */
export function toggleOrdering(current: string | undefined, field: string, descFirst = false): string {
  if (current === field) return `-${field}`;
  if (current === `-${field}`) return field;
  return descFirst ? `-${field}` : field;
}
