/**
 * `pnpm spec:sync <provider-file>`: takes the provider's OpenAPI description as it publishes it,
 * keeps its facts (never its prose) in spec/provider/, and regenerates everything from them.
 */
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import type { JsonObject } from "./lib/model.js";
import { PROVIDER_FACTS_FILE } from "./spec/build.js";
import { providerFacts } from "./spec/facts.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [file] = process.argv.slice(2).filter((arg) => arg !== "--");
if (!file) {
  console.error("usage: pnpm spec:sync <provider-openapi.json>");
  process.exit(2);
}
const facts = providerFacts(JSON.parse(await readFile(file, "utf8")) as JsonObject);
await writeFile(join(root, PROVIDER_FACTS_FILE), `${JSON.stringify(facts, null, 2)}\n`);
console.log(`wrote ${PROVIDER_FACTS_FILE}`);
execFileSync("pnpm", ["generate"], { cwd: root, stdio: "inherit" });
