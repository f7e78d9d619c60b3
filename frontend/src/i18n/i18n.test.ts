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

describe("every literal key used in the code", () => {
  const sources = import.meta.glob(["../**/*.{ts,tsx}", "!../**/*.test.{ts,tsx}", "!../api/schema.d.ts"], {
    query: "?raw",
    import: "default",
    eager: true,
  }) as Record<string, string>;

  function lookup(tree: object, key: string): unknown {
    let node: unknown = tree;
    for (const part of key.split(".")) {
      if (typeof node !== "object" || node === null) return undefined;
      const record = node as Record<string, unknown>;
      node = part in record ? record[part] : record[`${part}_one`];
    }
    return node;
  }

  it("exists in Russian and English", () => {
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(/\bt\(\s*"([a-z_0-9]+\.[a-z_0-9.]+)"/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => typeof lookup(ru, key) !== "string" || typeof lookup(en, key) !== "string");
    expect(missing).toEqual([]);
  });
});
