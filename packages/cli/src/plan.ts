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
import { compare, type Conflict as ConflictOf, type Drift as DriftOf, type FieldChange, fieldChanges } from "./compare.js";
import { bodyOf, type ConfigurationFile } from "./files.js";
import { identify } from "./identity.js";
import { emptyOperatorPlan, type OperatorPlan, operatorIdIn, relateToConfigurations } from "./operator-plan.js";
import { resolveReferences } from "./references.js";
import { withoutRuleIds, withRuleIds } from "./rule-ids.js";
import type { State } from "./state.js";

/** A configuration file apply will not write (see `Conflict` in compare.ts). */
export type Conflict = ConflictOf<ConfigurationFile, IntelligenceConfiguration>;
/** A configuration changed live since its base while its file was not. */
export type Drift = DriftOf<ConfigurationFile, IntelligenceConfiguration>;

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

export interface Plan {
  changes: Change[];
  /** Files whose configuration is live as written, and that configuration. */
  unchanged: { file: ConfigurationFile; live: IntelligenceConfiguration }[];
  conflicts: Conflict[];
  drift: Drift[];
  /** Live configurations no file names; deleted only with `--prune`. */
  unmanaged: IntelligenceConfiguration[];
  /** Files that cannot be planned (a new file whose displayName several live configurations share). */
  problems: { file: ConfigurationFile; message: string }[];
  /** The account's own operators: applied before the configurations, deleted after them. */
  operators: OperatorPlan;
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

/**
 * How a file is compared: a file that carries its configuration's id, with rule ids; a file without
 * one (it plans against every account, and names no rule ids), without them.
 */
export const changesFor =
  (file: ConfigurationFile) =>
  (before: IntelligenceConfiguration | UpdateConfigurationRequest, after: IntelligenceConfiguration | UpdateConfigurationRequest) =>
    file.id === undefined ? contentChanges(withoutRuleIds(before), withoutRuleIds(after)) : contentChanges(before, after);

/** Which live configuration each file stands for in this account (see identity.ts). */
export function identifyConfigurations(files: readonly ConfigurationFile[], live: readonly IntelligenceConfiguration[], state: State) {
  return identify(files, live, {
    id: (configuration) => configuration.id,
    name: (file) => file.name,
    recordedName: (id) => state.configurations[id]?.name,
    pinnedId: (file) => file.id,
    fileDisplayName: (file) => file.body.displayName,
    liveDisplayName: (configuration) => configuration.displayName,
  });
}

/** The files against the live configurations (each once: `liveConfigurations` reads them so) and their bases. */
export function makePlan(
  files: ConfigurationFile[],
  live: IntelligenceConfiguration[],
  state: State,
  prune: boolean,
  operators: OperatorPlan = emptyOperatorPlan(),
): Plan {
  const plan: Plan = { changes: [], unchanged: [], conflicts: [], drift: [], unmanaged: [], problems: [], operators };
  // Rules that name an operator by file name get its id in this account, or the one apply creates first.
  const bodies = new Map(files.map((file) => [file, bodyOf(resolveReferences(file.body, operatorIdIn(operators)))]));
  const identity = identifyConfigurations(files, live, state);
  for (const { file, candidates } of identity.ambiguous)
    plan.problems.push({
      file,
      message: `/displayName "${file.body.displayName}" is the name of ${candidates.length} live configurations (${candidates.map((c) => c.id).join(", ")}), and no record says which is this file's: rename them apart in the console, or add the \`id:\` of the one this file is`,
    });
  for (const file of files) {
    if (identity.ambiguous.some((entry) => entry.file === file)) continue;
    const body = bodies.get(file)!;
    const current = identity.matched.get(file);
    if (!current) {
      plan.changes.push(
        file.id === undefined
          ? { action: "create", file, body }
          : { action: "create", file, body, reason: `${file.id} is gone from the live configurations` },
      );
      continue;
    }
    const comparison = compare<IntelligenceConfiguration | UpdateConfigurationRequest>(
      body,
      current,
      state.configurations[current.id]?.configuration,
      changesFor(file),
    );
    if (comparison.outcome === "unchanged") plan.unchanged.push({ file, live: current });
    else if (comparison.outcome === "update") {
      // A file without ids names the live rules its update keeps by their ids in this account.
      const sent = file.id === undefined ? withRuleIds(body, current) : body;
      plan.changes.push({ action: "update", file, body: sent, live: current, fields: comparison.fields });
    } else if (comparison.outcome === "drift") plan.drift.push({ file, live: current, fields: comparison.fields });
    else plan.conflicts.push({ file, live: current, reason: comparison.reason, theirs: comparison.theirs, ours: comparison.ours });
  }
  for (const configuration of identity.unclaimed) {
    if (prune) plan.changes.push({ action: "delete", live: configuration });
    else plan.unmanaged.push(configuration);
  }
  // The configurations as they will be: the files, and the live ones no file names that stay.
  relateToConfigurations(operators, [
    ...files.map((file) => ({ configuration: file.path, body: bodies.get(file)! })),
    ...plan.unmanaged.map((configuration) => ({ configuration: configuration.id, body: bodyOf(configuration) })),
  ]);
  return plan;
}

/** The changes of a plan, operators included. */
export const changeCount = (plan: Plan) => plan.changes.length + plan.operators.changes.length;

/** Whether a plan cannot be applied: a problem or a conflict, of a configuration or an operator. */
export const blocked = (plan: Plan) =>
  plan.problems.length + plan.conflicts.length + plan.operators.problems.length + plan.operators.conflicts.length > 0;
