/**
 * What `apply` would do, from the files and the live configurations: create, update (with a
 * field-level diff) or delete (with `--prune`), and where a live configuration changed since it was
 * pulled (drift).
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
      live: IntelligenceConfiguration;
      /** The version the change is based on: the file's (pulled or applied), else the live one the plan read. */
      baseVersion: number;
      fields: FieldChange[];
      drift: Drift | undefined;
    }
  | { action: "delete"; live: IntelligenceConfiguration };

/** A live configuration that changed since the file was pulled or applied. */
export interface Drift {
  from: number;
  to: number;
  /** What changed live, when the state of the last pull or apply has the configuration. */
  fields: FieldChange[] | undefined;
}

export interface Plan {
  changes: Change[];
  /** Files whose configuration is live as written. */
  unchanged: ConfigurationFile[];
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
function comparable(body: UpdateConfigurationRequest): UpdateConfigurationRequest {
  return { ...body, rules: (body.rules ?? []).map((rule) => ({ ...rule, triggers: rule.triggers ?? [] })) };
}

export function makePlan(files: ConfigurationFile[], live: IntelligenceConfiguration[], state: State, prune: boolean): Plan {
  const plan: Plan = { changes: [], unchanged: [], unmanaged: [], problems: [] };
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
    const baseVersion = file.baseVersion ?? current.version;
    const pulled = file.id === undefined ? undefined : state[file.id];
    const drift: Drift | undefined =
      baseVersion === current.version
        ? undefined
        : {
            from: baseVersion,
            to: current.version,
            fields: pulled && pulled.version === baseVersion ? fieldChanges(bodyOf(pulled), bodyOf(current)) : undefined,
          };
    const fields = fieldChanges(comparable(bodyOf(current)), comparable(body));
    // A file that reads as the live configuration needs no write, whatever version it was based on.
    if (fields.length === 0) plan.unchanged.push(file);
    else plan.changes.push({ action: "update", file, body, live: current, baseVersion, fields, drift });
  }
  for (const configuration of live) {
    if (claimed.has(configuration.id)) continue;
    if (prune) plan.changes.push({ action: "delete", live: configuration });
    else plan.unmanaged.push(configuration);
  }
  return plan;
}
