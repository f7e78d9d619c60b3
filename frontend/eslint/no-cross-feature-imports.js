import { dirname, resolve, sep } from "node:path";

/**
 * Features don't import each other (bulletproof-react): a file under src/features/<a>/
 * imports its own feature and shared code (src/api, src/components, src/lib, src/i18n,
 * src/test), never src/features/<b>/ nor the app shell (src/app), which is the one place
 * that puts features together. Checks static imports, re-exports and import(); the app
 * has no path aliases, so every import of our own code is relative.
 */
export default {
  meta: {
    type: "problem",
    docs: { description: "Forbid a feature importing another feature or the app shell." },
    schema: [],
    messages: {
      otherFeature:
        "src/features/{{from}} may not import src/features/{{to}}: move what both need to src/api, src/lib or src/components.",
      appShell: "src/features/{{from}} may not import src/app: the app imports features, not the other way round.",
    },
  },
  create(context) {
    const file = context.filename.split(sep).join("/");
    const at = file.lastIndexOf("/src/features/");
    if (at < 0) return {};
    const srcDir = file.slice(0, at + "/src".length);
    // ["features", "graph", …] for a path under src/, [] for one outside it.
    const place = (path) => (path.startsWith(`${srcDir}/`) ? path.slice(srcDir.length + 1).split("/") : []);
    const from = place(file)[1];

    function check(source) {
      if (source?.type !== "Literal" || typeof source.value !== "string" || !source.value.startsWith(".")) return;
      const [top, to] = place(resolve(dirname(context.filename), source.value).split(sep).join("/"));
      if (top === "features" && to && to !== from) {
        context.report({ node: source, messageId: "otherFeature", data: { from, to } });
      } else if (top === "app") {
        context.report({ node: source, messageId: "appShell", data: { from } });
      }
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
