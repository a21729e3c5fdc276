/**
 * `pnpm lint:changeset` (part of `pnpm test`): when the spec changed since the last release (else
 * main), the pending changesets must declare at least the bump its changes need (`pnpm spec:diff`
 * lists them); the failure names the changes that need it.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSpec } from "./lib/model.js";
import { diffSpecs } from "./spec/diff.js";
import { changesetProblems, currentVersion, defaultBase, pendingChangesets, specAt } from "./spec/release.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const base = defaultBase(root);
const before = specAt(root, base);
if (!before) {
  console.log(`lint:changeset: ${base} has no built spec to compare with; nothing to check`);
  process.exit(0);
}
const changes = diffSpecs(before, await loadSpec(root));
// The packages generated from the spec, released together (one fixed group).
const config = JSON.parse(readFileSync(join(root, ".changeset/config.json"), "utf8")) as { fixed: string[][] };
const group = config.fixed.find((packages) => packages.includes("@convintel/types")) ?? ["@convintel/types"];
const version = currentVersion(root);
const problems = changesetProblems(changes, version, pendingChangesets(root), group);
if (problems.length > 0) {
  console.error(`lint:changeset: ${problems.join("\n")}`);
  process.exit(1);
}
console.log(`lint:changeset: ${changes.length} spec difference(s) from ${base}, covered by the pending changesets`);
