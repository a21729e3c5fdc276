/** The four commands. Each returns its exit code: 0 done (plan: no changes), 2 plan has changes, 1 error. */
import { mkdir, stat } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import {
  ConcurrentModificationError,
  type IntelligenceClient,
  type IntelligenceConfiguration,
  type LanguageOperator,
  NotFoundError,
} from "@convintel/client";
import { validateOperatorTtid } from "@convintel/fetch";
import pLimit from "p-limit";
import { clientFor, colorsFor, CommandError, type ConnectionOptions, type Io } from "./context.js";
import {
  backupsDir,
  type Catalog,
  catalogPath,
  configurationsDir,
  fileNameFor,
  formatPosition,
  readState,
  recordApplied,
  renderCatalog,
  renderConfiguration,
  type State,
  statePath,
  stateText,
  writeBackup,
  writeState,
  writeTogether,
} from "./files.js";
import { type Change, contentChanges, type FieldChange, makePlan, type Plan } from "./plan.js";
import { printableLine } from "./printable.js";
import { checkLive, loadProject, type Project } from "./project.js";
import { changeTitle, planJson, renderPlan } from "./render.js";

export interface DirOptions extends ConnectionOptions {
  dir: string;
}

/** Every live configuration once: a listing that repeats one across pages does not make two of it. */
async function liveConfigurations(client: IntelligenceClient): Promise<IntelligenceConfiguration[]> {
  const byId = new Map<string, IntelligenceConfiguration>();
  for await (const configuration of client.configurations.list({ pageSize: 1000 })) byId.set(configuration.id, configuration);
  return [...byId.values()];
}

function printProblems(io: Io, project: Pick<Project, "problems" | "warnings">): void {
  const c = colorsFor(io);
  for (const problem of project.problems)
    io.stderr.write(`${printableLine(formatPosition(problem))}: ${c.red("error")} ${printableLine(problem.message)}\n`);
  for (const warning of project.warnings)
    io.stderr.write(`${printableLine(formatPosition(warning))}: ${c.yellow("warning")} ${printableLine(warning.message)}\n`);
}

/** The folder of the files; a missing one is an error (a typo must not read as "no files"). */
async function existingDir(io: Io, name: string): Promise<string> {
  const dir = resolve(io.cwd, name);
  const found = await stat(dir).catch(() => undefined);
  if (!found?.isDirectory())
    throw new CommandError(`--dir ${printableLine(name)}: no such folder. \`convintel pull --dir ${printableLine(name)}\` makes it.`);
  return dir;
}

/** The operators the configurations name, each with its versions and the definitions rules use; ids that are no operator's are left out. */
async function pullCatalog(client: IntelligenceClient, configurations: IntelligenceConfiguration[]): Promise<Catalog> {
  const wanted = new Map<string, Set<number>>();
  for (const configuration of configurations)
    for (const rule of configuration.rules)
      for (const operator of rule.operators) {
        // The API stores any string here; only an operator id can be read.
        if (!validateOperatorTtid(operator.id)) continue;
        const versions = wanted.get(operator.id) ?? new Set<number>();
        if (operator.version !== undefined) versions.add(operator.version);
        wanted.set(operator.id, versions);
      }
  const catalog: Catalog = { pulledAt: new Date().toISOString(), operators: {} };
  const limit = pLimit(4);
  const missing = (error: unknown) => {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  };
  await Promise.all(
    [...wanted]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, pinned]) =>
        limit(async () => {
          const current: LanguageOperator | undefined = await client.operators.fetch(id).catch(missing);
          if (!current) return;
          const versions = [];
          for await (const version of client.operators.versions.list(id)) versions.push(version);
          const definitions: Record<string, NonNullable<Catalog["operators"][string]["definitions"]>[string]> = {};
          for (const version of [...pinned].sort((a, b) => a - b)) {
            const definition = await client.operators.versions.fetch(id, version).catch(missing);
            if (definition) definitions[String(version)] = definition;
          }
          catalog.operators[id] = { current, versions, definitions };
        }),
      ),
  );
  catalog.operators = Object.fromEntries(Object.entries(catalog.operators).sort(([a], [b]) => a.localeCompare(b)));
  return catalog;
}

