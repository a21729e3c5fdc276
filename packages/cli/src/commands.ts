/** The four commands. Each returns its exit code: 0 done (plan: no changes), 2 plan has changes, 1 error. */
import { basename, join, resolve } from "node:path";
import type { IntelligenceClient, IntelligenceConfiguration, LanguageOperator } from "@convintel/client";
import pLimit from "p-limit";
import {
  bodyOf,
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
  writeAtomically,
  writeState,
} from "./files.js";
import { clientFor, colorsFor, CommandError, type ConnectionOptions, type Io } from "./context.js";
import { fieldChanges, makePlan, type Change, type Plan } from "./plan.js";
import { checkLive, loadProject, type Project } from "./project.js";
import { changeTitle, planJson, renderPlan } from "./render.js";

export interface DirOptions extends ConnectionOptions {
  dir: string;
}

async function liveConfigurations(client: IntelligenceClient): Promise<IntelligenceConfiguration[]> {
  const all: IntelligenceConfiguration[] = [];
  for await (const configuration of client.configurations.list({ pageSize: 1000 })) all.push(configuration);
  return all;
}

function printProblems(io: Io, project: Pick<Project, "problems" | "warnings">): void {
  const c = colorsFor(io);
  for (const problem of project.problems) io.stderr.write(`${formatPosition(problem)}: ${c.red("error")} ${problem.message}\n`);
  for (const warning of project.warnings) io.stderr.write(`${formatPosition(warning)}: ${c.yellow("warning")} ${warning.message}\n`);
}

