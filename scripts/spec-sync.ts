/**
 * `pnpm spec:sync <provider-file>`: takes the provider's OpenAPI description as it publishes it
 * (descriptions included), keeps its facts (never its prose) in spec/provider/, regenerates
 * everything from them with our names and overlay, and prints what changed (as `pnpm spec:diff`
 * classifies it). A file that is not an OpenAPI document, that our names or overlay no longer fit,
 * or that drops an operation we expose, is refused, and spec/ stays as it was.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { type JsonObject, loadSpec } from "./lib/model.js";
import { bumpFor, diffSpecs, highestLevel, operationsOf } from "./spec/diff.js";
import { currentVersion } from "./spec/release.js";
import { buildSpec, loadSources, PROVIDER_FACTS_FILE } from "./spec/build.js";
import { providerFacts } from "./spec/facts.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [file] = process.argv.slice(2).filter((arg) => arg !== "--");
const refuse = (message: string): never => {
  console.error(`spec:sync: ${message}\nspec/ is unchanged.`);
  process.exit(1);
};
if (!file) {
  console.error("usage: pnpm spec:sync <provider-openapi.json|yaml>");
  process.exit(2);
}
const path = resolve(process.cwd(), file);

// 1. An OpenAPI document at all: it parses, says it is OpenAPI 3.0 or 3.1, and has OpenAPI's structure.
let document: JsonObject;
try {
  document = parse(await readFile(path, "utf8")) as JsonObject;
} catch (error) {
  refuse(`${file} does not parse as JSON or YAML: ${(error as Error).message.split("\n")[0]}`);
}
if (typeof document! !== "object" || document === null || typeof document.openapi !== "string" || !/^3\.[01]\./.test(document.openapi)) {
  refuse(
    `${file} is not an OpenAPI 3.0 or 3.1 document (its "openapi" field is ${JSON.stringify((document! as JsonObject | null)?.openapi)})`,
  );
}
const lint = spawnSync(
  join(root, "node_modules/.bin/redocly"),
  ["lint", "--config", join(root, "scripts/spec/structure.redocly.yaml"), "--format=json", path],
  { encoding: "utf8", env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } },
);
let lintReport: { problems?: { message: string; location?: { pointer?: string }[] }[] };
try {
  lintReport = JSON.parse(lint.stdout);
} catch {
  refuse(`${file} could not be checked as OpenAPI: ${lint.stderr.trim().split("\n").at(-1)}`);
}
const structural = lintReport!.problems ?? [];
if (structural.length > 0) {
  refuse(
    `${file} is not a valid OpenAPI document:\n${structural.map((problem) => `  ${problem.location?.[0]?.pointer ?? "#"}: ${problem.message}`).join("\n")}`,
  );
}

// 2. No operation we expose may go; then our spec built from the facts, in memory: names and overlay must still fit.
const facts = providerFacts(document!);
const before = await loadSpec(root);
const kept = operationsOf(facts);
const dropped = [...operationsOf(before)].filter(([id]) => !kept.has(id));
if (dropped.length > 0) {
  refuse(
    `${file} drops operations this project exposes: ${dropped.map(([id, operation]) => `${id} (${operation.method.toUpperCase()} ${operation.path})`).join(", ")}. Remove them from the clients on purpose first.`,
  );
}

let after: JsonObject;
try {
  after = buildSpec({ ...(await loadSources(root)), facts });
} catch (error) {
  refuse(`spec/names.yaml or spec/overlay.yaml no longer fits ${file}: ${(error as Error).message}`);
}
// 3. Written, and everything regenerated; on a failure the facts file goes back to what it was.
const factsPath = join(root, PROVIDER_FACTS_FILE);
const previous = readFileSync(factsPath, "utf8");
await writeFile(factsPath, `${JSON.stringify(facts, null, 2)}\n`);
try {
  // In the house format, so that a release with the same facts leaves the file as it was.
  execFileSync(join(root, "node_modules/.bin/biome"), ["format", "--write", factsPath], { cwd: root, stdio: "ignore" });
  execFileSync("pnpm", ["generate"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
} catch (error) {
  await writeFile(factsPath, previous);
  execFileSync("pnpm", ["generate"], { cwd: root, stdio: "ignore" });
  refuse(`pnpm generate failed on the new facts: ${(error as Error).message}`);
}

// 4. What changed.
const changes = diffSpecs(before, after!);
const highest = highestLevel(changes);
const version = currentVersion(root);
console.log(`spec:sync: wrote ${PROVIDER_FACTS_FILE} and regenerated.`);
for (const change of changes) console.log(`  ${change.level.padEnd(5)} ${change.operation} ${change.pointer}: ${change.rule}`);
console.log(
  highest === undefined
    ? "The provider's facts are unchanged."
    : `${changes.length} difference(s); the highest is ${highest}: add a changeset for a ${bumpFor(highest, version)} release (\`pnpm changeset\`).`,
);