export async function pull(io: Io, options: DirOptions & { force?: boolean }): Promise<number> {
  const dir = resolve(io.cwd, options.dir);
  const project = await loadProject(dir, io.cwd);
  const { state } = await readState(dir);
  const client = await clientFor(io, options);
  const live = await liveConfigurations(client);
  const byId = new Map(live.map((configuration) => [configuration.id, configuration]));
  // Work in the files would be lost: refused unless --force. With a record of the file's pull, any edit
  // since; without one, any difference from the live configuration.
  const edited = project.files.flatMap((file) => {
    if (file.id === undefined) return [];
    const record = state[file.id];
    if (record) return contentChanges(record, file.body).length > 0 ? [`  ${file.path}: changed since it was pulled`] : [];
    const current = byId.get(file.id);
    return current && contentChanges(current, file.body).length > 0
      ? [`  ${file.path}: differs from the live configuration, and there is no record of its pull to tell whose change that is`]
      : [];
  });
  const fresh = project.files.filter((file) => file.id === undefined);
  if (!options.force && (edited.length > 0 || fresh.length > 0 || project.problems.length > 0)) {
    const lines = [
      ...edited,
      ...fresh.map((file) => `  ${file.path}: new, not applied yet`),
      ...[...new Set(project.problems.map((problem) => problem.file))].map((file) => `  ${file}: does not read`),
    ];
    throw new CommandError(
      `pull would overwrite work in ${options.dir}:\n${lines.map(printableLine).join("\n")}\nApply or move them first, or pass --force to overwrite.`,
    );
  }
  const catalog = await pullCatalog(client, live);
  // Everything is read before anything is written; then every file is written in one step.
  const paths = new Map(project.files.flatMap((file) => (file.id === undefined ? [] : [[file.id, file.absolutePath] as const])));
  const taken = new Set(project.files.map((file) => basename(file.absolutePath)));
  const next: State = {};
  const writes: { path: string; text: string }[] = [];
  for (const configuration of [...live].sort((a, b) => a.dateCreated.localeCompare(b.dateCreated) || a.id.localeCompare(b.id))) {
    const path = paths.get(configuration.id) ?? join(configurationsDir(dir), fileNameFor(configuration.displayName, taken));
    writes.push({ path, text: renderConfiguration(configuration) });
    next[configuration.id] = configuration;
  }
  writes.push({ path: catalogPath(dir), text: renderCatalog(catalog) });
  writes.push({ path: statePath(dir), text: stateText(next) });
  await writeTogether(writes);
  await mkdir(configurationsDir(dir), { recursive: true });
  const gone = project.files.filter((file) => file.id !== undefined && !next[file.id]);
  io.stdout.write(
    `Pulled ${live.length} configuration(s) into ${printableLine(options.dir)}/configurations and ${Object.keys(catalog.operators).length} operator(s) into ${printableLine(options.dir)}/operators.yaml.\n`,
  );
  for (const file of gone)
    io.stdout.write(
      `  ${printableLine(file.path)}: ${printableLine(file.id!)} is no longer live (plan would create it again; delete the file to drop it)\n`,
    );
  return 0;
}

export async function validateCommand(io: Io, options: { dir: string }): Promise<number> {
  const dir = await existingDir(io, options.dir);
  const project = await loadProject(dir, io.cwd);
  printProblems(io, project);
  if (project.catalog === undefined && project.files.length > 0 && project.problems.length === 0)
    io.stderr.write(
      `note: ${printableLine(options.dir)}/operators.yaml is missing, so operators were not checked; run \`convintel pull\`.\n`,
    );
  if (project.problems.length > 0) {
    io.stderr.write(`${project.problems.length} problem(s) in ${printableLine(options.dir)}; nothing was sent.\n`);
    return 1;
  }
  io.stdout.write(`${project.files.length} configuration file(s) in ${printableLine(options.dir)} are valid.\n`);
  return 0;
}

interface Planned {
  plan: Plan;
  client: IntelligenceClient;
  dir: string;
  state: State;
}

