import { ESLint } from "eslint";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The project's own eslint.config.js, run on snippets placed at made-up paths under src/.
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return result!.messages.filter((m) => m.ruleId === "local/no-cross-feature-imports").map((m) => m.message);
}

describe("local/no-cross-feature-imports", () => {
  it("stops a feature importing another feature, statically, by re-export or by import()", async () => {
    expect(await boundaryErrors("src/features/graph/Probe.tsx", 'import { useBloggerList } from "../bloggers/api";\n')).toEqual([
      "src/features/graph may not import src/features/bloggers: move what both need to src/api, src/lib or src/components.",
    ]);
    expect(await boundaryErrors("src/features/blogger-card/components/Probe.ts", 'export * from "../../campaigns/api";\n')).toHaveLength(1);
    expect(await boundaryErrors("src/features/rankings/Probe.ts", 'void import("../../features/graph/GraphPage");\n')).toHaveLength(1);
  });

  it("stops a feature importing the app shell", async () => {
    expect(await boundaryErrors("src/features/auth/Probe.ts", 'import { App } from "../../app/App";\n')).toEqual([
      "src/features/auth may not import src/app: the app imports features, not the other way round.",
    ]);
  });

  it("lets a feature import itself and shared code, and the app import features", async () => {
    const shared = [
      'import { useBloggerList } from "./api";',
      'import { useCan } from "../../api/auth";',
      'import { TerritorySelect } from "../../components/ui/TerritorySelect";',
      'import { buildGraph } from "../../lib/graph";',
      'import { mockApi } from "../../test/utils";',
    ].join("\n");
    expect(await boundaryErrors("src/features/bloggers/Probe.ts", shared)).toEqual([]);
    expect(await boundaryErrors("src/features/blogger-card/components/Probe.ts", 'import { useBlogger } from "../api";\n')).toEqual([]);
    expect(await boundaryErrors("src/app/Probe.ts", 'import { LoginPage } from "../features/auth/LoginPage";\n')).toEqual([]);
  });
});
