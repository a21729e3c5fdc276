/** `pull`: the live configurations and the operators they name, into the files, all or nothing. */
import { mkdir } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import { type IntelligenceClient, type IntelligenceConfiguration, type LanguageOperator, NotFoundError } from "@convintel/client";
import { validateOperatorTtid } from "@convintel/fetch";
import pLimit from "p-limit";
import { allOperators, type DirOptions, liveConfigurations } from "./commands.js";
import { clientFor, CommandError, type Io } from "./context.js";
import {
  type Catalog,
  catalogPath,
  type ConfigurationFile,
  configurationName,
  configurationsDir,
  fileNameFor,
  renderCatalog,
  renderConfiguration,
} from "./files.js";
import { type OperatorFile, operatorFileName, operatorsDir, renderOperator } from "./operator-files.js";
import { identifyOperators, operatorChanges } from "./operator-plan.js";
import { changesFor, identifyConfigurations } from "./plan.js";
import { printableLine } from "./printable.js";
import { loadProject, type Project } from "./project.js";
import { pendingId, resolveReferences } from "./references.js";
import { readState, type State, statePath, stateText } from "./state.js";
import { writeTogether } from "./yaml-files.js";

/** How many operator reads between two progress lines. */
const PROGRESS_EVERY = 25;

/** The operators the configurations name, each with its versions and the definitions rules use; ids that are no operator's are left out. */
async function pullCatalog(
  client: IntelligenceClient,
  configurations: IntelligenceConfiguration[],
  progress: (text: string) => void,
): Promise<Catalog> {
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
  let read = 0;
  progress(`reading the ${wanted.size} operator(s) the configurations name, with their versions\n`);
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
          read++;
          if (read % PROGRESS_EVERY === 0 && read < wanted.size) progress(`  ${read}/${wanted.size} operators read\n`);
        }),
      ),
  );
  catalog.operators = Object.fromEntries(Object.entries(catalog.operators).sort(([a], [b]) => a.localeCompare(b)));
  return catalog;
}

/**
 * The file name of each operator the account authored (id → name): that of the file that stands for
 * it (see identity.ts), else a new one from its display name.
 */
function operatorNames(operators: LanguageOperator[], files: readonly OperatorFile[], state: State): Map<string, string> {
  const names = new Map<string, string>();
  for (const [file, operator] of identifyOperators(files, operators, state).matched) names.set(operator.id!, file.name);
  const taken = new Set(files.map((file) => operatorFileName(file.name)));
  for (const operator of operators)
    if (!names.has(operator.id!))
      names.set(operator.id!, fileNameFor(operator.displayName ?? "", taken, "operator").replace(/\.yaml$/, ""));
  return names;
}

/** The work in the operator files that a pull would overwrite, a line each. */
function editedOperators(
  files: readonly OperatorFile[],
  operators: LanguageOperator[],
  names: Map<string, string>,
  state: State,
): string[] {
  const byName = new Map([...names].map(([id, name]) => [name, id]));
  const byId = new Map(operators.map((operator) => [operator.id!, operator]));
  return files.flatMap((file) => {
    const id = byName.get(file.name);
    const current = id === undefined ? undefined : byId.get(id);
    if (!current) return [`  ${file.path}: new, not applied yet`];
    const record = state.operators[current.id!];
    if (record) return operatorChanges(record.operator, file.body).length > 0 ? [`  ${file.path}: changed since it was pulled`] : [];
    return operatorChanges(current, file.body).length > 0
      ? [`  ${file.path}: differs from the live operator, and there is no record of its pull to tell whose change that is`]
      : [];
  });
}