async function planFor(io: Io, options: DirOptions & { prune?: boolean }): Promise<Planned | number> {
  const dir = await existingDir(io, options.dir);
  const project = await loadProject(dir, io.cwd, "live");
  const refuse = () => {
    printProblems(io, project);
    io.stderr.write(`${project.problems.length} problem(s) in ${printableLine(options.dir)}; nothing was sent.\n`);
    return 1;
  };
  // What the files say alone is checked before anything is read; the operators then, as they are live.
  if (project.problems.length > 0) return refuse();
  if (options.prune && project.files.length === 0) {
    throw new CommandError(
      `--prune with no configuration files in ${printableLine(options.dir)}/configurations would delete every live configuration; nothing was planned. Check --dir, or delete them one by one in the console.`,
    );
  }
  const client = await clientFor(io, options);
  await checkLive(client, project);
  if (project.problems.length > 0) return refuse();
  printProblems(io, project);
  const { state, problem } = await readState(dir);
  if (problem)
    io.stderr.write(
      `warning: ${printableLine(relative(io.cwd, statePath(dir)))} cannot be read (${problem}): every file that differs from its live configuration is a conflict until \`convintel pull\` records them again.\n`,
    );
  const plan = makePlan(project.files, await liveConfigurations(client), state, options.prune ?? false);
  return { plan, client, dir, state };
}

export async function planCommand(io: Io, options: DirOptions & { prune?: boolean; json?: boolean }): Promise<number> {
  const planned = await planFor(io, options);
  if (typeof planned === "number") return planned;
  const { plan } = planned;
  if (options.json) io.stdout.write(`${JSON.stringify(planJson(plan), null, 2)}\n`);
  else io.stdout.write(renderPlan(plan, colorsFor(io)));
  if (plan.problems.length > 0 || plan.conflicts.length > 0) return 1;
  return plan.changes.length > 0 ? 2 : 0;
}

/** Why a change was not made: the configuration is no longer as the plan read it. */
class Refused extends Error {
  constructor(
    message: string,
    readonly theirs: FieldChange[] = [],
  ) {
    super(message);
  }
}

type Outcome = {
  change: Change;
  /** `taken`: someone else made the same change first (a create), and the file now names theirs. */
  state: "applied" | "taken" | "refused" | "failed";
  detail?: string;
  result?: IntelligenceConfiguration;
  /** Where what the change replaced or deleted is kept. */
  backup?: string;
};

/** A change the API took: its file says so now, or the outcome says that it could not. */
async function recorded(outcome: Outcome & { change: { action: "create" | "update" } }): Promise<Outcome> {
  const result = outcome.result!;
  try {
    await recordApplied(outcome.change.file, result);
    return outcome;
  } catch (error) {
    const note = `${outcome.change.file.path} could not be updated (${(error as Error).message}); add \`id: ${result.id}\` to it by hand, or pull again`;
    return { ...outcome, detail: outcome.detail ? `${outcome.detail}; ${note}` : `written (${result.id}), but ${note}` };
  }
}

const describeChanges = (fields: FieldChange[]) => fields.map((field) => field.path).join(", ");

interface Context {
  client: IntelligenceClient;
  dir: string;
  cwd: string;
  /** The live configurations listed right before the writes began. */
  fresh: Map<string, IntelligenceConfiguration>;
  /** The ids the plan read live: a configuration not among them was created since. */
  planned: Set<string>;
}

async function create(context: Context, change: Change & { action: "create" }): Promise<Outcome> {
  // Created by someone else since the plan (another apply of the same files): not created twice.
  const other = [...context.fresh.values()].find((live) => !context.planned.has(live.id) && live.displayName === change.body.displayName);
  if (other) return adoptOrRefuse(change, other, "created since the plan read the live configurations");
  // A file of a configuration that is gone (restored from a backup) names rule ids of the old one: a create takes none.
  const body = { ...change.body, rules: change.body.rules.map(({ id: _id, ...rule }) => rule) };
  const created = await context.client.configurations.create(body, { checkOperators: true });
  return recorded({ change, state: "applied", result: created });
}

/** A configuration someone else created with this file's name: taken when it is what the file says, refused otherwise. */
function adoptOrRefuse(change: Change & { action: "create" }, other: IntelligenceConfiguration, when: string): Promise<Outcome> | Outcome {
  const differences = contentChanges(other, change.body);
  if (differences.length > 0) {
    return {
      change,
      state: "refused",
      detail: `${other.id} "${other.displayName}" was ${when} by someone else, and differs from the file (${describeChanges(differences)}); add \`id: ${other.id}\` to the file to plan an update of it, or rename the file's displayName`,
    };
  }
  return recorded({
    change,
    state: "taken",
    result: other,
    detail: `created by someone else (${other.id}, ${when}) as the file says; the file now names it`,
  });
}

