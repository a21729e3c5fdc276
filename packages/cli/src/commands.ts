/**
 * `validate` and `plan`, and what every command that reads the files and the account shares: the
 * live configurations, the folder, the plan. Each command returns its exit code, as Terraform's do:
 * 0 done (a plan with or without changes), 1 an error or a conflict; with `--detailed-exitcode`, a
 * plan with changes is 2. `pull` and `apply` have files of their own.
 */
import { stat } from "node:fs/promises";
import { relative, resolve } from "node:path";
import type { IntelligenceClient, IntelligenceConfiguration, LanguageOperator } from "@convintel/client";
import { clientFor, colorsFor, CommandError, type ConnectionOptions, type Io, plainColors } from "./context.js";
import { makeOperatorPlan } from "./operator-plan.js";
import { blocked, changeCount, makePlan, type Plan } from "./plan.js";
import { printable, printableLine } from "./printable.js";
import { checkOperatorsLive, loadProject, type Project } from "./project.js";
import { JSON_FORMAT_VERSION, planJson, planMarkdown, renderPlan } from "./render.js";
import { savePlan } from "./saved-plan.js";
import { readState, type State, statePath } from "./state.js";
import { formatPosition, type Position } from "./yaml-files.js";

export interface DirOptions extends ConnectionOptions {
  dir: string;
}

/** Every live configuration once: a listing that repeats one across pages does not make two of it. */
export async function liveConfigurations(client: IntelligenceClient): Promise<IntelligenceConfiguration[]> {
  const byId = new Map<string, IntelligenceConfiguration>();
  for await (const configuration of client.configurations.list({ pageSize: 1000 })) byId.set(configuration.id, configuration);
  return [...byId.values()];
}

/** Every operator the account can use, Twilio's and its own, each once. */
export async function allOperators(client: IntelligenceClient): Promise<LanguageOperator[]> {
  const byId = new Map<string, LanguageOperator>();
  for await (const operator of client.operators.list({ pageSize: 1000 })) byId.set(operator.id!, operator);
  return [...byId.values()];
}

/** The operators the account authored (`author` SELF): Twilio's are a read-only catalog. */
export async function liveOperators(client: IntelligenceClient): Promise<LanguageOperator[]> {
  return (await allOperators(client)).filter((operator) => operator.author === "SELF");
}