/** The work in a configuration file that a pull would overwrite: none, or a line saying what. */
function configurationWork(
  file: ConfigurationFile,
  current: IntelligenceConfiguration | undefined,
  state: State,
  idOf: ReadonlyMap<string, string>,
): string[] {
  const body = resolveReferences(file.body, (name) => idOf.get(name) ?? pendingId(name));
  const changes = changesFor(file);
  const record = state.configurations[current?.id ?? file.id ?? ""]?.configuration;
  if (record) return changes(record, body).length > 0 ? [`  ${file.path}: changed since it was pulled`] : [];
  if (!current) return file.id === undefined ? [`  ${file.path}: new, not applied yet`] : [];
  return changes(current, body).length > 0
    ? [`  ${file.path}: differs from the live configuration, and there is no record of its pull to tell whose change that is`]
    : [];
}

/** What a pull has read, for `pullOne`. */
interface Read {
  dir: string;
  project: Project;
  state: State;
  /** The live configuration each file stands for. */
  matched: ReadonlyMap<ConfigurationFile, IntelligenceConfiguration>;
  ours: LanguageOperator[];
  names: Map<string, string>;
  idOf: ReadonlyMap<string, string>;
}

/**
 * `pull <file or id>`: one configuration or operator file written again from its live object, and
 * its record; nothing else (the catalog neither). Work in that file is refused unless --force.
 */
async function pullOne(io: Io, options: { dir: string; force?: boolean | undefined }, target: string, read: Read): Promise<number> {
  const { dir, project, state, matched, ours, names, idOf } = read;
  const operatorFiles = project.operatorFiles ?? [];
  const absolute = resolve(io.cwd, target);
  const configurationFile = project.files.find((file) => file.absolutePath === absolute || matched.get(file)?.id === target);
  const operatorFile = operatorFiles.find((file) => file.absolutePath === absolute || (names.get(target) ?? "\0") === file.name);
  const write = async (path: string, text: string, work: string[]) => {
    if (!options.force && work.length > 0)
      throw new CommandError(
        `pull would overwrite work:\n${work.map(printableLine).join("\n")}\nApply or move it first, or pass --force to overwrite.`,
      );
    await writeTogether([
      { path, text },
      { path: statePath(dir), text: stateText(state) },
    ]);
    io.stdout.write(`Pulled ${printableLine(relative(io.cwd, path))} again from the account.\n`);
    return 0;
  };
  if (configurationFile) {
    const current = matched.get(configurationFile);
    if (!current)
      throw new CommandError(
        configurationFile.id === undefined
          ? `${printableLine(configurationFile.path)} is no configuration of this account yet: \`convintel apply\` creates it.`
          : `${printableLine(configurationFile.id)} of ${printableLine(configurationFile.path)} is no longer live.`,
      );
    const work = configurationWork(configurationFile, current, state, idOf);
    state.configurations[current.id] = { name: configurationFile.name, configuration: current };
    return write(configurationFile.absolutePath, renderConfiguration(current, names), work);
  }
  if (operatorFile) {
    const current = ours.find((operator) => names.get(operator.id!) === operatorFile.name);
    if (!current)
      throw new CommandError(`${printableLine(operatorFile.path)} is no operator of this account yet: \`convintel apply\` creates it.`);
    const work = editedOperators([operatorFile], ours, names, state);
    state.operators[current.id!] = { name: operatorFile.name, operator: current };
    return write(operatorFile.absolutePath, renderOperator(current, operatorFile.name), work);
  }
  throw new CommandError(
    `${printableLine(target)} is no configuration or operator file of ${printableLine(options.dir)}, nor the id of one; \`convintel import <id>\` writes a new file for a live object.`,
  );
}

