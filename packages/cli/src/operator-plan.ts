/**
 * What `apply` would do to the account's own operators, from the operator files, the live operators
 * the account authored and their records in the state: create, update (a new version, written with
 * `If-Match`), delete (with `--prune`); conflicts and drift as for configurations. Each file finds its
 * operator in the account by its record (the name it was pulled or applied under), else by its
 * display name; so the same files plan against every account.
 */
import type { LanguageOperator, OperatorRequest, UpdateConfigurationRequest } from "@convintel/client";
import { identify } from "./identity.js";
import { compare, type Conflict, type Drift, type FieldChange, fieldChanges } from "./compare.js";
import { comparableOperator, type OperatorFile } from "./operator-files.js";
import { pendingId } from "./references.js";
import type { State } from "./state.js";

/** A rule that runs a version of an operator it names by id: it keeps running that version after an update. */
export interface Pin {
  /** The configuration: its file, or the id of a live configuration no file names. */
  configuration: string;
  /** Where in it, `rules[0].operators[1]`. */
  at: string;
  version: number;
}

export type OperatorChange =
  | { kind: "operator"; action: "create"; file: OperatorFile; body: OperatorRequest }
  | {
      kind: "operator";
      action: "update";
      file: OperatorFile;
      body: OperatorRequest;
      /** The live operator the plan read: apply writes only onto this version (`If-Match`). */
      live: LanguageOperator;
      fields: FieldChange[];
      /** The rules that pin an older version of it. */
      pins: Pin[];
    }
  | { kind: "operator"; action: "delete"; live: LanguageOperator };

export interface OperatorPlan {
  /** Whether the folder has `operators/`: without it, the account's operators are not managed (nothing is created or deleted). */
  managed: boolean;
  changes: OperatorChange[];
  unchanged: OperatorFile[];
  conflicts: Conflict<OperatorFile, LanguageOperator>[];
  drift: Drift<OperatorFile, LanguageOperator>[];
  /** Live operators of the account that no file names; deleted only with `--prune`. */
  unmanaged: LanguageOperator[];
  problems: { path: string; message: string }[];
  /** The id, in this account, of each operator file that names a live operator. */
  ids: Map<string, string>;
}

export const isOperatorChange = (change: { kind?: string }): change is OperatorChange => change.kind === "operator";

/** What would change from `before` to `after`, as the API stores an operator. */
export const operatorChanges = (before: LanguageOperator | OperatorRequest, after: LanguageOperator | OperatorRequest) =>
  fieldChanges(comparableOperator(before), comparableOperator(after));

/** The id a rule naming `name` gets in this account: the live operator's, or the one apply creates first. */
export const operatorIdIn = (plan: OperatorPlan) => (name: string) => plan.ids.get(name) ?? pendingId(name);

export function emptyOperatorPlan(): OperatorPlan {
  return { managed: false, changes: [], unchanged: [], conflicts: [], drift: [], unmanaged: [], problems: [], ids: new Map() };
}

/** Which of the account's own operators each operator file stands for (see identity.ts). */
export function identifyOperators(files: readonly OperatorFile[], live: readonly LanguageOperator[], state: State) {
  return identify(files, live, {
    id: (operator) => operator.id!,
    name: (file) => file.name,
    recordedName: (id) => state.operators[id]?.name,
    fileDisplayName: (file) => file.body.displayName,
    liveDisplayName: (operator) => operator.displayName,
  });
}

/** The operator files against the account's own live operators (`author` SELF) and their records. */
export function makeOperatorPlan(files: OperatorFile[] | undefined, live: LanguageOperator[], state: State, prune: boolean): OperatorPlan {
  const plan = emptyOperatorPlan();
  if (files === undefined) return plan;
  plan.managed = true;
  const identity = identifyOperators(files, live, state);
  for (const { file, candidates } of identity.ambiguous)
    plan.problems.push({
      path: file.path,
      message: `/displayName "${file.body.displayName}" is the name of ${candidates.length} operators of the account (${candidates.map((operator) => operator.id).join(", ")}), and no record says which is this file's: rename them apart in the console, or pull`,
    });
  for (const file of files) {
    if (identity.ambiguous.some((entry) => entry.file === file)) continue;
    const current = identity.matched.get(file);
    if (!current) {
      plan.changes.push({ kind: "operator", action: "create", file, body: file.body });
      continue;
    }
    plan.ids.set(file.name, current.id!);
    const base = state.operators[current.id!]?.operator;
    const comparison = compare<LanguageOperator | OperatorRequest>(file.body, current, base, operatorChanges);
    if (comparison.outcome === "unchanged") plan.unchanged.push(file);
    else if (comparison.outcome === "update")
      plan.changes.push({ kind: "operator", action: "update", file, body: file.body, live: current, fields: comparison.fields, pins: [] });
    else if (comparison.outcome === "drift") plan.drift.push({ file, live: current, fields: comparison.fields });
    else plan.conflicts.push({ file, live: current, reason: comparison.reason, theirs: comparison.theirs, ours: comparison.ours });
  }
  for (const operator of identity.unclaimed) {
    if (prune) plan.changes.push({ kind: "operator", action: "delete", live: operator });
    else plan.unmanaged.push(operator);
  }
  return plan;
}

/** Where each rule of `body` names an operator by id: `rules[R].operators[O]`, the id and the pinned version. */
function namedIn(body: UpdateConfigurationRequest): { at: string; id: string; version: number | undefined }[] {
  return body.rules.flatMap((rule, r) =>
    rule.operators.map((entry, o) => ({ at: `rules[${r}].operators[${o}]`, id: entry.id, version: entry.version })),
  );
}

/**
 * With the configurations as they will be after the apply (`configurations`, each with where it is
 * named from): each update's pins, and a delete of an operator a configuration still names refused.
 */
export function relateToConfigurations(
  plan: OperatorPlan,
  configurations: { configuration: string; body: UpdateConfigurationRequest }[],
): void {
  const uses = configurations.flatMap(({ configuration, body }) => namedIn(body).map((use) => ({ configuration, ...use })));
  for (const change of plan.changes) {
    if (change.action === "update")
      change.pins = uses.flatMap(({ configuration, at, id, version }) =>
        id === change.live.id && version !== undefined ? [{ configuration, at, version }] : [],
      );
  }
  plan.changes = plan.changes.filter((change) => {
    if (change.action !== "delete") return true;
    const users = uses.filter((use) => use.id === change.live.id);
    if (users.length === 0) return true;
    plan.problems.push({
      path: change.live.id!,
      message: `operator "${change.live.displayName}" has no file, but ${users.map((use) => `${use.configuration} ${use.at}`).join(", ")} still name${users.length === 1 ? "s" : ""} it: --prune would delete it from under them. Change those rules first, or keep it with \`convintel pull\``,
    });
    return false;
  });
}