/** A workflow command of GitHub Actions: the runner shows it on the file and line of the pull request. */
function annotation(level: "error" | "warning", at: Position, message: string): string {
  // The runner's own escaping: % first, then line breaks in the message; also , and : in the properties.
  const data = (text: string) => text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
  const property = (text: string) => data(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
  return `::${level} file=${property(printable(at.file))},line=${at.line},col=${at.column}::${data(message)}\n`;
}

/** Problems and warnings on stderr; on GitHub Actions also as annotations on stdout, unless stdout carries JSON. */
function printProblems(io: Io, project: Pick<Project, "problems" | "warnings">, json = false): void {
  const c = colorsFor(io);
  const github = io.env.GITHUB_ACTIONS === "true" && !json;
  for (const problem of project.problems) {
    io.stderr.write(`${printableLine(formatPosition(problem))}: ${c.red("error")} ${printableLine(problem.message)}\n`);
    if (github) io.stdout.write(annotation("error", problem, printable(problem.message)));
  }
  for (const warning of project.warnings) {
    io.stderr.write(`${printableLine(formatPosition(warning))}: ${c.yellow("warning")} ${printableLine(warning.message)}\n`);
    if (github) io.stdout.write(annotation("warning", warning, printable(warning.message)));
  }
}

/** The folder of the files; a missing one is an error (a typo must not read as "no files"). */
async function existingDir(io: Io, name: string): Promise<string> {
  const dir = resolve(io.cwd, name);
  const found = await stat(dir).catch(() => undefined);
  if (!found?.isDirectory())
    throw new CommandError(`--dir ${printableLine(name)}: no such folder. \`convintel pull --dir ${printableLine(name)}\` makes it.`);
  return dir;
}

export async function validateCommand(io: Io, options: { dir: string; json?: boolean }): Promise<number> {
  const dir = await existingDir(io, options.dir);
  const project = await loadProject(dir, io.cwd);
  if (options.json) {
    const position = (at: Position) => ({ file: at.file, line: at.line, column: at.column });
    const report = {
      formatVersion: JSON_FORMAT_VERSION,
      valid: project.problems.length === 0,
      files: project.files.map((file) => file.path),
      operatorFiles: (project.operatorFiles ?? []).map((file) => file.path),
      operatorsChecked: project.catalog !== undefined,
      problems: project.problems.map((problem) => ({ ...position(problem), message: problem.message })),
      warnings: project.warnings.map((warning) => ({ ...position(warning), message: warning.message })),
    };
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return project.problems.length > 0 ? 1 : 0;
  }
  printProblems(io, project);
  if (project.catalog === undefined && project.files.length > 0 && project.problems.length === 0)
    io.stderr.write(
      `note: ${printableLine(options.dir)}/operators.yaml is missing, so operators were not checked; run \`convintel pull\`.\n`,
    );
  if (project.problems.length > 0) {
    io.stderr.write(`${project.problems.length} problem(s) in ${printableLine(options.dir)}; nothing was sent.\n`);
    return 1;
  }
  const operatorFiles = project.operatorFiles === undefined ? "" : ` and ${project.operatorFiles.length} operator file(s)`;
  io.stdout.write(`${project.files.length} configuration file(s)${operatorFiles} in ${printableLine(options.dir)} are valid.\n`);
  return 0;
}

export interface Planned {
  plan: Plan;
  /** The live configurations the plan was made on. */
  live: IntelligenceConfiguration[];
  /** The account's own live operators the plan was made on. */
  liveOperators: LanguageOperator[];
  client: IntelligenceClient;
  dir: string;
  state: State;
}

export async function planFor(io: Io, options: DirOptions & { prune?: boolean; json?: boolean }): Promise<Planned | number> {
  const dir = await existingDir(io, options.dir);
  const project = await loadProject(dir, io.cwd, "live");
  const refuse = () => {
    printProblems(io, project, options.json);
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
  if (options.prune && project.operatorFiles?.length === 0) {
    throw new CommandError(
      `--prune with no operator files in ${printableLine(options.dir)}/operators would delete every operator of the account; nothing was planned. Remove the empty folder to leave operators out, or delete them one by one in the console.`,
    );
  }
  const client = await clientFor(io, options);
  await checkOperatorsLive(client, project);
  if (project.problems.length > 0) return refuse();
  printProblems(io, project, options.json);
  const { state, problem } = await readState(dir);
  if (problem)
    io.stderr.write(
      `warning: ${printableLine(relative(io.cwd, statePath(dir)))} cannot be read (${problem}): every file that differs from its live configuration is a conflict until \`convintel pull\` records them again.\n`,
    );
  const [live, operators] = await Promise.all([liveConfigurations(client), liveOperators(client)]);
  const prune = options.prune ?? false;
  const plan = makePlan(project.files, live, state, prune, makeOperatorPlan(project.operatorFiles, operators, state, prune));
  return { plan, live, liveOperators: operators, client, dir, state };
}

export async function planCommand(
  io: Io,
  options: DirOptions & { prune?: boolean; json?: boolean; format?: string; detailedExitcode?: boolean; out?: string },
): Promise<number> {
  const format = options.json ? "json" : (options.format ?? "text");
  if (format !== "text" && format !== "json" && format !== "markdown")
    throw new CommandError(`--format ${printableLine(format)}: one of text, json, markdown.`);
  const planned = await planFor(io, { ...options, json: format !== "text" });
  if (typeof planned === "number") return planned;
  const { plan } = planned;
  if (format === "json") io.stdout.write(`${JSON.stringify(planJson(plan), null, 2)}\n`);
  else if (format === "markdown") io.stdout.write(planMarkdown(plan, plainColors()));
  else io.stdout.write(renderPlan(plan, colorsFor(io)));
  if (blocked(plan)) {
    if (options.out !== undefined) io.stderr.write(`${printableLine(options.out)} was not written: this plan cannot be applied.\n`);
    return 1;
  }
  if (options.out !== undefined) {
    await savePlan(io, options, planned, options.out);
    if (!options.json)
      io.stdout.write(
        `Saved to ${printableLine(options.out)}: \`convintel apply ${printableLine(options.out)}\` applies exactly this plan.\n`,
      );
  }
  return options.detailedExitcode && changeCount(plan) > 0 ? 2 : 0;
}