export async function pull(io: Io, options: DirOptions & { force?: boolean; target?: string }): Promise<number> {
  const dir = resolve(io.cwd, options.dir);
  const project = await loadProject(dir, io.cwd);
  const { state } = await readState(dir);
  const client = await clientFor(io, options);
  // Progress on stderr, so that stdout says only what was pulled.
  const progress = (text: string) => io.stderr.write(`pull: ${text}`);
  progress("reading the configurations and operators of the account\n");
  const [live, everyOperator] = await Promise.all([liveConfigurations(client), allOperators(client)]);
  progress(`read ${live.length} configuration(s) and ${everyOperator.length} operator(s)\n`);
  const ours = everyOperator.filter((operator) => operator.author === "SELF");
  const operatorFiles = project.operatorFiles ?? [];
  const names = operatorNames(ours, operatorFiles, state);
  const idOf = new Map([...names].map(([id, name]) => [name, id]));
  const { matched } = identifyConfigurations(project.files, live, state);
  // Work in the files would be lost: refused unless --force. With a record of the file's pull, any edit
  // since; without one, any difference from the live configuration.
  if (options.target !== undefined) return pullOne(io, options, options.target, { dir, project, state, matched, ours, names, idOf });
  const edited = project.files.flatMap((file) => configurationWork(file, matched.get(file), state, idOf));
  const operatorWork = editedOperators(operatorFiles, ours, names, state);
  if (!options.force && (edited.length > 0 || operatorWork.length > 0 || project.problems.length > 0)) {
    const lines = [
      ...edited,
      ...operatorWork,
      ...[...new Set(project.problems.map((problem) => problem.file))].map((file) => `  ${file}: does not read`),
    ];
    throw new CommandError(
      `pull would overwrite work in ${options.dir}:\n${lines.map(printableLine).join("\n")}\nApply or move them first, or pass --force to overwrite.`,
    );
  }
  const catalog = await pullCatalog(client, live, progress);
  // Everything is read before anything is written; then every file is written in one step. The
  // records of other accounts (ids not live here) are kept: one folder may serve several.
  const fileOf = new Map([...matched].map(([file, configuration]) => [configuration.id, file.absolutePath]));
  const taken = new Set(project.files.map((file) => basename(file.absolutePath)));
  const next: State = { configurations: { ...state.configurations }, operators: { ...state.operators } };
  const writes: { path: string; text: string }[] = [];
  for (const configuration of [...live].sort((a, b) => a.dateCreated.localeCompare(b.dateCreated) || a.id.localeCompare(b.id))) {
    const path = fileOf.get(configuration.id) ?? join(configurationsDir(dir), fileNameFor(configuration.displayName, taken));
    writes.push({ path, text: renderConfiguration(configuration, names) });
    next.configurations[configuration.id] = { name: configurationName(path), configuration };
  }
  const operatorPaths = new Map(operatorFiles.map((file) => [file.name, file.absolutePath]));
  for (const operator of ours) {
    const name = names.get(operator.id!)!;
    writes.push({ path: operatorPaths.get(name) ?? join(operatorsDir(dir), operatorFileName(name)), text: renderOperator(operator, name) });
    next.operators[operator.id!] = { name, operator };
  }
  writes.push({ path: catalogPath(dir), text: renderCatalog(catalog) });
  writes.push({ path: statePath(dir), text: stateText(next) });
  await writeTogether(writes);
  await mkdir(configurationsDir(dir), { recursive: true });
  await mkdir(operatorsDir(dir), { recursive: true });
  const gone = project.files.filter((file) => file.id !== undefined && !matched.has(file));
  const goneOperators = operatorFiles.filter((file) => !idOf.has(file.name));
  io.stdout.write(
    `Pulled ${live.length} configuration(s) into ${printableLine(options.dir)}/configurations, ${ours.length} operator(s) of the account into ${printableLine(options.dir)}/operators, and the ${Object.keys(catalog.operators).length} operator(s) the configurations name into ${printableLine(options.dir)}/operators.yaml.\n`,
  );
  for (const file of gone)
    io.stdout.write(
      `  ${printableLine(file.path)}: ${printableLine(file.id!)} is no longer live (plan would create it again; delete the file to drop it)\n`,
    );
  for (const file of goneOperators)
    io.stdout.write(`  ${printableLine(file.path)}: no such operator in this account (plan would create it; delete the file to drop it)\n`);
  return 0;
}
