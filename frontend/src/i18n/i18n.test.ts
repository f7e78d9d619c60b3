import { describe, expect, it } from "vitest";
import en from "./en.json";
import ru from "./ru.json";

function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe("translations", () => {
  it("Russian and English have exactly the same keys", () => {
    expect(keys(en).sort()).toEqual(keys(ru).sort());
  });

  it("no string is left empty", () => {
    const empty = (tree: object) =>
      keys(tree).filter((k) => {
        const value = k.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
        return typeof value !== "string" || value.trim() === "";
      });
    expect(empty(ru)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});