async function update(context: Context, change: Change & { action: "update" }): Promise<Outcome> {
  let backup: string | undefined;
  try {
    const updated = await context.client.configurations.modify(
      change.live.id,
      async (current) => {
        // Read right before the write: anything changed since the plan read it is someone else's, and is kept.
        const theirs = contentChanges(change.live, current);
        if (theirs.length > 0)
          throw new Refused(`changed live after the plan read it (version ${change.live.version} → ${current.version})`, theirs);
        backup = await writeBackup(context.dir, context.cwd, current, "update");
        return change.body;
      },
      { checkOperators: true },
    );
    return recorded({ change, state: "applied", result: updated, backup });
  } catch (error) {
    if (!(error instanceof ConcurrentModificationError)) throw error;
    // Someone wrote between our read and our write, and the API kept ours over theirs: applied, and said.
    return recorded({
      change,
      state: "applied",
      result: error.result,
      backup,
      detail: `written, but someone else wrote in the moment between apply's read and its write (versions ${error.overwrittenVersions.join(", ")}), and the API keeps no earlier versions: their change is replaced. What apply read before writing is in ${backup}; compare it with the configuration now`,
    });
  }
}

async function remove(context: Context, change: Change & { action: "delete" }): Promise<Outcome> {
  const current = await context.client.configurations.fetch(change.live.id);
  const theirs = contentChanges(change.live, current);
  if (current.version !== change.live.version || theirs.length > 0)
    throw new Refused(`changed live after the plan read it (version ${change.live.version} → ${current.version})`, theirs);
  const backup = await writeBackup(context.dir, context.cwd, current, "delete");
  await context.client.configurations.delete(change.live.id);
  return { change, state: "applied", backup };
}

async function carryOut(context: Context, change: Change): Promise<Outcome> {
  try {
    if (change.action === "create") return await create(context, change);
    if (change.action === "update") return await update(context, change);
    return await remove(context, change);
  } catch (error) {
    if (error instanceof Refused) {
      const what = describeChanges(error.theirs);
      return { change, state: "refused", detail: `${error.message}${what ? `; changed: ${what}` : ""}` };
    }
    return { change, state: "failed", detail: (error as Error).message };
  }
}

/**
 * After the creates: two applies that created the same new configuration at once each see both. The
 * earlier one (by creation date, then the listing's order, the same for every observer) is kept; the
 * other deletes its own, and names the kept one in the file.
 */
async function settleTwins(context: Context, outcomes: Outcome[]): Promise<Outcome[]> {
  const created = outcomes.filter((outcome) => outcome.change.action === "create" && outcome.state === "applied" && outcome.result);
  if (created.length === 0) return outcomes;
  const listed = await liveConfigurations(context.client);
  const settled = new Map<Outcome, Outcome>();
  for (const outcome of created) {
    const ours = outcome.result!;
    const twins = listed.filter(
      (live) => !context.planned.has(live.id) && live.displayName === ours.displayName && contentChanges(live, ours).length === 0,
    );
    const keeper = twins.reduce<IntelligenceConfiguration | undefined>(
      (first, live) => (first === undefined || live.dateCreated < first.dateCreated ? live : first),
      undefined,
    );
    if (!keeper || keeper.id === ours.id) continue;
    await context.client.configurations.delete(ours.id);
    settled.set(
      outcome,
      await adoptOrRefuse(
        outcome.change as Change & { action: "create" },
        keeper,
        `created at the same time as this apply's ${ours.id}, which was removed again`,
      ),
    );
  }
  return outcomes.map((outcome) => settled.get(outcome) ?? outcome);
}

