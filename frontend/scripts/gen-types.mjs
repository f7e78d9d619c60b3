// Generates src/api/schema.d.ts from the committed OpenAPI schema (../api/openapi.json).
// `--check` regenerates in memory and fails when the committed file differs (stale types).
import { readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const schemaPath = resolve(here, "../../api/openapi.json");
const outPath = resolve(here, "../src/api/schema.d.ts");
const check = process.argv.includes("--check");

const HEADER =
  "// Generated from api/openapi.json by `npm run gen:types`. Do not edit by hand.\n" +
  "/* eslint-disable */\n";

let schema;
try {
  schema = JSON.parse(await readFile(schemaPath, "utf8"));
} catch (error) {
  console.error(`cannot read the OpenAPI schema at ${schemaPath}: ${error.message}`);
  process.exit(2);
}
const fresh = HEADER + astToString(await openapiTS(schema));

if (check) {
  const current = await readFile(outPath, "utf8").catch(() => "");
  if (current !== fresh) {
    console.error(
      "src/api/schema.d.ts is stale: api/openapi.json changed. Run `npm run gen:types` in frontend/ and commit the result.",
    );
    process.exit(1);
  }
  console.log("API types are fresh.");
} else {
  await writeFile(outPath, fresh);
  console.log(`wrote ${outPath}`);
}
