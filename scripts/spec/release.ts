/**
 * What `pnpm spec:diff` and the changeset check compare: the spec at a git ref (by default the last
 * release, else main) against the spec built from spec/ now, and the bumps the pending changesets
 * declare.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { type JsonObject, SPEC_FILE } from "../lib/model.js";
import { bumpFor, highestLevel, LEVELS, type Level, type SpecChange } from "./diff.js";

const git = (root: string, args: string[]) =>
  execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();

/** The newest release tag (`@convintel/client@x.y.z`, as changesets tags, or `vx.y.z`); else `main`. */
export function defaultBase(root: string): string {
  const tags = git(root, ["tag", "--list", "@convintel/*@*", "v[0-9]*", "--sort=-creatordate"]).split("\n").filter(Boolean);
  return tags[0] ?? "main";
}

/** The built spec as committed at `ref`; undefined when the ref has none. */
export function specAt(root: string, ref: string): JsonObject | undefined {
  try {
    return parse(git(root, ["show", `${ref}:${SPEC_FILE}`])) as JsonObject;
  } catch {
    return undefined;
  }
}

/** The version the packages carry now (one for all: a fixed group), from which the next release bumps. */
export function currentVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, "packages/types/package.json"), "utf8")) as { version: string }).version;
}

/** A pending changeset: its file and the bump it declares for each package. */
export interface Changeset {
  file: string;
  releases: Record<string, Level>;
}

/** The changesets in `.changeset/` not yet released, from their front matter. */
export function pendingChangesets(root: string): Changeset[] {
  const dir = join(root, ".changeset");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md") && name !== "README.md")
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), "utf8");
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
      const releases = (parse(front) ?? {}) as Record<string, Level>;
      return { file: `.changeset/${name}`, releases };
    });
}

/** Why the pending changesets do not cover the spec's changes; none when they do. */
export function changesetProblems(
  changes: readonly SpecChange[],
  version: string,
  changesets: readonly Changeset[],
  packages: readonly string[],
): string[] {
  const highest = highestLevel(changes);
  if (highest === undefined) return [];
  const needed = bumpFor(highest, version);
  let declared: Level | undefined;
  for (const changeset of changesets) {
    for (const [name, level] of Object.entries(changeset.releases)) {
      if (packages.includes(name) && (declared === undefined || LEVELS[level] > LEVELS[declared])) declared = level;
    }
  }
  if (declared !== undefined && LEVELS[declared] >= LEVELS[needed]) return [];
  const reasons = changes.filter((change) => LEVELS[bumpFor(change.level, version)] >= LEVELS[needed]);
  return [
    `spec/ changed in ways that need a ${needed} release of ${packages.join(", ")} (at ${version}; the table says ${highest}), ` +
      `but the pending changesets declare ${declared === undefined ? "none for them" : `at most ${declared}`}. Add one with \`pnpm changeset\`. The changes that need it:`,
    ...reasons.map((change) => `  ${change.level} ${change.operation} ${change.pointer}: ${change.rule}`),
  ];
}