export async function applyCommand(
  io: Io,
  options: DirOptions & { prune?: boolean; autoApprove?: boolean; concurrency?: number },
): Promise<number> {
  const planned = await planFor(io, options);
  if (typeof planned === "number") return planned;
  const { plan, client, dir, state } = planned;
  const c = colorsFor(io);
  io.stdout.write(renderPlan(plan, c));
  if (plan.problems.length > 0) return 1;
  if (plan.conflicts.length > 0) {
    io.stdout.write("Nothing was applied: resolve the conflicts first.\n");
    return 1;
  }
  if (plan.changes.length === 0) return 0;
  if (!options.autoApprove) {
    if (!io.confirm) throw new CommandError("apply asks before it writes, and there is no terminal to ask on: pass --auto-approve.");
    if (!(await io.confirm(`Apply ${plan.changes.length} change(s)? Only "yes" applies: `))) {
      io.stdout.write("Nothing was applied.\n");
      return 1;
    }
  }
  const context: Context = {
    client,
    dir,
    cwd: io.cwd,
    fresh: new Map((await liveConfigurations(client)).map((live) => [live.id, live])),
    planned: new Set([...plan.changes, ...plan.drift, ...plan.conflicts].flatMap((item) => ("live" in item ? [item.live.id] : []))),
  };
  for (const live of plan.unmanaged) context.planned.add(live.id);
  for (const file of plan.unchanged) if (file.id) context.planned.add(file.id);
  const limit = pLimit(options.concurrency ?? 4);
  let done = 0;
  const total = plan.changes.length;
  const report = (outcome: Outcome) => {
    const mark =
      outcome.state === "applied"
        ? c.green("✓")
        : outcome.state === "taken"
          ? c.cyan("=")
          : outcome.state === "refused"
            ? c.yellow("!")
            : c.red("✗");
    io.stdout.write(
      `[${done}/${total}] ${mark} ${changeTitle(outcome.change, c)}${outcome.detail ? `: ${printableLine(outcome.detail)}` : ""}\n`,
    );
  };
  const carried = await Promise.all(
    plan.changes.map((change) =>
      limit(async () => {
        const outcome = await carryOut(context, change);
        done++;
        report(outcome);
        return outcome;
      }),
    ),
  );
  const outcomes = await settleTwins(context, carried);
  for (const outcome of outcomes) if (outcome.state === "taken" && !carried.includes(outcome)) report(outcome);
  const next: State = { ...state };
  for (const outcome of outcomes) {
    if (outcome.state !== "applied" && outcome.state !== "taken") continue;
    if (outcome.change.action === "delete") delete next[outcome.change.live.id];
    else if (outcome.result) next[outcome.result.id] = outcome.result;
  }
  const stateError = await writeState(dir, next).then(
    () => undefined,
    (error: Error) => error,
  );
  const applied = outcomes.filter((outcome) => outcome.state === "applied");
  const taken = outcomes.filter((outcome) => outcome.state === "taken");
  const warned = applied.filter((outcome) => outcome.detail !== undefined);
  const notApplied = outcomes.filter((outcome) => outcome.state === "refused" || outcome.state === "failed");
  io.stdout.write(`\nApplied ${applied.length} of ${total} change(s).\n`);
  for (const outcome of warned) io.stdout.write(`  ${changeTitle(outcome.change, c)}: ${printableLine(outcome.detail!)}\n`);
  if (taken.length > 0) {
    io.stdout.write("Already done by someone else:\n");
    for (const outcome of taken) io.stdout.write(`  ${changeTitle(outcome.change, c)}: ${printableLine(outcome.detail!)}\n`);
  }
  if (notApplied.length > 0) {
    // A refused change sent nothing; a failed one says in its error whether it may have been written.
    io.stdout.write("Not applied as planned:\n");
    for (const outcome of notApplied)
      io.stdout.write(`  ${outcome.state} ${changeTitle(outcome.change, c)}: ${printableLine(outcome.detail ?? "")}\n`);
  }
  const backups = outcomes.flatMap((outcome) => (outcome.backup ? [outcome.backup] : []));
  if (backups.length > 0) {
    io.stdout.write(
      `What apply replaced or deleted is kept in ${printableLine(relative(io.cwd, backupsDir(dir)))}/ (${backups.length} file(s)); to undo a change, copy its file into configurations/, then plan and apply.\n`,
    );
  }
  if (stateError) {
    io.stderr.write(
      `convintel: the changes above were made, but ${printableLine(relative(io.cwd, statePath(dir)))} could not be written (${printableLine(stateError.message)}): run \`convintel pull\` to record them before the next plan.\n`,
    );
  }
  return notApplied.length > 0 || warned.length > 0 || stateError ? 1 : 0;
}
