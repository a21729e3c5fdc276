/**
 * `pnpm spec:diff [git-ref] [--json]`: every difference between the spec at a ref (default: the last
 * release, else main) and the spec built from spec/ now, each classified by the README's semver
 * table, named by operation and JSON pointer, before → after.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSpec } from "./lib/model.js";
import { bumpFor, diffSpecs, highestLevel, type SpecChange } from "./spec/diff.js";
import { currentVersion, defaultBase, specAt } from "./spec/release.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2).filter((arg) => arg !== "--");
const json = args.includes("--json");
const ref = args.find((arg) => !arg.startsWith("--")) ?? defaultBase(root);
const before = specAt(root, ref);
if (!before) {
  console.error(`spec:diff: ${ref} has no spec/intelligence-v3.yaml (is it a commit, tag or branch of this repository?)`);
  process.exit(1);
}
const changes = diffSpecs(before, await loadSpec(root));
const version = currentVersion(root);
const highest = highestLevel(changes);
if (json) {
  console.log(
    JSON.stringify({ base: ref, version, highest: highest ?? null, release: highest ? bumpFor(highest, version) : null, changes }, null, 2),
  );
} else {
  const value = (item: unknown) => {
    const text = item === undefined || item === null ? "(none)" : JSON.stringify(item);
    return text.length > 80 ? `${text.slice(0, 79)}…` : text;
  };
  const order: SpecChange["level"][] = ["major", "minor", "patch"];
  for (const level of order) {
    for (const change of changes.filter((candidate) => candidate.level === level)) {
      console.log(
        `${level.padEnd(5)}  ${change.operation}  ${change.pointer}\n       ${change.rule}: ${value(change.before)} → ${value(change.after)}`,
      );
    }
  }
  console.log(
    highest === undefined
      ? `No differences from ${ref}.`
      : `${changes.length} difference(s) from ${ref}; the highest is ${highest}, so the next release (from ${version}) is a ${bumpFor(highest, version)}.`,
  );
}
