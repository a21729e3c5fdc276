/**
 * What `apply` would do, from the files, the live configurations and the state of the last pull or
 * apply (the base): create, update (with a field-level diff) or delete (with `--prune`); and what it
 * will not do: a conflict (the file and the live configuration both changed since the base, or the
 * base is unknown), or drift (only the live configuration changed: `pull` takes it).
 *
 * Content decides, never versions: a file that reads as its live configuration is unchanged, and a
 * live configuration that reads as its base has not been changed by anyone else.
 */
import type { IntelligenceConfiguration, UpdateConfigurationRequest } from "@convintel/client";
import diff from "microdiff";
import { bodyOf, type ConfigurationFile, type State } from "./files.js";

/** One field that differs: its path in the body (`rules[0].triggers[0].on`), before and after. */
export interface FieldChange {
  kind: "add" | "remove" | "change";
  path: string;
  before?: unknown;
  after?: unknown;
}

export type Change =
  | { action: "create"; file: ConfigurationFile; body: UpdateConfigurationRequest; reason?: string }
  | {
      action: "update";
      file: ConfigurationFile;
      body: UpdateConfigurationRequest;
      /** The live configuration the plan read: apply writes only while it is still so. */
      live: IntelligenceConfiguration;
      fields: FieldChange[];
    }
  | { action: "delete"; live: IntelligenceConfiguration };

/**
 * A file apply will not write: writing it would replace a change made elsewhere, or one it cannot
 * tell from such a change.
 */
export interface Conflict {
  file: ConfigurationFile;
  live: IntelligenceConfiguration;
  /** `unknown-base`: no record of the file's pull or apply; `both-changed`: the file and the live configuration changed the same fields. */
  reason: "unknown-base" | "both-changed";
  /** What changed live since the base (undefined when the base is unknown). */
  theirs: FieldChange[] | undefined;
  /** What writing the file would change in the live configuration. */
  ours: FieldChange[];
}

/** A live configuration changed since its base while its file was not: nothing to write; `pull` brings the change into the file. */
export interface Drift {
  file: ConfigurationFile;
  live: IntelligenceConfiguration;
  fields: FieldChange[];
}

export interface Plan {
  changes: Change[];
  /** Files whose configuration is live as written. */
  unchanged: ConfigurationFile[];
  conflicts: Conflict[];
  drift: Drift[];
  /** Live configurations no file names; deleted only with `--prune`. */
  unmanaged: IntelligenceConfiguration[];
  /** Files that cannot be planned (a new file whose displayName several live configurations share). */
  problems: { file: ConfigurationFile; message: string }[];
}

function pathText(path: (string | number)[]): string {
  return path.map((segment, index) => (typeof segment === "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join("");
}

export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  return diff(before as Record<string, unknown>, after as Record<string, unknown>).map((entry) => {
    const path = pathText(entry.path);
    if (entry.type === "CREATE") return { kind: "add", path, after: entry.value };
    if (entry.type === "REMOVE") return { kind: "remove", path, before: entry.oldValue };
    return { kind: "change", path, before: entry.oldValue, after: entry.value };
  });
}

/** A body as the API stores it, for comparing: a rule sent without `triggers` is stored with none. */
function comparable(body: IntelligenceConfiguration | UpdateConfigurationRequest): UpdateConfigurationRequest {
  const { displayName, description, rules } = bodyOf(body);
  const stored = { displayName, ...(description === undefined ? {} : { description }), rules: rules ?? [] };
  return { ...stored, rules: stored.rules.map((rule) => ({ ...rule, triggers: rule.triggers ?? [] })) };
}

/** What would change from `before` to `after`, both read as the API stores them. */
export function contentChanges(
  before: IntelligenceConfiguration | UpdateConfigurationRequest,
  after: IntelligenceConfiguration | UpdateConfigurationRequest,
): FieldChange[] {
  return fieldChanges(comparable(before), comparable(after));
}

/** Whether two field paths touch the same value: equal, or one inside the other. */
function overlaps(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.startsWith(short) && (long[short.length] === "." || long[short.length] === "[");
}

/** The files against the live configurations (each once: `liveConfigurations` reads them so) and their bases. */
export function makePlan(files: ConfigurationFile[], live: IntelligenceConfiguration[], state: State, prune: boolean): Plan {
  const plan: Plan = { changes: [], unchanged: [], conflicts: [], drift: [], unmanaged: [], problems: [] };
  const byId = new Map(live.map((configuration) => [configuration.id, configuration]));
  const claimed = new Set(files.flatMap((file) => (file.id === undefined ? [] : [file.id])));
  for (const file of files) {
    const body = bodyOf(file.body);
    let current = file.id === undefined ? undefined : byId.get(file.id);
    if (file.id === undefined) {
      // A new file adopts the live configuration of its displayName, when exactly one has it and no file claims it.
      const named = live.filter((configuration) => configuration.displayName === body.displayName && !claimed.has(configuration.id));
      if (named.length > 1) {
        plan.problems.push({
          file,
          message: `/displayName "${body.displayName}" is the name of ${named.length} live configurations (${named.map((c) => c.id).join(", ")}): add the \`id:\` of the one this file is`,
        });
        continue;
      }
      current = named[0];
      if (current) claimed.add(current.id);
    }
    if (!current) {
      plan.changes.push(
        file.id === undefined
          ? { action: "create", file, body }
          : { action: "create", file, body, reason: `${file.id} is gone from the live configurations` },
      );
      continue;
    }
    const ours = contentChanges(current, body);
    // A file that reads as the live configuration needs no write, whatever version it was based on.
    if (ours.length === 0) {
      plan.unchanged.push(file);
      continue;
    }
    const base = state[current.id];
    if (!base) {
      plan.conflicts.push({ file, live: current, reason: "unknown-base", theirs: undefined, ours });
      continue;
    }
    const theirs = contentChanges(base, current);
    if (theirs.length === 0) {
      plan.changes.push({ action: "update", file, body, live: current, fields: ours });
      continue;
    }
    // Changed live since the base. Unedited file: drift. Edited: a write may keep every live change (the file has them too), or replace one.
    if (contentChanges(base, body).length === 0) plan.drift.push({ file, live: current, fields: theirs });
    else if (theirs.some((their) => ours.some((our) => overlaps(their.path, our.path))))
      plan.conflicts.push({ file, live: current, reason: "both-changed", theirs, ours });
    else plan.changes.push({ action: "update", file, body, live: current, fields: ours });
  }
  for (const configuration of live) {
    if (claimed.has(configuration.id)) continue;
    if (prune) plan.changes.push({ action: "delete", live: configuration });
    else plan.unmanaged.push(configuration);
  }
  return plan;
}