/** The operators the configurations name, each with its versions and the definitions rules use. */
async function pullCatalog(client: IntelligenceClient, configurations: IntelligenceConfiguration[]): Promise<Catalog> {
  const wanted = new Map<string, Set<number>>();
  for (const configuration of configurations)
    for (const rule of configuration.rules)
      for (const operator of rule.operators) {
        const versions = wanted.get(operator.id) ?? new Set<number>();
        if (operator.version !== undefined) versions.add(operator.version);
        wanted.set(operator.id, versions);
      }
  const catalog: Catalog = { pulledAt: new Date().toISOString(), operators: {} };
  const limit = pLimit(4);
  const missing = (error: unknown) => {
    if ((error as { status?: number }).status === 404) return undefined;
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
  const state = await readState(dir);
  // A file changed since its pull would lose those changes: refused unless --force.
  const edited = project.files.filter(
    (file) => file.id !== undefined && state[file.id] && JSON.stringify(bodyOf(file.body)) !== JSON.stringify(bodyOf(state[file.id]!)),
  );
  const fresh = project.files.filter((file) => file.id === undefined);
  if (!options.force && (edited.length > 0 || fresh.length > 0 || project.problems.length > 0)) {
    const lines = [
      ...edited.map((file) => `  ${file.path}: changed since it was pulled`),
      ...fresh.map((file) => `  ${file.path}: new, not applied yet`),
      ...[...new Set(project.problems.map((problem) => problem.file))].map((file) => `  ${file}: does not read`),
    ];
    throw new CommandError(
      `pull would overwrite work in ${options.dir}:\n${lines.join("\n")}\nApply or move them first, or pass --force to overwrite.`,
    );
  }
  const client = await clientFor(io, options);
  const live = await liveConfigurations(client);
  const paths = new Map(project.files.flatMap((file) => (file.id === undefined ? [] : [[file.id, file.absolutePath] as const])));
  const taken = new Set(project.files.map((file) => basename(file.absolutePath)));
  const next: State = {};
  for (const configuration of [...live].sort((a, b) => a.dateCreated.localeCompare(b.dateCreated) || a.id.localeCompare(b.id))) {
    const path = paths.get(configuration.id) ?? join(configurationsDir(dir), fileNameFor(configuration.displayName, taken));
    await writeAtomically(path, renderConfiguration(configuration));
    next[configuration.id] = configuration;
  }
  const catalog = await pullCatalog(client, live);
  await writeAtomically(catalogPath(dir), renderCatalog(catalog));
  await writeState(dir, next);
  const gone = project.files.filter((file) => file.id !== undefined && !next[file.id]);
  io.stdout.write(
    `Pulled ${live.length} configuration(s) into ${options.dir}/configurations and ${Object.keys(catalog.operators).length} operator(s) into ${options.dir}/operators.yaml.\n`,
  );
  for (const file of gone)
    io.stdout.write(`  ${file.path}: ${file.id} is no longer live (plan would create it again; delete the file to drop it)\n`);
  return 0;
}

export async function validateCommand(io: Io, options: { dir: string }): Promise<number> {
  const dir = resolve(io.cwd, options.dir);
  const project = await loadProject(dir, io.cwd);
  printProblems(io, project);
  if (project.catalog === undefined && project.files.length > 0)
    io.stderr.write(`note: ${options.dir}/operators.yaml is missing, so operators were not checked; run \`convintel pull\`.\n`);
  if (project.problems.length > 0) {
    io.stderr.write(`${project.problems.length} problem(s) in ${options.dir}; nothing was sent.\n`);
    return 1;
  }
  io.stdout.write(`${project.files.length} configuration file(s) in ${options.dir} are valid.\n`);
  return 0;
}

async function planFor(
  io: Io,
  options: DirOptions & { prune?: boolean },
): Promise<{ plan: Plan; client: IntelligenceClient; dir: string; state: State } | number> {
  const dir = resolve(io.cwd, options.dir);
  const project = await loadProject(dir, io.cwd, "live");
  const refuse = () => {
    printProblems(io, project);
    io.stderr.write(`${project.problems.length} problem(s) in ${options.dir}; nothing was sent.\n`);
    return 1;
  };
  // What the files say alone is checked before anything is read; the operators then, as they are live.
  if (project.problems.length > 0) return refuse();
  const client = await clientFor(io, options);
  await checkLive(client, project);
  if (project.problems.length > 0) return refuse();
  printProblems(io, project);
  const state = await readState(dir);
  const plan = makePlan(project.files, await liveConfigurations(client), state, options.prune ?? false);
  return { plan, client, dir, state };
}

export async function planCommand(io: Io, options: DirOptions & { prune?: boolean; json?: boolean }): Promise<number> {
  const planned = await planFor(io, options);
  if (typeof planned === "number") return planned;
  const { plan } = planned;
  if (options.json) io.stdout.write(`${JSON.stringify(planJson(plan), null, 2)}\n`);
  else io.stdout.write(renderPlan(plan, colorsFor(io)));
  if (plan.problems.length > 0) return 1;
  return plan.changes.length > 0 ? 2 : 0;
}

/** Why a change was not made: someone changed the configuration after the plan's base. */
class Refused extends Error {
  constructor(
    message: string,
    readonly current: IntelligenceConfiguration | undefined,
  ) {
    super(message);
  }
}

type Outcome = { change: Change; state: "applied" | "refused" | "failed"; detail?: string; result?: IntelligenceConfiguration };

/** A change the API took: its file says so now, or the outcome says that it could not. */
async function recorded(change: Change & { action: "create" | "update" }, result: IntelligenceConfiguration): Promise<Outcome> {
  try {
    await recordApplied(change.file, result);
    return { change, state: "applied", result };
  } catch (error) {
    const detail = `written (${result.id} is version ${result.version}), but ${change.file.path} could not be updated: ${(error as Error).message}; add \`id: ${result.id}\` and that version to its header by hand, or pull again`;
    return { change, state: "applied", result, detail };
  }
}

async function carryOut(client: IntelligenceClient, change: Change): Promise<Outcome> {
  try {
    if (change.action === "create") {
      const created = await client.configurations.create(change.body, { checkOperators: true });
      return await recorded(change, created);
    }
    if (change.action === "update") {
      if (change.drift) {
        throw new Refused(
          `changed live since it was pulled (version ${change.drift.from} → ${change.drift.to}); pull it again and redo the change`,
          undefined,
        );
      }
      const updated = await client.configurations.modify(
        change.live.id,
        (current) => {
          if (current.version !== change.baseVersion)
            throw new Refused(`changed live after the plan read it (version ${change.baseVersion} → ${current.version})`, current);
          return change.body;
        },
        { checkOperators: true },
      );
      return await recorded(change, updated);
    }
    const current = await client.configurations.fetch(change.live.id);
    if (current.version !== change.live.version)
      throw new Refused(`changed live after the plan read it (version ${change.live.version} → ${current.version})`, current);
    await client.configurations.delete(change.live.id);
    return { change, state: "applied" };
  } catch (error) {
    if (error instanceof Refused) {
      const before = change.action === "delete" ? change.live : change.action === "update" ? change.live : undefined;
      const fields = error.current && before ? fieldChanges(bodyOf(before), bodyOf(error.current)) : [];
      const what = fields.map((field) => `${field.path}`).join(", ");
      return { change, state: "refused", detail: `${error.message}${what ? `; changed: ${what}` : ""}` };
    }
    return { change, state: "failed", detail: (error as Error).message };
  }
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
  if (plan.changes.length === 0) return 0;
  if (!options.autoApprove) {
    if (!io.confirm) throw new CommandError("apply asks before it writes, and there is no terminal to ask on: pass --auto-approve.");
    if (!(await io.confirm(`Apply ${plan.changes.length} change(s)? Only "yes" applies: `))) {
      io.stdout.write("Nothing was applied.\n");
      return 1;
    }
  }
  const concurrency = options.concurrency ?? 4;
  const limit = pLimit(concurrency);
  let done = 0;
  const total = plan.changes.length;
  const outcomes = await Promise.all(
    plan.changes.map((change) =>
      limit(async () => {
        const outcome = await carryOut(client, change);
        done++;
        const mark = outcome.state === "applied" ? c.green("✓") : outcome.state === "refused" ? c.yellow("!") : c.red("✗");
        io.stdout.write(`[${done}/${total}] ${mark} ${changeTitle(change, c)}${outcome.detail ? `: ${outcome.detail}` : ""}\n`);
        return outcome;
      }),
    ),
  );
  const next: State = { ...state };
  for (const outcome of outcomes) {
    if (outcome.state !== "applied") continue;
    if (outcome.change.action === "delete") delete next[outcome.change.live.id];
    else if (outcome.result) next[outcome.result.id] = outcome.result;
  }
  await writeState(dir, next);
  const applied = outcomes.filter((outcome) => outcome.state === "applied");
  const unrecorded = applied.filter((outcome) => outcome.detail !== undefined);
  const notApplied = outcomes.filter((outcome) => outcome.state !== "applied");
  io.stdout.write(`\nApplied ${applied.length} of ${total} change(s).\n`);
  for (const outcome of unrecorded) io.stdout.write(`  ${changeTitle(outcome.change, c)}: ${outcome.detail}\n`);
  if (notApplied.length > 0) {
    // A refused change sent nothing; a failed one says in its error whether it may have been written.
    io.stdout.write("Not applied as planned:\n");
    for (const outcome of notApplied) io.stdout.write(`  ${outcome.state} ${changeTitle(outcome.change, c)}: ${outcome.detail}\n`);
  }
  return notApplied.length > 0 || unrecorded.length > 0 ? 1 : 0;
}
